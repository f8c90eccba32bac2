import type { Locale } from '../../src/domain';
import { translatorFor } from '../../src/locales/all';

/** The copy a person sees in the story's locale (the `fr` visual mode runs a story in French). */
export function copyOf(globals: Record<string, unknown>) {
  const locale = (globals.locale as Locale | undefined) ?? 'en';
  const translate = translatorFor(locale);
  return {
    locale,
    // Testing Library compares text with its spaces normalised: French puts no-break spaces
    // (U+00A0, U+202F) before ":" and in numbers, so the expected copy is normalised the same way.
    t: (...args: Parameters<typeof translate>) => translate(...args).replace(/\s/g, ' '),
  };
}
