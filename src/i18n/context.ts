import { createContext } from 'react';
import type { Locale } from '../domain';

/** What the LocaleProvider shares: the locale and its messages. No catalogue is imported here. */
export interface LocaleSettings {
  locale: Locale;
  /**
   * The LocaleProvider's `messages`, which win over a component's English copy, by key: the French
   * catalogue for French; for English, the host's own wording, if any.
   */
  overrides: Readonly<Record<string, string>> | undefined;
}

export const LocaleContext = createContext<LocaleSettings>({ locale: 'en', overrides: undefined });
