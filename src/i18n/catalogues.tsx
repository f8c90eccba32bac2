import { Fragment, type ReactNode } from 'react';
import type { Locale } from '../domain';
import { en, type MessageKey, type Messages } from './en';
import { intlLocaleOf } from './format';

export type MessageParams = Record<string, string | number>;

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function cached<T>(cache: Map<string, T>, locale: string, make: (locale: string) => T): T {
  const value = cache.get(locale) ?? make(locale);
  cache.set(locale, value);
  return value;
}

/** Index of the `}` that closes the `{` at `open`, or -1 when it is never closed. */
function closing(text: string, open: number): number {
  for (let i = open, depth = 0; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Formats a catalogue message, a subset of ICU MessageFormat: `{name}` is a parameter (a number is
 * written with `Intl.NumberFormat` of `intlLocale`); `{name, plural, =0 {…} one {…} other {…}}`
 * picks the exact match `=n`, then the `Intl.PluralRules` category of `intlLocale`, then `other`,
 * and writes `#` in the branch as the number. Branches nest. An unknown parameter, or a plural of
 * a value that is not a number, stays visible as written. No quoting: `'` is a plain character.
 */
export function interpolate(template: string, params: MessageParams = {}, intlLocale = 'en-GB'): string {
  const number = (n: number) => cached(numberFormats, intlLocale, (l) => new Intl.NumberFormat(l)).format(n);
  const run = (text: string, hash: string | undefined): string => {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const end = text[i] === '{' ? closing(text, i) : -1;
      if (end < 0) {
        out += text[i] === '#' && hash !== undefined ? hash : text[i];
        continue;
      }
      out += placeholder(text.slice(i, end + 1));
      i = end;
    }
    return out;
  };
  const placeholder = (whole: string): string => {
    const [, name = '', plural] = /^\{\s*(\w+)\s*(?:,\s*plural\s*,([\s\S]*))?\}$/.exec(whole) ?? [];
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name] as string | number;
    if (plural === undefined) return typeof value === 'number' ? number(value) : value;
    const n = typeof value === 'number' ? value : Number.NaN;
    const branches = new Map<string, string>();
    for (let rest = plural.trim(); rest !== ''; ) {
      const selector = /^(=\d+|\w+)\s*\{/.exec(rest);
      const end = selector ? closing(rest, selector[0].length - 1) : -1;
      if (!selector || end < 0) return whole;
      branches.set(selector[1] as string, rest.slice(selector[0].length, end));
      rest = rest.slice(end + 1).trim();
    }
    const category = cached(pluralRules, intlLocale, (l) => new Intl.PluralRules(l)).select(n);
    const branch = branches.get(`=${n}`) ?? branches.get(category) ?? branches.get('other');
    return Number.isNaN(n) || branch === undefined ? whole : run(branch, number(n));
  };
  return run(template, undefined);
}

/** A translator over one set of messages: a host override wins over the message, then it is formatted (`interpolate`) in `intlLocale`. */
export function translatorOf<K extends string>(
  messages: Readonly<Record<K, string>>,
  overrides?: Readonly<Partial<Record<string, string>>>,
  intlLocale = 'en-GB',
): (key: K, params?: MessageParams) => string {
  return (key, params) => interpolate(overrides?.[key] ?? messages[key], params, intlLocale);
}

/**
 * A translator over the whole catalogue, outside React (stories, tests, a host's own code), as the
 * LocaleProvider's props choose it: English needs nothing (`createTranslator('en')`) and takes
 * `overrides` that replace messages by key (`createTranslator('en', { 'syncStatus.EXPIRED': 'Token expired' })`);
 * French needs its catalogue (`createTranslator('fr', fr)`, with
 * `import { fr } from 'integrations-ui/locales/fr'`). Parameters are formatted in the locale:
 * `createTranslator('fr', fr)('sourceTable.count', { count: 3, total: 10 })`.
 */
export function createTranslator(
  locale: 'en',
  overrides?: Partial<Messages>,
): (key: MessageKey, params?: MessageParams) => string;
/** Any locale with its complete catalogue: `createTranslator('fr', fr)`. */
export function createTranslator(
  locale: Locale,
  messages: Messages,
): (key: MessageKey, params?: MessageParams) => string;
export function createTranslator(
  locale: Locale,
  messages?: Partial<Messages>,
): (key: MessageKey, params?: MessageParams) => string {
  return translatorOf<MessageKey>(en, messages, intlLocaleOf(locale));
}

export type { MessageKey, Messages };

/**
 * Fills `{name}` placeholders with React nodes (a link inside a sentence, say), keeping the word
 * order of each language in its catalogue. Unknown placeholders stay visible as text.
 */
export function interpolateNodes(template: string, nodes: Record<string, ReactNode>): ReactNode[] {
  return template.split(/(\{\w+\})/g).map((part, index) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    const node = name !== undefined && Object.hasOwn(nodes, name) ? nodes[name] : part;
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed template never reorder
    return <Fragment key={index}>{node}</Fragment>;
  });
}
