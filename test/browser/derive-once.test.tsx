/**
 * The page derives the analysis (statuses, freshness, flags, health counts) once per data and
 * instant, and hands it to every panel: none of them derives its own. Counted by spying on the
 * one derivation function, `analyse`, which every component reaches through the domain module.
 */
import { act, createElement } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureInputs, fixtures } from '../../fixtures';
import { HealthSummary, IntegrationsSettingsPage, NowProvider } from '../../src';
import { SEED_NOW } from '../../src/domain/clock';
import { analyse } from '../../src/domain/summary';
import { mountEachTest } from '../helpers/mount';

vi.mock('../../src/domain/summary', { spy: true });

const view = mountEachTest();
const render = view.render;

beforeEach(() => {
  vi.mocked(analyse).mockClear();
});

describe('the analysis is derived once', () => {
  it('once for the whole page (alerts, both source tables, health, freshness, quality), and not again for a filter', () => {
    render(createElement(IntegrationsSettingsPage, { data: fixtureInputs.seed, now: SEED_NOW, userRole: 'admin' }));
    expect(vi.mocked(analyse)).toHaveBeenCalledTimes(1);
    const expired = view.container.querySelector<HTMLButtonElement>(
      '[data-panel="health"] [data-metric="expired"] button',
    );
    expect(expired, 'the health summary has an "Expired" metric button').toBeTruthy();
    act(() => expired?.click());
    expect(
      view.container.querySelector('[data-panel="connected"] [data-testid="source-table-count"]')?.textContent,
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
    expect(view.container.querySelector('[data-metric="criticalIssues"]')?.textContent).toMatch(/3/);
  });
});
