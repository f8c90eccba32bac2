export {
  catalogues,
  interpolate,
  interpolateNodes,
  type MessageKey,
  type MessageParams,
  type Messages,
  translator,
} from './catalogues';
export { en } from './en';
export { formatDate, formatHours, formatInstant, formatRelativeAge, isValidInstant } from './format';
export { fr } from './fr';
export { type I18n, LocaleProvider, type LocaleProviderProps, useI18n } from './LocaleProvider';
