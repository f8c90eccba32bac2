import { forwardRef } from 'react';
import type { QualityFlag } from '../../domain';
import { useI18n } from '../../i18n';
import { Button } from '../../private/Button/Button';
import { Notice, NoticeText } from '../../private/Notice/Notice';
import type { RootProps } from '../../private/props';
import { Text } from '../../private/Typography/Typography';
import { visuallyHidden } from '../../theme/utilities.css';
import { StatusBadge } from '../StatusBadge/StatusBadge';
import { SEVERITY_TONE } from '../StatusBadge/tones';

export type QualityAlertBannerProps = RootProps<
  'div',
  {
    /** The open flag, as derived by the domain rules (`qualityFlagsOf` / `analyse`). */
    flag: QualityFlag;
    /** When given, the banner offers "View source", which calls back with the flag's source id (e.g. to open its detail panel). */
    onViewSource?: (sourceId: string) => void;
    /**
     * Announce the banner: pass `true` when it appears after the page has loaded (the flag is news).
     * A critical or warning banner is then `role="alert"`, an info one `role="status"`. A banner the
     * page renders with is plain content and is not announced. @default false
     */
    announce?: boolean;
  }
>;

/**
 * One open data-quality flag: the severity as text and shape, the exact message, and the source it
 * concerns. There is no dismiss control: a banner stays while its flag is open.
 *
 * Announcements: only news is announced. A banner is plain content by default (no live role), so
 * a page that loads with ten open flags does not interrupt the person ten times; with `announce`
 * (a flag that appeared after load) a critical or warning banner is `role="alert"` and an info one
 * `role="status"`, said once when it appears. `QualityAlertList` applies this rule itself.
 */
export const QualityAlertBanner = forwardRef<HTMLDivElement, QualityAlertBannerProps>(function QualityAlertBanner(
  { flag, onViewSource, announce = false, ...rest },
  ref,
) {
  const { t } = useI18n();
  const actions = onViewSource ? (
    <Button size="small" onClick={() => onViewSource(flag.sourceId)} data-source-id={flag.sourceId}>
      {t('alerts.viewSource')}
      <span className={visuallyHidden} dir="auto">
        {' '}
        {flag.sourceLabel}
      </span>
    </Button>
  ) : undefined;
  return (
    <Notice
      ref={ref}
      tone={SEVERITY_TONE[flag.severity]}
      lead={<StatusBadge severity={flag.severity} />}
      role={announce ? (flag.severity === 'info' ? 'status' : 'alert') : undefined}
      data-severity={flag.severity}
      data-code={flag.code}
      data-source-id={flag.sourceId}
      actions={actions}
      {...rest}
    >
      <NoticeText>{t(`flag.${flag.code}`)}</NoticeText>
      <NoticeText dir="auto">
        <Text as="span" size="sm" tone="muted">
          {t('alerts.source', { label: flag.sourceLabel })}
        </Text>
      </NoticeText>
    </Notice>
  );
});
