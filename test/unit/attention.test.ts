import { describe, expect, it } from 'vitest';
import { fixtures } from '../../fixtures';
import { analyse, byAttention, fixedClock, SEED_NOW } from '../../src/domain';

const now = fixedClock(SEED_NOW).now();

describe('byAttention: the sources to act on come first', () => {
  it('orders the seed critical → warning → info → healthy, keeping the data set order within a group', () => {
    const ordered = byAttention(analyse(fixtures.seed.sources, now));
    expect(ordered.sources.map((view) => view.source.label)).toEqual([
      'Google Ads Suisse',
      'Meta Ads Suisse',
      'Shopify Espagne',
      'Shopify Suisse',
      'GA4 Suisse',
      'GA4 France',
      'Shopify France',
      'Google Ads France',
      'Meta Ads France',
      'TikTok Ads France',
    ]);
  });

  it('changes nothing else of the analysis (figures, flags, instant)', () => {
    const analysis = analyse(fixtures.seed.sources, now);
    const ordered = byAttention(analysis);
    expect(ordered.summary).toBe(analysis.summary);
    expect(ordered.flags).toBe(analysis.flags);
    expect(ordered.now).toBe(analysis.now);
    expect(ordered.sources).toHaveLength(10);
    expect(new Set(ordered.sources)).toEqual(new Set(analysis.sources));
  });

  it('keeps an all-healthy data set in its own order', () => {
    const analysis = analyse(fixtures.allHealthy.sources, now);
    expect(byAttention(analysis).sources).toEqual(analysis.sources);
  });
});
