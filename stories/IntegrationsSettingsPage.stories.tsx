import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ComponentProps, type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { extendedChromaticModes } from '../.storybook/modes';
import { type fixtureInputs, generateDataSetInput } from '../fixtures';
import { IntegrationsSettingsPage } from '../src/components/IntegrationsSettingsPage';
import { HEALTH_METRICS, type HealthMetric, SEED_NOW } from '../src/domain';
import { ENGLISH_TERMS } from '../src/i18n/glossary';
import { focusRing, vars } from '../src/theme';
import { captureConsole, describeHits, findCanary } from '../test/helpers/canary';
import { SEED_FRESHNESS, SEED_HEALTH } from '../test/helpers/seed-figures';
import { clockControl, instantArg, rawFixtureControl, userRoleControl } from './support/controls';
import { copyOf } from './support/copy';
import { onlyOne } from './support/dom';
import { expectStates, StatesAtAGlance, stateNamed } from './support/glance';

const meta = {
  title: 'Pages/IntegrationsSettingsPage',
  component: IntegrationsSettingsPage,
  tags: ['extended-modes'],
  args: {
    // A fixture by name: `argTypes.data.mapping` hands the page its raw input.
    data: 'seed',
    now: SEED_NOW,
    userRole: 'admin',
    credentials: {
      clientId: { isSet: true, setAt: '2026-04-28T09:12:00Z', setBy: 'Camille' },
      clientSecret: { isSet: true, setAt: '2026-04-28T09:12:00Z' },
    },
    onSubmitCredential: fn(),
    onPreviewAction: fn(),
    onExport: fn(),
    onPanelError: fn(),
  },
  // The fixture, the role and the clock are controls; the locale and theme are the toolbar's.
  argTypes: { data: rawFixtureControl, userRole: userRoleControl, now: clockControl },
  // The page has no `locale` of its own here: it follows the LocaleProvider of the toolbar's (or
  // the mode's) locale around every story, as it follows a host's.
  render: (args) => <IntegrationsSettingsPage {...args} now={instantArg(args.now)} />,
  parameters: {
    layout: 'fullscreen',
    chromatic: { modes: extendedChromaticModes },
    docs: {
      description: {
        component:
          'The Sources / Integrations settings page, action first. From the top: the page title (role, Export), the legacy-route and mock-data notices, "Data problems" when some of the host\'s data was set aside, **Source health** as one line of metrics (critical issues first; choosing one filters the connected sources, brings the table into view and focuses it; choosing it again clears it), **Needs attention** (every open flag, most severe first, each with "View source"), **Connected sources** (the sources needing action first), **Source sync status**, **Data freshness**, **Data quality alerts**, then **Shopify credentials** and **Guardrails (V1)**. Data comes in raw and is read item by item: a bad source is set aside and listed once, every valid one shows everywhere. Each panel has its own error boundary. The V1 guardrails are proven by the play functions of these stories (see "Guardrails (V1)").',
      },
    },
  },
} satisfies Meta<typeof IntegrationsSettingsPage>;

export default meta;
type Story = StoryObj<typeof meta>;

const FORBIDDEN_FEATURES = /\bMER\b|multi-?touch|attribution|\bFX\b|exchange rate|saved views?/i;
const DELETE_CONTROL = /delete|remove|supprimer|effacer/i;

/** The text of `root`, one text node at a time joined by spaces (textContent runs words together: "MERYour"). */
function wordsOf(root: Node): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  return parts.join(' ');
}

/** Every control a person can operate inside `root`. */
function controlsOf(root: HTMLElement): HTMLElement[] {
  const canvas = within(root);
  return (['button', 'link', 'tab', 'menuitem', 'checkbox', 'combobox'] as const).flatMap((role) =>
    canvas.queryAllByRole(role),
  );
}

/** Stories whose picture is the Seed story's: their screenshot would only duplicate it. */
const SAME_PICTURE_AS_SEED = { chromatic: { disableSnapshot: true } };

/** The rows (after the header) of the table in a panel. */
function rowsOf(canvasElement: HTMLElement, panel: string): HTMLElement[] {
  const section = canvasElement.querySelector(`[data-panel="${panel}"]`);
  if (!section) throw new Error(`no panel ${panel}`);
  return within(section as HTMLElement)
    .getAllByRole('row')
    .slice(1);
}

/** The row of a panel's table whose row header (the source) is `label`. */
function rowOf(canvasElement: HTMLElement, panel: string, label: string): HTMLElement {
  const row = rowsOf(canvasElement, panel).find((r) => r.textContent?.includes(label));
  if (!row) throw new Error(`no row for ${label} in ${panel}`);
  return row;
}

/** The figure a health metric shows (the compact summary: name, then figure). */
function metricOf(canvasElement: HTMLElement, metric: HealthMetric): string {
  const item = canvasElement.querySelector(`[data-panel="health"] [data-metric="${metric}"]`);
  if (!item) throw new Error(`no health metric ${metric}`);
  return item.querySelector('[data-figure]')?.textContent?.trim() ?? '';
}

/** The seed page's figures: health counts, freshness, six open flags, sync statuses. */
export const Seed: Story = {
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const canvas = within(canvasElement);
    // Health counts, derived, each beside its name.
    const health = Object.fromEntries(HEALTH_METRICS.map((m) => [m, metricOf(canvasElement, m)]));
    await expect(health).toEqual(Object.fromEntries(HEALTH_METRICS.map((m) => [m, String(SEED_HEALTH[m])])));
    for (const m of HEALTH_METRICS) {
      await expect(canvasElement.querySelector(`[data-metric="${m}"]`)).toHaveTextContent(t(`health.metric.${m}`));
    }
    // Freshness as the seed's "Data Freshness" table.
    const freshness = rowsOf(canvasElement, 'freshness').map(
      (row) =>
        [
          within(row).getByRole('rowheader').textContent?.trim(),
          row.querySelector('[data-vocabulary="freshness"]')?.getAttribute('data-status'),
        ] as const,
    );
    // (in the page's order: the sources needing action first)
    await expect(new Map(freshness)).toEqual(new Map(SEED_FRESHNESS.map(([label, state]) => [label, state])));
    // Six open flags, in the alerts and in the quality table.
    const alerts = canvasElement.querySelector('[data-panel="alerts"]') as HTMLElement;
    await expect(within(alerts).getAllByRole('listitem')).toHaveLength(6);
    await expect(rowsOf(canvasElement, 'quality')).toHaveLength(6);
    // Sync statuses.
    await expect(rowOf(canvasElement, 'sync', 'TikTok Ads France')).toHaveTextContent(
      t('syncStatus.CONNECTED_DISABLED'),
    );
    await expect(rowOf(canvasElement, 'sync', 'Shopify Espagne')).toHaveTextContent(t('syncStatus.EXPIRED'));
    await expect(rowOf(canvasElement, 'sync', 'Google Ads Suisse')).toHaveTextContent(
      t('syncStatus.PERMISSION_MISSING'),
    );
    // Every status badge of both source tables is whole inside its cell (none cut at its end).
    for (const panel of ['connected', 'sync']) {
      for (const badge of canvasElement.querySelectorAll<HTMLElement>(
        `[data-panel="${panel}"] td [data-vocabulary="syncStatus"]`,
      )) {
        // A badge is at most as wide as its cell; a cut one has more text than box.
        await expect(badge.scrollWidth, badge.textContent ?? '').toBeLessThanOrEqual(badge.clientWidth);
      }
    }
    // A one-word badge (severity, freshness) is never broken inside its word, in any table, at any width.
    for (const badge of canvasElement.querySelectorAll<HTMLElement>(
      'td [data-vocabulary="severity"], td [data-vocabulary="freshness"]',
    )) {
      const words = badge.textContent?.trim() ?? '';
      if (/\s/.test(words)) continue;
      // The line boxes of its words (its icon left out).
      const lines = new Set<number>();
      const walker = document.createTreeWalker(badge, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) lines.add(Math.round(rect.top));
      }
      await expect(lines.size, words).toBe(1);
    }
    // "Data may be outdated" on every panel whose sources include a stale one (GA4 Suisse).
    for (const panel of ['health', 'alerts', 'connected', 'sync', 'freshness', 'quality']) {
      const section = canvasElement.querySelector(`[data-panel="${panel}"]`) as HTMLElement;
      await expect(within(section).getByText(t('common.dataMayBeOutdated'))).toBeVisible();
    }
    await expect(canvas.getByRole('main')).toHaveAttribute('lang', copyOf(globals).locale);
  },
};

/** Guardrail 1 — mock only: the notice is visible (the test setup fails any story that uses the network or storage). */
export const GuardrailMockOnly: Story = {
  name: 'Guardrail 1: mock data only',
  parameters: SAME_PICTURE_AS_SEED,
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const notice = within(canvasElement).getByRole('note', { name: t('page.mock.title') });
    await expect(notice).toBeVisible();
    await expect(notice).toHaveTextContent(t('page.mock.body'));
  },
};

const CANARY = 'canary-PAGE-SECRET-91c2';

/** Guardrail 2 — no secrets: a typed secret reaches the callback once and is then nowhere. */
export const GuardrailNoSecrets: Story = {
  name: 'Guardrail 2: no secrets',
  play: async ({ args, canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const canvas = within(canvasElement);
    const secret = t('credentials.shopify.clientSecret');
    const capture = captureConsole();
    try {
      await userEvent.click(canvas.getByRole('button', { name: new RegExp(`${t('credentials.replace')} ${secret}`) }));
      await userEvent.type(canvas.getByLabelText(secret), CANARY);
      await userEvent.click(canvas.getByRole('button', { name: `${t('credentials.save')} ${secret}` }));
    } finally {
      capture.restore();
    }
    await expect(args.onSubmitCredential).toHaveBeenCalledTimes(1);
    await expect(args.onSubmitCredential).toHaveBeenCalledWith('clientSecret', CANARY);
    const hits = findCanary(CANARY, { root: document, args, console: capture.calls });
    await expect(hits, describeHits(hits)).toEqual([]);
  },
};

/** Guardrail 3 — scope: TikTok Ads inactive; no MER, multi-touch, FX or Saved Views anywhere in the UI. */
export const GuardrailScope: Story = {
  name: 'Guardrail 3: TikTok inactive, out-of-scope features absent',
  parameters: SAME_PICTURE_AS_SEED,
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    await expect(rowOf(canvasElement, 'sync', 'TikTok Ads France')).toHaveTextContent(
      t('syncStatus.CONNECTED_DISABLED'),
    );
    await expect(rowOf(canvasElement, 'freshness', 'TikTok Ads France')).toHaveTextContent(t('freshness.UNKNOWN'));
    // Only the guardrails list itself may name them (to say they are absent).
    const ui = canvasElement.cloneNode(true) as HTMLElement;
    ui.querySelector('[data-panel="guardrails"]')?.remove();
    await expect(wordsOf(ui)).not.toMatch(FORBIDDEN_FEATURES);
    for (const control of controlsOf(canvasElement)) {
      await expect(wordsOf(control)).not.toMatch(FORBIDDEN_FEATURES);
    }
  },
};

/** Guardrail 4 — export: admin and editor have it and it calls back; a viewer has none. */
export const GuardrailExport: Story = {
  name: 'Guardrail 4: export for admin and editor only',
  play: async ({ args, canvasElement, globals }) => {
    const { t } = copyOf(globals);
    await userEvent.click(within(canvasElement).getByRole('button', { name: t('page.export') }));
    await expect(args.onExport).toHaveBeenCalledTimes(1);
  },
};

export const Editor: Story = {
  args: { userRole: 'editor' },
  play: async ({ args, canvasElement, globals }) => {
    const { t } = copyOf(globals);
    await expect(within(canvasElement).getByText(t('page.roleLabel', { role: t('role.editor') }))).toBeVisible();
    await userEvent.click(within(canvasElement).getByRole('button', { name: t('page.export') }));
    await expect(args.onExport).toHaveBeenCalledTimes(1);
  },
};

export const Viewer: Story = {
  args: { userRole: 'viewer' },
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByText(t('page.roleLabel', { role: t('role.viewer') }))).toBeVisible();
    await expect(canvas.queryByRole('button', { name: t('page.export') })).toBeNull();
    await expect(controlsOf(canvasElement).filter((c) => /export/i.test(c.textContent ?? ''))).toEqual([]);
    // The credentials say why they cannot be changed, in each field, instead of disabled controls.
    const credentials = canvasElement.querySelector('[data-component="shopify-credentials"]') as HTMLElement;
    await expect(within(credentials).getAllByText(t('credentials.shopify.viewerReason'))).toHaveLength(2);
    await expect(credentials.querySelectorAll('input, button, :disabled, [aria-disabled="true"]')).toHaveLength(0);
  },
};

/** Guardrail 5 — every row and alert names its source; freshness and quality warnings are visible and not dismissible. */
export const GuardrailLabelsAndWarnings: Story = {
  name: 'Guardrail 5: sources named, freshness and warnings visible',
  parameters: SAME_PICTURE_AS_SEED,
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    for (const panel of ['connected', 'sync', 'freshness', 'quality']) {
      const rows = rowsOf(canvasElement, panel);
      await expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        // The first cell of every row is the source's label.
        await expect(row.querySelector('th, td')?.textContent?.trim()).toMatch(/\S/);
      }
    }
    const alerts = canvasElement.querySelector('[data-panel="alerts"]') as HTMLElement;
    const sourcePrefix = t('alerts.source', { label: '' });
    for (const item of within(alerts).getAllByRole('listitem')) {
      const line = [...item.querySelectorAll('p')]
        .map((p) => (p.textContent ?? '').replace(/\s/g, ' '))
        .find((p) => p.startsWith(sourcePrefix));
      await expect(line?.slice(sourcePrefix.length).trim()).toMatch(/\S/);
    }
    // Not dismissible: the only control of a banner is "View source".
    for (const button of within(alerts).getAllByRole('button')) {
      await expect(button).toHaveTextContent(t('alerts.viewSource'));
    }
    const freshness = canvasElement.querySelector('[data-panel="freshness"]') as HTMLElement;
    await expect(within(freshness).getByRole('columnheader', { name: t('freshnessTable.freshness') })).toBeVisible();
    await expect(within(canvasElement).getByRole('heading', { name: t('quality.title') })).toBeVisible();
  },
};

/** Guardrail 6 — preview actions start no job; no delete control anywhere on the page. */
export const GuardrailPreviewOnly: Story = {
  name: 'Guardrail 6: preview-only actions, no delete',
  play: async ({ args, canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const canvas = within(canvasElement);
    for (const control of controlsOf(canvasElement)) {
      await expect(control.textContent ?? '').not.toMatch(DELETE_CONTROL);
      await expect(control.getAttribute('aria-label') ?? '').not.toMatch(DELETE_CONTROL);
    }
    await userEvent.click(canvas.getByRole('button', { name: `${t('sourceTable.viewDetails')} Google Ads Suisse` }));
    const dialog = await within(document.body).findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: t('sourceTable.action.reconnect') }));
    await expect(args.onPreviewAction).toHaveBeenCalledWith('google-ads-ch', 'reconnect');
    await expect(
      within(dialog).getByText(t('sourceTable.detail.previewDone', { action: t('sourceTable.action.reconnect') })),
    ).toBeVisible();
    for (const control of within(dialog).getAllByRole('button')) {
      await expect(control.textContent ?? '').not.toMatch(DELETE_CONTROL);
    }
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).toBeNull());
  },
};

/** The announcer of the connected sources table: its one polite live region. */
function announcerOf(canvasElement: HTMLElement): HTMLElement {
  return onlyOne(canvasElement, '[data-panel="connected"] section > [aria-live="polite"]', 'announcers');
}

/**
 * Action first: the health metrics and what needs attention come before the tables; the sources
 * needing action lead the table; a metric filters the table, brings it into view, focuses it and
 * says the result; choosing it again clears it.
 */
export const ActionFirst: Story = {
  name: 'Action first: a metric filters, focuses and announces',
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const canvas = within(canvasElement);
    // The order of the page: summary, alerts, then the tables, credentials and guardrails last.
    const order = [...canvasElement.querySelectorAll('[data-panel]')].map((p) => p.getAttribute('data-panel'));
    await expect(order).toEqual([
      'legacy',
      'mock',
      'health',
      'alerts',
      'connected',
      'sync',
      'freshness',
      'quality',
      'credentials',
      'guardrails',
    ]);
    // Critical issues is the first metric; the first rows are the three sources with a critical flag.
    await expect(canvasElement.querySelector('[data-panel="health"] li')).toHaveAttribute(
      'data-metric',
      'criticalIssues',
    );
    const firstRows = rowsOf(canvasElement, 'connected')
      .slice(0, 3)
      .map((row) => row.querySelector('th, td')?.textContent?.trim());
    await expect(firstRows).toEqual(['Google Ads Suisse', 'Meta Ads Suisse', 'Shopify Espagne']);

    const expired = canvas.getByRole('button', { name: new RegExp(t('health.metric.expired')) });
    await userEvent.click(expired);
    await expect(expired).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(rowsOf(canvasElement, 'connected')).toHaveLength(1));
    await expect(rowsOf(canvasElement, 'connected')[0]).toHaveTextContent('Shopify Espagne');
    // Focus moved to the table (a grid named by its heading), on its one tab stop: the first
    // row's source. The result is said.
    const connected = canvasElement.querySelector('[data-panel="connected"]') as HTMLElement;
    const grid = within(connected).getByRole('grid', { name: t('sourceTable.connections.title') });
    const firstSource = within(grid).getByRole('rowheader', { name: 'Shopify Espagne' });
    await waitFor(() => expect(firstSource).toHaveFocus());
    await expect(firstSource).toHaveAttribute('tabindex', '0');
    await expect(announcerOf(canvasElement)).toHaveTextContent(
      t('sourceTable.metricCount', {
        table: t('sourceTable.connections.title'),
        metric: t('health.metric.expired'),
        count: t('sourceTable.count', { count: 1, total: 10 }),
      }),
    );
    // The sync status table follows the metric too, and says so with the same chip and count.
    await expect(rowsOf(canvasElement, 'sync')).toHaveLength(1);
    const sync = canvasElement.querySelector('[data-panel="sync"]') as HTMLElement;
    await expect(within(sync).getByRole('button', { name: new RegExp(t('health.metric.expired')) })).toHaveAttribute(
      'data-state',
      'metric',
    );
    await expect(within(sync).getByTestId('source-table-count')).toHaveTextContent(
      t('sourceTable.count', { count: 1, total: 10 }),
    );
    // The table is in view.
    const box = grid.getBoundingClientRect();
    await expect(box.top).toBeLessThan(window.innerHeight);
    await expect(box.bottom).toBeGreaterThan(0);
    // Choosing the metric again, from the keyboard, clears the filter.
    expired.focus();
    await userEvent.keyboard('{Enter}');
    await expect(expired).toHaveAttribute('aria-pressed', 'false');
    await waitFor(() => expect(rowsOf(canvasElement, 'connected')).toHaveLength(10));
    await expect(rowsOf(canvasElement, 'sync')).toHaveLength(10);
    await expect(within(sync).queryByTestId('source-table-count')).toBeNull();
    await expect(expired).toHaveFocus();
    // Leave the page at its top for the screenshot.
    window.scrollTo(0, 0);
  },
};

/** Every alert offers "View source": it opens that source's detail panel; closing it returns focus to the alert. */
export const ViewSourceFromAlert: Story = {
  name: 'Alert: View source opens the source',
  parameters: SAME_PICTURE_AS_SEED,
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const alerts = canvasElement.querySelector('[data-panel="alerts"]') as HTMLElement;
    await expect(within(alerts).getAllByRole('button', { name: new RegExp(t('alerts.viewSource')) })).toHaveLength(6);
    const view = within(alerts).getByRole('button', { name: `${t('alerts.viewSource')} Shopify Espagne` });
    await userEvent.click(view);
    const dialog = await within(document.body).findByRole('dialog');
    await expect(within(dialog).getByRole('heading', { name: /Shopify Espagne/ })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(view).toHaveFocus());
    // A browser that does not focus a clicked button (Safari): focus goes to the source's row instead of `<body>`.
    view.blur();
    view.click();
    await within(document.body).findByRole('dialog');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).toBeNull());
    const connected = canvasElement.querySelector('[data-panel="connected"]') as HTMLElement;
    await waitFor(() =>
      expect(
        within(connected).getByRole('button', { name: `${t('sourceTable.viewDetails')} Shopify Espagne` }),
      ).toHaveFocus(),
    );
  },
};

/** The page's product content can be hidden: no legacy notice, mock-data notice, credentials or guardrails. */
export const Hidden: Story = {
  name: 'Composable: notices, credentials and guardrails hidden',
  args: { mockDataNotice: false, guardrails: false, legacyNotice: false, credentials: false },
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const canvas = within(canvasElement);
    for (const panel of ['legacy', 'mock', 'credentials', 'guardrails']) {
      await expect(canvasElement.querySelector(`[data-panel="${panel}"]`)).toBeNull();
    }
    await expect(canvas.queryByRole('note')).toBeNull();
    await expect(canvas.queryByRole('heading', { name: t('credentials.shopify.title') })).toBeNull();
    await expect(canvas.getByRole('heading', { name: t('sourceTable.connections.title') })).toBeVisible();
  },
};

/** The host's own words for the mock-data notice, the guardrails and the legacy notice's link and references. */
export const Reworded: Story = {
  name: 'Composable: reworded, inside a host page (region, level 2)',
  args: {
    as: 'section',
    headingLevel: 2,
    mockDataNotice: { title: 'Demo workspace.', body: 'Every figure here is sample data.' },
    guardrails: { title: 'What this page never does', items: ['No live connector', 'No secret is shown'] },
    legacyNotice: { href: '/admin/sources', tickets: ['OPS-7'] },
  },
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const canvas = within(canvasElement);
    // Inside a host page: a region named by the title, no second <main>, headings one level lower.
    await expect(canvas.queryByRole('main')).toBeNull();
    const root = canvas.getByRole('region', { name: t('page.title') });
    await expect(root).toHaveAttribute('lang', copyOf(globals).locale);
    await expect(canvas.getByRole('heading', { name: t('page.title'), level: 2 })).toBeVisible();
    await expect(canvas.getByRole('heading', { name: t('sourceTable.connections.title'), level: 3 })).toBeVisible();
    await expect(canvas.getByRole('note', { name: 'Demo workspace.' })).toHaveTextContent(
      'Every figure here is sample data.',
    );
    const guardrails = canvas.getByRole('heading', { name: 'What this page never does' }).closest('section');
    await expect(
      within(guardrails as HTMLElement)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['No live connector', 'No secret is shown']);
    const legacy = canvasElement.querySelector('[data-panel="legacy"]') as HTMLElement;
    await expect(within(legacy).getByRole('link')).toHaveAttribute('href', '/admin/sources');
    await expect(legacy).toHaveTextContent('OPS-7');
  },
};

/** Export: only with the host's `onExport` and a role that allows it; the host drives busy and done. */
export const ExportStates: Story = {
  name: 'Export: busy',
  args: { exportState: 'busy' },
  parameters: SAME_PICTURE_AS_SEED,
  play: async ({ args, canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: t('page.exportBusy') });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    await expect(args.onExport).not.toHaveBeenCalled();
  },
};

export const ExportDone: Story = {
  name: 'Export: done',
  args: { exportState: 'done' },
  parameters: SAME_PICTURE_AS_SEED,
  play: async ({ args, canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByText(t('page.exportDone')).closest('[role="status"]')).not.toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: t('page.export') }));
    await expect(args.onExport).toHaveBeenCalledTimes(1);
  },
};

/** No `onExport`: no Export button, even for an admin (there would be nothing to do). */
export const NoExportCallback: Story = {
  name: 'Export: hidden without onExport',
  args: { onExport: undefined },
  parameters: SAME_PICTURE_AS_SEED,
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    await expect(within(canvasElement).queryByRole('button', { name: t('page.export') })).toBeNull();
  },
};

const seedInput = rawFixtureControl.mapping.seed as { profiles: unknown[]; sources: Array<Record<string, unknown>> };

/**
 * Severity that escalates: GA4 Suisse, 3 days without a sync, has an error window of 48 h, so its
 * freshness shows OVERDUE (critical) and its stale flag is critical; the legacy route's sunset has
 * passed, so its notice is a warning with a primary link; the expired source's detail panel offers
 * Reconnect first and Disconnect as destructive; no credential is stored, so read_orders is not granted.
 */
export const SeverityEscalates: Story = {
  name: 'Severity escalates: overdue, after sunset, reconnect first',
  args: {
    data: {
      ...seedInput,
      sources: seedInput.sources.map((source) =>
        source.label === 'GA4 Suisse'
          ? { ...source, freshnessWindow: { warnAfterHours: 24, errorAfterHours: 48 } }
          : source,
      ),
    },
    legacyNotice: { sunsetAt: '2026-04-30T00:00:00Z' },
    credentials: {},
  },
  play: async ({ args, canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const canvas = within(canvasElement);
    const overdue = rowOf(canvasElement, 'freshness', 'GA4 Suisse').querySelector('[data-vocabulary="freshness"]');
    await expect(overdue).toHaveAttribute('data-status', 'OVERDUE');
    await expect(overdue).toHaveAttribute('data-tone', 'critical');
    await expect(rowOf(canvasElement, 'freshness', 'GA4 Suisse')).toHaveTextContent(t('freshness.OVERDUE'));
    const stale = rowOf(canvasElement, 'quality', 'GA4 Suisse');
    await expect(stale.querySelector('[data-vocabulary="severity"]')).toHaveAttribute('data-status', 'critical');
    await expect(metricOf(canvasElement, 'criticalIssues')).toBe('4');
    // The legacy notice after its sunset: a warning with a primary link to the new page.
    const legacy = canvasElement.querySelector('[data-panel="legacy"] [data-state]') as HTMLElement;
    await expect(legacy).toHaveAttribute('data-state', 'after');
    await expect(legacy).toHaveAttribute('data-tone', 'caution');
    await expect(within(legacy).getByRole('link', { name: t('legacy.goToNewPage') })).toHaveAttribute(
      'href',
      '/settings/integrations',
    );
    // No credential stored: read_orders is not granted.
    const credentials = canvasElement.querySelector('[data-panel="credentials"]') as HTMLElement;
    await expect(credentials).toHaveTextContent(t('credentials.scope.notGranted'));
    // The expired source: Reconnect first and primary, Disconnect last and destructive; preview only.
    await userEvent.click(canvas.getByRole('button', { name: `${t('sourceTable.viewDetails')} Shopify Espagne` }));
    const dialog = await within(document.body).findByRole('dialog');
    const actions = within(dialog)
      .getAllByRole('button')
      .filter((button) => button.hasAttribute('data-action'));
    await expect(actions.map((button) => button.getAttribute('data-action'))).toEqual([
      'reconnect',
      'sync',
      'disconnect',
    ]);
    await expect(actions.map((button) => button.getAttribute('data-variant'))).toEqual([
      'primary',
      'secondary',
      'danger',
    ]);
    await userEvent.click(actions[0] as HTMLElement);
    await expect(args.onPreviewAction).toHaveBeenCalledWith('shopify-es', 'reconnect');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).toBeNull());
  },
};

export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('note', { name: 'Données fictives.' })).toBeVisible();
    await expect(canvas.getByText(/Cette page devient/)).toBeVisible();
    await expect(rowOf(canvasElement, 'sync', 'TikTok Ads France')).toHaveTextContent('Connectée (désactivée)');
    await expect(canvas.getByRole('button', { name: 'Exporter' })).toBeVisible();
  },
};

export const AllHealthy: Story = {
  name: 'All healthy',
  args: { data: 'allHealthy' },
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const canvas = within(canvasElement);
    // Said plainly, at the top, with its shape.
    const health = canvasElement.querySelector('[data-panel="health"]') as HTMLElement;
    await expect(within(health).getByText(t('health.allHealthy'))).toBeVisible();
    await expect(canvas.getAllByText(t('alerts.empty')).length).toBeGreaterThanOrEqual(1);
    await expect(canvas.queryByText(t('common.dataMayBeOutdated'))).toBeNull();
  },
};

export const EverythingBroken: Story = {
  name: 'Everything broken',
  args: { data: 'everythingBroken' },
  play: async ({ canvasElement, globals }) => {
    const alerts = canvasElement.querySelector('[data-panel="alerts"]') as HTMLElement;
    await expect(alerts.querySelectorAll('[data-severity]').length).toBeGreaterThanOrEqual(10);
    await expect(metricOf(canvasElement, 'criticalIssues')).toBe('8');
    await expect(within(canvasElement).queryByText(copyOf(globals).t('health.allHealthy'))).toBeNull();
  },
};

/**
 * Invalid data: the bad sources are set aside and listed once, in the page's language, with the
 * technical details behind a disclosure; the valid source shows in every panel.
 */
export const InvalidData: Story = {
  name: 'Invalid data: bad sources set aside, the valid one shown',
  args: { data: 'invalid' },
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const canvas = within(canvasElement);
    const problems = canvas.getByRole('region', { name: t('page.problems.title') });
    await expect(problems).toHaveTextContent(t('page.problems.setAside', { count: 3 }));
    const items = [...problems.querySelectorAll('li[data-kind="source"]')];
    await expect(items.map((li) => li.getAttribute('data-index'))).toEqual(['1', '2', '3']);
    await expect(items[0]).toHaveTextContent(t('dataIssue.label_empty'));
    // The field paths are technical details, closed at first.
    const details = problems.querySelector('details') as HTMLDetailsElement;
    await expect(details.open).toBe(false);
    await userEvent.click(within(problems).getByText(t('page.problems.details')));
    await expect(details.open).toBe(true);
    (document.activeElement as HTMLElement | null)?.blur();
    await expect(details).toHaveTextContent('sources[1].label');
    await expect(details).toHaveTextContent('sources[2].platform');
    // The one valid source shows everywhere, and no data panel is an error.
    for (const panel of ['connected', 'sync', 'freshness']) {
      await expect(rowsOf(canvasElement, panel)).toHaveLength(1);
      await expect(rowsOf(canvasElement, panel)[0]).toHaveTextContent('Shopify France');
    }
    await expect(metricOf(canvasElement, 'total')).toBe('1');
    // Its one source has no flag, but the page does not call that "all healthy" beside three set aside.
    await expect(canvas.queryByText(t('health.allHealthy'))).toBeNull();
    await expect(canvasElement.querySelector('[data-state="error"]')).toBeNull();
    await expect(canvas.getByRole('note', { name: t('page.mock.title') })).toBeVisible();
  },
};

/** One extra field on one source is accepted and reported; the source is shown. */
export const UnknownField: Story = {
  name: 'Unknown field: accepted and reported',
  args: {
    data: {
      ...(rawFixtureControl.mapping.seed as { profiles: unknown[]; sources: Array<Record<string, unknown>> }),
      sources: (rawFixtureControl.mapping.seed as { sources: Array<Record<string, unknown>> }).sources.map(
        (source, index) => (index === 2 ? { ...source, createdAt: '2026-01-01T00:00:00Z' } : source),
      ),
    },
  },
  parameters: SAME_PICTURE_AS_SEED,
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const problems = within(canvasElement).getByRole('region', { name: t('page.problems.title') });
    await expect(problems).toHaveTextContent(t('page.problems.warnings', { count: 1 }));
    await expect(problems.querySelector('details')).toHaveTextContent('createdAt');
    await expect(metricOf(canvasElement, 'total')).toBe('10');
    await expect(rowOf(canvasElement, 'sync', 'Google Ads France')).toBeVisible();
  },
};

/** `now` that is not an instant: one error naming the prop, instead of silently judging every source fresh. */
export const InvalidNow: Story = {
  name: 'Invalid now: one error naming the prop',
  args: { now: '2026-05-03' },
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const canvas = within(canvasElement);
    const error = canvasElement.querySelector('[data-panel="data"]') as HTMLElement;
    await expect(error).toHaveTextContent(t('page.nowError'));
    await expect(error).toHaveTextContent('now');
    await expect(error).toHaveTextContent('2026-05-03');
    await expect(canvasElement.querySelectorAll('[data-state="error"]')).toHaveLength(1);
    await expect(canvas.queryByRole('button', { name: t('page.export') })).toBeNull();
    for (const panel of ['health', 'alerts', 'connected', 'sync', 'freshness', 'quality']) {
      await expect(canvasElement.querySelector(`[data-panel="${panel}"]`)).toBeNull();
    }
    await expect(canvas.getByRole('note', { name: t('page.mock.title') })).toBeVisible();
  },
};

/** Data of no usable shape (no sources array): the page says so once. */
export const UnusableData: Story = {
  name: 'Unusable data: one error',
  args: { data: { profiles: [], items: [] } },
  parameters: SAME_PICTURE_AS_SEED,
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const error = canvasElement.querySelector('[data-panel="data"]') as HTMLElement;
    await expect(error).toHaveTextContent(t('page.dataError'));
    await expect(error).toHaveTextContent('sources');
    await expect(canvasElement.querySelectorAll('[data-state="error"]')).toHaveLength(1);
  },
};

/** No source yet: the page offers "Connect a source" (admin and editor) and every count reads zero. */
export const Empty: Story = {
  name: 'Empty (no sources): Connect a source',
  args: { data: 'empty', onConnectSource: fn() },
  play: async ({ args, canvasElement, globals }) => {
    const { t } = copyOf(globals);
    await expect(metricOf(canvasElement, 'total')).toBe('0');
    await expect(within(canvasElement).getAllByText(t('alerts.empty')).length).toBeGreaterThanOrEqual(1);
    await userEvent.click(within(canvasElement).getByRole('button', { name: t('page.connectSource') }));
    await expect(args.onConnectSource).toHaveBeenCalledTimes(1);
  },
};

/** Loading, before the host has any data: every panel's placeholders, no error. */
export const Loading: Story = {
  args: { state: 'loading', data: undefined },
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    await expect(within(canvasElement).getByRole('main')).toHaveAttribute('aria-busy', 'true');
    // Both source tables say so.
    await expect(within(canvasElement).getAllByText(t('sourceTable.loading'))).toHaveLength(2);
    await expect(canvasElement.querySelector('[data-state="error"]')).toBeNull();
    await expect(canvasElement.querySelector('[data-panel="data"]')).toBeNull();
  },
};

const thousand = generateDataSetInput({ count: 1000 });

export const Sources1000: Story = {
  name: '1,000 sources',
  args: { data: thousand },
  play: async ({ canvasElement }) => {
    await expect(metricOf(canvasElement, 'total')).toBe('1000');
    // The connected sources table renders only what is in view.
    await expect(rowsOf(canvasElement, 'connected').length).toBeLessThan(100);
  },
};

export const Narrow: Story = {
  name: 'Narrow (360 px)',
  // The narrow viewport of the visual modes (.storybook/modes.ts): this story is that mode's own picture.
  globals: { viewport: { value: 'narrow', isRotated: false } },
  play: async ({ canvasElement, globals }) => {
    await expect(document.documentElement.clientWidth).toBe(360);
    // Nothing forces the page wider than the screen; wide tables scroll inside their own region.
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(360);
    await expect(
      within(canvasElement).getByRole('heading', { name: copyOf(globals).t('page.title'), level: 1 }),
    ).toBeVisible();
  },
};

/**
 * A crash inside one panel (here the host's link renderer throws) names that panel; it is not called
 * a data problem. It happens while the page first renders: not news, so it is not announced, and the
 * panel keeps its place in the outline (a heading at its level, naming it, and a region named by it).
 */
export const PanelCrash: Story = {
  name: 'A panel crashes',
  args: {
    legacyNotice: {
      renderLink: () => {
        throw new Error('router not ready');
      },
    },
  },
  play: async ({ args, canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const canvas = within(canvasElement);
    const legacy = canvasElement.querySelector('[data-panel="legacy"]') as HTMLElement;
    const crash = within(legacy).getByRole('region', { name: t('legacy.label') });
    await expect(within(crash).getByRole('heading', { level: 2, name: t('legacy.label') })).toBeVisible();
    await expect(within(canvasElement).queryAllByRole('alert')).toHaveLength(0);
    await expect(crash).toHaveTextContent(t('page.panelError', { panel: t('legacy.label') }));
    await expect(crash).toHaveTextContent('router not ready');
    await expect(crash).not.toHaveTextContent(t('common.invalidData'));
    await expect(args.onPanelError).toHaveBeenCalledWith('legacy', expect.any(Error));
    await expect(canvas.getByRole('note', { name: t('page.mock.title') })).toBeVisible();
    await expect(canvas.getByRole('heading', { name: t('health.title') })).toBeVisible();
    await expect(metricOf(canvasElement, 'criticalIssues')).toBe('3');
  },
};

/** The page's data states, by the `data` control's names (and `state="loading"`). */
const GLANCE: Array<{ name: string; data: keyof typeof fixtureInputs | 'invalid'; loading?: boolean }> = [
  { name: 'fixture: seed', data: 'seed' },
  { name: 'fixture: everythingBroken', data: 'everythingBroken' },
  { name: 'fixture: allHealthy', data: 'allHealthy' },
  { name: 'fixture: empty', data: 'empty' },
  { name: 'fixture: invalid', data: 'invalid' },
  { name: 'state="loading"', data: 'seed', loading: true },
];

/**
 * A scrolling frame around one page, opened at its first data panel ("Source health"): the notices
 * above it are the same in every data state. Scroll up for them.
 */
function PageFrame({ name, children }: { name: string; children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = frame.current;
    const panel = element?.querySelector('[data-panel="health"]');
    if (!element || !panel) return;
    element.scrollTop += panel.getBoundingClientRect().top - element.getBoundingClientRect().top - 12;
  }, []);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a scrolling frame around one page, named by its state
    <div
      ref={frame}
      role="region"
      aria-label={name}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      data-page-frame=""
      style={{
        height: 720,
        overflow: 'auto',
        border: `1px solid ${vars.color.border}`,
        borderRadius: vars.radius.md,
      }}
    >
      {children}
    </div>
  );
}

/**
 * The whole page in each data state, side by side, each in its own scrolling frame opened at the
 * data panels, where the states differ.
 */
export const AllStates: Story = {
  name: 'States at a glance',
  parameters: {
    // Six pages side by side cannot fit a 360 px wide screen; each state has its own story in that mode.
    chromatic: { modes: { ...extendedChromaticModes, narrow: { disable: true } } },
  },
  render: (args) => (
    <div style={{ padding: 16 }}>
      <StatesAtAGlance
        minWidth={520}
        states={GLANCE.map(({ name, data, loading }) => ({
          name,
          node: (
            <PageFrame name={name}>
              <IntegrationsSettingsPage
                {...args}
                data={rawFixtureControl.mapping[data]}
                now={instantArg(args.now)}
                as="section"
                headingLevel={2}
                {...(loading ? { state: 'loading' as const } : {})}
              />
            </PageFrame>
          ),
        }))}
      />
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    await expectStates(
      canvasElement,
      GLANCE.map((state) => state.name),
    );
    const health = (name: string, metric: 'total' | 'criticalIssues') =>
      metricOf(stateNamed(canvasElement, name), metric);
    await expect(health('fixture: seed', 'criticalIssues')).toBe('3');
    await expect(health('fixture: everythingBroken', 'criticalIssues')).toBe('8');
    await expect(health('fixture: allHealthy', 'criticalIssues')).toBe('0');
    await expect(health('fixture: empty', 'total')).toBe('0');
    const invalid = stateNamed(canvasElement, 'fixture: invalid');
    await expect(within(invalid).getByRole('region', { name: t('page.problems.title') })).toBeVisible();
    await expect(
      within(stateNamed(canvasElement, 'state="loading"')).getByRole('region', { name: t('page.title') }),
    ).toHaveAttribute('aria-busy', 'true');
    // Six pages side by side, each a region inside the story, not six <main> landmarks.
    await expect(within(canvasElement).queryAllByRole('main')).toHaveLength(0);
    // Each frame opens at the data panels.
    for (const frame of canvasElement.querySelectorAll('[data-page-frame]'))
      await expect(frame.scrollTop).toBeGreaterThan(0);
    // Every frame is the whole page, with its title.
    await expect(within(canvasElement).getAllByRole('heading', { name: t('page.title'), level: 2 })).toHaveLength(
      GLANCE.length,
    );
  },
};

/** What would interrupt the person: every `role="alert"` and `aria-live="assertive"` element in `root`. */
function assertiveIn(root: HTMLElement): Element[] {
  return [...root.querySelectorAll('[role="alert"], [aria-live="assertive"]')];
}

/** A page panel by its `data-panel`. */
function panelOf(canvasElement: HTMLElement, panel: string): HTMLElement {
  const element = canvasElement.querySelector<HTMLElement>(`[data-panel="${panel}"]`);
  if (!element) throw new Error(`no panel ${panel}`);
  return element;
}

/** The alert list's "Show n more" (the list renders `initialCount` 10 on the page). */
function showMoreOf(alerts: HTMLElement, t: ReturnType<typeof copyOf>['t']): HTMLElement {
  const total = Number(alerts.querySelector('section[data-count]')?.getAttribute('data-count'));
  const remaining = total - 10;
  return within(alerts).getByRole('button', {
    name: t('common.showMore', { count: Math.min(10, remaining), remaining }),
  });
}

/** Only news is announced: the seed's six open flags are content on load, none is an alert. */
export const NothingAssertiveOnLoad: Story = {
  name: 'Announcements: nothing assertive on load',
  parameters: SAME_PICTURE_AS_SEED,
  play: async ({ canvasElement }) => {
    const main = within(canvasElement).getByRole('main');
    const alerts = panelOf(canvasElement, 'alerts');
    await expect(alerts.querySelectorAll('[data-severity]')).toHaveLength(6);
    await expect(within(main).queryAllByRole('alert')).toHaveLength(0);
    await expect(assertiveIn(main)).toEqual([]);
    // The banners carry no live role at all: nothing is said for what the page renders with.
    await expect(alerts.querySelectorAll('[data-severity][role]')).toHaveLength(0);
  },
};

/** Every kind of problem at once, then "Show more": still nothing assertive; focus goes to the first new banner. */
export const NothingAssertiveEverythingBroken: Story = {
  name: 'Announcements: nothing assertive on load (everything broken, show more)',
  args: { data: 'everythingBroken' },
  parameters: SAME_PICTURE_AS_SEED,
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const main = within(canvasElement).getByRole('main');
    const alerts = panelOf(canvasElement, 'alerts');
    await expect(alerts.querySelectorAll('[data-severity]')).toHaveLength(10);
    await expect(assertiveIn(main)).toEqual([]);
    await userEvent.click(showMoreOf(alerts, t));
    await waitFor(() => expect(alerts.querySelectorAll('[data-severity]').length).toBeGreaterThan(10));
    await expect(assertiveIn(main)).toEqual([]);
    await expect(within(main).queryAllByRole('alert')).toHaveLength(0);
    await waitFor(() => expect(within(alerts).getAllByRole('listitem')[10]).toHaveFocus());
  },
};

/** A source of the seed whose token expires while the person is on the page. */
const EXPIRING_SOURCE = {
  ...(seedInput.sources.find((source) => source.id === 'shopify-es') as Record<string, unknown>),
  id: 'shopify-pt',
  label: 'Shopify Portugal',
};

/** The page as a host renders it again when its data changes: the button brings one new critical flag. */
function PageWithNews(props: ComponentProps<typeof IntegrationsSettingsPage>) {
  const [expired, setExpired] = useState(false);
  const data = expired ? { ...seedInput, sources: [...seedInput.sources, EXPIRING_SOURCE] } : seedInput;
  return (
    <div>
      <button type="button" style={{ margin: 16 }} onClick={() => setExpired(true)}>
        Host: Shopify Portugal's token expires
      </button>
      <IntegrationsSettingsPage {...props} data={data} />
    </div>
  );
}

/** A critical flag that opens while the person is there is news: exactly one alert, with that flag. */
export const NewFlagAnnouncedOnce: Story = {
  name: 'Announcements: a new critical flag is announced once',
  render: (args) => <PageWithNews {...args} now={instantArg(args.now)} />,
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const main = within(canvasElement).getByRole('main');
    await expect(assertiveIn(main)).toEqual([]);
    await userEvent.click(
      within(canvasElement).getByRole('button', { name: "Host: Shopify Portugal's token expires" }),
    );
    const alerts = panelOf(canvasElement, 'alerts');
    await waitFor(() => expect(alerts.querySelectorAll('[data-severity]')).toHaveLength(7));
    const alert = within(main).getByRole('alert');
    await expect(alert).toHaveTextContent(t('flag.source_expired'));
    await expect(alert).toHaveTextContent('Shopify Portugal');
    // The only assertive element of the page; the six flags it loaded with are still content.
    await expect(assertiveIn(main)).toEqual([alert]);
    await expect(alerts.querySelectorAll('[data-severity][role]')).toHaveLength(1);
  },
};

/**
 * Every region of the page is the section of one component, named exactly by its visible heading
 * (never by the "Data may be outdated" badge beside it), none inside another, no two alike; the
 * tables are named the same; the detail dialog's parts are headed, not regions.
 */
export const Landmarks: Story = {
  name: 'Landmarks: one region per section, named by its heading',
  parameters: SAME_PICTURE_AS_SEED,
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const canvas = within(canvasElement);
    const main = canvas.getByRole('main');
    const outdated = t('common.dataMayBeOutdated');
    // The badge is on the page, beside headings.
    await expect(canvas.getAllByText(outdated).length).toBeGreaterThan(0);
    const headingOf = (element: Element) => {
      const ids = element.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
      if (ids.length !== 1) throw new Error(`named by ${ids.length} elements: ${element.outerHTML.slice(0, 120)}`);
      const heading = document.getElementById(ids[0] as string);
      if (!heading) throw new Error(`no element #${ids[0]}`);
      return heading;
    };
    const names: string[] = [];
    for (const region of within(main).getAllByRole('region')) {
      const heading = headingOf(region);
      await expect(heading.tagName).toMatch(/^H[1-6]$/);
      await expect(heading).toBeVisible();
      const name = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
      // Its accessible name is its heading's text, and no other region has it.
      await expect(within(main).getAllByRole('region', { name })).toEqual([region]);
      await expect(name).not.toContain(outdated);
      // Not inside another region (the page's root is <main>).
      await expect(
        region.parentElement?.closest('[role="region"], section[aria-labelledby], section[aria-label]'),
      ).toBeNull();
      names.push(name);
    }
    await expect(names).toEqual([
      t('health.title'),
      t('alerts.listTitle'),
      t('sourceTable.connections.title'),
      t('sourceTable.syncStatus.title'),
      t('freshnessTable.title'),
      t('quality.title'),
      t('credentials.shopify.title'),
      t('page.section.guardrails'),
    ]);
    // Each table is named by its section's heading alone.
    for (const table of main.querySelectorAll('table')) {
      const name = (headingOf(table).textContent ?? '').replace(/\s+/g, ' ').trim();
      await expect(name).not.toContain(outdated);
      await expect(within(main).getAllByRole(table.getAttribute('role') ?? 'table', { name })).toContain(table);
    }
    // The detail dialog: its parts are headed subsections, not regions.
    await userEvent.click(canvas.getByRole('button', { name: `${t('sourceTable.viewDetails')} Shopify Espagne` }));
    const dialog = await within(document.body).findByRole('dialog');
    await expect(within(dialog).getByRole('heading', { name: t('sourceTable.detail.flags') })).toBeVisible();
    await expect(within(dialog).queryAllByRole('region')).toHaveLength(0);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).toBeNull());
  },
};

/** Focus goes somewhere meaningful, never to `<body>`, after each control that removes itself. */
export const FocusAfterRemoval: Story = {
  name: 'Focus: controls that remove themselves',
  args: { data: 'everythingBroken' },
  parameters: SAME_PICTURE_AS_SEED,
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const connected = panelOf(canvasElement, 'connected');
    const search = within(connected).getByRole('searchbox', { name: t('sourceTable.filters.search') });
    const clearName = t('sourceTable.filters.clear');
    const focusIsOn = async (element: HTMLElement) => {
      await waitFor(() => expect(element).toHaveFocus());
      await expect(document.activeElement).not.toBe(document.body);
    };

    // 1. "Clear filters" of the no-match state → the search field.
    await userEvent.type(search, 'zzzz');
    const noMatch = await waitFor(() => {
      const empty = connected.querySelector<HTMLElement>('section[data-state="no-match"] [data-state="empty"]');
      if (!empty) throw new Error('no "no match" state');
      return empty;
    });
    await userEvent.click(within(noMatch).getByRole('button', { name: clearName }));
    await focusIsOn(search);
    await expect(search).toHaveValue('');
    await expect(within(connected).queryByRole('button', { name: clearName })).toBeNull();

    // 2. "Clear filters" of the filter bar → the search field.
    await userEvent.type(search, 'Shopify');
    await userEvent.click(within(connected).getByRole('button', { name: clearName }));
    await focusIsOn(search);
    await expect(within(connected).queryByRole('button', { name: clearName })).toBeNull();

    // 3. The metric chip ("Showing: Expired ×") → the search field.
    const health = panelOf(canvasElement, 'health');
    await userEvent.click(within(health).getByRole('button', { name: new RegExp(t('health.metric.expired')) }));
    const chip = await waitFor(() => {
      const button = connected.querySelector<HTMLElement>('button[data-state="metric"]');
      if (!button) throw new Error('no metric chip');
      return button;
    });
    await expect(chip).toHaveTextContent(t('sourceTable.filters.metric', { metric: t('health.metric.expired') }));
    await userEvent.click(chip);
    await focusIsOn(search);
    await expect(connected.querySelector('button[data-state="metric"]')).toBeNull();

    // 4. "Show n more" of the alerts, whose last press removes it → the first banner it showed.
    const alerts = panelOf(canvasElement, 'alerts');
    await userEvent.click(showMoreOf(alerts, t));
    const first = await waitFor(() => {
      const item = within(alerts).getAllByRole('listitem')[10];
      if (!item) throw new Error('no 11th banner');
      return item;
    });
    await focusIsOn(first);
    await expect(first).toHaveClass(focusRing);
    await expect(within(alerts).queryByRole('button', { name: /^\D*\d+\D+\(\d/ })).toBeNull();
    // Leave the page at its top for the screenshot.
    window.scrollTo(0, 0);
  },
};

/** The text nodes under `root` that show one of the glossary's English terms outside a `lang="en"` element. */
function unmarkedEnglish(root: HTMLElement): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const term = ENGLISH_TERMS.find((word) =>
      new RegExp(`(^|[^\\p{L}-])${word.replace('.', '\\.')}($|[^\\p{L}-])`, 'u').test(text),
    );
    // The nearest `lang` says the language of the text (`root` is the page, with its own).
    const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang');
    if (term && lang !== 'en' && !node.parentElement?.closest('code')) found.push(`${term} in "${text.trim()}"`);
  }
  return found;
}

/** French: the page is `lang="fr"`, and the English words it keeps are each marked `lang="en"`. */
export const FrenchEnglishWords: Story = {
  name: 'Language: English words kept in French are marked',
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    const main = within(canvasElement).getByRole('main');
    await expect(main).toHaveAttribute('lang', 'fr');
    await expect(within(main).getByText('Legacy route.')).toHaveAttribute('lang', 'en');
    const guardrails = within(main).getByRole('region', { name: 'Garde-fous (V1)' });
    for (const term of ['Campaign MER', 'multi-touch']) {
      await expect(within(guardrails).getByText(term)).toHaveAttribute('lang', 'en');
    }
    // The French around them stays French.
    await expect(
      within(guardrails)
        .getByText(/TikTok Ads inactif/)
        .closest('[lang]'),
    ).toBe(main);
    // The credential fields' names are Shopify's English words, marked where they are labels.
    const credentials = within(main).getByRole('region', { name: 'Identifiants Shopify' });
    for (const term of ['Client ID', 'Client Secret']) {
      const label = [...credentials.querySelectorAll('label, span[id$="-label"]')].find(
        (element) => element.textContent === term,
      );
      await expect(label?.querySelector('[lang="en"]')).toHaveTextContent(term);
    }
    // No English term of the glossary is left unmarked anywhere in the page.
    await expect(unmarkedEnglish(main)).toEqual([]);
  },
};

/** The host's router goes down after the page was shown: the crash replaces what was shown, so it is one alert. */
function PageThatCrashesLater(props: ComponentProps<typeof IntegrationsSettingsPage>) {
  const [broken, setBroken] = useState(false);
  return (
    <div>
      <button type="button" style={{ margin: 16 }} onClick={() => setBroken(true)}>
        Host: the router goes down
      </button>
      <IntegrationsSettingsPage
        {...props}
        legacyNotice={
          broken
            ? {
                renderLink: () => {
                  throw new Error('router not ready');
                },
              }
            : {}
        }
      />
    </div>
  );
}

/** A panel that crashes after it was shown: news, announced once; it keeps its heading and region. */
export const PanelCrashAfterLoad: Story = {
  name: 'A panel crashes after load',
  render: (args) => <PageThatCrashesLater {...args} now={instantArg(args.now)} />,
  play: async ({ args, canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const legacy = panelOf(canvasElement, 'legacy');
    await expect(within(legacy).getByRole('note', { name: t('legacy.label') })).toBeVisible();
    await expect(assertiveIn(canvasElement)).toEqual([]);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Host: the router goes down' }));
    const crash = await within(legacy).findByRole('region', { name: t('legacy.label') });
    await expect(within(crash).getByRole('heading', { level: 2, name: t('legacy.label') })).toBeVisible();
    const alert = within(crash).getByRole('alert');
    await expect(alert).toHaveTextContent(t('page.panelError', { panel: t('legacy.label') }));
    await expect(alert).toHaveTextContent('router not ready');
    await expect(assertiveIn(canvasElement)).toEqual([alert]);
    await expect(args.onPanelError).toHaveBeenCalledWith('legacy', expect.any(Error));
  },
};
