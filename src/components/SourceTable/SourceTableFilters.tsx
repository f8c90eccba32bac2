import { memo, useId, useMemo } from 'react';
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
}

/**
 * Profile, platform and status selects, a search on the label, the active health metric (when a
 * HealthSummary drove the filter), the "n of N sources" count and "Clear filters". Re-renders only
 * when its props change (not on a sort, nor on a scroll of the table).
 */
export const SourceTableFilterBar = memo(function SourceTableFilterBar({
  filters,
  onChange,
  profiles,
  shown,
  total,
}: SourceTableFiltersProps) {
  const { t } = useI18n();
  const id = useId();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const metric = filters.metric !== null && filters.metric !== 'total' ? filters.metric : null;
  // The same elements from one render to the next: a search does not walk every profile's option.
  const profileOptions = useMemo(
    () =>
      profiles.map((profile) => (
        <option key={profile.id} value={profile.id}>
          {profile.name}
        </option>
      )),
    [profiles],
  );
  return (
    <fieldset className={styles.filters}>
      <legend className={visuallyHidden}>{t('sourceTable.filters.label')}</legend>
      <label className={styles.field} htmlFor={`${id}-q`}>
        {t('sourceTable.filters.search')}
        <input
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
      <div className={styles.filterActions}>
        {metric === null ? null : (
          <Button size="small" data-state="metric" onClick={() => set({ metric: null })}>
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
          <Button size="small" onClick={() => onChange({ ...EMPTY_FILTERS })}>
            {t('sourceTable.filters.clear')}
          </Button>
        ) : null}
      </div>
    </fieldset>
  );
});
