import { memo, type RefObject, useId, useMemo, useRef } from 'react';
import { PLATFORMS, type Platform, type Profile, SYNC_STATUSES, type SyncStatus } from '../../domain';
import { EMPTY_FILTERS, type SourceTableFilters as Filters, hasActiveFilters } from '../../domain/table';
import { useI18n } from '../../i18n';
import { Button } from '../../private/Button/Button';
import { control } from '../../private/control.css';
import { cx } from '../../private/cx';
import { Text } from '../../private/Typography/Typography';
import { visuallyHidden } from '../../theme/utilities.css';
import * as styles from './SourceTable.css';

export interface SourceTableFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
  profiles: readonly Profile[];
  /** Rows shown and rows in the data set, for "n of N sources". */
  shown: number;
  total: number;
  /** The search field, for the table to focus when its own "Clear filters" (no match) removes itself. */
  searchRef?: RefObject<HTMLInputElement | null>;
  /**
   * Show the search field and the selects. Without them (a table filtered from outside, e.g. by a
   * health metric), the bar still says what filters it: the metric chip, the count, "Clear filters".
   * @default true
   */
  controls?: boolean;
  /** Where focus goes when a control that removed itself has no search field to go to (the table's grid). */
  onFocusElsewhere?: () => void;
  /** Every profile is an option; otherwise only the one chosen (the table sets it once the browser is idle). @default true */
  allProfiles?: boolean;
}

/**
 * Profile, platform and status selects, a search on the label, the active health metric (when a
 * HealthSummary drove the filter), the "n of N sources" count and "Clear filters". Re-renders only
 * when its props change (not on a sort, nor on a scroll of the table).
 *
 * Focus: "Clear filters" and the metric chip ("Showing: Expired ×") remove themselves when
 * pressed; focus moves to the search field, never to `<body>`.
 */
export const SourceTableFilterBar = memo(function SourceTableFilterBar({
  filters,
  onChange,
  profiles,
  shown,
  total,
  searchRef,
  controls = true,
  onFocusElsewhere,
  allProfiles = true,
}: SourceTableFiltersProps) {
  const { t } = useI18n();
  const id = useId();
  const ownSearch = useRef<HTMLInputElement>(null);
  const search = searchRef ?? ownSearch;
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  /** A control that removes itself hands focus to the search field. */
  const thenFocusSearch = (filtersAfter: Filters) => {
    onChange(filtersAfter);
    if (search.current) search.current.focus();
    else onFocusElsewhere?.();
  };
  const metric = filters.metric !== null && filters.metric !== 'total' ? filters.metric : null;
  // A profile's option for each of the data set's profiles: hundreds with a large account. Until
  // `allProfiles` (the table sets it in the browser's first idle period after the rows show, a few
  // milliseconds later), only the chosen one: the select is closed and keeps its width, so nothing
  // shows the difference. The same elements from one render to the next: a search does not walk
  // every profile's option.
  const profileOptions = useMemo(
    () =>
      // Until all are listed, the one profile chosen (if any): what the closed select shows.
      profiles
        .filter((profile) => allProfiles || profile.id === filters.profileId)
        .map((profile) => (
          <option key={profile.id} value={profile.id}>
            {profile.name}
          </option>
        )),
    [profiles, allProfiles, filters.profileId],
  );
  const actions = (
    <div className={styles.filterActions}>
      {metric === null ? null : (
        <Button size="small" data-state="metric" onClick={() => thenFocusSearch({ ...filters, metric: null })}>
          {t('sourceTable.filters.metric', { metric: t(`health.metric.${metric}`) })}
          <span aria-hidden="true">×</span>
          <span className={visuallyHidden}>
            {t('sourceTable.filters.removeMetric', { metric: t(`health.metric.${metric}`) })}
          </span>
        </Button>
      )}
      {/* Not a live region: the table's one announcer says the count after each change. */}
      <Text size="sm" tone="muted" data-testid="source-table-count">
        {t('sourceTable.count', { count: shown, total })}
      </Text>
      {hasActiveFilters(filters) ? (
        <Button size="small" onClick={() => thenFocusSearch({ ...EMPTY_FILTERS })}>
          {t('sourceTable.filters.clear')}
        </Button>
      ) : null}
    </div>
  );
  if (!controls) return actions;
  return (
    <fieldset className={styles.filters}>
      <legend className={visuallyHidden}>{t('sourceTable.filters.label')}</legend>
      <label className={styles.field} htmlFor={`${id}-q`}>
        {t('sourceTable.filters.search')}
        <input
          ref={search}
          id={`${id}-q`}
          type="search"
          className={cx(control, styles.filterControl)}
          value={filters.query}
          onChange={(event) => set({ query: event.currentTarget.value })}
          autoComplete="off"
          dir="auto"
        />
      </label>
      <label className={styles.field} htmlFor={`${id}-profile`}>
        {t('sourceTable.column.profile')}
        <select
          id={`${id}-profile`}
          className={cx(control, styles.filterControl)}
          value={filters.profileId ?? ''}
          onChange={(event) => set({ profileId: event.currentTarget.value || null })}
        >
          <option value="">{t('sourceTable.filters.anyProfile')}</option>
          {profileOptions}
        </select>
      </label>
      <label className={styles.field} htmlFor={`${id}-platform`}>
        {t('sourceTable.column.platform')}
        <select
          id={`${id}-platform`}
          className={cx(control, styles.filterControl)}
          value={filters.platform ?? ''}
          onChange={(event) => set({ platform: (event.currentTarget.value || null) as Platform | null })}
        >
          <option value="">{t('sourceTable.filters.anyPlatform')}</option>
          {PLATFORMS.map((platform) => (
            <option key={platform} value={platform}>
              {t(`platform.${platform}`)}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.field} htmlFor={`${id}-status`}>
        {t('sourceTable.column.status')}
        <select
          id={`${id}-status`}
          className={cx(control, styles.filterControl)}
          value={filters.status ?? ''}
          onChange={(event) => set({ status: (event.currentTarget.value || null) as SyncStatus | null })}
        >
          <option value="">{t('sourceTable.filters.anyStatus')}</option>
          {SYNC_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`syncStatus.${status}`)}
            </option>
          ))}
        </select>
      </label>
      {actions}
    </fieldset>
  );
});
