import * as z from 'zod/mini';
import { englishErrors } from '../../domain/parse';

/**
 * Characters a UI uses to stand for a hidden value. A string made only of these (and spaces) is a
 * mask, never a credential: sending it back would overwrite the stored secret with dots.
 */
export const MASK_CHARACTERS = '•●∙⋅·*◦▪■○◉⬤';

const MASK = new RegExp(`^[\\s${MASK_CHARACTERS.replace(/[*]/g, '\\*')}]+$`, 'u');

/** True when `value` is non-empty and made only of mask characters (e.g. "••••", "****", "● ● ●"). */
export function isMaskValue(value: string): boolean {
  return value.length > 0 && MASK.test(value);
}

/** Why a typed value cannot be submitted; `invalid` carries the host schema's first issue message. */
export type CredentialRejection =
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'mask' }
  | { ok: false; reason: 'invalid'; message: string };

export type CredentialCheck = { ok: true; value: string } | CredentialRejection;

/**
 * Decides whether a typed value may be handed to `onSubmit`: surrounding whitespace is trimmed
 * (pasted secrets often carry a newline); empty and mask-only values are refused; then the host's
 * zod schema (`zod` or `zod/mini`), when given, must accept it. The value itself never appears in a
 * rejection.
 */
export function checkCredentialValue(raw: string, schema?: z.core.$ZodType<string>): CredentialCheck {
  const value = raw.trim();
  if (value === '') return { ok: false, reason: 'empty' };
  if (isMaskValue(value)) return { ok: false, reason: 'mask' };
  if (schema) {
    // A host schema that does not word its checks gets zod's English wording, as with classic zod.
    const result = z.safeParse(schema, value, { error: englishErrors() });
    if (!result.success) return { ok: false, reason: 'invalid', message: result.error.issues[0]?.message ?? '' };
    return { ok: true, value: result.data };
  }
  return { ok: true, value };
}
