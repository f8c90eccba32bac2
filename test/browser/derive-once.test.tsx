/**
 * The page derives the analysis (statuses, freshness, flags, health counts) once per data and
 * instant, and hands it to every panel: none of them derives its own. Counted by spying on the
 * one derivation function, `analyse`, which every component reaches through the domain module.
 */
import { act, createElement, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureInputs, fixtures } from '../../fixtures';
import { HealthSummary, IntegrationsSettingsPage, NowProvider } from '../../src';
import { SEED_NOW } from '../../src/domain/clock';
import { analyse } from '../../src/domain/summary';

vi.mock('../../src/domain/summary', { spy: true });

// Tells React that updates are wrapped in act() here, as in any test renderer.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let container: HTMLElement | null = null;

function render(node: ReactNode) {
  act(() => root?.render(node));
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  vi.mocked(analyse).mockClear();
});

afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
});

describe('the analysis is derived once', () => {
  it('once for the whole page (alerts, both source tables, health, freshness, quality), and not again for a filter', () => {
    render(createElement(IntegrationsSettingsPage, { data: fixtureInputs.seed, now: SEED_NOW, userRole: 'admin' }));
    expect(vi.mocked(analyse)).toHaveBeenCalledTimes(1);
    const expired = container?.querySelector<HTMLButtonElement>('[data-panel="health"] [data-metric="expired"] button');
    expect(expired, 'the health summary has an "Expired" metric button').toBeTruthy();
    act(() => expired?.click());
    expect(
      container?.querySelector('[data-panel="connected"] [data-testid="source-table-count"]')?.textContent,
    ).toMatch(/1/);
    expect(vi.mocked(analyse)).toHaveBeenCalledTimes(1);
  });

  it('again only when the data or the instant changes', () => {
    const page = (now: string) =>
      createElement(IntegrationsSettingsPage, { data: fixtureInputs.seed, now, userRole: 'admin' });
    render(page(SEED_NOW));
    render(page(SEED_NOW));
    expect(vi.mocked(analyse)).toHaveBeenCalledTimes(1);
    render(page('2026-05-04T06:10:00Z'));
    expect(vi.mocked(analyse)).toHaveBeenCalledTimes(2);
  });

  it('by a component on its own when no analysis is handed to it', () => {
    render(createElement(NowProvider, { now: SEED_NOW }, createElement(HealthSummary, { data: fixtures.seed })));
    expect(vi.mocked(analyse)).toHaveBeenCalledTimes(1);
    expect(container?.querySelector('[data-metric="criticalIssues"]')?.textContent).toMatch(/3/);
  });
});
