import type { Locale } from '../../src/domain';
import { createTranslator } from '../../src/i18n';

/** The copy a person sees in the story's locale (the `fr` visual mode runs a story in French). */
export function copyOf(globals: Record<string, unknown>) {
  const locale = (globals.locale as Locale | undefined) ?? 'en';
  return {
    locale,
    t: createTranslator(locale),
  };
}
