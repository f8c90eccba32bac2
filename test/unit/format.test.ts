import { describe, expect, it } from 'vitest';
import { ageWording, isPastSunset } from '../../src/domain';
import { formatDate, formatHours, formatInstant, formatRelativeAge, isValidInstant } from '../../src/i18n';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('age wording', () => {
  it('says "3 days ago" for GA4 Suisse (3 days 40 minutes), never "3d"', () => {
    expect(formatRelativeAge(3 * DAY + 40 * MIN, 'en-GB')).toBe('3 days ago');
    expect(formatRelativeAge(3 * DAY + 40 * MIN, 'fr-FR')).toBe('il y a 3 jours');
  });

  it('rounds down within each unit', () => {
    expect(formatRelativeAge(10 * MIN, 'en-GB')).toBe('10 minutes ago');
    expect(formatRelativeAge(24 * HOUR - 1, 'en-GB')).toBe('23 hours ago');
    expect(formatRelativeAge(24 * HOUR, 'en-GB')).toBe('1 day ago');
    expect(formatRelativeAge(59_999, 'en-GB')).toBe('59 seconds ago');
  });

  it('gives the absolute date past 30 days', () => {
    expect(ageWording(30 * DAY)).toEqual({ kind: 'relative', value: 30, unit: 'day' });
    expect(ageWording(30 * DAY + 1)).toEqual({ kind: 'absolute' });
    expect(formatRelativeAge(45 * DAY, 'en-GB')).toBeNull();
  });

  it('words a sync time in the future (clock skew) as now, not a negative age', () => {
    expect(formatRelativeAge(-5 * MIN, 'en-GB')).toBe('0 seconds ago');
  });
});

describe('exact times', () => {
  it('formats an instant in the profile time zone', () => {
    expect(formatInstant('2026-05-03T06:00:00Z', 'en-GB', 'Europe/Paris')).toBe('3 May 2026, 08:00 CEST');
    expect(formatInstant('2026-05-03T06:00:00Z', 'en-GB', 'UTC')).toBe('3 May 2026, 06:00 UTC');
    expect(formatDate('2026-02-14T09:00:00Z', 'fr-FR', 'Europe/Zurich')).toBe('14 février 2026');
  });

  it('recognises unparsable dates', () => {
    expect(isValidInstant('2026-05-03T06:00:00Z')).toBe(true);
    expect(isValidInstant('yesterday')).toBe(false);
  });

  it('words windows in hours or whole days', () => {
    expect(formatHours(24, 'en-GB')).toBe('24 hours');
    expect(formatHours(48, 'en-GB')).toBe('2 days');
    // French puts a no-break space between number and unit.
    expect(formatHours(36, 'fr-FR')).toBe('36\u00a0heures');
  });
});

describe('sunset', () => {
  it('switches exactly at the sunset instant', () => {
    expect(isPastSunset('2026-06-30T00:00:00Z', new Date('2026-06-29T23:59:59.999Z'))).toBe(false);
    expect(isPastSunset('2026-06-30T00:00:00Z', new Date('2026-06-30T00:00:00Z'))).toBe(true);
    expect(isPastSunset('not a date', new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });
});
