import { forwardRef, type ReactNode, useId, useMemo, useState } from 'react';
import { NowProvider, useNow } from '../../context/NowProvider';
import type { PreviewAction } from '../../domain';
import {
  analyse,
  type DataIssue,
  type DataSet,
  EMPTY_FILTERS,
  filtersForMetric,
  type Locale,
  parseDataSet,
  type SourceTableFilters,
  type UserRole,
} from '../../domain';
import { LocaleProvider, useI18n } from '../../i18n';
import { Button } from '../../private/Button/Button';
import { cx } from '../../private/cx';
import { PanelBoundary } from '../../private/PanelBoundary';
import type { DataState, RootProps } from '../../private/props';
import { Heading, type HeadingLevel, subLevel, Text } from '../../private/Typography/Typography';
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
import { SourceTable } from '../SourceTable/SourceTable';
import * as styles from './IntegrationsSettingsPage.css';
import { GuardrailsList, MockDataNotice } from './notices';

export type IntegrationsSettingsPageProps = RootProps<
  'main',
  {
    /** The profiles and sources as the host has them (raw); validated inside with the domain schemas. */
    data: unknown;
    /** The instant every figure is judged at (the host's clock reading); defaults to the nearest `NowProvider`'s. */
    now?: Date | string;
    /** The person's role: a `viewer` has no export and cannot replace credentials. @default 'viewer' */
    userRole?: UserRole;
    /** Language of the page. @default 'en' */
    locale?: Locale;
    /** Where the data stands: `loading` shows every panel's loading state; `error` shows `issues` in every data panel. @default 'ready' */
    state?: DataState;
    /** What is wrong, for `state="error"` (the page adds what validation finds in `data`). @default [] */
    issues?: readonly DataIssue[];
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
    /** Level of the page title; every section heading is one level below it. @default 1 */
    headingLevel?: HeadingLevel;
  }
>;

/** Banners shown at first at the top of the page (most severe first); the rest is one click away. */
const PAGE_ALERTS = 10;
/** Rows the freshness and quality tables render at first; the source tables are virtualised. */
const PAGE_ROWS = 25;
const NO_ISSUES: readonly DataIssue[] = [];

/**
 * The Sources / Integrations settings page, composed as the seed page: legacy notice, mock-data
 * notice, Shopify credentials, open alerts, connected sources, sync status, health, freshness,
 * data quality and the V1 guardrails. The data is validated and the analysis (statuses,
 * freshness, flags, health counts) derived once here, then handed to every panel. Every panel
 * has its own error boundary.
 */
export const IntegrationsSettingsPage = forwardRef<HTMLElement, IntegrationsSettingsPageProps>(
  function IntegrationsSettingsPage({ locale = 'en', now, ...props }, ref) {
    const page = <PageBody ref={ref} {...props} />;
    return (
      <LocaleProvider locale={locale}>
        {now === undefined ? page : <NowProvider now={now}>{page}</NowProvider>}
      </LocaleProvider>
    );
  },
);

const PageBody = forwardRef<HTMLElement, Omit<IntegrationsSettingsPageProps, 'locale' | 'now'>>(function PageBody(
  {
    data,
    userRole = 'viewer',
    state = 'ready',
    issues = NO_ISSUES,
    credentials,
    onSubmitCredential,
    onPreviewAction,
    onExport,
    renderLink,
    legacyHref,
    legacySunsetAt,
    onPanelError,
    headingLevel = 1,
    className,
    ...rest
  },
  ref,
) {
  const { t } = useI18n();
  const now = useNow();
  const exportHintId = useId();
  const parsed = useMemo(() => parseDataSet(data), [data]);
  const dataSet: DataSet | undefined = parsed.ok ? parsed.data : undefined;
  // The one derivation of the page: every panel below gets it instead of deriving its own.
  const analysis = useMemo(() => (dataSet ? analyse(dataSet.sources, now) : undefined), [dataSet, now]);
  const [filters, setFilters] = useState<SourceTableFilters>(EMPTY_FILTERS);
  const canExport = userRole === 'admin' || userRole === 'editor';
  const sectionLevel = subLevel(headingLevel);
  const dataState: DataState = state === 'loading' ? 'loading' : state === 'error' || !parsed.ok ? 'error' : 'ready';
  const dataIssues = parsed.ok ? issues : [...issues, ...parsed.issues];
  /** What every data panel receives: the same data, analysis and state. */
  const shared = { data: dataSet, analysis, state: dataState, issues: dataIssues, headingLevel: sectionLevel };

  return (
    <main
      ref={ref}
      className={cx(styles.page, className)}
      data-user-role={userRole}
      aria-busy={state === 'loading' || undefined}
      {...rest}
    >
      <header className={styles.header}>
        <div>
          <Heading level={headingLevel}>{t('page.title')}</Heading>
          <Text tone="muted">{t('page.subtitle')}</Text>
        </div>
        <div className={styles.actions}>
          <Text as="span" size="sm" tone="muted">
            {t('page.roleLabel', { role: t(`role.${userRole}`) })}
          </Text>
          {canExport ? (
            <>
              <Button variant="primary" onClick={() => onExport?.()} aria-describedby={exportHintId}>
                {t('page.export')}
              </Button>
              <span id={exportHintId} hidden>
                {t('page.exportHint')}
              </span>
            </>
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
          clientId={credentials?.clientId}
          clientSecret={credentials?.clientSecret}
          onSubmitCredential={(field, value) => onSubmitCredential?.(field, value)}
          disabled={userRole === 'viewer'}
          headingLevel={sectionLevel}
        />
      </Panel>

      <Panel id="alerts" onPanelError={onPanelError}>
        <QualityAlertList {...shared} initialCount={PAGE_ALERTS} />
      </Panel>

      <Panel id="connected" onPanelError={onPanelError}>
        <SourceTable
          {...shared}
          variant="connections"
          userRole={userRole}
          filters={filters}
          onFiltersChange={setFilters}
          onPreviewAction={(sourceId, action) => onPreviewAction?.(sourceId, action)}
        />
      </Panel>

      <Panel id="sync" onPanelError={onPanelError}>
        <SourceTable {...shared} variant="syncStatus" userRole={userRole} showFilters={false} />
      </Panel>

      <Panel id="health" onPanelError={onPanelError}>
        <HealthSummary
          {...shared}
          onSelectMetric={(metric) => setFilters(filtersForMetric(metric))}
          selectedMetric={filters.metric}
        />
      </Panel>

      <Panel id="freshness" onPanelError={onPanelError}>
        <FreshnessTable {...shared} initialCount={PAGE_ROWS} />
      </Panel>

      <Panel id="quality" onPanelError={onPanelError}>
        <QualityFlagTable {...shared} initialCount={PAGE_ROWS} />
      </Panel>

      <Panel id="guardrails" onPanelError={onPanelError}>
        <GuardrailsList headingLevel={sectionLevel} />
      </Panel>
    </main>
  );
});

interface PanelProps {
  id: string;
  onPanelError?: (panel: string, error: unknown) => void;
  children?: ReactNode;
}

/** One section of the page on its panel, behind its own error boundary; the component inside owns the heading. */
function Panel({ id, onPanelError, children }: PanelProps) {
  return (
    <div className={styles.panel} data-panel={id}>
      <Guarded id={id} onPanelError={onPanelError} frameless>
        {children}
      </Guarded>
    </div>
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
