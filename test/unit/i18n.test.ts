import { describe, expect, it } from 'vitest';
import { invalidFixtureInput } from '../../fixtures';
import { DATA_ISSUE_MESSAGES, parseDataSet } from '../../src/domain';
import { createTranslator, interpolate } from '../../src/i18n';
import { catalogues } from '../../src/locales/all';

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
    const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]))].sort();
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

  it('never write a plural as "(s)", "(e)s" or "(x)", in any locale', () => {
    for (const [locale, messages] of Object.entries(catalogues)) {
      for (const [key, text] of Object.entries(messages)) {
        expect(text, `${locale} ${key}`).not.toMatch(/\((?:e?s|e|x)\)/);
      }
    }
  });

  it('follow French typography: a no-break space before : ; ! ? and inside « »', () => {
    for (const [key, text] of Object.entries(catalogues.fr)) {
      expect(text, key).not.toMatch(/ [:;!?»]|« /);
      expect(text, key).not.toMatch(/[^\s\u00A0\u202F\d/][;!?]|[^\s\u00A0\u202F\d/]:(?!\/|\d)/);
    }
  });

  it("give every schema check its English message word for word as the catalogue's English", () => {
    for (const [code, message] of Object.entries(DATA_ISSUE_MESSAGES)) {
      expect(catalogues.en[`dataIssue.${code}` as keyof typeof catalogues.en], code).toBe(message);
    }
  });
});

describe('interpolate (catalogue message format)', () => {
  const plural = '{count, plural, =0 {nothing} one {# problem} other {# problems}}';

  it('picks the plural category of the locale, and exact matches first', () => {
    expect(interpolate(plural, { count: 0 }, 'en-GB')).toBe('nothing');
    expect(interpolate(plural, { count: 1 }, 'en-GB')).toBe('1 problem');
    expect(interpolate(plural, { count: 2 }, 'en-GB')).toBe('2 problems');
    // French puts 0 and 1 (and 1.5) in "one"; English puts 0 in "other".
    const fr = '{n, plural, one {# source} other {# sources}}';
    expect(interpolate(fr, { n: 0 }, 'fr-FR')).toBe('0 source');
    expect(interpolate(fr, { n: 1.5 }, 'fr-FR')).toBe('1,5 source');
    expect(interpolate(fr, { n: 2 }, 'fr-FR')).toBe('2 sources');
    expect(interpolate(fr, { n: 0 }, 'en-GB')).toBe('0 sources');
  });

  it('writes # and numeric parameters with the number format of the locale', () => {
    expect(interpolate(plural, { count: 12345 }, 'en-GB')).toBe('12,345 problems');
    expect(interpolate(plural, { count: 12345 }, 'fr-FR')).toBe('12\u202F345 problems');
    expect(interpolate('{a} of {b}', { a: 1000, b: 'x' }, 'fr-FR')).toBe('1\u202F000 of x');
    expect(interpolate('# {a}', { a: 1 })).toBe('# 1');
  });

  it('fills variables nested in a plural branch, and plurals nested in plurals', () => {
    const nested =
      '{n, plural, one {# alert for {label}} other {# alerts, {m, plural, one {# source} other {# sources}}}}';
    expect(interpolate(nested, { n: 1, label: 'GA4' })).toBe('1 alert for GA4');
    expect(interpolate(nested, { n: 3, m: 1 })).toBe('3 alerts, 1 source');
  });

  it('leaves unknown placeholders, non-numeric plurals and unclosed braces visible', () => {
    expect(interpolate('{count} of {total}', { count: 3 })).toBe('3 of {total}');
    expect(interpolate(plural, {})).toBe(plural);
    expect(interpolate(plural, { count: 'many' })).toBe(plural);
    expect(interpolate('{n, plural, one {# x {label}} other {#}}', { n: 1 })).toBe('1 x {label}');
    expect(interpolate('open {brace', { brace: 1 })).toBe('open {brace');
    expect(interpolate('no params')).toBe('no params');
  });

  it('says every count of the catalogues in words that agree with it', () => {
    const en = createTranslator('en');
    const fr = createTranslator('fr', catalogues.fr);
    expect(en('alerts.counts', { critical: 3, warning: 2, info: 1 })).toBe('3 critical, 2 warnings, 1 info');
    expect(en('alerts.counts', { critical: 1, warning: 1, info: 0 })).toBe('1 critical, 1 warning, 0 info');
    expect(fr('alerts.counts', { critical: 3, warning: 2, info: 1 })).toBe('3 critiques, 2 avertissements, 1 info');
    expect(fr('alerts.counts', { critical: 1, warning: 1, info: 1 })).toBe('1 critique, 1 avertissement, 1 info');
    expect(en('common.invalidDataHint', { count: 1 })).toBe('1 problem found in the data:');
    expect(en('common.invalidDataHint', { count: 3 })).toBe('3 problems found in the data:');
    expect(fr('common.invalidDataHint', { count: 3 })).toBe('3 problèmes trouvés dans les données\u00A0:');
    expect(en('sourceTable.count', { count: 1, total: 1 })).toBe('1 of 1 source');
    expect(en('sourceTable.count', { count: 4, total: 10000 })).toBe('4 of 10,000 sources');
    expect(fr('sourceTable.count', { count: 1, total: 1 })).toBe('1 sur 1 source');
    expect(fr('common.showMore', { count: 5, remaining: 1 })).toBe('Afficher 5 de plus (1 non affichée)');
  });
});

describe('data issues', () => {
  it('carry a code the UI says in French, while the message stays English for logs', () => {
    const result = parseDataSet(invalidFixtureInput);
    if (result.ok) throw new Error('the invalid fixture parsed');
    const fr = createTranslator('fr', catalogues.fr);
    const said = result.issues.map((issue) => [
      issue.path,
      issue.code,
      fr(`dataIssue.${issue.code}` as keyof typeof catalogues.fr, issue.params),
    ]);
    expect(said).toEqual([
      ['sources[1].label', 'label_empty', 'Le libellé de la source ne doit pas être vide'],
      [
        'sources[2].platform',
        'invalid_value',
        expect.stringMatching(/^Option invalide\u00A0: valeur attendue parmi "SHOPIFY", /),
      ],
      ['sources[3].lastSuccessfulSyncAt', 'instant', expect.stringMatching(/^doit être une date-heure ISO-8601/)],
    ]);
    expect(result.message).toContain('sources[1].label: Source label must not be empty');
  });

  it('name the duplicate or unknown id they found', () => {
    const profile = { id: 'p', name: 'P', timeZone: 'UTC' };
    const source = {
      id: 's',
      label: 'S',
      profileId: 'nope',
      platform: 'GA4',
      connection: 'CONNECTED',
      enabled: true,
      lastSuccessfulSyncAt: null,
    };
    const result = parseDataSet({ profiles: [profile, profile], sources: [source] });
    if (result.ok) throw new Error('parsed');
    expect(result.issues.map((i) => [i.code, i.params, i.message])).toEqual([
      ['duplicate_profile_id', { id: 'p' }, 'Duplicate profile id "p"'],
      ['unknown_profile', { id: 'nope' }, 'Unknown profile "nope"'],
    ]);
  });
});
