import { useMessages } from '../../i18n/LocaleProvider';
import { commonMessages } from '../../i18n/messages/common';
import { Badge } from '../Badge/Badge';

export interface OutdatedBadgeProps {
  /** Show the notice; the rule (`analyse().possiblyOutdated`: a source is STALE) decides. */
  show: boolean;
}

/** "Data may be outdated": on every panel whose sources include a STALE one. */
export function OutdatedBadge({ show }: OutdatedBadgeProps) {
  const { t } = useMessages(commonMessages);
  if (!show) return null;
  return (
    <Badge tone="caution" data-state="outdated">
      {t('common.dataMayBeOutdated')}
    </Badge>
  );
}
