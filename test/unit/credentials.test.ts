import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as zm from 'zod/mini';
import { checkCredentialValue, isMaskValue } from '../../src/components/WriteOnlyCredentialField/value';
import { catalogues } from '../../src/locales/all';
import { captureConsole, safeStringify } from '../helpers/canary';

const CANARY = 'canary-SECRET-7f3a9';
const hex32 = z.string().regex(/^[0-9a-f]{32}$/, 'A Shopify client ID is 32 hexadecimal characters.');

describe('isMaskValue', () => {
  it.each(['••••', '****', '●●●●●●', '• • •', '···', '∙∙∙∙', ' •••• '])('treats %j as a mask', (value) => {
    expect(isMaskValue(value)).toBe(true);
  });
  it.each(['', 'abc', '••••a', '1234', CANARY, '*a*'])('does not treat %j as a mask', (value) => {
    expect(isMaskValue(value)).toBe(false);
  });
});

describe('checkCredentialValue', () => {
  it('accepts a typed value, trimmed', () => {
    expect(checkCredentialValue(`  ${CANARY}\n`)).toEqual({ ok: true, value: CANARY });
  });
  it('refuses an empty or blank value', () => {
    expect(checkCredentialValue('')).toEqual({ ok: false, reason: 'empty' });
    expect(checkCredentialValue('   ')).toEqual({ ok: false, reason: 'empty' });
  });
  it('never lets a mask through, even when the schema would accept it', () => {
    expect(checkCredentialValue('••••••••', z.string())).toEqual({ ok: false, reason: 'mask' });
    expect(checkCredentialValue('********', z.string().min(1))).toEqual({ ok: false, reason: 'mask' });
  });
  it("returns the host schema's first issue message, without the value", () => {
    const check = checkCredentialValue(CANARY, hex32);
    expect(check).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'A Shopify client ID is 32 hexadecimal characters.',
    });
    expect(JSON.stringify(check)).not.toContain(CANARY);
  });
  it('accepts what the schema accepts', () => {
    expect(checkCredentialValue('0123456789abcdef0123456789abcdef', hex32)).toEqual({
      ok: true,
      value: '0123456789abcdef0123456789abcdef',
    });
  });
  it('takes a zod/mini schema as well', () => {
    const miniHex32 = zm
      .string()
      .check(zm.regex(/^[0-9a-f]{32}$/, 'A Shopify client ID is 32 hexadecimal characters.'));
    expect(checkCredentialValue(CANARY, miniHex32)).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'A Shopify client ID is 32 hexadecimal characters.',
    });
    expect(checkCredentialValue(' 0123456789abcdef0123456789abcdef ', miniHex32)).toEqual({
      ok: true,
      value: '0123456789abcdef0123456789abcdef',
    });
  });
});

describe('canary helper (pure parts)', () => {
  it('stringifies args without functions and survives cycles', () => {
    const args: Record<string, unknown> = { label: 'Client Secret', onSubmit: () => CANARY };
    args.self = args;
    const json = safeStringify(args);
    expect(json).toContain('Client Secret');
    expect(json).not.toContain(CANARY);
    expect(safeStringify({ nested: [{ secret: CANARY }] })).toContain(CANARY);
  });
  it('captures console calls and restores the console', () => {
    const fake = { log() {}, info() {}, warn() {}, error() {}, debug() {}, trace() {} } as unknown as Console;
    const original = fake.warn;
    const capture = captureConsole(fake);
    fake.warn('leak', { value: CANARY });
    capture.restore();
    expect(capture.calls).toEqual([{ method: 'warn', args: ['leak', { value: CANARY }] }]);
    expect(fake.warn).toBe(original);
  });
});

describe('credentials copy', () => {
  it("is the seed page's exact English notice", () => {
    const en = catalogues.en;
    expect(
      [
        en['credentials.shopify.notice.writeOnly'],
        en['credentials.shopify.notice.calls'],
        en['credentials.shopify.notice.scope'],
      ].join(' '),
    ).toBe(
      'Shopify credentials are write-only. Client ID / Client Secret are never displayed again. Real Shopify calls are disabled by default; Infisical Free is for the controlled pilot only (not multi-client production). Scope: read_orders. read_all_orders / read_customers are out of V1.',
    );
  });
});
