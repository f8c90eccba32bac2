import { type AgeWording, ageWording } from '../domain/age';
import type { Locale } from '../domain/schemas';

/** BCP 47 tag for `Intl` formatters (here, not beside the React context, so server code can call it). */
export function intlLocaleOf(locale: Locale): string {
  return locale === 'fr' ? 'fr-FR' : 'en-GB';
}

/** "3 days ago" / "il y a 3 jours" — words, never "3d". `null` when the age calls for the absolute date. */
export function formatRelativeAge(ageMs: number, intlLocale: string): string | null {
  const wording: AgeWording = ageWording(ageMs);
  if (wording.kind === 'absolute') return null;
  return new Intl.RelativeTimeFormat(intlLocale, { numeric: 'always', style: 'long' }).format(
    -wording.value,
    wording.unit,
  );
}

/** `true` when `iso` is a date the platform can read. */
export function isValidInstant(iso: string): boolean {
  return !Number.isNaN(Date.parse(iso));
}

const instantFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The formatter behind `formatInstant`, created once per locale and time zone (creating an
 * `Intl.DateTimeFormat` costs far more than using one: tables format thousands of rows).
 */
export function instantFormatter(intlLocale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${intlLocale}|${timeZone}`;
  let formatter = instantFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlLocale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
      timeZoneName: 'short',
    });
    instantFormatters.set(key, formatter);
  }
  return formatter;
}

/** "3 May 2026, 08:00 CEST" in the given time zone (24-hour clock). */
export function formatInstant(iso: string, intlLocale: string, timeZone: string): string {
  return instantFormatter(intlLocale, timeZone).format(new Date(iso));
}

/** "3 May 2026" in the given time zone. */
export function formatDate(iso: string, intlLocale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale, { year: 'numeric', month: 'long', day: 'numeric', timeZone }).format(
    new Date(iso),
  );
}

/** A duration in hours as words: "24 hours", "2 days". */
export function formatHours(hours: number, intlLocale: string): string {
  const days = hours / 24;
  const inDays = Number.isInteger(days) && days > 1;
  return new Intl.NumberFormat(intlLocale, {
    style: 'unit',
    unit: inDays ? 'day' : 'hour',
    unitDisplay: 'long',
  }).format(inDays ? days : hours);
}
