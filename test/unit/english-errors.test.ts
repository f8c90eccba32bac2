/**
 * The package words zod's issues in English itself (a few lines instead of zod's whole English
 * locale in every host bundle). Its sentences must stay zod's own: each kind of check the package's
 * schemas and a credential's schema make is parsed here and worded both ways.
 */
import { describe, expect, it } from 'vitest';
import { z as full } from 'zod';
import { en } from 'zod/locales';
import * as z from 'zod/mini';
import { englishErrors } from '../../src/domain/parse';

const zodEnglish = en().localeError;

/** Every issue of `schema` on `input`, as zod's English locale words it and as the package does. */
function wordings(schema: z.core.$ZodType, input: unknown) {
  const result = z.safeParse(schema, input, { reportInput: true });
  if (result.success) throw new Error('the input was expected to fail');
  return result.error.issues.map((issue) => {
    // The raw issue as an error map receives it: the issue plus its input.
    const raw = { ...issue, input: (issue as { input?: unknown }).input } as Parameters<typeof zodEnglish>[0];
    return { zod: zodEnglish(raw), ours: englishErrors()(raw) };
  });
}

const CASES: Array<[string, z.core.$ZodType, unknown]> = [
  ['a wrong type', z.string(), 42],
  ['null for an object', z.strictObject({ a: z.string() }), null],
  ['undefined for an array', z.array(z.string()), undefined],
  ['an array for a string', z.string(), ['a']],
  ['NaN for a number', z.number(), Number.NaN],
  ['an enum', z.enum(['SHOPIFY', 'GA4']), 'PINTEREST'],
  ['a single literal', z.literal('on'), 'off'],
  ['a string too short', z.string().check(z.minLength(16)), 'short'],
  ['a string too long', z.string().check(z.maxLength(3)), 'longer'],
  ['a number too big', z.number().check(z.maximum(10)), 11],
  ['a number not positive', z.number().check(z.positive()), 0],
  ['an array too short', z.array(z.string()).check(z.minLength(2)), ['a']],
  ['an exact length', z.string().check(z.length(4)), 'abc'],
  ['an ISO date-time', z.iso.datetime({ offset: true }), '03/05/2026'],
  ['a pattern', z.string().check(z.regex(/^[0-9a-f]{32}$/)), 'xyz'],
  ['one unknown key', z.strictObject({ a: z.string() }), { a: 'x', b: 1 }],
  ['two unknown keys', z.strictObject({ a: z.string() }), { a: 'x', b: 1, c: 2 }],
  ['a full zod schema', full.string().min(8), 'short'],
  ['a Date for a string', z.string(), new Date(0)],
  ['a Map for a number', z.number(), new Map()],
  ['a prefix', full.string().startsWith('shpss_'), 'abc'],
  ['a suffix', full.string().endsWith('_x'), 'abc'],
  ['an inclusion', full.string().includes('-'), 'abc'],
  ['an email', full.email(), 'not-an-email'],
  ['a URL', full.url(), 'not a url'],
  ['a UUID', full.uuid(), 'nope'],
  ['an ISO date', full.iso.date(), '2026-13-45'],
  ['a multiple', full.number().multipleOf(5), 7],
];

describe('English wording of zod issues', () => {
  it.each(CASES)('words %s as zod does', (_name, schema, input) => {
    const all = wordings(schema, input);
    expect(all.length).toBeGreaterThan(0);
    for (const { zod, ours } of all) expect(ours).toBe(zod);
  });
});
