import { type ReactNode, useContext, useMemo } from 'react';
import type { Locale } from '../domain';
import { type MessageKey, type MessageParams, type Messages, translatorOf } from './catalogues';
import { LocaleContext, type LocaleSettings } from './context';
import { en } from './en';
import { intlLocaleOf } from './format';

export interface I18n<K extends string = MessageKey> {
  locale: Locale;
  /** BCP 47 tag for `Intl` formatters. */
  intlLocale: string;
  t: (key: K, params?: MessageParams) => string;
}

/**
 * The language of the components below a `LocaleProvider` (or of a page), and its words.
 * English needs nothing (`messages` replaces some of its wording); French needs its catalogue
 * (`import { fr } from 'integrations-ui/locales/fr'`), which the package's main entry does not
 * carry, so an English host does not bundle it.
 */
export type LocaleChoice =
  | {
      /** English (the default). */
      locale?: 'en';
      /** Replace some messages (e.g. a host's own wording); keys are the catalogue's. */
      messages?: Partial<Messages>;
    }
  | {
      /** French. */
      locale: 'fr';
      /** The French catalogue: `fr` from 'integrations-ui/locales/fr' (or a copy with some messages replaced). */
      messages: Messages;
    };

/** The LocaleProvider's props: a {@link LocaleChoice} and the components it applies to. */
export type LocaleProviderProps = LocaleChoice & { children?: ReactNode };

/**
 * Sets the language (and date formatting) for every component below it:
 * `<LocaleProvider>` (English), `<LocaleProvider locale="fr" messages={fr}>` (French).
 */
export function LocaleProvider({ locale = 'en', messages, children }: LocaleProviderProps) {
  const value = useMemo<LocaleSettings>(() => ({ locale, overrides: messages }), [locale, messages]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/**
 * One area's English copy, e.g. `statusEn`: the keys a component uses. Other languages come from
 * the LocaleProvider's `messages`.
 */
export type MessageArea<K extends string> = Readonly<Record<K, string>>;

/**
 * The current locale and a translator over the given message area only, so a component bundles
 * just the English copy it uses (StatusBadge does not carry the page's copy). The provider's
 * `messages` (the French catalogue, or a host's wording) win over the area's English.
 */
export function useMessages<K extends string>(area: MessageArea<K>): I18n<K> {
  const { locale, overrides } = useContext(LocaleContext);
  return useMemo(
    () => ({
      locale,
      intlLocale: intlLocaleOf(locale),
      t: translatorOf<K>(area, overrides, intlLocaleOf(locale)),
    }),
    [locale, overrides, area],
  );
}

/** The current locale and a translator over the whole catalogue; English outside any provider. */
export function useI18n(): I18n {
  return useMessages<MessageKey>(en);
}
