import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { Locale } from '../domain';
import { catalogues, type MessageKey, type MessageParams, type Messages, translator } from './catalogues';

export interface I18n {
  locale: Locale;
  /** BCP 47 tag for `Intl` formatters. */
  intlLocale: string;
  t: (key: MessageKey, params?: MessageParams) => string;
}

function createI18n(locale: Locale, overrides?: Partial<Messages>): I18n {
  const messages = overrides ? { ...catalogues[locale], ...overrides } : catalogues[locale];
  return { locale, intlLocale: locale === 'fr' ? 'fr-FR' : 'en-GB', t: translator(messages) };
}

const defaultI18n = createI18n('en');
const LocaleContext = createContext<I18n>(defaultI18n);

export interface LocaleProviderProps {
  /** The language of every component below. @default 'en' */
  locale?: Locale;
  /** Replace some messages (e.g. a host's own wording); keys are the catalogue's. */
  messages?: Partial<Messages>;
  children?: ReactNode;
}

/** Sets the language (and date formatting) for every component below it. */
export function LocaleProvider({ locale = 'en', messages, children }: LocaleProviderProps) {
  const value = useMemo(() => createI18n(locale, messages), [locale, messages]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** The current locale and translator; English outside any provider. */
export function useI18n(): I18n {
  return useContext(LocaleContext);
}
