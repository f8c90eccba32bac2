import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { fixtures, invalidFixtureInput } from '../fixtures';
import { FreshnessCell, FreshnessTable } from '../src/components/FreshnessCell';
import { FRESHNESS_LEVELS, freshnessLevel, parseDataSet } from '../src/domain';
import { SEED_FRESHNESS } from '../test/helpers/seed-figures';
import { freshnessCellProps } from './support/fixtures';
import { expectStates, StatesAtAGlance, stateNamed } from './support/glance';
import { expectFullyShown, focusTooltipIn } from './support/tooltip';

const meta = {
  title: 'Components/FreshnessCell',
  component: FreshnessCell,
  args: freshnessCellProps('f-fresh'),
  parameters: {
    docs: {
      description: {
        component:
          'Freshness of one source at the injected time: the state, the age in words, and the exact time (UTC and the profile’s time zone) in a tooltip that keyboard focus reaches as well as hover.',
      },
    },
  },
} satisfies Meta<typeof FreshnessCell>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Room below the cell so the open tooltip is inside the screenshot. */
const withTooltipRoom: NonNullable<Story['decorators']> = [
  (Story) => (
    <div style={{ minHeight: 150 }}>
      <Story />
    </div>
  ),
];

/** Tabs to the age, checks the tooltip shows both exact times, and that Escape closes it. */
async function expectExactTimeOnFocus(canvasElement: HTMLElement, utc: string, local: RegExp) {
  const canvas = within(canvasElement);
  await userEvent.tab();
  const trigger = canvas.getByRole('button');
  await expect(trigger).toHaveFocus();
  const tooltip = await canvas.findByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toHaveTextContent(utc);
  await expect(tooltip).toHaveTextContent(local);
  await expect(trigger).toHaveAccessibleDescription(new RegExp(utc.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await userEvent.keyboard('{Escape}');
  await waitFor(() => expect(tooltip).not.toBeVisible());
  await userEvent.hover(trigger);
  await waitFor(() => expect(tooltip).toBeVisible());
}

export const Default: Story = {
  name: 'Fresh (10 minutes ago)',
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('FRESH')).toBeVisible();
    await expect(within(canvasElement).getByText('10 minutes ago')).toBeVisible();
    await expect(canvasElement.querySelector('time')).toHaveAttribute('dateTime', '2026-05-03T06:00:00Z');
  },
};

export const Playground: Story = {};

/** Keyboard reaches the exact time, in UTC and in the profile's time zone (Paris, UTC+2 in May). */
export const ExactTimeByKeyboard: Story = {
  decorators: withTooltipRoom,
  name: 'Exact time by keyboard',
  play: async ({ canvasElement }) => {
    await expectExactTimeOnFocus(canvasElement, '2026-05-03T06:00:00Z', /3 May 2026, 08:00/);
  },
};

export const Stale: Story = {
  decorators: withTooltipRoom,
  name: 'Stale for 3 days',
  args: freshnessCellProps('f-stale'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('STALE')).toBeVisible();
    await expect(canvas.getByText('3 days ago')).toBeVisible();
    await expectExactTimeOnFocus(canvasElement, '2026-04-30T05:30:00Z', /30 Apr 2026, 07:30/);
  },
};

/**
 * Past its error window (72 h): still STALE in the data, shown as OVERDUE in the critical tone,
 * and the tooltip says the data is overdue and which window it is past.
 */
export const Overdue: Story = {
  decorators: withTooltipRoom,
  name: 'Overdue (past its error window)',
  args: freshnessCellProps('f-critical'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const cell = canvasElement.querySelector('span[data-level][data-state]');
    await expect(cell).toHaveAttribute('data-state', 'STALE');
    await expect(cell).toHaveAttribute('data-level', 'OVERDUE');
    const badge = canvasElement.querySelector('[data-vocabulary="freshness"]');
    await expect(badge).toHaveAttribute('data-status', 'OVERDUE');
    await expect(badge).toHaveAttribute('data-tone', 'critical');
    await expect(badge).toHaveTextContent('OVERDUE');
    await expect(badge?.querySelector('svg[data-icon="critical"]')).not.toBeNull();
    await expect(canvas.queryByText('STALE')).toBeNull();
    await expect(canvas.getByText('5 days ago')).toBeVisible();
    await userEvent.tab();
    const tooltip = await canvas.findByRole('tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toHaveTextContent(
      'Data is overdue — the last successful sync is older than the error window (3 days).',
    );
    await expect(canvas.getByRole('button')).toHaveAccessibleDescription(/Data is overdue/);
  },
};

/** The same source in French: « EN RETARD ». */
export const OverdueFrench: Story = {
  decorators: withTooltipRoom,
  name: 'Overdue (French)',
  globals: { locale: 'fr' },
  args: freshnessCellProps('f-critical'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const badge = canvasElement.querySelector('[data-vocabulary="freshness"]');
    await expect(badge).toHaveAttribute('data-tone', 'critical');
    await expect(badge).toHaveTextContent('EN RETARD');
    await expect(canvas.getByText('il y a 5 jours')).toBeVisible();
    await userEvent.tab();
    const tooltip = await canvas.findByRole('tooltip');
    await expect(tooltip).toHaveTextContent(
      'Données en retard — la dernière synchronisation réussie dépasse la fenêtre d’erreur (3 jours).',
    );
  },
};

export const StaleForMonths: Story = {
  name: 'Stale for months (absolute date)',
  args: freshnessCellProps('f-old'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Past 30 days the date says more than "78 days ago".
    await expect(canvas.getByText('on 14 February 2026')).toBeVisible();
    await expect(canvas.queryByText(/days ago/)).toBeNull();
  },
};

export const Missing: Story = {
  name: 'Missing (never synced)',
  args: freshnessCellProps('f-missing'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('MISSING')).toBeVisible();
    await expect(canvas.getByText('Never synced')).toBeVisible();
    await expect(canvasElement.querySelector('time')).toBeNull();
  },
};

export const Unknown: Story = {
  name: 'Unknown (disabled source)',
  args: freshnessCellProps('f-unknown'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('UNKNOWN')).toBeVisible();
    await expect(canvas.getByText('Not monitored')).toBeVisible();
  },
};

export const AtWindowEdge: Story = {
  name: 'Exactly at the window edge (24 hours)',
  args: freshnessCellProps('f-edge'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Age equal to the window is still FRESH; one millisecond more would be STALE.
    await expect(canvas.getByText('FRESH')).toBeVisible();
    await expect(canvas.getByText('1 day ago')).toBeVisible();
  },
};

export const SyncInProgress: Story = {
  name: 'Syncing beside the last result',
  args: freshnessCellProps('f-syncing'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Syncing…')).toBeVisible();
    // The last completed result stays.
    await expect(canvas.getByText('FRESH')).toBeVisible();
    await expect(canvas.getByText('20 minutes ago')).toBeVisible();
  },
};

export const InvalidDate: Story = {
  name: 'Invalid date (bad input)',
  args: { ...freshnessCellProps('f-fresh'), lastSuccessfulSyncAt: 'yesterday-ish' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Invalid date')).toBeVisible();
    await expect(canvas.getByText(/“yesterday-ish” is not a valid date/)).toBeVisible();
    await expect(canvasElement).not.toHaveTextContent(/NaN|Invalid Date/);
  },
};

export const French: Story = {
  decorators: withTooltipRoom,
  name: 'Stale (French)',
  globals: { locale: 'fr' },
  args: freshnessCellProps('f-stale'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('OBSOLÈTE')).toBeVisible();
    await expect(canvas.getByText('il y a 3 jours')).toBeVisible();
    await expectExactTimeOnFocus(canvasElement, '2026-04-30T05:30:00Z', /30 avr\. 2026, 07:30/);
  },
};

/** The seed page's "Data freshness" table, derived from the seed fixture by the domain rules. */
export const SeedTable: Story = {
  name: 'Seed: Data freshness table',
  render: () => <FreshnessTable data={fixtures.seed} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: 'Data freshness' })).toBeVisible();
    await expect(canvas.getByText('Data may be outdated')).toBeVisible();
    // The table is named by its section's heading; no caption repeats it.
    const table = canvas.getByRole('table', { name: 'Data freshness' });
    await expect(table.querySelector('caption')).toBeNull();
    const rows = within(table).getAllByRole('row').slice(1);
    await expect(rows).toHaveLength(SEED_FRESHNESS.length);
    for (const [index, [label, state, lastSync]] of SEED_FRESHNESS.entries()) {
      const row = within(rows[index] as HTMLElement);
      await expect(row.getByRole('rowheader')).toHaveTextContent(label);
      await expect(row.getByText(state)).toBeVisible();
      const time = (rows[index] as HTMLElement).querySelector('time');
      await expect(time?.getAttribute('dateTime') ?? null).toBe(lastSync);
    }
  },
};

/**
 * The tooltip can be hovered (WCAG 1.4.13): its box starts where the trigger ends, so the pointer
 * crosses no gap, and it stays open while the pointer is on it, however long that takes.
 */
export const TooltipHoverable: Story = {
  name: 'Tooltip: the pointer can move onto it',
  args: freshnessCellProps('f-stale'),
  decorators: withTooltipRoom,
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button');
    await userEvent.hover(trigger);
    const tooltip = await within(canvasElement.ownerDocument.body).findByRole('tooltip');
    await waitFor(() => expect(tooltip).toBeVisible());
    const gap = tooltip.getBoundingClientRect().top - trigger.getBoundingClientRect().bottom;
    await expect(Math.abs(gap)).toBeLessThan(1);
    await userEvent.unhover(trigger);
    await userEvent.hover(tooltip);
    // Well past the time the pointer is given to travel from the trigger to the bubble.
    await new Promise((resolve) => setTimeout(resolve, 800));
    await expect(tooltip).toBeVisible();
    await expectFullyShown(tooltip);
  },
};

/**
 * The tooltip of the last row of a table is drawn above everything (the top layer): the table's
 * scrolling region does not clip it.
 */
export const LastRowTooltip: Story = {
  name: 'Tooltip of the last table row, not clipped',
  render: () => <FreshnessTable data={fixtures.seed} />,
  decorators: [(Story) => <div style={{ paddingBottom: 200 }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table');
    const { tooltip } = await focusTooltipIn(table, { last: true });
    await expectFullyShown(tooltip);
    // The frame that scrolls the table ends above the tooltip's bottom: it would have cut it.
    const region = table.closest('[role="group"]') as HTMLElement;
    await expect(tooltip.getBoundingClientRect().bottom).toBeGreaterThan(region.getBoundingClientRect().bottom);
  },
};

/** Every source of the `everyFreshness` fixture as a cell, under its id and the level the rule gives it. */
const CELL_STATES = fixtures.everyFreshness.sources.map((source) => {
  const props = freshnessCellProps(source.id);
  return { name: `${source.id}: ${freshnessLevel(props.freshness)}`, props };
});
const INVALID_CELL = 'lastSuccessfulSyncAt="yesterday-ish" (bad input)';
const TABLE_STATES = [
  'FreshnessTable, fixture: everyFreshness',
  'FreshnessTable, fixture: empty',
  'FreshnessTable, state="loading"',
  'FreshnessTable, state="error" (fixture: invalid)',
] as const;

/** Every state of the cell, then of the table, side by side, each under its name. */
export const AllStates: Story = {
  name: 'States at a glance',
  render: () => {
    const invalid = parseDataSet(invalidFixtureInput);
    const [every, empty, loading, error] = TABLE_STATES;
    return (
      <div style={{ display: 'grid', gap: 24 }}>
        <StatesAtAGlance
          minWidth={220}
          states={[
            ...CELL_STATES.map(({ name, props }) => ({ name, node: <FreshnessCell {...props} /> })),
            {
              name: INVALID_CELL,
              node: <FreshnessCell {...freshnessCellProps('f-fresh')} lastSuccessfulSyncAt="yesterday-ish" />,
            },
          ]}
        />
        <StatesAtAGlance
          minWidth={520}
          states={[
            { name: every, node: <FreshnessTable data={fixtures.everyFreshness} headingLevel={3} /> },
            { name: empty, node: <FreshnessTable data={fixtures.empty} headingLevel={3} /> },
            { name: loading, node: <FreshnessTable state="loading" headingLevel={3} /> },
            {
              name: error,
              node: <FreshnessTable state="error" issues={invalid.ok ? [] : invalid.issues} headingLevel={3} />,
            },
          ]}
        />
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    await expectStates(canvasElement, [...CELL_STATES.map((s) => s.name), INVALID_CELL, ...TABLE_STATES]);
    // Each cell shows the state the rule gives its source, and the level its badge shows.
    for (const { name, props } of CELL_STATES) {
      const cell = stateNamed(canvasElement, name).firstElementChild;
      await expect(cell).toHaveAttribute('data-state', props.freshness.state);
      await expect(cell).toHaveAttribute('data-level', freshnessLevel(props.freshness));
      await expect(cell?.querySelector('[data-vocabulary="freshness"]')).toHaveAttribute(
        'data-status',
        freshnessLevel(props.freshness),
      );
    }
    // Four states in the data; five levels shown, OVERDUE among them.
    await expect(new Set(CELL_STATES.map((s) => s.props.freshness.state))).toEqual(
      new Set(['FRESH', 'STALE', 'MISSING', 'UNKNOWN']),
    );
    await expect(new Set(CELL_STATES.map((s) => freshnessLevel(s.props.freshness)))).toEqual(new Set(FRESHNESS_LEVELS));
    await expect(stateNamed(canvasElement, INVALID_CELL).firstElementChild).toHaveAttribute('data-state', 'invalid');
    await expect(canvasElement.querySelector('[data-state="syncing"]')).toBeVisible();
    const [every, empty, loading, error] = TABLE_STATES;
    await expect(within(stateNamed(canvasElement, every)).getAllByRole('row')).toHaveLength(
      fixtures.everyFreshness.sources.length + 1,
    );
    await expect(within(stateNamed(canvasElement, empty)).queryAllByRole('row').length).toBeLessThanOrEqual(1);
    await expect(within(stateNamed(canvasElement, loading)).getByRole('table')).toHaveAttribute('aria-busy', 'true');
    await expect(stateNamed(canvasElement, error).querySelector('div[data-state="error"]')).toBeVisible();
    await expect(within(canvasElement).queryAllByRole('alert')).toHaveLength(0);
  },
};

export const AllStatesFrench: Story = {
  name: 'All states (French)',
  globals: { locale: 'fr' },
  render: () => <FreshnessTable data={fixtures.everyFreshness} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Fraîcheur des données' })).toBeVisible();
    await expect(canvas.getByRole('table', { name: 'Fraîcheur des données' })).toBeVisible();
    await expect(canvas.getByText('Jamais synchronisée')).toBeVisible();
    await expect(canvas.getByText('Les données peuvent être obsolètes')).toBeVisible();
    const overdue = within(canvas.getByRole('row', { name: /Google Ads Suisse/ }));
    await expect(overdue.getByText('EN RETARD')).toBeVisible();
  },
};

/**
 * The table escalates: the source past its error window reads OVERDUE (critical), the one just past
 * its window STALE (caution).
 */
export const TableOverdue: Story = {
  name: 'Table: overdue beside stale',
  render: () => <FreshnessTable data={fixtures.everyFreshness} />,
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table', { name: 'Data freshness' });
    const badgeOf = (label: RegExp) =>
      within(table).getByRole('row', { name: label }).querySelector('td [data-vocabulary="freshness"]');
    const overdue = badgeOf(/^Google Ads Suisse \(past error window\)/);
    await expect(overdue).toHaveTextContent('OVERDUE');
    await expect(overdue).toHaveAttribute('data-tone', 'critical');
    const stale = badgeOf(/^GA4 Suisse/);
    await expect(stale).toHaveTextContent('STALE');
    await expect(stale).toHaveAttribute('data-tone', 'caution');
    await expect(within(table).getAllByText('OVERDUE')).toHaveLength(1);
  },
};

const invalid = parseDataSet(invalidFixtureInput);

/** Loading, empty, error and "Show more": the table keeps its one heading in every state. */
export const TableStates: Story = {
  name: 'Table: loading, empty, error, show more',
  render: () => (
    <div style={{ display: 'grid', gap: 24 }}>
      <FreshnessTable state="loading" />
      <FreshnessTable data={fixtures.empty} />
      <FreshnessTable state="error" issues={invalid.ok ? [] : invalid.issues} />
      <FreshnessTable data={fixtures.seed} initialCount={3} headingLevel={3} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('heading', { name: 'Data freshness' })).toHaveLength(4);
    const [loading, shortened] = canvas.getAllByRole('table', { name: 'Data freshness' }) as [HTMLElement, HTMLElement];
    await expect(loading).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading data freshness…');
    await expect(canvas.getByText('No sources to show.')).toBeVisible();
    // Rendered with its error: content, not announced.
    await expect(canvasElement.querySelector('div[data-state="error"]')).toHaveTextContent(
      'This data could not be shown',
    );
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(canvas.getByRole('heading', { level: 3, name: 'Data freshness' })).toBeVisible();
    await expect(within(shortened).getAllByRole('row')).toHaveLength(4);
    await userEvent.click(canvas.getByRole('button', { name: 'Show 3 more (7 not shown)' }));
    await expect(within(shortened).getAllByRole('row')).toHaveLength(7);
  },
};
