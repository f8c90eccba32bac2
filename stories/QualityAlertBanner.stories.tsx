import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { fixtures, invalidFixtureInput } from '../fixtures';
import { QualityAlertBanner, QualityAlertList, QualityFlagTable } from '../src/components/QualityAlertBanner';
import { type DataSet, parseDataSet, type QualityFlag, qualityFlagsOf, sortFlags } from '../src/domain';
import { seedNow } from './support/fixtures';
import { expectStates, StatesAtAGlance, stateNamed } from './support/glance';

const seedFlags = qualityFlagsOf(fixtures.seed.sources, seedNow);
const flagOf = (code: QualityFlag['code'], flags: readonly QualityFlag[] = seedFlags): QualityFlag => {
  const flag = flags.find((f) => f.code === code);
  if (!flag) throw new Error(`no ${code} flag in the fixture`);
  return flag;
};

const meta = {
  title: 'Components/QualityAlertBanner',
  component: QualityAlertBanner,
  args: { flag: flagOf('source_expired') },
  parameters: {
    docs: {
      description: {
        component:
          'One banner per open data-quality flag: severity (text + shape), the exact message and the source. Critical and warning are `role="alert"`, info is `role="status"`. Not dismissible while the flag is open. `QualityAlertList` shows them all, sorted critical → warning → info, with a count per severity.',
      },
    },
  },
} satisfies Meta<typeof QualityAlertBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A banner a person can read, that names its source, and that offers no way to dismiss it. */
async function expectBanner(
  canvasElement: HTMLElement,
  role: 'alert' | 'status',
  severity: string,
  message: string,
  sourceLine: string,
) {
  const banner = within(canvasElement).getByRole(role);
  await expect(banner).toHaveTextContent(severity);
  await expect(banner).toHaveTextContent(message);
  await expect(banner).toHaveTextContent(sourceLine);
  await expect(within(banner).queryByRole('button')).toBeNull();
}

export const Default: Story = {
  name: 'Critical: token expired',
  play: async ({ canvasElement }) =>
    expectBanner(
      canvasElement,
      'alert',
      'CRITICAL',
      'Source disconnected — token expired. Reconnect required.',
      'Source: Shopify Espagne',
    ),
};

export const Playground: Story = {};

export const PermissionMissing: Story = {
  name: 'Critical: permission missing',
  args: { flag: flagOf('permission_missing') },
  play: async ({ canvasElement }) =>
    expectBanner(
      canvasElement,
      'alert',
      'CRITICAL',
      'Missing permission/scope — cannot sync fully.',
      'Source: Google Ads Suisse',
    ),
};

export const Disconnected: Story = {
  name: 'Critical: disconnected',
  args: { flag: flagOf('source_disconnected') },
  play: async ({ canvasElement }) =>
    expectBanner(canvasElement, 'alert', 'CRITICAL', 'Source disconnected.', 'Source: Meta Ads Suisse'),
};

export const SchemaChanged: Story = {
  name: 'Warning: schema changed',
  args: { flag: flagOf('schema_changed') },
  play: async ({ canvasElement }) =>
    expectBanner(canvasElement, 'alert', 'WARNING', 'Schema changed — review required.', 'Source: Shopify Suisse'),
};

export const Stale: Story = {
  name: 'Warning: data may be outdated',
  args: { flag: flagOf('source_stale') },
  play: async ({ canvasElement }) =>
    expectBanner(
      canvasElement,
      'alert',
      'WARNING',
      'Data may be outdated — last successful sync exceeds the freshness window',
      'Source: GA4 Suisse',
    ),
};

export const StaleCritical: Story = {
  name: 'Critical: stale past the error window',
  args: {
    flag: flagOf(
      'source_stale',
      qualityFlagsOf(fixtures.everyFreshness.sources, seedNow).filter((f) => f.severity === 'critical'),
    ),
  },
  play: async ({ canvasElement }) =>
    expectBanner(
      canvasElement,
      'alert',
      'CRITICAL',
      'Data may be outdated',
      'Source: Google Ads Suisse (past error window)',
    ),
};

export const MappingUnconfirmed: Story = {
  name: 'Info: mapping unconfirmed',
  args: { flag: flagOf('mapping_unconfirmed') },
  play: async ({ canvasElement }) => {
    await expectBanner(
      canvasElement,
      'status',
      'INFO',
      'Field mapping unconfirmed — metrics hidden from widgets.',
      'Source: GA4 France',
    );
    await expect(within(canvasElement).queryByRole('alert')).toBeNull();
  },
};

export const HostileLabel: Story = {
  name: 'Hostile source label (shown as text)',
  args: { flag: flagOf('source_expired', qualityFlagsOf(fixtures.hostileLabels.sources, seedNow)) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('<script>alert("xss")</script>');
    await expect(canvasElement.querySelector('script')).toBeNull();
  },
};

export const French: Story = {
  name: 'Critical: token expired (French)',
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) =>
    expectBanner(
      canvasElement,
      'alert',
      'CRITIQUE',
      'Source déconnectée — jeton expiré. Reconnexion requise.',
      'Source : Shopify Espagne',
    ),
};

/** The seed's six open flags, sorted critical → warning → info, with counts. */
export const SeedList: Story = {
  name: 'List: seed (six open flags)',
  render: () => <QualityAlertList data={fixtures.seed} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: 'Needs attention' })).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Needs attention' })).toBeVisible();
    await expect(canvas.getByText('3 critical, 2 warnings, 1 info')).toBeVisible();
    const items = canvas.getAllByRole('listitem');
    await expect(items.map((li) => li.querySelector('[data-severity]')?.getAttribute('data-severity'))).toEqual([
      'critical',
      'critical',
      'critical',
      'warning',
      'warning',
      'info',
    ]);
    await expect(canvas.getAllByRole('alert')).toHaveLength(5);
    await expect(canvas.getAllByRole('status')).toHaveLength(1);
    await expect(canvas.queryByRole('button')).toBeNull();
    for (const item of items) await expect(item).toHaveTextContent(/Source: \S/);
  },
};

export const EmptyList: Story = {
  name: 'List: no open flags',
  render: () => <QualityAlertList data={fixtures.empty} />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('No open flags.')).toBeVisible();
    await expect(within(canvasElement).queryByRole('listitem')).toBeNull();
  },
};

export const FrenchList: Story = {
  name: 'List: seed (French)',
  globals: { locale: 'fr' },
  render: () => <QualityAlertList data={fixtures.seed} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'À traiter' })).toBeVisible();
    await expect(canvas.getByText('3 critiques, 2 avertissements, 1 info')).toBeVisible();
  },
};

/** The sources of several fixtures in one data set: every severity and every flag code. */
const everyFlag: DataSet = {
  profiles: fixtures.seed.profiles,
  sources: [...fixtures.everySeverity.sources, ...fixtures.seed.sources, ...fixtures.everyFreshness.sources],
};

/** One banner per flag code and severity the fixtures produce, in the order the list sorts them. */
const BANNERS = [
  ...new Map(
    sortFlags(qualityFlagsOf(everyFlag.sources, seedNow)).map((flag) => [`${flag.code} (${flag.severity})`, flag]),
  ),
].map(([name, flag]) => ({ name, flag }));
const PANELS = [
  'QualityAlertList, fixture: seed, initialCount={3}',
  'QualityAlertList, fixture: allHealthy',
  'QualityAlertList, state="loading"',
  'QualityAlertList, state="error" (fixture: invalid)',
  'QualityFlagTable, fixture: seed, initialCount={3}',
  'QualityFlagTable, fixture: empty',
  'QualityFlagTable, state="loading"',
] as const;

/** Every flag code and severity as a banner, then the list and the table in each of their states. */
export const AllStates: Story = {
  name: 'States at a glance',
  render: () => {
    const issues = (() => {
      const parsed = parseDataSet(invalidFixtureInput);
      return parsed.ok ? [] : parsed.issues;
    })();
    const [list, listEmpty, listLoading, listError, table, tableEmpty, tableLoading] = PANELS;
    return (
      <div style={{ display: 'grid', gap: 24 }}>
        <StatesAtAGlance
          minWidth={360}
          states={BANNERS.map(({ name, flag }) => ({ name, node: <QualityAlertBanner flag={flag} /> }))}
        />
        <StatesAtAGlance
          minWidth={520}
          states={[
            { name: list, node: <QualityAlertList data={fixtures.seed} initialCount={3} headingLevel={3} /> },
            { name: listEmpty, node: <QualityAlertList data={fixtures.allHealthy} headingLevel={3} /> },
            { name: listLoading, node: <QualityAlertList state="loading" headingLevel={3} /> },
            { name: listError, node: <QualityAlertList state="error" issues={issues} headingLevel={3} /> },
            { name: table, node: <QualityFlagTable data={fixtures.seed} initialCount={3} headingLevel={3} /> },
            { name: tableEmpty, node: <QualityFlagTable data={fixtures.empty} headingLevel={3} /> },
            { name: tableLoading, node: <QualityFlagTable state="loading" headingLevel={3} /> },
          ]}
        />
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    await expectStates(canvasElement, [...BANNERS.map((b) => b.name), ...PANELS]);
    // Every flag code, and every severity, has its banner.
    await expect(new Set(BANNERS.map((b) => b.flag.code)).size).toBe(6);
    await expect(new Set(BANNERS.map((b) => b.flag.severity))).toEqual(new Set(['critical', 'warning', 'info']));
    for (const { name, flag } of BANNERS) {
      const banner = stateNamed(canvasElement, name).firstElementChild;
      await expect(banner).toHaveAttribute('data-code', flag.code);
      await expect(banner).toHaveAttribute('role', flag.severity === 'info' ? 'status' : 'alert');
    }
    const [list, listEmpty, listLoading, listError, table, tableEmpty, tableLoading] = PANELS;
    await expect(within(stateNamed(canvasElement, list)).getAllByRole('listitem')).toHaveLength(3);
    await expect(within(stateNamed(canvasElement, listEmpty)).queryAllByRole('listitem')).toHaveLength(0);
    await expect(stateNamed(canvasElement, listLoading).querySelector('[aria-busy="true"]')).not.toBeNull();
    await expect(within(stateNamed(canvasElement, listError)).getByRole('alert')).toBeVisible();
    await expect(within(stateNamed(canvasElement, table)).getAllByRole('row')).toHaveLength(4);
    await expect(within(stateNamed(canvasElement, tableEmpty)).queryAllByRole('row').length).toBeLessThanOrEqual(1);
    await expect(within(stateNamed(canvasElement, tableLoading)).getByRole('table')).toHaveAttribute(
      'aria-busy',
      'true',
    );
  },
};

/** The seed page's "Data quality alerts" table: one row per open flag, named by its section heading. */
export const FlagTableSeed: Story = {
  name: 'Table: seed (six open flags)',
  render: () => <QualityFlagTable data={fixtures.seed} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: 'Data quality alerts' })).toBeVisible();
    await expect(canvas.getByText('Data may be outdated')).toBeVisible();
    const table = canvas.getByRole('table', { name: 'Data quality alerts' });
    await expect(table.querySelector('caption')).toBeNull();
    const rows = within(table).getAllByRole('row').slice(1);
    await expect(rows.map((row) => row.getAttribute('data-severity'))).toEqual([
      'critical',
      'critical',
      'critical',
      'warning',
      'warning',
      'info',
    ]);
    // Every row is named by its source.
    for (const row of rows) await expect(within(row).getByRole('rowheader')).not.toHaveTextContent(/^$/);
    await expect(within(rows[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent('Google Ads Suisse');
  },
};

/** Two rows first, then "Show more". */
export const FlagTableInitialCount: Story = {
  name: 'Table: first two rows, then show more',
  render: () => <QualityFlagTable data={fixtures.seed} initialCount={2} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table', { name: 'Data quality alerts' });
    await expect(within(table).getAllByRole('row')).toHaveLength(3);
    await userEvent.click(canvas.getByRole('button', { name: 'Show 2 more (4 not shown)' }));
    await expect(within(table).getAllByRole('row')).toHaveLength(5);
  },
};

const invalid = parseDataSet(invalidFixtureInput);

/** Loading, empty and error, for the list and the table: each keeps its one heading. */
export const ListAndTableStates: Story = {
  name: 'List and table: loading, empty, error',
  render: () => (
    <div style={{ display: 'grid', gap: 24 }}>
      <QualityAlertList state="loading" />
      <QualityAlertList state="error" issues={invalid.ok ? [] : invalid.issues} />
      <QualityFlagTable state="loading" />
      <QualityFlagTable data={fixtures.empty} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('heading', { name: 'Needs attention' })).toHaveLength(2);
    await expect(canvas.getAllByRole('heading', { name: 'Data quality alerts' })).toHaveLength(2);
    await expect(canvas.getByText('Loading open flags…')).toBeInTheDocument();
    await expect(canvas.getByText('Loading data quality alerts…')).toBeInTheDocument();
    await expect(canvas.getByRole('table', { name: 'Data quality alerts' })).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.getByRole('alert')).toHaveTextContent('sources[1].label');
    await expect(canvas.getByText('No open flags.')).toBeVisible();
    await expect(canvas.queryByText('Data may be outdated')).toBeNull();
  },
};
