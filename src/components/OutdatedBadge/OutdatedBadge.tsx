import { forwardRef } from 'react';
import { useMessages } from '../../i18n/LocaleProvider';
import { commonMessages } from '../../i18n/messages/common';
import type { RootProps } from '../../private/props';
import { Badge } from '../Badge/Badge';

export type OutdatedBadgeProps = RootProps<
  'span',
  {
    /** Show the notice; the rule (`analyse().possiblyOutdated`: a source is STALE) decides. Nothing renders when false. */
    show: boolean;
  }
>;

/** "Data may be outdated": a caution badge beside the heading of every panel whose sources include a STALE one. */
export const OutdatedBadge = forwardRef<HTMLSpanElement, OutdatedBadgeProps>(function OutdatedBadge(
  { show, ...rest },
  ref,
) {
  const { t } = useMessages(commonMessages);
  if (!show) return null;
  return (
    <Badge ref={ref} tone="caution" data-state="outdated" {...rest}>
      {t('common.dataMayBeOutdated')}
    </Badge>
  );
});
