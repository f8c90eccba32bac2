import { type ReactNode, useId, useMemo, useState } from 'react';
import { NowProvider, useNow } from '../../context/NowProvider';
import {
  analyse,
  type DataSet,
  EMPTY_FILTERS,
  filtersForMetric,
  type Locale,
  parseDataSet,
  type Role,
  type SourceTableFilters,
} from '../../domain';
import { LocaleProvider, useI18n } from '../../i18n';
import { DataErrorState } from '../DataErrorState/DataErrorState';
import { FreshnessTable } from '../FreshnessCell/FreshnessTable';
import { HealthSummary } from '../HealthSummary/HealthSummary';
import { LegacyRouteNotice, type LegacyRouteNoticeProps } from '../LegacyRouteNotice/LegacyRouteNotice';
import { QualityAlertList } from '../QualityAlertBanner/QualityAlertList';
import { QualityFlagTable } from '../QualityAlertBanner/QualityFlagTable';
import {
  type CredentialMetadata,
  type ShopifyCredential,
  ShopifyCredentialsPanel,
} from '../ShopifyCredentialsPanel/ShopifyCredentialsPanel';
import type { PreviewAction } from '../SourceTable/SourceDetailDialog';
import { SourceTable } from '../SourceTable/SourceTable';
import * as styles from './IntegrationsSettingsPage.css';
import { GuardrailsList, MockDataNotice } from './notices';
import { PanelBoundary } from './PanelBoundary';

export interface IntegrationsSettingsPageProps {
  /** The profiles and sources as the host has them (raw); validated inside with the domain schemas. */
  data: unknown;
  /** The instant every figure is judged at (the host's clock reading). */
  now: Date | string;
  /** The person's role: a `viewer` has no export and cannot replace credentials. @default 'viewer' */
  role?: Role;
  /** Language of the page. @default 'en' */
  locale?: Locale;
  /** Data is on its way: panels show their loading states. @default false */
  loading?: boolean;
  /** What is known of the stored Shopify credentials (never the secrets themselves). @default neither set */
  credentials?: Partial<Record<ShopifyCredential, CredentialMetadata>>;
  /** A newly typed credential, handed over once; the page keeps nothing. */
  onSubmitCredential?: (field: ShopifyCredential, value: string) => void;
  /** A preview action chosen in a source's detail panel; no job is ever started by the page. */
  onPreviewAction?: (sourceId: string, action: PreviewAction) => void;
  /** Export requested (admin and editor only); the host writes the file. */
  onExport?: () => void;
  /** Renders the legacy notice's link with the host's router. */
  renderLink?: LegacyRouteNoticeProps['renderLink'];
  /** Where the page now lives. @default '/settings/integrations' */
  legacyHref?: string;
  /** When the legacy route stops working (ISO-8601). */
  legacySunsetAt?: string;
  /** Called when a panel crashes (it shows its error state; the rest of the page stays). */
  onPanelError?: (panel: string, error: unknown) => void;
}

const NOT_SET: CredentialMetadata = { isSet: false };
/** Banners shown at first at the top of the page (most severe first); the rest is one click away. */
const PAGE_ALERTS = 10;
/** Rows the freshness and quality tables render at first; the source tables are virtualised. */
const PAGE_ROWS = 25;

/**
 * The Sources / Integrations settings page, composed as the seed page: legacy notice, mock-data
 * notice, Shopify credentials, open alerts, connected sources, sync status, health, freshness,
 * data quality and the V1 guardrails. Every panel has its own error boundary.
 */
export function IntegrationsSettingsPage({ locale = 'en', now, ...props }: IntegrationsSettingsPageProps) {
  return (
    <LocaleProvider locale={locale}>
      <NowProvider now={now}>
        <PageBody {...props} />
      </NowProvider>
    </LocaleProvider>
  );
}

function PageBody({
  data,
  role = 'viewer',
  loading = false,
  credentials,
  onSubmitCredential,
  onPreviewAction,
  onExport,
  renderLink,
  legacyHref,
  legacySunsetAt,
  onPanelError,
}: Omit<IntegrationsSettingsPageProps, 'locale' | 'now'>) {
  const { t } = useI18n();
  const now = useNow();
  const parsed = useMemo(() => parseDataSet(data), [data]);
  const dataSet: DataSet | null = parsed.ok ? parsed.data : null;
  const analysis = useMemo(() => (dataSet ? analyse(dataSet.sources, now) : null), [dataSet, now]);
  const [filters, setFilters] = useState<SourceTableFilters>(EMPTY_FILTERS);
  const canExport = role === 'admin' || role === 'editor';
  const ready = !loading && dataSet !== null;

  /** A data panel shows its loading state, its error state naming what is wrong with the data, or its content. */
  const dataPanel = (content: (data: DataSet) => ReactNode, loadingState: ReactNode = null) => {
    if (loading) return loadingState ?? <p className={styles.hint}>{t('page.loading')}</p>;
    return dataSet ? content(dataSet) : <DataErrorState issues={parsed.ok ? [] : parsed.issues} />;
  };

  return (
    <main className={styles.page} data-role={role} aria-busy={loading || undefined}>
      <header className={styles.header}>
        <div>
          <h1 className={styles.title}>{t('page.title')}</h1>
          <p className={styles.subtitle}>{t('page.subtitle')}</p>
        </div>
        <div className={styles.actions}>
          <span className={styles.role}>{t('page.roleLabel', { role: t(`role.${role}`) })}</span>
          {canExport ? (
            <button type="button" className={styles.button} onClick={() => onExport?.()} aria-describedby="export-hint">
              {t('page.export')}
            </button>
          ) : null}
          {canExport ? (
            <span id="export-hint" hidden>
              {t('page.exportHint')}
            </span>
          ) : null}
        </div>
      </header>

      <Guarded id="legacy" onPanelError={onPanelError}>
        <LegacyRouteNotice href={legacyHref} renderLink={renderLink} sunsetAt={legacySunsetAt} />
      </Guarded>
      <Guarded id="mock" onPanelError={onPanelError}>
        <MockDataNotice />
      </Guarded>

      <Panel id="credentials" onPanelError={onPanelError}>
        <ShopifyCredentialsPanel
          clientId={credentials?.clientId ?? NOT_SET}
          clientSecret={credentials?.clientSecret ?? NOT_SET}
          onSubmitCredential={(field, value) => onSubmitCredential?.(field, value)}
          disabled={role === 'viewer'}
          headingLevel={2}
        />
      </Panel>

      <Panel id="alerts" title={t('page.section.alerts')} onPanelError={onPanelError}>
        {dataPanel(() => (
          <QualityAlertList flags={analysis?.flags ?? []} headingLevel={3} hideTitle initialCount={PAGE_ALERTS} />
        ))}
      </Panel>

      <Panel id="connected" onPanelError={onPanelError}>
        <SourceTable
          variant="connections"
          sources={dataSet?.sources ?? []}
          profiles={dataSet?.profiles ?? []}
          issues={!loading && !parsed.ok ? parsed.issues : null}
          loading={loading}
          role={role}
          filters={filters}
          onFiltersChange={setFilters}
          onPreviewAction={(sourceId, action) => onPreviewAction?.(sourceId, action)}
        />
      </Panel>

      <Panel id="sync" onPanelError={onPanelError}>
        <SourceTable
          variant="syncStatus"
          sources={dataSet?.sources ?? []}
          profiles={dataSet?.profiles ?? []}
          issues={!loading && !parsed.ok ? parsed.issues : null}
          loading={loading}
          role={role}
          showFilters={false}
        />
      </Panel>

      <Panel id="health" title={t('page.section.health')} onPanelError={onPanelError}>
        <HealthSummary
          sources={dataSet?.sources ?? []}
          state={loading ? 'loading' : ready ? 'ready' : 'error'}
          issues={parsed.ok ? [] : parsed.issues}
          onSelectMetric={(metric) => setFilters(filtersForMetric(metric))}
          selectedMetric={filters.metric}
        />
      </Panel>

      <Panel id="freshness" title={t('page.section.freshness')} onPanelError={onPanelError}>
        {dataPanel((d) => (
          <FreshnessTable dataSet={d} initialRows={PAGE_ROWS} />
        ))}
      </Panel>

      <Panel id="quality" title={t('page.section.quality')} onPanelError={onPanelError}>
        {dataPanel(() => (
          <QualityFlagTable flags={analysis?.flags ?? []} initialRows={PAGE_ROWS} />
        ))}
      </Panel>

      <Panel id="guardrails" title={t('page.section.guardrails')} onPanelError={onPanelError}>
        <GuardrailsList />
      </Panel>
    </main>
  );
}

interface PanelProps {
  id: string;
  /** The panel's heading; omitted when the content brings its own (the source tables). */
  title?: string;
  onPanelError?: (panel: string, error: unknown) => void;
  children?: ReactNode;
}

/** One titled section of the page, behind its own error boundary. */
function Panel({ id, title, onPanelError, children }: PanelProps) {
  const titleId = useId();
  return (
    <section id={`panel-${id}`} className={styles.panel} aria-labelledby={title ? titleId : undefined} data-panel={id}>
      {title ? (
        <h2 id={titleId} className={styles.panelTitle}>
          {title}
        </h2>
      ) : null}
      <Guarded id={id} onPanelError={onPanelError} frameless>
        {children}
      </Guarded>
    </section>
  );
}

interface GuardedProps {
  id: string;
  onPanelError?: (panel: string, error: unknown) => void;
  /** Inside a panel that already carries `data-panel`. @default false */
  frameless?: boolean;
  children?: ReactNode;
}

/** An error boundary with the page's wording: what crashed shows its error state, nothing else is affected. */
function Guarded({ id, onPanelError, frameless = false, children }: GuardedProps) {
  const { t } = useI18n();
  const boundary = (
    <PanelBoundary
      title={t('page.panelError')}
      describe={(message) => t('page.panelErrorDetail', { message })}
      onError={(error) => onPanelError?.(id, error)}
    >
      {children}
    </PanelBoundary>
  );
  return frameless ? boundary : <div data-panel={id}>{boundary}</div>;
}
