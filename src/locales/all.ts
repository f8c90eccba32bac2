import type { Locale } from '../domain';
import { createTranslator, type MessageKey, type MessageParams, type Messages } from '../i18n/catalogues';
import { en } from '../i18n/en';
import type { LocaleChoice } from '../i18n/LocaleProvider';
import { fr } from './fr';

/*
 * Every locale's catalogue, for the code that works in any locale: Storybook (its toolbar and
 * modes), the tests and the docs pages. Not part of any entry point: no component imports it, and
 * a host passes the French catalogue itself.
 */

/** The complete catalogue of each locale. */
export const catalogues: Readonly<Record<Locale, Messages>> = { en, fr };

/**
 * The LocaleProvider props (or a page's) of each locale: French with its catalogue. Each `locale`
 * is set, so spread after other props it replaces theirs.
 */
export const localeChoices = {
  en: { locale: 'en' },
  fr: { locale: 'fr', messages: fr },
} as const satisfies Record<Locale, LocaleChoice>;

/** `createTranslator` for a locale known only at run time (a story's toolbar locale), with its catalogue. */
export function translatorFor(locale: Locale): (key: MessageKey, params?: MessageParams) => string {
  return createTranslator(locale, catalogues[locale]);
}
