import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { fixtures, invalidFixtureInput } from '../fixtures';
import { HealthSummary } from '../src/components/HealthSummary';
import { parseDataSet } from '../src/domain';

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
    const alert = within(canvasElement).getByRole('alert');
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

/** Every state side by side. */
export const AllStates: Story = {
  render: (args) => (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))',
        alignItems: 'start',
        gap: 24,
      }}
    >
      <HealthSummary {...args} data={fixtures.seed} onSelectMetric={() => undefined} />
      <HealthSummary {...args} data={fixtures.allHealthy} />
      <HealthSummary {...args} data={fixtures.empty} />
      <HealthSummary {...args} state="loading" />
      <HealthSummary {...args} state="error" issues={invalid.ok ? [] : invalid.issues} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('table')).toHaveLength(4);
    await expect(within(canvasElement).getByRole('alert')).toBeVisible();
  },
};
