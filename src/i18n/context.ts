import { createContext } from 'react';
import type { Locale } from '../domain';

/** What the LocaleProvider shares: the locale and the host's message overrides. No catalogue is imported here. */
export interface LocaleSettings {
  locale: Locale;
  /** Host wording that replaces catalogue messages, by key. */
  overrides: Readonly<Record<string, string>> | undefined;
}

export const LocaleContext = createContext<LocaleSettings>({ locale: 'en', overrides: undefined });
