import { describe, expect, it } from 'vitest';
import { catalogues, interpolate } from '../../src/i18n';

/** Keys in `a` that `b` lacks. */
const missing = (a: object, b: object) => Object.keys(a).filter((key) => !Object.hasOwn(b, key));

describe('catalogues', () => {
  it('have exactly the same keys in every locale', () => {
    const [reference, ...others] = Object.entries(catalogues);
    if (!reference) throw new Error('no catalogue');
    for (const [locale, messages] of others) {
      expect(missing(reference[1], messages), `keys missing in ${locale}`).toEqual([]);
      expect(missing(messages, reference[1]), `keys only in ${locale}`).toEqual([]);
    }
  });

  it('detects a key present in one locale only', () => {
    expect(missing({ a: '1', b: '2' }, { a: '1' })).toEqual(['b']);
  });

  it('have no empty message and the same placeholders in every locale', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(catalogues.en)) {
      expect(text.trim(), key).not.toBe('');
      expect(catalogues.fr[key as keyof typeof catalogues.fr].trim(), key).not.toBe('');
      expect(placeholders(catalogues.fr[key as keyof typeof catalogues.fr]), key).toEqual(placeholders(text));
    }
  });

  it("use the seed page's exact English copy for flags", () => {
    expect(catalogues.en['flag.source_expired']).toBe('Source disconnected — token expired. Reconnect required.');
    expect(catalogues.en['flag.source_stale']).toBe(
      'Data may be outdated — last successful sync exceeds the freshness window',
    );
    expect(catalogues.en['syncStatus.expired']).toBe('Disconnected — token expired');
  });

  it('interpolates parameters and leaves unknown ones visible', () => {
    expect(interpolate('{count} of {total} sources', { count: 3, total: 10 })).toBe('3 of 10 sources');
    expect(interpolate('{count} of {total}', { count: 3 })).toBe('3 of {total}');
  });
});
