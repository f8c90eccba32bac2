import { forwardRef, type ReactNode, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  type Analysis,
  type DataIssue,
  type DataSet,
  PLATFORMS,
  type PreviewAction,
  type UserRole,
} from '../../domain';
import {
  createSourceTableModel,
  EMPTY_FILTERS,
  hasActiveFilters,
  nextSort,
  queryRows,
  type SourceTableColumn,
  type SourceTableFilters,
  type SourceTableSort,
} from '../../domain/table';
import { formatInstant, type MessageKey, useI18n } from '../../i18n';
import { Button } from '../../private/Button/Button';
import { cx } from '../../private/cx';
import { EMPTY_DATA, useDerived } from '../../private/DataSection';
import { EmptyState } from '../../private/EmptyState/EmptyState';
import { useArrived } from '../../private/Notice/news';
import type { DataState, RootProps } from '../../private/props';
import { SectionHeader, sectionStyles } from '../../private/Section/Section';
import { type HeadingLevel, Text } from '../../private/Typography/Typography';
import { useBrowserLayoutEffect } from '../../private/useBrowserLayoutEffect';
import { useControllable } from '../../private/useControllable';
import { whenIdle } from '../../private/whenIdle';
import { visuallyHidden } from '../../theme/utilities.css';
import { DataErrorState } from '../DataErrorState/DataErrorState';
import { OutdatedBadge } from '../OutdatedBadge/OutdatedBadge';
import type { CellContext, SourceTableVariant } from './columns';
import { SourceDetailDialog } from './SourceDetailDialog';
import { SourceTableFilterBar } from './SourceTableFilters';
import { focusGrid, SourceTableGrid } from './SourceTableGrid';

const NO_ISSUES: readonly DataIssue[] = [];

export type SourceTableProps = RootProps<
  'section',
  {
    /** Which table of the seed page: connected sources (with "View details") or sync status. @default 'connections' */
    variant?: SourceTableVariant;
    /** The data set, parsed by the domain schema (`parseDataSet(input).data`): its sources, and the profiles for names and time zones. @default an empty data set */
    data?: DataSet;
    /** What `analyse(data.sources, now)` returned, when the page already derived it; otherwise the table derives it. */
    analysis?: Analysis;
    /** Where the data stands: `loading` shows skeleton rows and `aria-busy`, `error` shows `issues` instead of rows. @default 'ready' */
    state?: DataState;
    /** Problems found in invalid data (`parseDataSet(input).issues`), shown when `state` is `error`. @default [] */
    issues?: readonly DataIssue[];
    /** The instant freshness and statuses are judged at; defaults to the nearest NowProvider's. */
    now?: Date | string;
    /** The person's role. A `viewer` sees every detail but no actions (they are preview-only for everyone). @default 'viewer' */
    userRole?: UserRole;
    /** Controlled sort (`null` = the data set's order). Leave undefined to let the table keep its own. */
    sort?: SourceTableSort | null;
    /** Initial sort when uncontrolled. @default null */
    defaultSort?: SourceTableSort | null;
    /** Called with the new sort when a column header is activated. */
    onSortChange?: (sort: SourceTableSort | null) => void;
    /** Controlled filters (e.g. driven by HealthSummary through `filtersForMetric`). */
    filters?: SourceTableFilters;
    /** Initial filters when uncontrolled. @default no filter */
    defaultFilters?: Partial<SourceTableFilters>;
    /** Called with the new filters on every change, including "Clear filters". */
    onFiltersChange?: (filters: SourceTableFilters) => void;
    /** A preview action was chosen in the detail panel. No job is ever started by the table. */
    onPreviewAction?: (sourceId: string, action: PreviewAction) => void;
    /** Show the filter bar's search field and selects. Without them, filters set from outside (`filters`) are still shown as a chip, the count and "Clear filters". @default true */
    showFilters?: boolean;
    /** The source whose detail panel is open (controlled), e.g. opened from an alert's "View source"; `null` = closed. Leave undefined to let the table keep its own. */
    openSourceId?: string | null;
    /** Called with the source id when a detail panel opens, and `null` when it closes. */
    onOpenSourceChange?: (sourceId: string | null) => void;
    /** What the empty state (no source at all) offers, e.g. a "Connect a source" button. */
    emptyAction?: ReactNode;
    /** Height of the scrolling table viewport, in px (the seed's 10 rows fit); only the rows in view are rendered. @default 560 */
    maxHeight?: number;
    /** Heading level of the section title. @default 2 */
    headingLevel?: HeadingLevel;
  }
>;

/**
 * The connected-sources table and the sync-status table of the Sources page, from one core:
 * sortable columns, filters with "n of N sources", empty / no match / loading / error states, and
 * for connected sources a "View details" panel with preview-only actions. Renders only the rows
 * in view, so 10,000 sources stay smooth. A region named by its heading.
 *
 * Keyboard: the table is a grid (`role="grid"`, the WAI-ARIA APG data grid) and one tab stop. Tab
 * enters it at its active cell (at first the first row's Source cell) and the next Tab leaves it;
 * Shift+Tab comes back to the same cell. ←/→: previous/next cell of the row. ↑/↓: previous/next
 * row (the header row, with its sort buttons, is the first). Home/End: first/last cell of the row.
 * Ctrl+Home/Ctrl+End: first cell of the header row/last cell of the last row. Page Up/Page Down:
 * as many rows as the table shows. Enter/Space: the cell's button (a sort, "View details"). Every
 * row is reached, however many; the row moved to shows below the sticky header, and the focused
 * row stays rendered (focus stays on its source) when the table is scrolled away from it.
 *
 * Focus: "Clear filters" (in the filter bar or the no-match state) and the health-metric chip
 * remove themselves; focus goes to the search field (to the table when there is no filter bar).
 *
 * Announcements: a sort or a filter is said politely (the person's own action); what is wrong with
 * the data is `role="alert"` only when it replaces what the table showed, not when it renders with it.
 */
export const SourceTable = forwardRef<HTMLElement, SourceTableProps>(function SourceTable(
  {
    variant = 'connections',
    data = EMPTY_DATA,
    analysis: given,
    state: dataState = 'ready',
    issues = NO_ISSUES,
    now: explicitNow,
    userRole = 'viewer',
    sort: sortProp,
    defaultSort = null,
    onSortChange,
    filters: filtersProp,
    defaultFilters,
    onFiltersChange,
    onPreviewAction,
    showFilters = true,
    openSourceId,
    onOpenSourceChange,
    emptyAction,
    maxHeight = 560,
    headingLevel = 2,
    className,
    ...rest
  },
  ref,
) {
  const { t, intlLocale } = useI18n();
  const headingId = `${useId()}-title`;
  const scrollRef = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const [sort, setSort] = useControllable(sortProp, defaultSort, onSortChange);
  const [filters, setFilters] = useControllable(filtersProp, { ...EMPTY_FILTERS, ...defaultFilters }, onFiltersChange);
  const [openId, setOpenId] = useControllable(openSourceId, null, onOpenSourceChange);

  const analysis = useDerived({ data, analysis: given, now: explicitNow });
  const profileById = useMemo(() => new Map(data.profiles.map((p) => [p.id, p])), [data.profiles]);
  const model = useMemo(
    () =>
      createSourceTableModel(analysis.sources, {
        locale: intlLocale,
        profileNames: Object.fromEntries(data.profiles.map((p) => [p.id, p.name])),
        platformNames: Object.fromEntries(PLATFORMS.map((platform) => [platform, t(`platform.${platform}`)])),
      }),
    [analysis, data.profiles, intlLocale, t],
  );
  const rows = useMemo(() => queryRows(model, sort, filters), [model, sort, filters]);
  // What can wait for the browser to be idle after the rows show, so that neither the first render
  // nor a sort or a filter waits for it: the rows around the view (again after each change of the
  // rows), the profile filter's other options, then what the first sort by source and the first
  // search need.
  const [idleFor, setIdleFor] = useState<Uint32Array>();
  useEffect(() => whenIdle([() => setIdleFor(rows), () => model.ranks.label, () => model.foldedLabels]), [model, rows]);

  // The table's one polite live region: what a sort or a filter changed ("Sorted by Source,
  // ascending", "3 of 10 sources"). Nothing is said for what the table shows when it loads. The
  // words are set in the render that shows the change (not in an effect, which would render the
  // whole table a second time for one line of text).
  const [announced, setAnnounced] = useState({ filters, text: '' });
  const title = t(`sourceTable.${variant}.title`);
  if (announced.filters !== filters) {
    const count = t('sourceTable.count', { count: rows.length, total: analysis.sources.length });
    // A filter by a health metric names the table and the metric: "Connected sources: Expired — 1 of 10 sources".
    const text = filters.metric
      ? t('sourceTable.metricCount', { table: title, metric: t(`health.metric.${filters.metric}`), count })
      : count;
    setAnnounced({ filters, text });
  }
  const onSort = useCallback(
    (column: SourceTableColumn) => {
      const next = nextSort(sort, column);
      setSort(next);
      const name = t(`sourceTable.column.${column}` as MessageKey);
      const text = t(next.direction === 'ascending' ? 'sourceTable.sortedAscending' : 'sourceTable.sortedDescending', {
        column: name,
      });
      setAnnounced({ filters, text });
    },
    [sort, setSort, t, filters],
  );

  const onOpenDetails = useCallback(
    (sourceId: string, button: HTMLButtonElement) => {
      opener.current = button;
      setOpenId(sourceId);
    },
    [setOpenId],
  );
  const cellContext: CellContext = useMemo(
    () => ({
      t,
      profileName: (id) => profileById.get(id)?.name ?? id,
      formatInstant: (iso) => formatInstant(iso, intlLocale, 'UTC'),
      onOpenDetails,
    }),
    [t, profileById, intlLocale, onOpenDetails],
  );

  const onClose = useCallback(() => setOpenId(null), [setOpenId]);
  const lastOpened = useRef<string | null>(null);
  // Focus returns to what opened the panel: the row's button, or what had focus when the host
  // opened it (an alert's "View source"). Read in a layout effect, before the dialog's effect
  // moves focus into it.
  const externalOpener = useRef<HTMLElement | null>(null);
  useBrowserLayoutEffect(() => {
    if (openId !== null && opener.current?.dataset.sourceId !== openId) {
      // A clicked button is not focused in every browser (Safari): then there is no opener to return
      // to, and focus goes back to the source's row instead.
      const active = document.activeElement;
      externalOpener.current = active instanceof HTMLElement && active !== document.body ? active : null;
    }
  }, [openId]);
  useEffect(() => {
    if (openId !== null) {
      lastOpened.current = openId;
      return;
    }
    const outside = externalOpener.current;
    const row = opener.current;
    const id = lastOpened.current;
    externalOpener.current = null;
    opener.current = null;
    lastOpened.current = null;
    if (outside?.isConnected) {
      outside.focus();
      return;
    }
    if (id === null) return;
    // The dialog has closed (its effect ran first): focus goes back to the row's button, found
    // again in case the row re-rendered, or to the grid's active cell when the row is not rendered.
    const again = scrollRef.current?.querySelector<HTMLButtonElement>(`button[data-source-id="${CSS.escape(id)}"]`);
    const button = again ?? (row?.isConnected ? row : null);
    if (button) button.focus();
    else focusGrid(scrollRef.current);
  }, [openId]);

  const shown =
    dataState === 'error'
      ? 'error'
      : dataState === 'loading'
        ? 'loading'
        : analysis.sources.length === 0
          ? 'empty'
          : rows.length === 0
            ? 'no-match'
            : 'ready';
  // "Clear filters" of the no-match state removes itself: focus goes to the search field, or,
  // without the filter bar, to the grid's active cell once its rows show. Never to `<body>`.
  const searchRef = useRef<HTMLInputElement>(null);
  const focusTableOnCommit = useRef(false);
  /** Focus goes to the grid's tab stop once the rows a cleared filter brings back are rendered. */
  const focusTableLater = useCallback(() => {
    focusTableOnCommit.current = true;
  }, []);
  const clear = () => {
    setFilters({ ...EMPTY_FILTERS });
    if (searchRef.current) searchRef.current.focus();
    else focusTableLater();
  };
  useEffect(() => {
    if (!focusTableOnCommit.current) return;
    focusTableOnCommit.current = false;
    if (!focusGrid(scrollRef.current)) scrollRef.current?.focus();
  });
  // What is wrong with the data is said (role="alert") only when it replaces what the table showed.
  const errorIsNews = useArrived(shown === 'error');
  const openView = openId === null ? null : (analysis.sources.find((v) => v.source.id === openId) ?? null);

  return (
    // A region named by its heading alone (not the badge beside it); the table is named the same.
    <section
      ref={ref}
      className={cx(sectionStyles.section, className)}
      aria-labelledby={headingId}
      data-state={shown}
      data-variant={variant}
      {...rest}
    >
      <SectionHeader
        id={headingId}
        level={headingLevel}
        title={title}
        badges={shown === 'ready' || shown === 'no-match' ? <OutdatedBadge show={analysis.possiblyOutdated} /> : null}
        description={variant === 'connections' ? t('sourceTable.connections.description') : undefined}
      />
      {shown === 'error' ? (
        <DataErrorState issues={issues} title={t('sourceTable.error')} announce={errorIsNews} />
      ) : shown === 'empty' ? (
        <EmptyState title={t('sourceTable.empty')} action={emptyAction} />
      ) : (
        <>
          {/* Without its filter bar, a table filtered from outside (a health metric) still says so. */}
          {(showFilters || hasActiveFilters(filters)) && shown !== 'loading' ? (
            <SourceTableFilterBar
              searchRef={searchRef}
              controls={showFilters}
              onFocusElsewhere={focusTableLater}
              allProfiles={idleFor !== undefined}
              filters={filters}
              onChange={setFilters}
              profiles={data.profiles}
              shown={rows.length}
              total={analysis.sources.length}
            />
          ) : null}
          {shown === 'loading' ? (
            <Text size="sm" tone="muted" role="status">
              {t('sourceTable.loading')}
            </Text>
          ) : null}
          {shown === 'no-match' ? (
            <EmptyState
              title={t('sourceTable.noMatch')}
              action={
                hasActiveFilters(filters) ? (
                  <Button size="small" onClick={clear}>
                    {t('sourceTable.filters.clear')}
                  </Button>
                ) : null
              }
            />
          ) : (
            <SourceTableGrid
              variant={variant}
              labelledBy={headingId}
              views={analysis.sources}
              rows={rows}
              sort={sort}
              onSort={onSort}
              cellContext={cellContext}
              maxHeight={maxHeight}
              busy={shown === 'loading'}
              scrollRef={scrollRef}
              settled={idleFor === rows}
            />
          )}
        </>
      )}
      <div className={visuallyHidden} aria-live="polite" aria-atomic="true">
        {announced.text}
      </div>
      {variant === 'connections' ? (
        <SourceDetailDialog
          source={openView}
          profile={openView ? profileById.get(openView.source.profileId) : undefined}
          userRole={userRole}
          onClose={onClose}
          onPreviewAction={onPreviewAction}
        />
      ) : null}
    </section>
  );
});
