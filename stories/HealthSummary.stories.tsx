import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { fixtures, invalidFixtureInput } from '../fixtures';
import { HealthSummary } from '../src/components/HealthSummary';
import { parseDataSet } from '../src/domain';
import { copyOf } from './support/copy';
import { expectStates, StatesAtAGlance, stateNamed } from './support/glance';

const meta = {
  title: 'Components/HealthSummary',
  component: HealthSummary,
  args: { data: fixtures.seed },
  parameters: {
    docs: {
      description: {
        component:
          'The derived health counts of a set of sources (never typed in), critical issues emphasised, "Data may be outdated" when a source is stale. With `onSelectMetric`, each metric calls back with its name so a host can filter its table.',
      },
    },
  },
} satisfies Meta<typeof HealthSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Reads the Metric → Count table as a person sees it. */
function countsOf(canvasElement: HTMLElement): Record<string, string> {
  const rows = within(canvasElement).getAllByRole('row').slice(1);
  return Object.fromEntries(
    rows.map((row) => {
      const cells = within(row);
      return [
        cells.getByRole('rowheader').textContent?.trim() ?? '',
        cells.getByRole('cell').textContent?.trim() ?? '',
      ];
    }),
  );
}

/** The seed fixture, derived by the domain rules: the seed page's figures. */
export const Seed: Story = {
  name: 'Seed',
  play: async ({ canvasElement }) => {
    await expect(countsOf(canvasElement)).toEqual({
      'Total sources': '10',
      Connected: '7',
      Expired: '1',
      'Permission missing': '1',
      Disconnected: '1',
      Stale: '1',
      'Schema changed': '1',
      'Mapping unconfirmed': '1',
      'Critical issues': '3',
    });
    await expect(within(canvasElement).getByText('Data may be outdated')).toBeVisible();
    // One heading, sentence case, naming the table (no caption repeating it).
    await expect(within(canvasElement).getByRole('heading', { level: 2, name: 'Source health' })).toBeVisible();
    await expect(within(canvasElement).getByRole('table', { name: 'Source health' })).toBeVisible();
    const critical = canvasElement.querySelector('[data-metric="criticalIssues"]');
    await expect(critical?.querySelector('svg[data-icon="critical"]')).not.toBeNull();
  },
};

export const Playground: Story = { args: { onSelectMetric: fn() } };

/** Each metric is a button; choosing one calls back with the metric's name. */
export const SelectMetric: Story = {
  name: 'Select a metric to filter',
  args: { onSelectMetric: fn(), selectedMetric: 'stale' },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Expired' }));
    await expect(args.onSelectMetric).toHaveBeenCalledTimes(1);
    await expect(args.onSelectMetric).toHaveBeenCalledWith('expired');
    // Keyboard works too.
    canvas.getByRole('button', { name: 'Critical issues' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelectMetric).toHaveBeenLastCalledWith('criticalIssues');
    await expect(canvas.getByRole('button', { name: 'Stale' })).toHaveAttribute('aria-pressed', 'true');
  },
};

export const AllHealthy: Story = {
  name: 'All healthy',
  args: { data: fixtures.allHealthy },
  play: async ({ canvasElement }) => {
    const counts = countsOf(canvasElement);
    await expect(counts['Critical issues']).toBe('0');
    await expect(counts.Connected).toBe(counts['Total sources']);
    await expect(within(canvasElement).queryByText('Data may be outdated')).toBeNull();
    await expect(canvasElement.querySelector('[data-metric="criticalIssues"] svg')).toBeNull();
  },
};

export const AllZero: Story = {
  name: 'No sources (all zero)',
  args: { data: fixtures.empty },
  play: async ({ canvasElement }) => {
    await expect(new Set(Object.values(countsOf(canvasElement)))).toEqual(new Set(['0']));
    await expect(within(canvasElement).getByText('No sources yet: every count is zero.')).toBeVisible();
  },
};

export const Loading: Story = {
  args: { state: 'loading' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('table')).toHaveAttribute('aria-busy', 'true');
    await expect(within(canvasElement).getByText('Loading the health summary…')).toBeInTheDocument();
    await expect(canvasElement.querySelectorAll('[data-metric] span[aria-hidden="true"]')).toHaveLength(9);
  },
};

const invalid = parseDataSet(invalidFixtureInput);

export const InvalidData: Story = {
  name: 'Invalid data (error)',
  args: { state: 'error', issues: invalid.ok ? [] : invalid.issues },
  play: async ({ canvasElement }) => {
    // Rendered with its error: content, not announced.
    const alert = canvasElement.querySelector('div[data-state="error"]') as HTMLElement;
    await expect(within(canvasElement).queryByRole('alert')).toBeNull();
    await expect(alert).toHaveTextContent('This data could not be shown');
    await expect(alert).toHaveTextContent('sources[1].label');
    await expect(alert).toHaveTextContent('sources[2].platform');
    await expect(alert).toHaveTextContent('sources[3].lastSuccessfulSyncAt');
  },
};

export const French: Story = {
  name: 'Seed (French)',
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    const counts = countsOf(canvasElement);
    await expect(counts['Sources au total']).toBe('10');
    await expect(counts['Problèmes critiques']).toBe('3');
    await expect(within(canvasElement).getByText('Les données peuvent être obsolètes')).toBeVisible();
  },
};

/** The compact layout, for the top of a page: one line of metrics, what needs action first. */
export const Compact: Story = {
  name: 'Compact: critical first, a metric calls back',
  args: { data: fixtures.seed, layout: 'compact', onSelectMetric: fn() },
  play: async ({ args, canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const items = [...canvasElement.querySelectorAll('li[data-metric]')];
    await expect(items.map((li) => li.getAttribute('data-metric'))).toEqual([
      'criticalIssues',
      'expired',
      'permissionMissing',
      'disconnected',
      'stale',
      'schemaChanged',
      'mappingUnconfirmed',
      'connected',
      'total',
    ]);
    // The name, then the figure; critical issues emphasised with its shape.
    await expect(items[0]).toHaveTextContent(`${t('health.metric.criticalIssues')} 3`);
    await expect(items[0]?.querySelector('svg[data-icon="critical"]')).not.toBeNull();
    const expired = within(canvasElement).getByRole('button', { name: `${t('health.metric.expired')} 1` });
    await userEvent.click(expired);
    await expect(args.onSelectMetric).toHaveBeenCalledWith('expired');
  },
};

const GLANCE_NAMES = [
  'fixture: seed, onSelectMetric',
  'layout="compact"',
  'fixture: allHealthy',
  'fixture: everythingBroken',
  'fixture: empty',
  'state="loading"',
  'state="error" (fixture: invalid)',
] as const;

/** Every state side by side, each under its fixture or state. */
export const AllStates: Story = {
  name: 'States at a glance',
  render: (args) => {
    const [seed, compact, healthy, broken, empty, loading, error] = GLANCE_NAMES;
    return (
      <StatesAtAGlance
        minWidth={320}
        states={[
          { name: seed, node: <HealthSummary {...args} data={fixtures.seed} onSelectMetric={() => undefined} /> },
          { name: compact, node: <HealthSummary {...args} data={fixtures.seed} layout="compact" /> },
          { name: healthy, node: <HealthSummary {...args} data={fixtures.allHealthy} /> },
          { name: broken, node: <HealthSummary {...args} data={fixtures.everythingBroken} /> },
          { name: empty, node: <HealthSummary {...args} data={fixtures.empty} /> },
          { name: loading, node: <HealthSummary {...args} state="loading" /> },
          {
            name: error,
            node: <HealthSummary {...args} state="error" issues={invalid.ok ? [] : invalid.issues} />,
          },
        ]}
      />
    );
  },
  play: async ({ canvasElement }) => {
    await expectStates(canvasElement, [...GLANCE_NAMES]);
    const [seed, compact, healthy, broken, empty, loading, error] = GLANCE_NAMES;
    await expect(stateNamed(canvasElement, compact).querySelector('li[data-metric]')).toHaveAttribute(
      'data-metric',
      'criticalIssues',
    );
    const countOf = (name: string, metric: string) =>
      stateNamed(canvasElement, name).querySelector(`[data-metric="${metric}"]`)?.closest('tr')?.textContent ?? '';
    await expect(countOf(seed, 'criticalIssues')).toMatch(/3$/);
    await expect(countOf(healthy, 'criticalIssues')).toMatch(/0$/);
    await expect(countOf(broken, 'criticalIssues')).toMatch(/[1-9]\d*$/);
    await expect(countOf(empty, 'total')).toMatch(/0$/);
    // The metrics are buttons only where the host listens (onSelectMetric).
    await expect(within(stateNamed(canvasElement, seed)).getAllByRole('button').length).toBeGreaterThan(0);
    await expect(within(stateNamed(canvasElement, healthy)).queryAllByRole('button')).toHaveLength(0);
    await expect(within(stateNamed(canvasElement, loading)).getByRole('table')).toHaveAttribute('aria-busy', 'true');
    await expect(stateNamed(canvasElement, error).querySelector('div[data-state="error"]')).toBeVisible();
    await expect(within(canvasElement).queryAllByRole('alert')).toHaveLength(0);
  },
};
