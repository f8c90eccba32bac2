export { catalogues, interpolate, type MessageKey, type MessageParams, type Messages, translator } from './catalogues';
export { en } from './en';
export { fr } from './fr';
export { type I18n, LocaleProvider, type LocaleProviderProps, useI18n } from './LocaleProvider';
