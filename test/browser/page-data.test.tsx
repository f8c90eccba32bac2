/**
 * The page on real host data: each source is read on its own, so one bad source among 10,000 is
 * set aside and listed once while the other 9,999 show in every panel; an unknown field is
 * accepted and reported; the seed's figures are unchanged; `now` and the locale come from the
 * host as it gives them.
 */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fixtureInputs, generateDataSetInput } from '../../fixtures';
import { HEALTH_METRICS, IntegrationsSettingsPage, LocaleProvider } from '../../src';
import { SEED_NOW } from '../../src/domain/clock';
import { fr } from '../../src/locales/fr';
import { mountEachTest } from '../helpers/mount';
import { SEED_HEALTH } from '../helpers/seed-figures';
import { MS_PER, timeoutFor } from '../helpers/work';

const view = mountEachTest();
const render = view.render;

const page = (props: Record<string, unknown>) =>
  createElement(IntegrationsSettingsPage, { data: fixtureInputs.seed, now: SEED_NOW, userRole: 'admin', ...props });

/** The figure a health metric shows. */
const metric = (name: string) =>
  view.container.querySelector(`[data-panel="health"] [data-metric="${name}"] [data-figure]`)?.textContent;

/** The rows a panel's table has in all (its `aria-rowcount`, header row excluded). */
const rowCount = (panel: string) =>
  Number(view.container.querySelector(`[data-panel="${panel}"] table`)?.getAttribute('aria-rowcount')) - 1;

type RawSource = Record<string, unknown>;
type RawData = { profiles: unknown[]; sources: RawSource[] };

describe('the page reads each source on its own', () => {
  it('shows its loading placeholders, not an error, while the host has no data yet', () => {
    render(page({ data: undefined, state: 'loading' }));
    expect(view.container.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(view.container.querySelectorAll('[data-state="error"]')).toHaveLength(0);
    expect(view.container.querySelector('[data-panel="connected"]')?.textContent).toContain('Loading sources');
  });

  it(
    'shows 9,999 of 10,000 sources in every table when one has an empty label, and lists the bad one once',
    () => {
      const input = generateDataSetInput({ count: 10_000 }) as RawData;
      const bad = 4_321;
      input.sources[bad] = { ...(input.sources[bad] as RawSource), label: '  ' };
      render(page({ data: input }));
      expect(metric('total')).toBe('9999');
      expect(rowCount('connected')).toBe(9_999);
      expect(rowCount('sync')).toBe(9_999);
      expect(
        view.container.querySelector('[data-panel="connected"] [data-testid="source-table-count"]')?.textContent,
      ).toBe('9,999 of 9,999 sources');
      // The freshness table shows its first 25 rows and says how many more there are.
      const freshness = view.container.querySelector('[data-panel="freshness"]') as HTMLElement;
      expect(freshness.querySelectorAll('tbody tr')).toHaveLength(25);
      expect(freshness.textContent).toContain('9,974 not shown');
      const problems = view.container.querySelectorAll('[data-panel="problems"] li[data-kind]');
      expect([...problems].map((li) => li.getAttribute('data-index'))).toEqual([String(bad)]);
      expect(problems[0]?.textContent).toContain('Source label must not be empty');
      expect(view.container.querySelectorAll('[data-state="error"]')).toHaveLength(0);
    },
    timeoutFor(10_000, MS_PER.source),
  );

  it('accepts an unknown field, shows the source and reports the field once', () => {
    const input = structuredClone(fixtureInputs.seed) as RawData;
    input.sources[2] = { ...(input.sources[2] as RawSource), createdAt: '2026-01-01T00:00:00Z' };
    render(page({ data: input }));
    expect(metric('total')).toBe('10');
    expect(view.container.querySelector('[data-panel="sync"]')?.textContent).toContain('Google Ads France');
    const problems = view.container.querySelector('[data-panel="problems"]');
    expect(problems?.textContent).toContain('1 item has fields this page does not use; they were ignored.');
    expect(problems?.querySelector('details')?.textContent).toContain('sources[2]');
    expect(problems?.querySelector('details')?.textContent).toContain('createdAt');
    expect(problems?.querySelectorAll('li[data-kind]')).toHaveLength(0);
  });

  it('keeps the seed figures', () => {
    render(page({}));
    expect(Object.fromEntries(HEALTH_METRICS.map((m) => [m, metric(m)]))).toEqual(
      Object.fromEntries(HEALTH_METRICS.map((m) => [m, String(SEED_HEALTH[m])])),
    );
    expect(view.container.querySelector('[data-panel="problems"]')).toBeNull();
  });

  it('fails once, naming what is wrong, when the data has no sources array', () => {
    render(page({ data: { profiles: [] } }));
    const errors = view.container.querySelectorAll('[data-state="error"]');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.textContent).toContain('sources');
    expect(view.container.querySelector('[data-panel="connected"]')).toBeNull();
  });
});

describe('now, as the host gives it', () => {
  for (const now of ['2026-05-03', '03/05/2026', 'garbage']) {
    it(`"${now}" gives one error naming the prop, on the server too`, () => {
      const html = renderToString(page({ now }));
      expect(html).toContain('The current time given to the page is not valid');
      expect(html).toContain('now is not a valid instant');
      render(page({ now }));
      expect(view.container.querySelectorAll('[data-state="error"]')).toHaveLength(1);
      expect(view.container.querySelector('[data-panel="freshness"]')).toBeNull();
    });
  }
});

describe('language', () => {
  it("follows the host's LocaleProvider and its messages, with lang on the root", () => {
    render(createElement(LocaleProvider, { locale: 'fr', messages: fr }, page({})));
    const main = view.container.querySelector('main');
    expect(main?.getAttribute('lang')).toBe('fr');
    expect(view.container.querySelector('h1')?.textContent).toBe('Sources');
    expect(view.container.querySelector('main p')?.textContent).toBe(fr['page.subtitle']);
    expect(view.container.textContent).toContain('Données fictives.');
  });

  it("takes wording alone (messages without locale) over the outer provider's language", () => {
    render(
      createElement(
        LocaleProvider,
        { locale: 'fr', messages: fr },
        page({ messages: { 'page.title': 'Nos sources' } }),
      ),
    );
    expect(view.container.querySelector('h1')?.textContent).toBe('Nos sources');
    expect(view.container.querySelector('main')?.getAttribute('lang')).toBe('fr');
    expect(view.container.textContent).toContain('Données fictives.');
  });

  it("takes the host's wording from an outer LocaleProvider", () => {
    render(createElement(LocaleProvider, { messages: { 'page.title': 'Data sources' } }, page({})));
    expect(view.container.querySelector('h1')?.textContent).toBe('Data sources');
    expect(view.container.querySelector('main')?.getAttribute('lang')).toBe('en');
  });

  it('uses its own locale when given one, whatever the outer provider says', () => {
    render(createElement(LocaleProvider, { locale: 'fr', messages: fr }, page({ locale: 'en' })));
    expect(view.container.querySelector('main')?.getAttribute('lang')).toBe('en');
    expect(view.container.textContent).toContain('Mock data.');
  });
});

describe('announcements: only news', () => {
  const assertive = () => view.container.querySelectorAll('[role="alert"], [aria-live="assertive"]');

  it('says nothing assertive for the error the page renders with', () => {
    render(page({ now: 'garbage' }));
    expect(view.container.querySelectorAll('[data-panel="data"]')).toHaveLength(1);
    expect(assertive()).toHaveLength(0);
  });

  it('announces the error once when it replaces the data the page showed', () => {
    render(page({}));
    expect(assertive()).toHaveLength(0);
    render(page({ state: 'error', issues: [{ path: 'sources', message: 'The host could not load the sources' }] }));
    const alerts = assertive();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.getAttribute('data-panel')).toBe('data');
    expect(alerts[0]?.textContent).toContain('The host could not load the sources');
  });

  it('announces the error when it comes after loading', () => {
    render(page({ data: undefined, state: 'loading' }));
    render(page({ data: { profiles: [] } }));
    expect(assertive()).toHaveLength(1);
  });
});
