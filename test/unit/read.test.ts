import { describe, expect, it } from 'vitest';
import { generateDataSetInput } from '../../fixtures/generate';
import { seedInput } from '../../fixtures/seed';
import { type DataSet, type DataSetReading, parseDataSet, readDataSet, readInstant } from '../../src/domain';
import { MS_PER, timeoutFor } from '../helpers/work';

type Item = Record<string, unknown>;

/** A copy of the seed's raw input, as plain records a test may break. */
function seedCopy(): { profiles: Item[]; sources: unknown[] } {
  return structuredClone(seedInput) as unknown as { profiles: Item[]; sources: unknown[] };
}

/** The parsed seed, as parseDataSet gives it. */
function parsedSeed(): DataSet {
  const parsed = parseDataSet(seedInput);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.data;
}

/** The reading of an input that must be usable. */
function read(input: unknown): Extract<DataSetReading, { ok: true }> {
  const reading = readDataSet(input);
  if (!reading.ok) throw new Error(reading.message);
  return reading;
}

const ids = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id);

describe('readDataSet on the seed', () => {
  it('gives exactly what parseDataSet gives, with nothing set aside and no warning', () => {
    const reading = read(seedInput);
    expect(reading.data).toEqual(parsedSeed());
    expect(reading.data.sources).toHaveLength(10);
    expect(reading.data.profiles).toHaveLength(3);
    expect(reading.setAside).toEqual([]);
    expect(reading.warnings).toEqual([]);
  });
});

describe('readDataSet keeps every valid item', () => {
  it('accepts a source with an unknown key, strips the key and reports it as a warning', () => {
    const input = seedCopy();
    (input.sources[4] as Item).createdAt = '2026-01-01T00:00:00Z';
    expect(parseDataSet(input).ok).toBe(false);

    const reading = read(input);
    expect(reading.data).toEqual(parsedSeed());
    expect(reading.data.sources).toHaveLength(10);
    expect(Object.keys(reading.data.sources[4] ?? {})).not.toContain('createdAt');
    expect(reading.setAside).toEqual([]);
    expect(reading.warnings).toEqual([
      {
        path: 'sources[4]',
        code: 'unrecognized_keys',
        message: 'Unrecognized key: "createdAt"',
        params: { keys: '"createdAt"', count: 1 },
      },
    ]);
  });

  it('names every unknown key of an item in one warning, its freshness window’s included', () => {
    const input = seedCopy();
    Object.assign(input.sources[1] as Item, {
      createdAt: 'x',
      owner: 'y',
      freshnessWindow: { warnAfterHours: 12, note: 'z' },
    });
    Object.assign(input.profiles[2] as Item, { country: 'ES' });
    const reading = read(input);
    expect(reading.data.sources[1]?.freshnessWindow).toEqual({ warnAfterHours: 12 });
    expect(reading.warnings.map((w) => [w.path, w.code, w.params])).toEqual([
      ['profiles[2]', 'unrecognized_keys', { keys: '"country"', count: 1 }],
      ['sources[1]', 'unrecognized_keys', { keys: '"createdAt", "owner", "freshnessWindow.note"', count: 3 }],
    ]);
    expect(reading.setAside).toEqual([]);
  });

  it('reports unknown top-level keys as a warning on (root)', () => {
    const reading = read({ ...seedCopy(), exportedAt: '2026-05-03T06:10:00Z' });
    expect(reading.data).toEqual(parsedSeed());
    expect(reading.warnings.map((w) => [w.path, w.code, w.params])).toEqual([
      ['(root)', 'unrecognized_keys', { keys: '"exportedAt"', count: 1 }],
    ]);
  });

  it('sets aside a source with an empty label, naming it by index and id, and keeps the ten others', () => {
    const input = seedCopy();
    input.sources.splice(3, 0, { ...(input.sources[0] as Item), id: 'shopify-fr-2', label: '  ' });
    expect(input.sources).toHaveLength(11);

    const reading = read(input);
    expect(reading.data.sources).toHaveLength(10);
    expect(reading.data).toEqual(parsedSeed());
    expect(reading.setAside).toStrictEqual([
      {
        kind: 'source',
        index: 3,
        id: 'shopify-fr-2',
        issues: [
          {
            path: 'sources[3].label',
            code: 'label_empty',
            message: 'Source label must not be empty',
          },
        ],
      },
    ]);
    expect(reading.warnings).toEqual([]);
  });

  it('gives an item every issue of its own, with the codes and params parseDataSet gives', () => {
    const input = seedCopy();
    Object.assign(input.sources[1] as Item, { label: '', platform: 'PINTEREST' });
    Object.assign(input.sources[6] as Item, {
      lastSuccessfulSyncAt: 'yesterday',
      freshnessWindow: { warnAfterHours: 24, errorAfterHours: 12 },
    });
    const parsed = parseDataSet(input);
    if (parsed.ok) throw new Error('the broken seed parsed');

    const reading = read(input);
    expect(reading.setAside.map((item) => [item.kind, item.index, item.id, item.label])).toEqual([
      ['source', 1, 'ga4-fr', undefined],
      ['source', 6, 'ga4-ch', 'GA4 Suisse'],
    ]);
    expect(reading.setAside.flatMap((item) => item.issues)).toEqual(parsed.issues);
    expect(parsed.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['sources[1].label', 'label_empty'],
      ['sources[1].platform', 'invalid_value'],
      ['sources[6].lastSuccessfulSyncAt', 'instant'],
      ['sources[6].freshnessWindow.errorAfterHours', 'error_after_order'],
    ]);
    expect(reading.data.sources).toHaveLength(8);
  });

  it('names a set-aside item by its id and label, trimmed, when they are non-empty strings', () => {
    const input = seedCopy();
    input.sources.push({ id: '  new-source ', label: ' New source  ', platform: 'PINTEREST' });
    input.sources.push({ id: 42, label: '' });
    input.sources.push(null);
    const reading = read(input);
    expect(reading.setAside.map((item) => [item.index, item.id, item.label])).toEqual([
      [10, 'new-source', 'New source'],
      [11, undefined, undefined],
      [12, undefined, undefined],
    ]);
    expect(reading.setAside[2]?.issues).toEqual([
      {
        path: 'sources[12]',
        code: 'invalid_type',
        message: 'Invalid input: expected object, received null',
        params: { expected: 'object' },
      },
    ]);
    expect(reading.data.sources).toHaveLength(10);
  });

  it('sets aside a source whose id repeats an earlier valid source’s, and keeps the first', () => {
    const input = seedCopy();
    input.sources.push({ ...(input.sources[2] as Item), label: 'Google Ads France (copy)' });
    const reading = read(input);
    expect(ids(reading.data.sources)).toEqual(ids(parsedSeed().sources));
    expect(reading.data.sources[2]?.label).toBe('Google Ads France');
    expect(reading.setAside).toEqual([
      {
        kind: 'source',
        index: 10,
        id: 'google-ads-fr',
        label: 'Google Ads France (copy)',
        issues: [
          {
            path: 'sources[10].id',
            code: 'duplicate_source_id',
            message: 'Duplicate source id "google-ads-fr"',
            params: { id: 'google-ads-fr' },
          },
        ],
      },
    ]);
  });

  it('sets aside a source whose profile does not exist', () => {
    const input = seedCopy();
    Object.assign(input.sources[9] as Item, { profileId: 'profile-xx' });
    const reading = read(input);
    expect(reading.data.sources).toHaveLength(9);
    expect(reading.setAside).toEqual([
      {
        kind: 'source',
        index: 9,
        id: 'shopify-es',
        label: 'Shopify Espagne',
        issues: [
          {
            path: 'sources[9].profileId',
            code: 'unknown_profile',
            message: 'Unknown profile "profile-xx"',
            params: { id: 'profile-xx' },
          },
        ],
      },
    ]);
  });

  it('gives a source both a repeated id and an unknown profile when it has both', () => {
    const input = seedCopy();
    input.sources.push({ ...(input.sources[0] as Item), profileId: 'profile-xx' });
    const reading = read(input);
    expect(reading.setAside.map((item) => item.issues.map((issue) => [issue.path, issue.code]))).toEqual([
      [
        ['sources[10].id', 'duplicate_source_id'],
        ['sources[10].profileId', 'unknown_profile'],
      ],
    ]);
  });

  it('keeps a source whose id repeats only a set-aside source’s', () => {
    const input = seedCopy();
    input.sources.unshift({ ...(input.sources[0] as Item), label: 'Orphan', profileId: 'profile-xx' });
    const reading = read(input);
    expect(ids(reading.data.sources)).toEqual(ids(parsedSeed().sources));
    expect(reading.setAside.map((item) => [item.index, item.issues.map((issue) => issue.code)])).toEqual([
      [0, ['unknown_profile']],
    ]);
  });

  it('sets aside a bad profile, and its sources with it as profile_set_aside, profiles first', () => {
    const input = seedCopy();
    Object.assign(input.profiles[1] as Item, { timeZone: 'Mars/Olympus' });
    const reading = read(input);
    expect(ids(reading.data.profiles)).toEqual(['profile-fr', 'profile-es']);
    expect(ids(reading.data.sources)).toEqual([
      'shopify-fr',
      'ga4-fr',
      'google-ads-fr',
      'meta-ads-fr',
      'tiktok-ads-fr',
      'shopify-es',
    ]);
    expect(reading.setAside.map((item) => [item.kind, item.index, item.id, item.label])).toEqual([
      ['profile', 1, 'profile-ch', 'Profile Suisse'],
      ['source', 5, 'shopify-ch', 'Shopify Suisse'],
      ['source', 6, 'ga4-ch', 'GA4 Suisse'],
      ['source', 7, 'google-ads-ch', 'Google Ads Suisse'],
      ['source', 8, 'meta-ads-ch', 'Meta Ads Suisse'],
    ]);
    expect(reading.setAside[0]?.issues).toEqual([
      {
        path: 'profiles[1].timeZone',
        code: 'time_zone',
        message: 'must be an IANA time zone such as Europe/Paris',
      },
    ]);
    expect(reading.setAside.slice(1).flatMap((item) => item.issues.map((issue) => [issue.path, issue.code]))).toEqual([
      ['sources[5].profileId', 'profile_set_aside'],
      ['sources[6].profileId', 'profile_set_aside'],
      ['sources[7].profileId', 'profile_set_aside'],
      ['sources[8].profileId', 'profile_set_aside'],
    ]);
    expect(reading.setAside[1]?.issues[0]?.message).toBe('Profile "profile-ch" was set aside');
  });

  it('sets aside a profile whose id repeats an earlier valid profile’s, and keeps the first', () => {
    const input = seedCopy();
    input.profiles.push({ ...(input.profiles[0] as Item), name: 'Profile France (copy)' });
    const reading = read(input);
    expect(reading.data).toEqual(parsedSeed());
    expect(reading.setAside).toEqual([
      {
        kind: 'profile',
        index: 3,
        id: 'profile-fr',
        label: 'Profile France (copy)',
        issues: [
          {
            path: 'profiles[3].id',
            code: 'duplicate_profile_id',
            message: 'Duplicate profile id "profile-fr"',
            params: { id: 'profile-fr' },
          },
        ],
      },
    ]);
  });

  it(
    'reads 10,000 generated sources with one bad: 9,999 kept in order, exactly one set aside',
    () => {
      const input = generateDataSetInput({ count: 10_000 });
      const parsed = parseDataSet(input);
      if (!parsed.ok) throw new Error(parsed.message);
      const broken = structuredClone(input) as unknown as { profiles: Item[]; sources: Item[] };
      Object.assign(broken.sources[4_321] as Item, { connection: 'PAUSED' });

      const reading = read(broken);
      expect(reading.data.profiles).toEqual(parsed.data.profiles);
      expect(reading.data.sources).toHaveLength(9_999);
      expect(reading.data.sources).toEqual(parsed.data.sources.filter((_, index) => index !== 4_321));
      expect(reading.setAside.map((item) => [item.kind, item.index, item.id, item.issues.map((i) => i.path)])).toEqual([
        ['source', 4_321, 'source-4322', ['sources[4321].connection']],
      ]);
      expect(reading.warnings).toEqual([]);
    },
    timeoutFor(3 * 10_000, MS_PER.source),
  );
});

describe('readDataSet refuses only an unusable shape', () => {
  const cases: Array<[string, unknown, Array<[string, string | undefined]>]> = [
    ['null', null, [['(root)', 'invalid_type']]],
    ['a string', 'profiles', [['(root)', 'invalid_type']]],
    ['an array', [], [['(root)', 'invalid_type']]],
    ['no sources array', { profiles: [] }, [['sources', 'invalid_type']]],
    ['sources not an array', { profiles: [], sources: {} }, [['sources', 'invalid_type']]],
    ['profiles not an array', { profiles: 'all', sources: [] }, [['profiles', 'invalid_type']]],
  ];

  it.each(cases)('%s', (_name, input, expected) => {
    const reading = readDataSet(input);
    if (reading.ok) throw new Error('an unusable shape was read');
    expect(reading.issues.map((issue) => [issue.path, issue.code])).toEqual(expected);
    expect(reading.message).toBe(reading.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  });

  it('says which array it expected', () => {
    const reading = readDataSet({ profiles: [] });
    if (reading.ok) throw new Error('an unusable shape was read');
    expect(reading.issues).toEqual([
      {
        path: 'sources',
        code: 'invalid_type',
        message: 'Invalid input: expected array, received undefined',
        params: { expected: 'array' },
      },
    ]);
  });

  it('reads an empty data set as empty', () => {
    expect(readDataSet({ profiles: [], sources: [] })).toEqual({
      ok: true,
      data: { profiles: [], sources: [] },
      setAside: [],
      warnings: [],
    });
  });
});

describe('readInstant', () => {
  it.each([
    ['2026-05-03T06:10:00Z', Date.UTC(2026, 4, 3, 6, 10)],
    ['2026-05-03T08:10:00+02:00', Date.UTC(2026, 4, 3, 6, 10)],
    ['2026-05-03T06:10:00.250Z', Date.UTC(2026, 4, 3, 6, 10, 0, 250)],
  ])('accepts %s', (value, ms) => {
    const reading = readInstant(value);
    if (!reading.ok) throw new Error(reading.issue.message);
    expect(reading.date.getTime()).toBe(ms);
  });

  it('accepts a valid Date, as a copy', () => {
    const date = new Date(Date.UTC(2026, 4, 3, 6, 10));
    const reading = readInstant(date);
    if (!reading.ok) throw new Error(reading.issue.message);
    expect(reading.date.getTime()).toBe(date.getTime());
    expect(reading.date).not.toBe(date);
  });

  it.each([
    ['a date without a time', '2026-05-03', '"2026-05-03"'],
    ['a local date', '03/05/2026', '"03/05/2026"'],
    ['words', 'garbage', '"garbage"'],
    ['a date-time without a time zone', '2026-05-03T06:10:00', '"2026-05-03T06:10:00"'],
    ['an invalid Date', new Date('x'), 'Invalid Date'],
    ['undefined', undefined, 'undefined'],
    ['a number', 42, '42'],
    ['null', null, 'null'],
  ])('refuses %s with one invalid_now issue on the prop', (_name, value, shown) => {
    expect(readInstant(value)).toEqual({
      ok: false,
      issue: {
        path: 'now',
        code: 'invalid_now',
        message: 'now must be an ISO-8601 date-time with a time zone, e.g. 2026-05-03T06:10:00Z, or a valid Date',
        params: { prop: 'now', value: shown },
      },
    });
  });

  it('names the prop it is given', () => {
    const reading = readInstant('2026-05-03', 'asOf');
    if (reading.ok) throw new Error('a date without a time was read');
    expect([reading.issue.path, reading.issue.params?.prop, reading.issue.message.split(' ')[0]]).toEqual([
      'asOf',
      'asOf',
      'asOf',
    ]);
  });

  it('prints a long value in at most 60 characters', () => {
    const reading = readInstant('x'.repeat(200));
    if (reading.ok) throw new Error('garbage was read');
    const shown = String(reading.issue.params?.value);
    expect(shown).toHaveLength(60);
    expect(shown).toBe(`"${'x'.repeat(58)}…`);
    const object = readInstant({ at: 'y'.repeat(100) });
    if (object.ok) throw new Error('an object was read');
    expect(String(object.issue.params?.value)).toHaveLength(60);
  });
});
