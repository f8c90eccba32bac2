/**
 * The "./locales/fr" entry point (integrations-ui/locales/fr): the French catalogue, apart from the
 * main entry so that a host that renders English only does not bundle it. Pass it with the locale:
 * `<LocaleProvider locale="fr" messages={fr}>`, `createTranslator('fr', fr)`. No React and no
 * 'use client': a server component can import it. Recorded in api/integrations-ui-locales-fr.api.md.
 */
export { fr } from '../i18n/fr';
