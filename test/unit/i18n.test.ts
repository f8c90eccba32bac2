import { describe, expect, it } from 'vitest';
import { catalogues, interpolate } from '../../src/i18n';

/** Keys in `a` that `b` lacks. */
const missing = (a: object, b: object) => Object.keys(a).filter((key) => !Object.hasOwn(b, key));

/** Every catalogue area file (src/i18n/messages/*.ts), by file: each exports `xxxEn` and `xxxFr`. */
const areas = import.meta.glob<Record<string, object>>('../../src/i18n/messages/*.ts', { eager: true });

describe('catalogues', () => {
  it('have exactly the same keys in every locale', () => {
    const [reference, ...others] = Object.entries(catalogues);
    if (!reference) throw new Error('no catalogue');
    for (const [locale, messages] of others) {
      expect(missing(reference[1], messages), `keys missing in ${locale}`).toEqual([]);
      expect(missing(messages, reference[1]), `keys only in ${locale}`).toEqual([]);
    }
  });

  it('have the same keys in English and French in every area file, and merge every area', () => {
    expect(Object.keys(areas).length, 'no catalogue area found').toBeGreaterThan(0);
    for (const [file, exports] of Object.entries(areas)) {
      const english = Object.entries(exports).filter(([name]) => /En$/.test(name));
      expect(english.length, `${file} exports no xxxEn`).toBeGreaterThan(0);
      for (const [name, en] of english) {
        const area = `${file} ${name.slice(0, -2)}`;
        const fr = exports[`${name.slice(0, -2)}Fr`];
        expect(fr, `${area}: no French export`).toBeTypeOf('object');
        const frMessages = fr as object;
        expect(missing(en, frMessages), `${area}: keys missing in French`).toEqual([]);
        expect(missing(frMessages, en), `${area}: keys only in French`).toEqual([]);
        expect(missing(en, catalogues.en), `${area}: keys missing from catalogues.en`).toEqual([]);
        expect(missing(frMessages, catalogues.fr), `${area}: keys missing from catalogues.fr`).toEqual([]);
      }
    }
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
    expect(catalogues.en['syncStatus.EXPIRED']).toBe('Disconnected — token expired');
  });

  it('interpolates parameters and leaves unknown ones visible', () => {
    expect(interpolate('{count} of {total} sources', { count: 3, total: 10 })).toBe('3 of 10 sources');
    expect(interpolate('{count} of {total}', { count: 3 })).toBe('3 of {total}');
  });
});
