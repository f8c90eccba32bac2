import { forwardRef, useId, useMemo, useRef } from 'react';
import { countBySeverity, flagKey } from '../../domain';
import { useI18n } from '../../i18n';
import { type DataProps, DataSection, EMPTY_DATA, useDerived } from '../../private/DataSection';
import { useArrivedKeys } from '../../private/Notice/news';
import type { RootProps } from '../../private/props';
import { ShowMoreButton, useShowMore } from '../../private/ShowMore/ShowMore';
import { Skeleton } from '../../private/Skeleton/Skeleton';
import { QualityAlertBanner } from './QualityAlertBanner';
import * as styles from './QualityAlertBanner.css';

/** Placeholder banners while loading. */
const SKELETON_ITEMS = 3;

export type QualityAlertListProps = RootProps<
  'section',
  DataProps & {
    /** Show only this many banners at first (the most severe), with a "Show more" button. @default all */
    initialCount?: number;
    /** When given, every banner offers "View source", which calls back with its source id. */
    onViewSource?: (sourceId: string) => void;
  }
>;

/**
 * Every open flag as a banner, critical → warning → info (the data set's order kept within a
 * severity), with a count per severity, or "No open flags". A region named by its heading.
 *
 * Announcements: the banners the list shows when its data comes are content, not announced (no
 * live role). A flag that appears later (the host renders the list again with a new flag) is
 * announced once: critical and warning as `role="alert"`, info as `role="status"`
 * (`QualityAlertBanner`'s `announce`). Banners revealed by "Show more" are not news.
 *
 * Focus: "Show more" moves focus to the first banner it revealed (its list item, with the focus
 * ring); the button, gone once everything shows, never leaves focus on `<body>`.
 */
export const QualityAlertList = forwardRef<HTMLElement, QualityAlertListProps>(function QualityAlertList(
  {
    data = EMPTY_DATA,
    analysis: given,
    now,
    state = 'ready',
    issues,
    initialCount,
    onViewSource,
    headingLevel,
    ...rest
  },
  ref,
) {
  const { t } = useI18n();
  // `analyse` returns the flags already sorted by severity.
  const { flags, possiblyOutdated } = useDerived({ data, analysis: given, now });
  const titleId = `${useId()}-title`;
  const { visible, remaining, more, itemProps } = useShowMore(flags.length, initialCount);
  const ready = state === 'ready';
  const keys = useMemo(() => flags.map(flagKey), [flags]);
  const arrived = useArrivedKeys(keys, ready);
  // A flag that arrives below "Show more" is not announced, then or when "Show more" reveals it:
  // only a flag that appears where the person can see it is news.
  const unseen = useRef(new Set<string>());
  for (const key of arrived) if (keys.indexOf(key) >= visible) unseen.current.add(key);

  return (
    <DataSection
      ref={ref}
      titleId={titleId}
      title={t('alerts.listTitle')}
      headingLevel={headingLevel}
      outdated={possiblyOutdated}
      description={ready && flags.length > 0 ? t('alerts.counts', countBySeverity(flags)) : undefined}
      state={state}
      issues={issues}
      empty={flags.length === 0 ? t('alerts.empty') : null}
      loadingText={t('alerts.loading')}
      data-count={ready ? flags.length : undefined}
      {...rest}
    >
      {state === 'loading' ? (
        <ul className={styles.list} aria-busy="true">
          {Array.from({ length: SKELETON_ITEMS }, (_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholder items have nothing else to key by
            <li key={index} data-skeleton="">
              <Skeleton />
            </li>
          ))}
        </ul>
      ) : (
        <>
          <ul className={styles.list}>
            {flags.slice(0, visible).map((flag, index) => {
              const key = keys[index] as string;
              return (
                <li key={key} {...itemProps(index)}>
                  <QualityAlertBanner
                    flag={flag}
                    onViewSource={onViewSource}
                    announce={arrived.has(key) && !unseen.current.has(key)}
                  />
                </li>
              );
            })}
          </ul>
          <ShowMoreButton remaining={remaining} step={initialCount ?? remaining} onMore={more} />
        </>
      )}
    </DataSection>
  );
});
