import { describe, expect, it } from 'vitest';
// Only zod/mini here: classic `zod` would register its English wording for the whole file and hide
// what a host that uses zod/mini alone gets.
import * as z from 'zod/mini';
import { checkCredentialValue } from '../../src/components/WriteOnlyCredentialField/value';

describe('credential rejections from a host schema written with zod/mini', () => {
  it('are worded in English when the schema does not word its checks', () => {
    const result = checkCredentialValue('short', z.string().check(z.minLength(16)));
    expect(result).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'Too small: expected string to have >=16 characters',
    });
  });

  it('keep the wording the schema gives its checks', () => {
    const result = checkCredentialValue('has space', z.string().check(z.regex(/^\S+$/, 'No spaces')));
    expect(result).toEqual({ ok: false, reason: 'invalid', message: 'No spaces' });
  });
});
