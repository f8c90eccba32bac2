import { Fragment, type ReactNode } from 'react';
import type { Locale } from '../domain';
import { ENGLISH_TERMS } from './glossary';

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One of the glossary's English terms, as a whole word (not inside another word). The glossary
 * lists a term before any shorter one it contains, so the longer one is tried first.
 */
const TERMS = new RegExp(`(?<![\\p{L}\\p{N}_-])(${ENGLISH_TERMS.map(literal).join('|')})(?![\\p{L}\\p{N}_-])`, 'u');

/**
 * `text` with each English term of the glossary (`ENGLISH_TERMS`) in `<span lang="en">`, on a page
 * in another language; English text as it is. For a translated message that keeps an English word:
 * `markEnglish(t('page.guardrail.scope'), locale)`.
 */
export function markEnglish(text: string, locale: Locale): ReactNode {
  if (locale === 'en') return text;
  const parts = text.split(TERMS);
  if (parts.length === 1) return text;
  return parts.map((part, index) =>
    index % 2 === 1 ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never reorder
      <span key={index} lang="en">
        {part}
      </span>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never reorder
      <Fragment key={index}>{part}</Fragment>
    ),
  );
}
