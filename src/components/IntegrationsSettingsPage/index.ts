export {
  type CredentialsOptions,
  type ExportState,
  IntegrationsSettingsPage,
  type IntegrationsSettingsPageProps,
  type LegacyNoticeOptions,
} from './IntegrationsSettingsPage';
export type { GuardrailsOptions, MockDataNoticeOptions } from './notices';
