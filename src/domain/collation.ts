/**
 * Sort keys for the source tables: dense ranks of strings in exactly an `Intl.Collator`'s order
 * (computed fast for the plain a–z text most labels are, checked pair by pair against the collator
 * in test/unit/table.test.ts), dense ranks of numbers, and the accent- and case-folding the free-
 * text filter matches with. Pure functions; computed once per data set by `createSourceTableModel`.
 */

/**
 * Languages whose lower-casing differs from the default (Turkish and Azeri dotted/dotless i,
 * Lithuanian dot above; Greek as the engines list it): only these need `toLocaleLowerCase`.
 */
const SPECIAL_CASING = /^(az|el|lt|tr)(-|_|$)/i;

/** Folds text for matching: lower case, accents removed (“Zürich” matches “zurich”). */
export function foldText(text: string, locale?: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, on purpose
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  const stripped = text.normalize('NFD').replace(/\p{M}/gu, '');
  // `toLocaleLowerCase(locale)` resolves the locale on every call; for a language without special
  // casing it gives exactly what `toLowerCase` gives.
  return locale !== undefined && !SPECIAL_CASING.test(locale)
    ? stripped.toLowerCase()
    : stripped.toLocaleLowerCase(locale);
}

/** Dense ranks of numbers (ascending; `Infinity` last): a native typed-array sort of the distinct values. */
export function numericRanks(values: Float64Array): Uint32Array {
  const distinct = Float64Array.from(new Set(values)).sort();
  const rankOf = new Map<number, number>();
  distinct.forEach((value, i) => {
    rankOf.set(value, i);
  });
  return Uint32Array.from(values, (v) => rankOf.get(v) ?? 0);
}

const PUNCTUATION = ' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const PLAIN_ALPHABET_LOCALES = /^(en|fr|de|it|nl|pt)(-|$)/i;
const punctuationCodes = new Map<string, ReadonlyMap<string, string>>();

/**
 * The collator's own order of the ASCII space, punctuation and symbols that sort before every
 * digit, one code each, computed once per locale with the collator itself. Empty for a locale
 * whose a–z alphabet is not the plain one (its keys would not follow the collator).
 */
function punctuationOrder(collator: Intl.Collator): ReadonlyMap<string, string> {
  const { locale } = collator.resolvedOptions();
  let codes = punctuationCodes.get(locale);
  if (!codes) {
    const chars = PLAIN_ALPHABET_LOCALES.test(locale)
      ? [...PUNCTUATION].filter((c) => collator.compare(c, '0') < 0).sort(collator.compare)
      : [];
    const map = new Map<string, string>();
    let rank = 0;
    chars.forEach((c, i) => {
      if (i > 0 && collator.compare(chars[i - 1] as string, c) !== 0) rank += 1;
      map.set(c, String.fromCharCode(0x20 + rank));
    });
    codes = map;
    punctuationCodes.set(locale, codes);
  }
  return codes;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * A key whose code-unit order is the collator's, for "simple" folded text (a–z, digits and the
 * punctuation `punctuationOrder` ranks, in a plain-alphabet locale): punctuation becomes its
 * rank, a run of digits its length ("B"…"Z") then the digits without leading zeros, as numeric
 * collation compares them. `null` for any other text: the collator itself compares it.
 */
function presortKey(folded: string, punctuation: ReadonlyMap<string, string>): string | null {
  if (punctuation.size === 0) return null;
  let key = '';
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) {
      key += folded[i];
    } else if (isDigit(code)) {
      let end = i;
      while (end < folded.length && isDigit(folded.charCodeAt(end))) end++;
      let start = i;
      while (start < end - 1 && folded.charCodeAt(start) === 0x30) start++;
      if (end - start > 24) return null;
      key += String.fromCharCode(0x41 + end - start) + folded.slice(start, end);
      i = end - 1;
    } else {
      const mapped = punctuation.get(folded[i] as string);
      if (mapped === undefined) return null;
      key += mapped;
    }
  }
  return key;
}

/**
 * Ranks of strings in exactly the collator's order, fast. Pairs of simple texts compare by their
 * keys (`presortKey`, checked against the collator in test/unit/table.test.ts); any other pair
 * through the collator. A rough first order (keys, else folded text) is repaired by an insertion
 * pass; if it was far off, a plain sort takes over. Ties (equal at base sensitivity) share a rank.
 */
export function collatedRanks(
  values: readonly string[],
  collator: Intl.Collator,
  fold: (value: string) => string,
): Uint32Array {
  const distinct = [...new Set(values)];
  const punctuation = punctuationOrder(collator);
  const folded = distinct.map(fold);
  const keys = folded.map((text) => presortKey(text, punctuation));
  const compare = (a: number, b: number): number => {
    const ka = keys[a];
    const kb = keys[b];
    if (ka != null && kb != null) return ka < kb ? -1 : ka > kb ? 1 : 0;
    return collator.compare(distinct[a] as string, distinct[b] as string);
  };
  const rough = folded.map((text, i) => keys[i] ?? text);
  let order = Array.from(distinct.keys()).sort((a, b) => {
    const ka = rough[a] as string;
    const kb = rough[b] as string;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  const limit = 64 + order.length / 32;
  let repairs = 0;
  for (let i = 1; i < order.length && repairs <= limit; i++) {
    const value = order[i] as number;
    if (compare(order[i - 1] as number, value) <= 0) continue;
    repairs += 1;
    let lo = 0;
    let hi = i - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(order[mid] as number, value) <= 0) lo = mid + 1;
      else hi = mid;
    }
    order.splice(i, 1);
    order.splice(lo, 0, value);
  }
  if (repairs > limit) order = Array.from(distinct.keys()).sort(compare);
  const rankOf = new Map<string, number>();
  let rank = 0;
  order.forEach((index, i) => {
    if (i > 0 && compare(order[i - 1] as number, index) !== 0) rank += 1;
    rankOf.set(distinct[index] as string, rank);
  });
  return Uint32Array.from(values, (v) => rankOf.get(v) ?? 0);
}
