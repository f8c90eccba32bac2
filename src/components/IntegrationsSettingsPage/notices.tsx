import { useI18n } from '../../i18n';
import { Notice } from '../Notice/Notice';
import * as styles from './IntegrationsSettingsPage.css';

/** "Mock data. Mock-only (IMPL-007)…": the first guardrail, always visible. */
export function MockDataNotice() {
  const { t } = useI18n();
  return (
    <Notice tone="caution" label={t('page.mock.title')} title={t('page.mock.title')} state="mock">
      {t('page.mock.body')}
    </Notice>
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
