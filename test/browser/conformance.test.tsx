/**
 * One prop convention, proven for every exported component (the idea of Primer's
 * `behavesAsComponent`): its root element forwards `ref`, merges `className` with its own, and
 * receives `id`, `data-*` and `aria-*` attributes. A component exported from the package without
 * an entry below fails the test, so a new component is covered the day it is exported.
 */
import { act, type ComponentType, createElement, createRef, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { fixtureInputs, fixtures } from '../../fixtures';
import * as api from '../../src';
import { analyse, freshnessOf, SEED_NOW } from '../../src/domain';

const seed = fixtures.seed;
const now = new Date(SEED_NOW);
const analysis = analyse(seed.sources, now);
const firstFlag = analysis.flags[0];
const ga4 = seed.sources.find((s) => s.label === 'GA4 Suisse');
if (!firstFlag || !ga4) throw new Error('the seed fixture changed: no flag or no GA4 Suisse');
const noop = () => undefined;

/** The smallest props that render each component; the host attributes are added by the test. */
const REQUIRED_PROPS: Record<string, Record<string, unknown>> = {
  Badge: { tone: 'positive', children: 'Connected' },
  DataErrorState: { issues: [{ path: 'sources[0].label', message: 'Source label must not be empty' }] },
  DataProblems: {
    setAside: [
      {
        kind: 'source',
        index: 1,
        id: 'ga4-fr',
        issues: [{ path: 'sources[1].label', message: 'Source label must not be empty', code: 'label_empty' }],
      },
    ],
  },
  FreshnessCell: {
    freshness: freshnessOf(ga4, now),
    lastSuccessfulSyncAt: ga4.lastSuccessfulSyncAt,
    timeZone: 'Europe/Zurich',
  },
  FreshnessTable: { data: seed },
  HealthSummary: { data: seed },
  IntegrationsSettingsPage: { data: fixtureInputs.seed, now: SEED_NOW },
  LegacyRouteNotice: {},
  OutdatedBadge: { show: true },
  QualityAlertBanner: { flag: firstFlag },
  QualityAlertList: { data: seed },
  QualityFlagTable: { data: seed },
  ShopifyCredentialsPanel: { onSubmitCredential: noop },
  SourceDetailDialog: { source: null, profile: undefined, onClose: noop },
  SourceTable: { data: seed },
  StatusBadge: { syncStatus: 'CONNECTED' },
  WriteOnlyCredentialField: { label: 'Client ID', isSet: false, onSubmit: noop },
};

/** Exported components that render no element of their own (context providers): nothing to forward to. */
const PROVIDERS = ['LocaleProvider', 'NowProvider'];

/** Every React component the package exports: functions and forwardRef/memo objects named in PascalCase. */
const exported = Object.entries(api)
  .filter(
    ([name, value]) =>
      /^[A-Z][a-z]/.test(name) &&
      (typeof value === 'function' || (typeof value === 'object' && value !== null && '$$typeof' in value)),
  )
  .map(([name]) => name)
  .sort();

// Tells React that updates are wrapped in act() here, as in any test renderer.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let container: HTMLElement | null = null;

function render(node: ReactNode): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => {
    root?.render(
      createElement(api.LocaleProvider, { locale: 'en' }, createElement(api.NowProvider, { now: SEED_NOW }, node)),
    );
  });
  return container;
}

afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  root = null;
  container = null;
});

const covered: string[] = [];
afterAll(() => {
  console.log(`Conformance: ${covered.length} exported components covered: ${covered.join(', ')}`);
});

describe('every exported component follows the prop convention', () => {
  it('has an entry here for every exported component', () => {
    const missing = exported.filter((name) => !(name in REQUIRED_PROPS) && !PROVIDERS.includes(name));
    expect(missing, 'exported components without a conformance entry').toEqual([]);
    const stale = Object.keys(REQUIRED_PROPS).filter((name) => !exported.includes(name));
    expect(stale, 'conformance entries for components the package no longer exports').toEqual([]);
  });

  it.each(Object.keys(REQUIRED_PROPS))('%s forwards ref, merges className, passes id, data-* and aria-*', (name) => {
    const Component = (api as unknown as Record<string, ComponentType<Record<string, unknown>>>)[name];
    expect(Component, `${name} is exported`).toBeDefined();
    if (!Component) return;
    const ref = createRef<HTMLElement>();
    const host = render(
      createElement(Component, {
        ...REQUIRED_PROPS[name],
        ref,
        className: 'host-class',
        id: `host-${name}`,
        'data-testid': `host-${name}`,
        'aria-details': 'host-details',
      }),
    );
    const element = host.querySelector<HTMLElement>(`[data-testid="host-${name}"]`);
    expect(element, `${name}: data-testid reached no element`).not.toBeNull();
    if (!element) return;
    expect(ref.current, `${name}: ref is not the element that got the host's attributes`).toBe(element);
    expect(element.id).toBe(`host-${name}`);
    expect(element.getAttribute('aria-details')).toBe('host-details');
    expect(element.classList.contains('host-class'), `${name}: className dropped`).toBe(true);
    expect(element.classList.length, `${name}: className replaced the component's own classes`).toBeGreaterThan(1);
    covered.push(name);
  });
});
