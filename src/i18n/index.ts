export {
  createTranslator,
  interpolate,
  interpolateNodes,
  type MessageKey,
  type MessageParams,
  type Messages,
} from './catalogues';
export { en } from './en';
export { markEnglish } from './english';
export {
  formatDate,
  formatHours,
  formatInstant,
  formatRelativeAge,
  instantFormatter,
  isValidInstant,
} from './format';
export {
  type I18n,
  type LocaleChoice,
  LocaleProvider,
  type LocaleProviderProps,
  type MessageArea,
  useI18n,
  useMessages,
} from './LocaleProvider';
export { commonMessages } from './messages/common';
