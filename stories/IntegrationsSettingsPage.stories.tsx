import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useLayoutEffect, useRef } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { extendedChromaticModes } from '../.storybook/modes';
import { type fixtureInputs, generateDataSetInput } from '../fixtures';
import { IntegrationsSettingsPage } from '../src/components/IntegrationsSettingsPage';
import { HEALTH_METRICS, type Locale, SEED_NOW } from '../src/domain';
import { vars } from '../src/theme';
import { captureConsole, describeHits, findCanary } from '../test/helpers/canary';
import { SEED_FRESHNESS, SEED_HEALTH } from '../test/helpers/seed-figures';
import { clockControl, instantArg, rawFixtureControl, userRoleControl } from './support/controls';
import { copyOf } from './support/copy';
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
  // The page follows the toolbar's (or the mode's) locale, like every other story.
  render: (args, { globals }) => (
    <IntegrationsSettingsPage
      {...args}
      now={instantArg(args.now)}
      locale={(globals.locale as Locale | undefined) ?? 'en'}
    />
  ),
  parameters: {
    layout: 'fullscreen',
    chromatic: { modes: extendedChromaticModes },
    docs: {
      description: {
        component:
          'The Sources / Integrations settings page composed as the seed page, for a role and a locale. Data comes in raw and is validated inside; each panel has its own error boundary. The V1 guardrails are proven by the play functions of these stories (see "Guardrails (V1)").',
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

/** The seed page's figures: health counts, freshness, six open flags, sync statuses. */
export const Seed: Story = {
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const canvas = within(canvasElement);
    // Health counts, derived.
    const health = Object.fromEntries(
      rowsOf(canvasElement, 'health').map((row) => [
        within(row).getByRole('rowheader').textContent?.trim(),
        within(row).getByRole('cell').textContent?.trim(),
      ]),
    );
    await expect(health).toEqual(
      Object.fromEntries(HEALTH_METRICS.map((m) => [t(`health.metric.${m}`), String(SEED_HEALTH[m])])),
    );
    // Freshness as the seed's "Data Freshness" table.
    const freshness = rowsOf(canvasElement, 'freshness').map((row) => [
      within(row).getByRole('rowheader').textContent?.trim(),
      row.querySelector('[data-vocabulary="freshness"]')?.getAttribute('data-status'),
    ]);
    await expect(freshness).toEqual(SEED_FRESHNESS.map(([label, state]) => [label, state]));
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
    await expect(canvas.getAllByText(t('common.dataMayBeOutdated')).length).toBeGreaterThanOrEqual(3);
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
    await expect(within(alerts).queryByRole('button')).toBeNull();
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

/** Choosing a health metric filters the connected sources table. */
export const HealthFiltersTable: Story = {
  name: 'Health metric filters the table',
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: t('health.metric.expired') }));
    await waitFor(() => expect(rowsOf(canvasElement, 'connected')).toHaveLength(1));
    await expect(rowsOf(canvasElement, 'connected')[0]).toHaveTextContent('Shopify Espagne');
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
    await expect(canvas.getAllByText(t('alerts.empty')).length).toBeGreaterThanOrEqual(1);
    await expect(canvas.queryByText(t('common.dataMayBeOutdated'))).toBeNull();
  },
};

export const EverythingBroken: Story = {
  name: 'Everything broken',
  args: { data: 'everythingBroken' },
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const alerts = canvasElement.querySelector('[data-panel="alerts"]') as HTMLElement;
    await expect(within(alerts).getAllByRole('alert').length).toBeGreaterThanOrEqual(10);
    await expect(rowOf(canvasElement, 'health', t('health.metric.criticalIssues'))).toHaveTextContent('8');
  },
};

/** Invalid data: every data panel names what is wrong; the rest of the page still renders. */
export const InvalidData: Story = {
  name: 'Invalid data',
  args: { data: 'invalid' },
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const canvas = within(canvasElement);
    for (const panel of ['alerts', 'connected', 'sync', 'health', 'freshness', 'quality']) {
      const section = canvasElement.querySelector(`[data-panel="${panel}"]`) as HTMLElement;
      const error = within(section).getByRole('alert');
      await expect(error).toHaveTextContent('sources[1].label');
    }
    await expect(canvas.getByRole('note', { name: t('page.mock.title') })).toBeVisible();
    await expect(canvas.getByRole('heading', { name: t('credentials.shopify.title'), level: 2 })).toBeVisible();
    await expect(canvas.getByRole('heading', { name: t('page.section.guardrails') })).toBeVisible();
  },
};

export const Empty: Story = {
  name: 'Empty (no sources)',
  args: { data: 'empty' },
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    await expect(rowOf(canvasElement, 'health', t('health.metric.total'))).toHaveTextContent('0');
    await expect(within(canvasElement).getAllByText(t('alerts.empty')).length).toBeGreaterThanOrEqual(1);
  },
};

export const Loading: Story = {
  args: { state: 'loading' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('main')).toHaveAttribute('aria-busy', 'true');
  },
};

const thousand = generateDataSetInput({ count: 1000 });

export const Sources1000: Story = {
  name: '1,000 sources',
  args: { data: thousand },
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    await expect(rowOf(canvasElement, 'health', t('health.metric.total'))).toHaveTextContent('1000');
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

/** A crash inside one panel (here the host's link renderer throws) shows that panel's error state; the rest still renders. */
export const PanelCrash: Story = {
  name: 'A panel crashes',
  args: {
    renderLink: () => {
      throw new Error('router not ready');
    },
  },
  play: async ({ args, canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const canvas = within(canvasElement);
    const legacy = canvasElement.querySelector('[data-panel="legacy"]') as HTMLElement;
    await expect(within(legacy).getByRole('alert')).toHaveTextContent('router not ready');
    await expect(args.onPanelError).toHaveBeenCalledWith('legacy', expect.any(Error));
    await expect(canvas.getByRole('note', { name: t('page.mock.title') })).toBeVisible();
    await expect(canvas.getByRole('heading', { name: t('health.title') })).toBeVisible();
    await expect(rowOf(canvasElement, 'health', t('health.metric.criticalIssues'))).toHaveTextContent('3');
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
 * A scrolling frame around one page, opened at its first data panel ("Needs attention"): the
 * notices and credentials above it are the same in every data state. Scroll up for them.
 */
function PageFrame({ name, children }: { name: string; children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = frame.current;
    const panel = element?.querySelector('[data-panel="alerts"]');
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
  render: (args, { globals }) => (
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
                locale={(globals.locale as Locale | undefined) ?? 'en'}
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
      stateNamed(canvasElement, name).querySelector(`[data-panel="health"] [data-metric="${metric}"]`)?.textContent ??
      '';
    await expect(health('fixture: seed', 'criticalIssues')).toMatch(/3$/);
    await expect(health('fixture: everythingBroken', 'criticalIssues')).toMatch(/8$/);
    await expect(health('fixture: allHealthy', 'criticalIssues')).toMatch(/0$/);
    await expect(health('fixture: empty', 'total')).toMatch(/0$/);
    const invalid = stateNamed(canvasElement, 'fixture: invalid');
    await expect(within(invalid).getAllByRole('alert').length).toBeGreaterThanOrEqual(6);
    await expect(within(stateNamed(canvasElement, 'state="loading"')).getByRole('main')).toHaveAttribute(
      'aria-busy',
      'true',
    );
    // Each frame opens at the data panels.
    for (const frame of canvasElement.querySelectorAll('[data-page-frame]'))
      await expect(frame.scrollTop).toBeGreaterThan(0);
    // Every frame is the whole page, with its title.
    await expect(within(canvasElement).getAllByRole('heading', { name: t('page.title'), level: 2 })).toHaveLength(
      GLANCE.length,
    );
  },
};
