import type { Locale } from '../domain';
import { en, type MessageKey, type Messages } from './en';
import { fr } from './fr';

export const catalogues: Record<Locale, Messages> = { en, fr };

export type MessageParams = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown placeholder is left visible rather than silently dropped. */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** A translator bound to one catalogue. */
export function translator(messages: Messages) {
  return (key: MessageKey, params?: MessageParams): string => interpolate(messages[key], params);
}

export type { MessageKey, Messages };
