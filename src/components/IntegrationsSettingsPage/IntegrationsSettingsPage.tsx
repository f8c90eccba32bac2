import { forwardRef, type ReactNode, useContext, useEffect, useId, useMemo, useRef, useState } from 'react';
import { NowProvider, useProvidedNow } from '../../context/NowProvider';
import {
  analyse,
  byAttention,
  type DataIssue,
  EMPTY_FILTERS,
  filtersForMetric,
  type HealthMetric,
  type PreviewAction,
  readDataSet,
  readInstant,
  type SourceTableFilters,
  type UserRole,
} from '../../domain';
import { type LocaleChoice, LocaleProvider, useI18n } from '../../i18n';
import { LocaleContext } from '../../i18n/context';
import { Button } from '../../private/Button/Button';
import { cx } from '../../private/cx';
import { useArrived } from '../../private/Notice/news';
import { PanelBoundary } from '../../private/PanelBoundary';
import type { RootProps } from '../../private/props';
import { Heading, type HeadingLevel, subLevel, Text } from '../../private/Typography/Typography';
import { visuallyHidden } from '../../theme/utilities.css';
import { DataErrorState } from '../DataErrorState/DataErrorState';
import { DataProblems } from '../DataProblems/DataProblems';
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
import { focusGrid } from '../SourceTable/SourceTableGrid';
import * as styles from './IntegrationsSettingsPage.css';
import { GuardrailsList, type GuardrailsOptions, MockDataNotice, type MockDataNoticeOptions } from './notices';

/** What the page's legacy notice says and links to; `false` hides it. */
export type LegacyNoticeOptions = Pick<LegacyRouteNoticeProps, 'href' | 'renderLink' | 'sunsetAt' | 'tickets'>;

/** What is known of the stored Shopify credentials (never the secrets themselves); `false` hides the panel. */
export type CredentialsOptions = Partial<Record<ShopifyCredential, CredentialMetadata>>;

/** Where the host's export stands: `busy` while it writes the file, `done` once written. */
export type ExportState = 'idle' | 'busy' | 'done';

interface PageOwnProps {
  /** The profiles and sources as the host has them (raw). Each item is validated on its own: a bad one is set aside and listed in "Data problems", every valid one is shown. */
  data: unknown;
  /** The instant every figure is judged at (the host's clock reading, e.g. read once on the server): a `Date` or an ISO-8601 date-time with a time zone. Defaults to the nearest `NowProvider`'s; an invalid value shows one error naming the prop. */
  now?: Date | string;
  /** The person's role: a `viewer` has no export and cannot replace credentials. @default 'viewer' */
  userRole?: UserRole;
  /** `loading` shows every panel's loading state; `error` shows the host's `issues` once, instead of the data panels. @default 'ready' */
  state?: 'ready' | 'loading' | 'error';
  /** What went wrong while the host loaded the data, for `state="error"`. @default [] */
  issues?: readonly DataIssue[];
  /** The mock-data notice (guardrail 1); `false` hides it, an object rewords it. @default the seed's notice */
  mockDataNotice?: false | MockDataNoticeOptions;
  /** The Guardrails (V1) panel; `false` hides it, an object rewords it. @default the seed's six guardrails */
  guardrails?: false | GuardrailsOptions;
  /** The legacy-route notice (UI-002 / SETTINGS_SOURCES_001); `false` hides it. @default `{ href: '/settings/integrations' }` */
  legacyNotice?: false | LegacyNoticeOptions;
  /** The Shopify credentials panel: what is stored (never the secrets); `false` hides it. @default neither set */
  credentials?: false | CredentialsOptions;
  /** A newly typed credential, handed over once; the page keeps nothing. */
  onSubmitCredential?: (field: ShopifyCredential, value: string) => void;
  /** A preview action chosen in a source's detail panel; no job is ever started by the page. */
  onPreviewAction?: (sourceId: string, action: PreviewAction) => void;
  /** Export requested. The Export button shows only when this is given and the role is admin or editor; the host writes the file. */
  onExport?: () => void;
  /** Where the export stands, driven by the host: `busy` disables the button and says so, `done` says the export is ready. @default 'idle' */
  exportState?: ExportState;
  /** "Connect a source" on the empty page (admin and editor). Without it the empty page offers no action. */
  onConnectSource?: () => void;
  /** Called when a panel crashes (it shows its error state, naming the panel; the rest of the page stays). */
  onPanelError?: (panel: string, error: unknown) => void;
  /** Level of the page title; every section heading is one level below it. @default 1 */
  headingLevel?: HeadingLevel;
  /** The root element: `main` for a page of its own, `section` inside a host page that has its `<main>`. @default 'main' */
  as?: 'main' | 'section';
}

export type IntegrationsSettingsPageProps = RootProps<'main', PageOwnProps> &
  (LocaleChoice | { locale?: undefined; messages?: undefined });

/** Banners shown at first (most severe first); the rest is one click away. */
const PAGE_ALERTS = 10;
/** Rows the freshness and quality tables render at first; the source tables are virtualised. */
const PAGE_ROWS = 25;
const NO_ISSUES: readonly DataIssue[] = [];

/**
 * The Sources / Integrations settings page, action first: the health metrics (critical first) and
 * what needs attention at the top, then the sources (those needing action first), their sync
 * status, freshness and quality flags, the Shopify credentials and the V1 guardrails. The data is
 * read item by item (a bad source is set aside and listed once, every valid one shown) and the
 * analysis derived once, then handed to every panel. Each panel has its own error boundary.
 *
 * Language: the page's `locale` (with `messages`) when given, else the nearest `LocaleProvider`'s.
 */
export const IntegrationsSettingsPage = forwardRef<HTMLElement, IntegrationsSettingsPageProps>(
  function IntegrationsSettingsPage({ locale, messages, ...props }, ref) {
    const outer = useContext(LocaleContext);
    const page = <PageBody ref={ref} {...props} />;
    if (locale !== undefined)
      return <LocaleProvider {...({ locale, messages } as LocaleChoice)}>{page}</LocaleProvider>;
    if (messages === undefined) return page;
    // Wording only: the outer provider's language, with these messages over its own.
    const reworded = { locale: outer.locale, overrides: { ...outer.overrides, ...messages } };
    return <LocaleContext.Provider value={reworded}>{page}</LocaleContext.Provider>;
  },
);

const PageBody = forwardRef<HTMLElement, PageOwnProps & Omit<RootProps<'main', PageOwnProps>, keyof PageOwnProps>>(
  function PageBody(
    {
      data,
      now: nowProp,
      userRole = 'viewer',
      state = 'ready',
      issues = NO_ISSUES,
      mockDataNotice = {},
      guardrails = {},
      legacyNotice = {},
      credentials = {},
      onSubmitCredential,
      onPreviewAction,
      onExport,
      exportState = 'idle',
      onConnectSource,
      onPanelError,
      headingLevel = 1,
      as: Root = 'main',
      className,
      ...rest
    },
    ref,
  ) {
    const { t, locale } = useI18n();
    const ids = useId();
    const titleId = `${ids}-title`;
    const exportHintId = `${ids}-export`;
    const provided = useProvidedNow();
    const given = nowProp ?? provided ?? undefined;
    // Keyed by the instant, not the object: `now={new Date(iso)}` on every render is the same instant.
    const instantKey = given instanceof Date ? given.getTime() : given;
    // biome-ignore lint/correctness/useExhaustiveDependencies: `instantKey` is the value identity of `given`
    const instant = useMemo(() => readInstant(given), [instantKey]);
    const reading = useMemo(() => readDataSet(data), [data]);
    const dataSet = reading.ok ? reading.data : undefined;
    const date = instant.ok ? instant.date : undefined;
    // The one derivation of the page, sources needing action first: every panel gets it.
    const analysis = useMemo(
      () => (date ? byAttention(analyse(dataSet?.sources ?? [], date)) : undefined),
      [dataSet, date],
    );
    const [filters, setFilters] = useState<SourceTableFilters>(EMPTY_FILTERS);
    /** The sync table follows the chosen health metric only (it has no search or selects of its own). */
    const metricFilters = useMemo(() => ({ ...EMPTY_FILTERS, metric: filters.metric }), [filters.metric]);
    const [openSourceId, setOpenSourceId] = useState<string | null>(null);
    const connectedRef = useRef<HTMLElement>(null);
    // Set when a metric is chosen: once the table shows its rows, it is brought into view and its
    // grid takes focus, on its active cell (the grid's tab stop: at first the first row's source).
    const revealTable = useRef(false);
    useEffect(() => {
      if (!revealTable.current) return;
      revealTable.current = false;
      const section = connectedRef.current;
      if (focusGrid(section, 'start')) return;
      section?.scrollIntoView?.({ block: 'start' });
      section?.focus({ preventScroll: true });
    });
    const onSelectMetric = (metric: HealthMetric) => {
      // Choosing the chosen metric again clears the filter; focus stays on the metric.
      if (filters.metric === metric) {
        setFilters(EMPTY_FILTERS);
        return;
      }
      setFilters(filtersForMetric(metric));
      revealTable.current = true;
    };

    const canExportRole = onExport !== undefined && (userRole === 'admin' || userRole === 'editor');
    const canConnect = onConnectSource !== undefined && userRole !== 'viewer';
    const sectionLevel = subLevel(headingLevel);
    const loading = state === 'loading';
    const fatal: { title: string; issues: readonly DataIssue[] } | null =
      state === 'error'
        ? { title: t('page.dataError'), issues }
        : !instant.ok
          ? { title: t('page.nowError'), issues: [instant.issue] }
          : !reading.ok && !loading
            ? { title: t('page.dataError'), issues: reading.issues }
            : null;
    // Said (role="alert") only when it replaces what the page first rendered (loading, the data).
    const fatalIsNews = useArrived(fatal !== null);
    // Nothing to export while the data cannot be shown.
    const canExport = canExportRole && fatal === null;
    const panelState = loading ? 'loading' : 'ready';
    /** What every data panel receives: the same data, analysis and state. */
    const shared = { data: dataSet, analysis, state: panelState, headingLevel: sectionLevel } as const;
    const guard = { onPanelError, headingLevel: sectionLevel };

    const body =
      fatal === null && (analysis || loading) ? (
        <>
          {reading.ok && !loading ? (
            <DataProblems setAside={reading.setAside} warnings={reading.warnings} headingLevel={sectionLevel} />
          ) : null}
          <Panel {...guard} id="health" name={t('health.title')}>
            <HealthSummary
              {...shared}
              layout="compact"
              confirmHealthy={!reading.ok || reading.setAside.length === 0}
              onSelectMetric={onSelectMetric}
              selectedMetric={filters.metric ?? null}
            />
          </Panel>
          <Panel {...guard} id="alerts" name={t('alerts.listTitle')}>
            <QualityAlertList {...shared} initialCount={PAGE_ALERTS} onViewSource={setOpenSourceId} />
          </Panel>
          <Panel {...guard} id="connected" name={t('sourceTable.connections.title')}>
            <SourceTable
              {...shared}
              ref={connectedRef}
              variant="connections"
              userRole={userRole}
              filters={filters}
              onFiltersChange={setFilters}
              openSourceId={openSourceId}
              onOpenSourceChange={setOpenSourceId}
              onPreviewAction={onPreviewAction}
              emptyAction={
                canConnect ? (
                  <Button variant="primary" onClick={() => onConnectSource?.()}>
                    {t('page.connectSource')}
                  </Button>
                ) : null
              }
            />
          </Panel>
          <Panel {...guard} id="sync" name={t('sourceTable.syncStatus.title')}>
            {/* A health metric filters both source tables; the sync table shows it as a chip and its count. */}
            <SourceTable
              {...shared}
              variant="syncStatus"
              userRole={userRole}
              showFilters={false}
              filters={metricFilters}
              onFiltersChange={(next) => setFilters((current) => ({ ...current, metric: next.metric }))}
            />
          </Panel>
          <Panel {...guard} id="freshness" name={t('freshnessTable.title')}>
            <FreshnessTable {...shared} initialCount={PAGE_ROWS} />
          </Panel>
          <Panel {...guard} id="quality" name={t('quality.title')}>
            <QualityFlagTable {...shared} initialCount={PAGE_ROWS} />
          </Panel>
        </>
      ) : fatal ? (
        <DataErrorState title={fatal.title} issues={fatal.issues} announce={fatalIsNews} data-panel="data" />
      ) : null;

    return (
      <Root
        ref={ref}
        className={cx(styles.page, className)}
        lang={locale}
        data-user-role={userRole}
        aria-labelledby={Root === 'section' ? titleId : undefined}
        aria-busy={state === 'loading' || undefined}
        {...rest}
      >
        <header className={styles.header}>
          <div>
            <Heading id={titleId} level={headingLevel}>
              {t('page.title')}
            </Heading>
            <Text tone="muted">{t('page.subtitle')}</Text>
          </div>
          <div className={styles.actions}>
            <Text as="span" size="sm" tone="muted">
              {t('page.roleLabel', { role: t(`role.${userRole}`) })}
            </Text>
            {canExport ? (
              <>
                <Button
                  variant="primary"
                  onClick={() => {
                    if (exportState !== 'busy') onExport?.();
                  }}
                  aria-disabled={exportState === 'busy' || undefined}
                  aria-describedby={exportHintId}
                  data-state={exportState}
                >
                  {t(exportState === 'busy' ? 'page.exportBusy' : 'page.export')}
                </Button>
                <span id={exportHintId} hidden>
                  {t('page.exportHint')}
                </span>
              </>
            ) : null}
            <span role="status" className={exportState === 'done' ? undefined : visuallyHidden}>
              {canExport && exportState === 'done' ? t('page.exportDone') : ''}
            </span>
          </div>
        </header>
        <MaybeNow date={date}>
          {/* The legacy notice judges its sunset by the clock: without a valid `now` it waits for one. */}
          {legacyNotice === false || date === undefined ? null : (
            <Guarded {...guard} id="legacy" name={t('legacy.label')}>
              <LegacyRouteNotice {...legacyNotice} />
            </Guarded>
          )}
          {mockDataNotice === false ? null : (
            <Guarded {...guard} id="mock" name={mockDataNotice.title ?? t('page.section.mock')}>
              <MockDataNotice {...mockDataNotice} />
            </Guarded>
          )}

          {body}

          {credentials === false ? null : (
            <Panel {...guard} id="credentials" name={t('credentials.shopify.title')}>
              <ShopifyCredentialsPanel
                clientId={credentials.clientId}
                clientSecret={credentials.clientSecret}
                onSubmitCredential={(field, value) => onSubmitCredential?.(field, value)}
                userRole={userRole}
                headingLevel={sectionLevel}
              />
            </Panel>
          )}
          {guardrails === false ? null : (
            <Panel {...guard} id="guardrails" name={guardrails.title ?? t('page.section.guardrails')}>
              <GuardrailsList {...guardrails} headingLevel={sectionLevel} />
            </Panel>
          )}
        </MaybeNow>
      </Root>
    );
  },
);

/** The page's instant for every panel below, once it is a valid one. */
function MaybeNow({ date, children }: { date: Date | undefined; children: ReactNode }) {
  return date ? <NowProvider now={date}>{children}</NowProvider> : children;
}

interface GuardedProps {
  id: string;
  /** The panel's name as a person reads it (its heading), said in its error state. */
  name: string;
  /** Level of the panel's heading: its error state keeps a heading at that level. */
  headingLevel: HeadingLevel;
  onPanelError?: (panel: string, error: unknown) => void;
  children?: ReactNode;
}

/** One section of the page on its panel, behind its own error boundary; the component inside owns the heading. */
function Panel(props: GuardedProps) {
  return (
    <div className={styles.panel} data-panel={props.id}>
      <Boundary {...props} />
    </div>
  );
}

/** A notice outside any panel, behind its own error boundary. */
function Guarded(props: GuardedProps) {
  return (
    <div data-panel={props.id}>
      <Boundary {...props} />
    </div>
  );
}

/**
 * An error boundary with the page's wording: the crashed panel is named (a region under a heading
 * at the panel's level), nothing else is affected; announced only when the panel had been shown.
 */
function Boundary({ id, name, headingLevel, onPanelError, children }: GuardedProps) {
  const { t } = useI18n();
  return (
    <PanelBoundary
      name={name}
      headingLevel={headingLevel}
      title={t('page.panelError', { panel: name })}
      describe={(message) => t('page.panelErrorDetail', { message })}
      onError={(error) => onPanelError?.(id, error)}
    >
      {children}
    </PanelBoundary>
  );
}
