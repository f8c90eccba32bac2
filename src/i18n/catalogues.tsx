import { Fragment, type ReactNode } from 'react';
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

/** A translator over one set of messages: a host override wins over the message, then `{name}` placeholders are filled. */
export function translatorOf<K extends string>(
  messages: Readonly<Record<K, string>>,
  overrides?: Readonly<Partial<Record<string, string>>>,
): (key: K, params?: MessageParams) => string {
  return (key, params) => interpolate(overrides?.[key] ?? messages[key], params);
}

/**
 * A translator over the whole catalogue of `locale`, outside React (stories, tests, a host's own
 * code): `createTranslator('fr')('sourceTable.count', { count: 3, total: 10 })`. `overrides`
 * replace messages by key, as the LocaleProvider's `messages` do.
 */
export function createTranslator(
  locale: Locale,
  overrides?: Partial<Messages>,
): (key: MessageKey, params?: MessageParams) => string {
  return translatorOf<MessageKey>(catalogues[locale], overrides);
}

export type { MessageKey, Messages };

/**
 * Fills `{name}` placeholders with React nodes (a link inside a sentence, say), keeping the word
 * order of each language in its catalogue. Unknown placeholders stay visible as text.
 */
export function interpolateNodes(template: string, nodes: Record<string, ReactNode>): ReactNode[] {
  return template.split(/(\{\w+\})/g).map((part, index) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    const node = name !== undefined && Object.hasOwn(nodes, name) ? nodes[name] : part;
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed template never reorder
    return <Fragment key={index}>{node}</Fragment>;
  });
}
