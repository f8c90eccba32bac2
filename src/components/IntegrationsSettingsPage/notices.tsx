import { useI18n } from '../../i18n';
import { ToneIcon } from '../Badge/icons';
import * as styles from './IntegrationsSettingsPage.css';

/** "Mock data. Mock-only (IMPL-007)…": the first guardrail, always visible. */
export function MockDataNotice() {
  const { t } = useI18n();
  return (
    <div role="note" aria-label={t('page.mock.title')} className={styles.notice} data-notice="mock">
      <ToneIcon tone="caution" className={styles.noticeIcon} />
      <p className={styles.noticeText}>
        <strong>{t('page.mock.title')}</strong> {t('page.mock.body')}
      </p>
    </div>
  );
}

const GUARDRAILS = ['mock', 'secrets', 'scope', 'views', 'labels', 'actions'] as const;

/** The six V1 guardrails as the seed page lists them. */
export function GuardrailsList() {
  const { t } = useI18n();
  return (
    <ul className={styles.guardrails}>
      {GUARDRAILS.map((key) => (
        <li key={key} data-guardrail={key}>
          {t(`page.guardrail.${key}`)}
        </li>
      ))}
    </ul>
  );
}
