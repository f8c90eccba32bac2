import { describe, expect, it } from 'vitest';
import { fixtures, generatedFixture } from '../../fixtures';
import { analyse, HEALTH_METRICS, parseInstant, SEED_NOW, type SourceView } from '../../src/domain';
import {
  createSourceTableModel,
  EMPTY_FILTERS,
  filtersForMetric,
  foldText,
  hasActiveFilters,
  nextSort,
  queryRows,
  type SourceTableFilters,
  type SourceTableModel,
} from '../../src/domain/table';
import { MS_PER, timeoutFor } from '../helpers/work';

const now = new Date(SEED_NOW);
const platformNames = {
  SHOPIFY: 'Shopify',
  GA4: 'GA4',
  GOOGLE_ADS: 'Google Ads',
  META_ADS: 'Meta Ads',
  TIKTOK_ADS: 'TikTok Ads',
};

function modelOf(data = fixtures.seed, locale = 'en-GB'): SourceTableModel {
  const profileNames = Object.fromEntries(data.profiles.map((p) => [p.id, p.name]));
  return createSourceTableModel(analyse(data.sources, now).sources, { locale, profileNames, platformNames });
}

const labelsOf = (model: SourceTableModel, rows: Uint32Array) =>
  Array.from(rows, (i) => (model.views[i] as SourceView).source.label);
const filters = (patch: Partial<SourceTableFilters>): SourceTableFilters => ({ ...EMPTY_FILTERS, ...patch });

describe('sorting', () => {
  const model = modelOf();

  it('keeps the data set order without a sort', () => {
    expect(labelsOf(model, queryRows(model, null, EMPTY_FILTERS))).toEqual(fixtures.seed.sources.map((s) => s.label));
  });

  it('sorts labels with the locale collator, both directions', () => {
    const asc = labelsOf(model, queryRows(model, { column: 'label', direction: 'ascending' }, EMPTY_FILTERS));
    expect(asc.slice(0, 3)).toEqual(['GA4 France', 'GA4 Suisse', 'Google Ads France']);
    expect(asc.at(-1)).toBe('TikTok Ads France');
    const desc = labelsOf(model, queryRows(model, { column: 'label', direction: 'descending' }, EMPTY_FILTERS));
    expect(desc).toEqual([...asc].reverse());
  });

  it('compares numbers inside labels naturally and ignores accents and case', () => {
    const data = generatedFixture(1000);
    const m = modelOf(data);
    const sorted = labelsOf(m, queryRows(m, { column: 'label', direction: 'ascending' }, EMPTY_FILTERS));
    const ga4France = sorted.filter((l) => /^GA4 France #\d+$/.test(l)).map((l) => Number(l.split('#')[1]));
    expect(ga4France).toEqual([...ga4France].sort((a, b) => a - b));
  });

  it('sorts by last sync with never-synced sources last when ascending, and keeps ties stable', () => {
    const asc = labelsOf(model, queryRows(model, { column: 'lastSync', direction: 'ascending' }, EMPTY_FILTERS));
    expect(asc.slice(0, 2)).toEqual(['GA4 Suisse', 'GA4 France']);
    // The four never-synced sources stay in data set order, at the end.
    expect(asc.slice(-4)).toEqual(['TikTok Ads France', 'Google Ads Suisse', 'Meta Ads Suisse', 'Shopify Espagne']);
    const desc = labelsOf(model, queryRows(model, { column: 'lastSync', direction: 'descending' }, EMPTY_FILTERS));
    expect(desc.slice(0, 4)).toEqual(['TikTok Ads France', 'Google Ads Suisse', 'Meta Ads Suisse', 'Shopify Espagne']);
    expect(desc[4]).toBe('Shopify Suisse');
  });

  it('sorts statuses from healthy to worst and profiles by name', () => {
    const byStatus = labelsOf(model, queryRows(model, { column: 'status', direction: 'ascending' }, EMPTY_FILTERS));
    expect(byStatus.at(4)).toBe('Shopify Suisse');
    expect(byStatus.at(6)).toBe('TikTok Ads France');
    expect(byStatus.at(-1)).toBe('Shopify Espagne');
    const byProfile = labelsOf(model, queryRows(model, { column: 'profile', direction: 'ascending' }, EMPTY_FILTERS));
    expect(byProfile[0]).toBe('Shopify Espagne');
    const byPlatform = labelsOf(
      model,
      queryRows(model, { column: 'platform', direction: 'descending' }, EMPTY_FILTERS),
    );
    expect(byPlatform[0]).toBe('TikTok Ads France');
  });

  it(
    'orders labels exactly as a plain Intl.Collator sort would, in English and French',
    () => {
      let seed = 7;
      const random = () => {
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
        return seed / 2_147_483_648;
      };
      const alphabet = 'aAbBeEéÉzZ  0123456789#-_.ñÖ';
      const labels = Array.from({ length: 3000 }, () =>
        Array.from(
          { length: 1 + Math.floor(random() * 8) },
          () => alphabet[Math.floor(random() * alphabet.length)],
        ).join(''),
      );
      labels.push(
        ...fixtures.hostileLabels.sources.map((s) => s.label),
        ...generatedFixture(1000).sources.map((s) => s.label),
      );
      const template = modelOf().views[0] as SourceView;
      const views = labels.map((label, i) => ({
        ...template,
        source: { ...fixtures.seed.sources[0], label, id: `x${i}` },
      })) as SourceView[];
      for (const locale of ['en-GB', 'fr-FR', 'sv-SE']) {
        const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
        const m = createSourceTableModel(views, { locale });
        const ours = Array.from(
          queryRows(m, { column: 'label', direction: 'ascending' }, EMPTY_FILTERS),
          (i) => labels[i],
        );
        // The first neighbouring pair out of order, if any (one assertion instead of one per pair).
        const outOfOrder = ours.findIndex(
          (label, i) => i > 0 && collator.compare(ours[i - 1] as string, label as string) > 0,
        );
        expect(outOfOrder < 0 ? null : `${locale}: ${ours[outOfOrder - 1]} / ${ours[outOfOrder]}`).toBeNull();
        expect(ours).toHaveLength(labels.length);
      }
    },
    timeoutFor(4_000 * 3, MS_PER.label),
  );

  it('flips direction on the same column and starts ascending on another', () => {
    expect(nextSort(null, 'label')).toEqual({ column: 'label', direction: 'ascending' });
    expect(nextSort({ column: 'label', direction: 'ascending' }, 'label')).toEqual({
      column: 'label',
      direction: 'descending',
    });
    expect(nextSort({ column: 'label', direction: 'descending' }, 'platform')).toEqual({
      column: 'platform',
      direction: 'ascending',
    });
  });
});

describe('filtering', () => {
  const model = modelOf();
  const count = (f: Partial<SourceTableFilters>) => queryRows(model, null, filters(f)).length;

  it('filters by profile, platform, status and free text, combined', () => {
    expect(count({ profileId: 'profile-ch' })).toBe(4);
    expect(count({ platform: 'SHOPIFY' })).toBe(3);
    expect(count({ status: 'CONNECTED' })).toBe(6);
    expect(count({ status: 'CONNECTED_DISABLED' })).toBe(1);
    expect(count({ query: 'suisse' })).toBe(4);
    expect(count({ query: '  GA4 ' })).toBe(2);
    expect(count({ profileId: 'profile-ch', platform: 'SHOPIFY' })).toBe(1);
    expect(count({ query: 'nothing like this' })).toBe(0);
  });

  it('ignores accents and case in the free text', () => {
    expect(foldText('Österreich ÉTÉ')).toBe('osterreich ete');
    const data = generatedFixture(1000);
    const m = modelOf(data);
    const rows = queryRows(m, null, filters({ query: 'OSTERREICH' }));
    expect(rows.length).toBeGreaterThan(0);
    expect(labelsOf(m, rows).every((l) => l.includes('Österreich'))).toBe(true);
  });

  it('maps every health metric to the same count the summary shows', () => {
    const { summary } = analyse(fixtures.seed.sources, now);
    for (const metric of HEALTH_METRICS) {
      const rows = queryRows(model, null, filtersForMetric(metric));
      if (metric === 'criticalIssues') expect(rows.length).toBe(3);
      else expect(rows.length, metric).toBe(summary[metric]);
    }
    expect(hasActiveFilters(filtersForMetric('total'))).toBe(false);
    expect(hasActiveFilters(filtersForMetric('stale'))).toBe(true);
  });

  it('filters in the sorted order', () => {
    const rows = queryRows(model, { column: 'label', direction: 'descending' }, filters({ profileId: 'profile-fr' }));
    expect(labelsOf(model, rows)).toEqual([
      'TikTok Ads France',
      'Shopify France',
      'Meta Ads France',
      'Google Ads France',
      'GA4 France',
    ]);
  });

  it('treats no filter as inactive and handles an empty data set', () => {
    expect(hasActiveFilters(EMPTY_FILTERS)).toBe(false);
    expect(hasActiveFilters(filters({ query: '   ' }))).toBe(false);
    const empty = modelOf(fixtures.empty);
    expect(queryRows(empty, { column: 'label', direction: 'ascending' }, filters({ query: 'x' }))).toHaveLength(0);
  });

  it(
    'sorts and filters 10,000 sources correctly',
    () => {
      const m = modelOf(generatedFixture(10_000));
      const rows = queryRows(m, { column: 'lastSync', direction: 'ascending' }, filters({ platform: 'GA4' }));
      expect(rows.length).toBe(2000);
      const times = Array.from(rows, (i) => (m.views[i] as SourceView).source.lastSuccessfulSyncAt);
      const synced = times.filter((t): t is string => t !== null).map(Date.parse);
      expect(synced).toEqual([...synced].sort((a, b) => a - b));
      expect(times.slice(synced.length).every((t) => t === null)).toBe(true);
    },
    timeoutFor(10_000, MS_PER.source),
  );
});

describe('parseInstant (the rules’ fast ISO reader)', () => {
  it(
    'gives exactly what Date.parse gives, valid or not',
    () => {
      const cases = [
        '2026-05-03T06:10:00Z',
        '2026-05-03T06:10:00.5Z',
        '2026-05-03T06:10:00.25Z',
        '2026-05-03T06:10:00.123Z',
        '2026-05-03T06:10:00.1234Z',
        '2026-05-03T06:10:00+02:00',
        '2026-05-03T06:10:00.120-05:30',
        '2024-02-29T23:59:59Z',
        '2023-02-29T00:00:00Z',
        '2026-04-31T00:00:00Z',
        '2026-13-01T00:00:00Z',
        '2026-05-03T24:00:00Z',
        '2026-05-03T06:60:00Z',
        '2026-05-03T06:10:00+24:00',
        '0050-01-01T00:00:00Z',
        '2026-05-03T06:10:00',
        '2026-05-03 06:10:00Z',
        '2026-05-03T06:10:00z',
        'yesterday',
        '',
        '2026-05-0xT06:10:00Z',
        '1969-12-31T23:59:59.999Z',
        '1970-01-01T00:00:00Z',
        '1900-02-29T00:00:00Z',
        '2000-02-29T12:00:00+14:00',
        '2100-02-28T23:59:59-12:00',
        '2100-02-29T00:00:00Z',
        '0100-03-01T00:00:00Z',
        '2026-05-03T06:10:00.1a3Z',
        '2026-05-03T06:10:00.-12Z',
        '2026-05-03T06:10:00.Z',
        '2026-00-03T06:10:00Z',
        '2026-05-00T06:10:00Z',
        '2026-05-03T23:59:60Z',
        '2026-05-03T06:10:00.123',
        '2026-05-03T06:10:00.123Zx',
      ];
      for (const iso of cases) expect(parseInstant(iso), iso).toBe(Date.parse(iso));
      // Every 17 h 13 min 0.123 s from 1900 to 2200, as toISOString writes it (UTC, three-digit
      // milliseconds: the fast path) and without the milliseconds: every day of every month, leap
      // and century years included, with ever-changing milliseconds.
      const mismatches: string[] = [];
      let checked = 0;
      for (let t = Date.UTC(1900, 0, 1); t < Date.UTC(2200, 0, 1); t += 61_980_123) {
        const iso = new Date(t).toISOString();
        for (const text of [iso, `${iso.slice(0, 19)}Z`]) {
          checked += 1;
          if (parseInstant(text) !== Date.parse(text)) mismatches.push(text);
        }
      }
      expect(checked).toBeGreaterThan(300_000);
      expect(mismatches.slice(0, 5)).toEqual([]);
      const data = generatedFixture(1000);
      for (const s of data.sources) {
        if (s.lastSuccessfulSyncAt)
          expect(parseInstant(s.lastSuccessfulSyncAt)).toBe(Date.parse(s.lastSuccessfulSyncAt));
      }
    },
    timeoutFor(306_000, MS_PER.instant) + timeoutFor(1_000, MS_PER.source),
  );
});

describe('sort keys computed on first need', () => {
  const data = generatedFixture(1000);
  const sorts = [
    null,
    { column: 'label', direction: 'descending' },
    { column: 'profile', direction: 'ascending' },
    { column: 'lastSync', direction: 'descending' },
    { column: 'status', direction: 'ascending' },
    { column: 'platform', direction: 'descending' },
    { column: 'connection', direction: 'ascending' },
  ] as const;
  const query = (m: SourceTableModel) =>
    sorts.map((sort) => [
      Array.from(queryRows(m, sort, EMPTY_FILTERS)),
      Array.from(queryRows(m, sort, filters({ query: 'osterreich', platform: 'GA4' }))),
    ]);

  it('gives the same rows whichever is asked first, and keeps what it computed', () => {
    const forwards = modelOf(data);
    const expected = query(forwards);
    const backwards = modelOf(data);
    // Filter first (folded labels before any rank), then the sorts in reverse order.
    expect(queryRows(backwards, null, filters({ query: 'osterreich' })).length).toBeGreaterThan(0);
    const reversed = [...sorts].reverse().map((sort) => Array.from(queryRows(backwards, sort, EMPTY_FILTERS)));
    expect(reversed.reverse()).toEqual(expected.map(([all]) => all));
    expect(query(backwards)).toEqual(expected);
    expect(backwards.ranks.label).toBe(backwards.ranks.label);
    expect(backwards.foldedLabels).toBe(backwards.foldedLabels);
    expect(queryRows(backwards, null, EMPTY_FILTERS)).toBe(queryRows(backwards, null, EMPTY_FILTERS));
  });

  it('folds text as the locale lower-cases it', () => {
    const texts = [
      ...fixtures.hostileLabels.sources.map((s) => s.label),
      'İstanbul IŞIK',
      'Ιδιοκτησία ΟΔΟΣ',
      'Įėjimas Ą',
      'Österreich ÉTÉ',
    ];
    for (const locale of ['en-GB', 'fr', 'de-CH', 'tr', 'az-Latn', 'lt-LT', 'el']) {
      for (const text of texts) {
        const expected = [...text].every((c) => c.charCodeAt(0) < 0x80)
          ? text.toLowerCase()
          : text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(locale);
        expect(foldText(text, locale), `${locale}: ${text}`).toBe(expected);
      }
    }
  });
});
