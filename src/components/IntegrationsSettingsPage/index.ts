export { IntegrationsSettingsPage, type IntegrationsSettingsPageProps } from './IntegrationsSettingsPage';
