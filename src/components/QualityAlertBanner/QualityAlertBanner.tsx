import type { QualityFlag } from '../../domain';
import { useI18n } from '../../i18n';
import { StatusBadge } from '../StatusBadge/StatusBadge';
import { SEVERITY_TONE } from '../StatusBadge/tones';
import * as styles from './QualityAlertBanner.css';

export interface QualityAlertBannerProps {
  /** The open flag, as derived by the domain rules (`qualityFlagsOf` / `analyse`). */
  flag: QualityFlag;
}

/**
 * One open data-quality flag: the severity as text and shape, the exact message, and the source it
 * concerns. Critical and warning banners are `role="alert"`, info ones `role="status"`. There is
 * no dismiss control: a banner stays while its flag is open.
 */
export function QualityAlertBanner({ flag }: QualityAlertBannerProps) {
  const { t } = useI18n();
  const tone = SEVERITY_TONE[flag.severity];
  return (
    <div
      role={flag.severity === 'info' ? 'status' : 'alert'}
      className={`${styles.banner} ${styles.tone[tone]}`}
      data-severity={flag.severity}
      data-code={flag.code}
      data-source-id={flag.sourceId}
    >
      <StatusBadge severity={flag.severity} />
      <div className={styles.body}>
        <p className={styles.message}>{t(`flag.${flag.code}`)}</p>
        <p className={styles.source} dir="auto">
          {t('alerts.source', { label: flag.sourceLabel })}
        </p>
      </div>
    </div>
  );
}
