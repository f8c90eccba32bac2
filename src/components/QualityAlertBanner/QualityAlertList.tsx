import { useId, useMemo } from 'react';
import { countBySeverity, flagKey, type QualityFlag, sortFlags } from '../../domain';
import { useI18n } from '../../i18n';
import { ShowMoreButton, useShowMore } from '../ShowMore/ShowMore';
import { QualityAlertBanner } from './QualityAlertBanner';
import * as styles from './QualityAlertBanner.css';

export interface QualityAlertListProps {
  /** Open flags (any order); shown critical → warning → info, the data set's order kept within a severity. */
  flags: readonly QualityFlag[];
  /** Heading level of the list's title, to fit the host page's outline. @default 2 */
  headingLevel?: 2 | 3 | 4;
  /** Hide the title (when the host shows its own heading); the list keeps its accessible name. @default false */
  hideTitle?: boolean;
  /** Show only this many banners at first (the most severe), with a "Show more" button. @default all */
  initialCount?: number;
}

/** Every open flag as a banner, sorted by severity, with a count per severity, or "No open flags". */
export function QualityAlertList({ flags, headingLevel = 2, hideTitle = false, initialCount }: QualityAlertListProps) {
  const { t } = useI18n();
  const titleId = useId();
  const sorted = useMemo(() => sortFlags(flags), [flags]);
  const counts = countBySeverity(sorted);
  const { visible, remaining, more } = useShowMore(sorted.length, initialCount);
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby={titleId} data-count={sorted.length}>
      <div className={styles.header}>
        <Heading id={titleId} className={styles.title} hidden={hideTitle}>
          {t('alerts.listTitle')}
        </Heading>
        {sorted.length > 0 ? <p className={styles.counts}>{t('alerts.counts', counts)}</p> : null}
      </div>
      {sorted.length === 0 ? (
        <p className={styles.empty} data-state="empty">
          {t('alerts.empty')}
        </p>
      ) : (
        <ul className={styles.list}>
          {sorted.slice(0, visible).map((flag) => (
            <li key={flagKey(flag)}>
              <QualityAlertBanner flag={flag} />
            </li>
          ))}
        </ul>
      )}
      <ShowMoreButton remaining={remaining} step={initialCount ?? remaining} onMore={more} />
    </section>
  );
}
