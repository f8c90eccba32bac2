export { IntegrationsSettingsPage, type IntegrationsSettingsPageProps } from './IntegrationsSettingsPage';
export { PanelBoundary, type PanelBoundaryProps } from './PanelBoundary';
