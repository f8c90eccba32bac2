import { describe, expect, it } from 'vitest';
import { fixtures } from '../../fixtures';
import {
  analyse,
  CONNECTIONS,
  FRESHNESS_LEVELS,
  FRESHNESS_STATES,
  fixedClock,
  freshnessLevel,
  freshnessOf,
  HOUR_MS,
  PREVIEW_ACTIONS,
  previewActionsFor,
  qualityFlagsOf,
  SEED_NOW,
  SHOPIFY_SCOPES,
  type Source,
  shopifyScopeStateOf,
} from '../../src/domain';
import { legacyRouteStateOf } from '../../src/domain/legacyRoute';

const now = fixedClock(SEED_NOW).now();

/** A seed source (Shopify France) with a 24 h window and a 48 h error window, last synced `ageMs` before `now`. */
function syncedAgo(ageMs: number): Source {
  const source = fixtures.seed.sources.find((s) => s.id === 'shopify-fr');
  if (!source) throw new Error('no source shopify-fr');
  return {
    ...source,
    freshnessWindow: { warnAfterHours: 24, errorAfterHours: 48 },
    lastSuccessfulSyncAt: new Date(now.getTime() - ageMs).toISOString(),
  };
}

describe('freshness level', () => {
  it('is STALE at exactly the error window (48 h), OVERDUE one millisecond past it', () => {
    const atEdge = freshnessOf(syncedAgo(48 * HOUR_MS), now);
    const pastEdge = freshnessOf(syncedAgo(48 * HOUR_MS + 1), now);
    expect(atEdge.state).toBe('STALE');
    expect(freshnessLevel(atEdge)).toBe('STALE');
    expect(pastEdge.state).toBe('STALE');
    expect(freshnessLevel(pastEdge)).toBe('OVERDUE');
  });

  it('is the state itself otherwise: FRESH within the window, STALE without an error window', () => {
    expect(freshnessLevel(freshnessOf(syncedAgo(24 * HOUR_MS), now))).toBe('FRESH');
    const noErrorWindow = { ...syncedAgo(30 * 24 * HOUR_MS), freshnessWindow: { warnAfterHours: 24 } };
    expect(freshnessLevel(freshnessOf(noErrorWindow, now))).toBe('STALE');
    expect(freshnessLevel({ state: 'MISSING', pastErrorWindow: false })).toBe('MISSING');
    expect(freshnessLevel({ state: 'UNKNOWN', pastErrorWindow: false })).toBe('UNKNOWN');
  });

  it('agrees with the critical stale flag: OVERDUE exactly when source_stale is critical', () => {
    for (const ageMs of [47 * HOUR_MS, 48 * HOUR_MS, 48 * HOUR_MS + 1, 72 * HOUR_MS]) {
      const source = syncedAgo(ageMs);
      const critical = qualityFlagsOf([source], now).some(
        (f) => f.code === 'source_stale' && f.severity === 'critical',
      );
      expect(freshnessLevel(freshnessOf(source, now)) === 'OVERDUE', `${ageMs} ms`).toBe(critical);
    }
  });

  it('keeps the four states in the data: the levels are the states and OVERDUE', () => {
    expect(new Set(FRESHNESS_LEVELS)).toEqual(new Set([...FRESHNESS_STATES, 'OVERDUE']));
    const states = analyse(fixtures.everyFreshness.sources, now).sources.map((v) => v.freshness.state);
    expect(states.every((state) => (FRESHNESS_STATES as readonly string[]).includes(state))).toBe(true);
    const levels = analyse(fixtures.everyFreshness.sources, now).sources.map((v) => freshnessLevel(v.freshness));
    expect(new Set(levels)).toEqual(new Set(FRESHNESS_LEVELS));
  });
});

describe('legacy route state', () => {
  const sunsetAt = '2026-06-30T00:00:00Z';

  it('is active before the sunset, sunset from exactly the sunset instant on', () => {
    expect(legacyRouteStateOf(sunsetAt, new Date('2026-06-29T23:59:59.999Z'))).toBe('active');
    expect(legacyRouteStateOf(sunsetAt, new Date('2026-06-30T00:00:00Z'))).toBe('sunset');
    expect(legacyRouteStateOf(sunsetAt, new Date('2026-07-01T09:00:00Z'))).toBe('sunset');
  });

  it('is active without a sunset date, or with one that is not a date', () => {
    expect(legacyRouteStateOf(undefined, new Date('2030-01-01T00:00:00Z'))).toBe('active');
    expect(legacyRouteStateOf('not a date', new Date('2030-01-01T00:00:00Z'))).toBe('active');
  });
});

describe('preview actions by state', () => {
  const order = (connection: Source['connection']) => previewActionsFor({ connection }).map((a) => a.action);

  it('puts Reconnect first, primary, when the connection is expired, disconnected or missing a permission', () => {
    for (const connection of ['EXPIRED', 'DISCONNECTED', 'PERMISSION_MISSING'] as const) {
      expect(previewActionsFor({ connection }), connection).toEqual([
        { action: 'reconnect', emphasis: 'primary' },
        { action: 'sync', emphasis: 'secondary' },
        { action: 'disconnect', emphasis: 'destructive' },
      ]);
    }
  });

  it('puts Sync now first, primary, when the source is connected', () => {
    expect(previewActionsFor({ connection: 'CONNECTED' })).toEqual([
      { action: 'sync', emphasis: 'primary' },
      { action: 'reconnect', emphasis: 'secondary' },
      { action: 'disconnect', emphasis: 'destructive' },
    ]);
  });

  it('always offers every preview action once, one primary, Disconnect last and destructive', () => {
    for (const connection of CONNECTIONS) {
      const actions = previewActionsFor({ connection });
      expect([...order(connection)].sort()).toEqual([...PREVIEW_ACTIONS].sort());
      expect(actions.filter((a) => a.emphasis === 'primary')).toHaveLength(1);
      expect(actions.at(-1)).toEqual({ action: 'disconnect', emphasis: 'destructive' });
    }
  });
});

describe('Shopify scope state', () => {
  const [readOrders, readAllOrders] = SHOPIFY_SCOPES;

  it('grants read_orders only once both the Client ID and the Client Secret are stored', () => {
    expect(shopifyScopeStateOf(readOrders, { clientId: false, clientSecret: false })).toBe('notGranted');
    expect(shopifyScopeStateOf(readOrders, { clientId: true, clientSecret: false })).toBe('notGranted');
    expect(shopifyScopeStateOf(readOrders, { clientId: false, clientSecret: true })).toBe('notGranted');
    expect(shopifyScopeStateOf(readOrders, { clientId: true, clientSecret: true })).toBe('granted');
  });

  it('keeps the scopes out of V1 out of V1, whatever is stored', () => {
    expect(shopifyScopeStateOf(readAllOrders, { clientId: true, clientSecret: true })).toBe('outOfV1');
    expect(shopifyScopeStateOf(readAllOrders, { clientId: false, clientSecret: false })).toBe('outOfV1');
  });
});
