import { forwardRef, type ReactNode } from 'react';
import type { Freshness } from '../../domain';
import { freshnessLevel } from '../../domain/freshness';
import { formatDate, formatHours, formatInstant, formatRelativeAge, isValidInstant, useI18n } from '../../i18n';
import { cx } from '../../private/cx';
import type { RootProps } from '../../private/props';
import { Tooltip } from '../../private/Tooltip/Tooltip';
import { Text } from '../../private/Typography/Typography';
import { Badge } from '../Badge/Badge';
import { StatusBadge } from '../StatusBadge/StatusBadge';
import * as styles from './FreshnessCell.css';

export type FreshnessCellProps = RootProps<
  'span',
  {
    /** The source's freshness at the injected time, from the domain's `freshnessOf` / `analyse`. */
    freshness: Freshness;
    /** The last completed successful sync (ISO-8601), or `null` when there has never been one. */
    lastSuccessfulSyncAt: string | null;
    /** The profile's IANA time zone, e.g. `Europe/Paris`; the exact time is shown in it and in UTC. */
    timeZone: string;
    /** When a sync in progress started (ISO-8601); shown as "Syncing…" beside the last completed result. @default null */
    syncStartedAt?: string | null;
    /** Show the freshness badge; off where a table has a separate Freshness column. @default true */
    badge?: boolean;
  }
>;

/**
 * A source's freshness: the level as a badge (`OVERDUE` past the error window, see `freshnessLevel`),
 * the age in words ("3 days ago"; the date past 30 days) and, in a tooltip that keyboard focus
 * reaches as well as hover, the exact time in UTC and in the profile's time zone. A sync in
 * progress never replaces the last completed result. Exposes `data-state` (the freshness state of
 * the data) and `data-level` (the level shown).
 */
export const FreshnessCell = forwardRef<HTMLSpanElement, FreshnessCellProps>(function FreshnessCell(
  { freshness, lastSuccessfulSyncAt, timeZone, syncStartedAt = null, badge = true, className, ...rest },
  ref,
) {
  const { t, intlLocale } = useI18n();

  if (lastSuccessfulSyncAt !== null && !isValidInstant(lastSuccessfulSyncAt)) {
    return (
      <span ref={ref} className={cx(styles.root, className)} data-state="invalid" {...rest}>
        <Badge tone="critical">{t('freshnessCell.invalidDate')}</Badge>
        <Text as="span" size="sm" tone="muted">
          {t('freshnessCell.invalidDateDetail', { value: lastSuccessfulSyncAt })}
        </Text>
      </span>
    );
  }

  const level = freshnessLevel(freshness);
  const errorAfterHours = freshness.window?.errorAfterHours;
  const help = (
    <>
      <Text size="sm" tone="inherit">
        {t(
          `freshnessHelp.${level}`,
          errorAfterHours === undefined ? undefined : { hours: formatHours(errorAfterHours, intlLocale) },
        )}
      </Text>
      <Text size="sm" tone="inherit">
        {freshness.window
          ? t('freshnessCell.window', { window: formatHours(freshness.window.warnAfterHours, intlLocale) })
          : t('freshnessCell.noWindow')}
      </Text>
    </>
  );

  let trigger: ReactNode;
  let content: ReactNode = help;
  if (lastSuccessfulSyncAt === null || freshness.ageMs === null) {
    trigger = (
      <Text as="span" size="sm" tone="muted">
        {t(freshness.state === 'UNKNOWN' ? 'freshnessCell.notMonitored' : 'freshnessCell.neverSynced')}
      </Text>
    );
  } else {
    const relative = formatRelativeAge(freshness.ageMs, intlLocale);
    trigger = (
      <Text as="span" size="sm">
        <time dateTime={lastSuccessfulSyncAt}>
          {relative ?? t('freshnessCell.on', { date: formatDate(lastSuccessfulSyncAt, intlLocale, timeZone) })}
        </time>
      </Text>
    );
    content = (
      <>
        {help}
        <dl className={styles.details} aria-label={t('freshnessCell.lastSuccessfulSync')}>
          <div className={styles.row}>
            <dt>
              <Text as="span" size="sm" tone="inherit" weight="bold">
                {t('freshnessCell.exactUtc')}
              </Text>
            </dt>
            <dd className={styles.value}>
              <time dateTime={lastSuccessfulSyncAt}>
                {new Date(lastSuccessfulSyncAt).toISOString().replace('.000Z', 'Z')}
              </time>
            </dd>
          </div>
          <div className={styles.row}>
            <dt>
              <Text as="span" size="sm" tone="inherit" weight="bold">
                {t('freshnessCell.exactLocal', { timeZone })}
              </Text>
            </dt>
            <dd className={styles.value}>
              <time dateTime={lastSuccessfulSyncAt}>{formatInstant(lastSuccessfulSyncAt, intlLocale, timeZone)}</time>
            </dd>
          </div>
        </dl>
      </>
    );
  }

  const syncing = syncStartedAt !== null && isValidInstant(syncStartedAt);
  return (
    <span
      ref={ref}
      className={cx(styles.root, className)}
      data-state={freshness.state}
      data-level={level}
      data-syncing={syncing || undefined}
      {...rest}
    >
      {badge ? <StatusBadge freshness={level} /> : null}
      <Tooltip
        content={
          <>
            {content}
            {syncing ? (
              <Text size="sm" tone="inherit">
                {t('freshnessCell.syncingSince', { time: formatInstant(syncStartedAt, intlLocale, timeZone) })}
              </Text>
            ) : null}
          </>
        }
      >
        {trigger}
      </Tooltip>
      {syncing ? (
        <Badge tone="info" icon={false} data-state="syncing">
          {t('freshnessCell.syncing')}
        </Badge>
      ) : null}
    </span>
  );
});
