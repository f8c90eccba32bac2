import { useMemo } from 'react';
import { flagKey, type QualityFlag, sortFlags } from '../../domain';
import { useI18n } from '../../i18n';
import * as table from '../../theme/table.css';
import { ScrollRegion } from '../ScrollRegion/ScrollRegion';
import { ShowMoreButton, useShowMore } from '../ShowMore/ShowMore';
import { StatusBadge } from '../StatusBadge/StatusBadge';
import * as styles from './QualityAlertBanner.css';

export interface QualityFlagTableProps {
  /** Open flags (any order); listed critical → warning → info. */
  flags: readonly QualityFlag[];
  /** Render only this many rows at first, with a "Show more" button. @default all rows */
  initialRows?: number;
}

/** The seed page's "Data Quality — open flags" table: Severity, Code, Message and the source each flag concerns. */
export function QualityFlagTable({ flags, initialRows }: QualityFlagTableProps) {
  const { t } = useI18n();
  const sorted = useMemo(() => sortFlags(flags), [flags]);
  const { visible, remaining, more } = useShowMore(sorted.length, initialRows);
  return (
    <ScrollRegion label={t('page.quality.caption')}>
      <table className={table.table}>
        <caption className={table.caption}>{t('page.quality.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className={table.th}>
              {t('page.quality.severity')}
            </th>
            <th scope="col" className={table.th}>
              {t('page.quality.code')}
            </th>
            <th scope="col" className={table.th}>
              {t('page.quality.message')}
            </th>
            <th scope="col" className={table.th}>
              {t('page.quality.source')}
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.length === 0 ? (
            <tr>
              <td colSpan={4} className={table.td}>
                <span className={styles.counts}>{t('page.quality.empty')}</span>
              </td>
            </tr>
          ) : (
            sorted.slice(0, visible).map((flag) => (
              <tr key={flagKey(flag)} data-severity={flag.severity} data-code={flag.code}>
                <td className={table.td}>
                  <StatusBadge severity={flag.severity} />
                </td>
                <td className={table.td}>
                  <code>{flag.code}</code>
                </td>
                <td className={table.td}>{t(`flag.${flag.code}`)}</td>
                <th scope="row" className={`${table.td} ${table.label}`} dir="auto">
                  {flag.sourceLabel}
                </th>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <ShowMoreButton remaining={remaining} step={initialRows ?? remaining} onMore={more} />
    </ScrollRegion>
  );
}
