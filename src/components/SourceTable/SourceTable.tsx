import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useNow } from '../../context/NowProvider';
import { analyse, type DataIssue, type Profile, type Role, type Source } from '../../domain';
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
import { instantFormatter, useI18n } from '../../i18n';
import { focusRing } from '../../theme/utilities.css';
import { Badge } from '../Badge/Badge';
import { DataErrorState } from '../DataErrorState/DataErrorState';
import type { CellContext, SourceTableVariant } from './columns';
import { type PreviewAction, SourceDetailDialog } from './SourceDetailDialog';
import * as styles from './SourceTable.css';
import { SourceTableFilterBar } from './SourceTableFilters';
import { SourceTableGrid } from './SourceTableGrid';
import { useControllable } from './useControllable';

export interface SourceTableProps {
  /** Which table of the seed page: connected sources (with "View details") or sync status. @default 'connections' */
  variant?: SourceTableVariant;
  /** The sources, parsed by the domain schema (`parseDataSet(input).data.sources`). @default [] */
  sources?: readonly Source[];
  /** The profiles the sources belong to: names for the Profile column and filter, time zones for the detail. @default [] */
  profiles?: readonly Profile[];
  /** Problems found in invalid data (`parseDataSet(input).issues`): the table shows them instead of rows. */
  issues?: readonly DataIssue[] | null;
  /** Data is on its way: skeleton rows and `aria-busy`. @default false */
  loading?: boolean;
  /** The instant freshness and statuses are judged at; defaults to the nearest NowProvider's. */
  now?: Date;
  /** The viewer's role. A `viewer` sees every detail but no actions (they are preview-only for everyone). @default 'admin' */
  role?: Role;
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
  /** Show the filter bar. @default true */
  showFilters?: boolean;
  /** Height of the scrolling table viewport, in px (the seed's 10 rows fit); only the rows in view are rendered. @default 560 */
  maxHeight?: number;
  /** Heading level of the panel title. @default 2 */
  headingLevel?: 2 | 3 | 4;
}

/**
 * The connected-sources table and the sync-status table of the Sources page, from one core:
 * sortable columns, filters with "n of N sources", empty / no match / loading / error states, and
 * for connected sources a "View details" panel with preview-only actions. Renders only the rows
 * in view, so 10,000 sources stay smooth.
 */
export function SourceTable({
  variant = 'connections',
  sources = [],
  profiles = [],
  issues = null,
  loading = false,
  now: explicitNow,
  role = 'admin',
  sort: sortProp,
  defaultSort = null,
  onSortChange,
  filters: filtersProp,
  defaultFilters,
  onFiltersChange,
  onPreviewAction,
  showFilters = true,
  maxHeight = 560,
  headingLevel = 2,
}: SourceTableProps) {
  const { t, intlLocale } = useI18n();
  const now = useNow(explicitNow);
  const headingId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const [sort, setSort] = useControllable(sortProp, defaultSort, onSortChange);
  const [filters, setFilters] = useControllable(filtersProp, { ...EMPTY_FILTERS, ...defaultFilters }, onFiltersChange);
  const [openId, setOpenId] = useState<string | null>(null);

  const analysis = useMemo(() => analyse(sources, now), [sources, now]);
  const profileById = useMemo(() => new Map(profiles.map((p) => [p.id, p])), [profiles]);
  const model = useMemo(
    () =>
      createSourceTableModel(analysis.sources, {
        locale: intlLocale,
        profileNames: Object.fromEntries(profiles.map((p) => [p.id, p.name])),
        platformNames: {
          SHOPIFY: t('platform.SHOPIFY'),
          GA4: t('platform.GA4'),
          GOOGLE_ADS: t('platform.GOOGLE_ADS'),
          META_ADS: t('platform.META_ADS'),
          TIKTOK_ADS: t('platform.TIKTOK_ADS'),
        },
      }),
    [analysis, profiles, intlLocale, t],
  );
  const rows = useMemo(() => queryRows(model, sort, filters), [model, sort, filters]);

  const formatter = useMemo(() => instantFormatter(intlLocale, 'UTC'), [intlLocale]);
  const onOpenDetails = useCallback((sourceId: string, button: HTMLButtonElement) => {
    opener.current = button;
    setOpenId(sourceId);
  }, []);
  const cellContext: CellContext = useMemo(
    () => ({
      t,
      profileName: (id) => profileById.get(id)?.name ?? id,
      formatInstant: (iso) => formatter.format(new Date(iso)),
      onOpenDetails,
    }),
    [t, profileById, formatter, onOpenDetails],
  );

  const onClose = useCallback(() => setOpenId(null), []);
  const lastOpened = useRef<string | null>(null);
  useEffect(() => {
    if (openId !== null) {
      lastOpened.current = openId;
      return;
    }
    const id = lastOpened.current;
    lastOpened.current = null;
    if (id === null) return;
    // The dialog has closed (its effect ran first): focus goes back to the row's button, found
    // again in case the row re-rendered.
    const again = scrollRef.current?.querySelector<HTMLButtonElement>(`button[data-source-id="${CSS.escape(id)}"]`);
    (again ?? opener.current)?.focus();
  }, [openId]);

  const Heading = `h${headingLevel}` as const;
  const state =
    issues && issues.length > 0
      ? 'error'
      : loading
        ? 'loading'
        : sources.length === 0
          ? 'empty'
          : rows.length === 0
            ? 'no-match'
            : 'ready';
  const clear = () => setFilters({ ...EMPTY_FILTERS });
  const openView = openId === null ? null : (analysis.sources.find((v) => v.source.id === openId) ?? null);

  return (
    // Not a landmark of its own: the heading names the table and its scrolling region.
    <section className={styles.root} data-state={state} data-variant={variant}>
      <div className={styles.header}>
        <div className={styles.titleRow}>
          <Heading id={headingId} className={styles.title}>
            {t(variant === 'connections' ? 'sourceTable.connections.title' : 'sourceTable.syncStatus.title')}
          </Heading>
          {state === 'ready' || state === 'no-match' ? (
            analysis.possiblyOutdated ? (
              <Badge tone="caution" data-state="outdated">
                {t('common.dataMayBeOutdated')}
              </Badge>
            ) : null
          ) : null}
        </div>
        <p className={styles.description}>
          {t(variant === 'connections' ? 'sourceTable.connections.description' : 'sourceTable.syncStatus.description')}
        </p>
      </div>
      {state === 'error' ? (
        <DataErrorState issues={issues ?? []} title={t('sourceTable.error')} />
      ) : (
        <>
          {showFilters && state !== 'loading' && state !== 'empty' ? (
            <SourceTableFilterBar
              filters={filters}
              onChange={setFilters}
              profiles={profiles}
              shown={rows.length}
              total={sources.length}
            />
          ) : null}
          {state === 'loading' ? (
            <p className={styles.count} role="status">
              {t('sourceTable.loading')}
            </p>
          ) : null}
          <SourceTableGrid
            variant={variant}
            labelledBy={headingId}
            views={analysis.sources}
            rows={rows}
            sort={sort}
            onSort={(column: SourceTableColumn) => setSort(nextSort(sort, column))}
            cellContext={cellContext}
            maxHeight={maxHeight}
            busy={state === 'loading'}
            scrollRef={scrollRef}
            placeholder={
              state === 'empty' ? (
                <div className={styles.message}>{t('sourceTable.empty')}</div>
              ) : state === 'no-match' ? (
                <div className={styles.message}>
                  {t('sourceTable.noMatch')}
                  {hasActiveFilters(filters) ? (
                    <button type="button" className={`${styles.button} ${focusRing}`} onClick={clear}>
                      {t('sourceTable.filters.clear')}
                    </button>
                  ) : null}
                </div>
              ) : undefined
            }
          />
        </>
      )}
      {variant === 'connections' ? (
        <SourceDetailDialog
          view={openView}
          profile={openView ? profileById.get(openView.source.profileId) : undefined}
          role={role}
          onClose={onClose}
          onPreviewAction={onPreviewAction}
        />
      ) : null}
    </section>
  );
}
