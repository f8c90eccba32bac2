import { type ReactNode, useContext, useMemo } from 'react';
import type { Locale } from '../domain';
import { catalogues, type MessageKey, type MessageParams, type Messages, translatorOf } from './catalogues';
import { LocaleContext, type LocaleSettings } from './context';
import { intlLocaleOf } from './format';

export interface I18n<K extends string = MessageKey> {
  locale: Locale;
  /** BCP 47 tag for `Intl` formatters. */
  intlLocale: string;
  t: (key: K, params?: MessageParams) => string;
}

export interface LocaleProviderProps {
  /** The language of every component below. @default 'en' */
  locale?: Locale;
  /** Replace some messages (e.g. a host's own wording); keys are the catalogue's. */
  messages?: Partial<Messages>;
  children?: ReactNode;
}

/** Sets the language (and date formatting) for every component below it. */
export function LocaleProvider({ locale = 'en', messages, children }: LocaleProviderProps) {
  const value = useMemo<LocaleSettings>(() => ({ locale, overrides: messages }), [locale, messages]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** One area's copy in every locale, e.g. `{ en: commonEn, fr: commonFr }`. */
export type MessageArea<K extends string> = Readonly<Record<Locale, Readonly<Record<K, string>>>>;

/**
 * The current locale and a translator over the given message areas only, so a component bundles
 * just the copy it uses (StatusBadge does not carry the page's French). Host overrides apply.
 */
export function useMessages<K extends string>(area: MessageArea<K>): I18n<K> {
  const { locale, overrides } = useContext(LocaleContext);
  return useMemo(
    () => ({
      locale,
      intlLocale: intlLocaleOf(locale),
      t: translatorOf<K>(area[locale], overrides, intlLocaleOf(locale)),
    }),
    [locale, overrides, area],
  );
}

/** The current locale and a translator over the whole catalogue; English outside any provider. */
export function useI18n(): I18n {
  return useMessages<MessageKey>(catalogues);
}
