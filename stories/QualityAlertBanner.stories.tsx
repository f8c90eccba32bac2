import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { fixtures, invalidFixtureInput } from '../fixtures';
import { QualityAlertBanner, QualityAlertList, QualityFlagTable } from '../src/components/QualityAlertBanner';
import { type DataSet, parseDataSet, type QualityFlag, qualityFlagsOf, type Source, sortFlags } from '../src/domain';
import { focusRing } from '../src/theme';
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
          'One banner per open data-quality flag: severity (text + shape), the exact message and the source. Not dismissible while the flag is open. Only news is announced: a banner is plain content (no live role) unless `announce` is set for a flag that appeared after load, then critical and warning are `role="alert"`, info `role="status"`. `QualityAlertList` shows them all, sorted critical → warning → info, with a count per severity, and announces only the flags that appear after its data came.',
      },
    },
  },
} satisfies Meta<typeof QualityAlertBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A banner a person can read, that names its source, and that offers no way to dismiss it; with
 * the live role it is given (`null`: plain content, what a page renders with).
 */
async function expectBanner(
  canvasElement: HTMLElement,
  role: 'alert' | 'status' | null,
  severity: string,
  message: string,
  sourceLine: string,
) {
  const banner = canvasElement.querySelector<HTMLElement>('[data-severity]');
  if (!banner) throw new Error('no banner');
  if (role === null) {
    await expect(banner).not.toHaveAttribute('role');
    await expect(within(canvasElement).queryByRole('alert')).toBeNull();
    await expect(within(canvasElement).queryByRole('status')).toBeNull();
  } else {
    await expect(within(canvasElement).getByRole(role)).toBe(banner);
  }
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
      null,
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
      null,
      'CRITICAL',
      'Missing permission/scope — cannot sync fully.',
      'Source: Google Ads Suisse',
    ),
};

export const Disconnected: Story = {
  name: 'Critical: disconnected',
  args: { flag: flagOf('source_disconnected') },
  play: async ({ canvasElement }) =>
    expectBanner(canvasElement, null, 'CRITICAL', 'Source disconnected.', 'Source: Meta Ads Suisse'),
};

export const SchemaChanged: Story = {
  name: 'Warning: schema changed',
  args: { flag: flagOf('schema_changed') },
  play: async ({ canvasElement }) =>
    expectBanner(canvasElement, null, 'WARNING', 'Schema changed — review required.', 'Source: Shopify Suisse'),
};

export const Stale: Story = {
  name: 'Warning: data may be outdated',
  args: { flag: flagOf('source_stale') },
  play: async ({ canvasElement }) =>
    expectBanner(
      canvasElement,
      null,
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
      null,
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
      null,
      'INFO',
      'Field mapping unconfirmed — metrics hidden from widgets.',
      'Source: GA4 France',
    );
  },
};

/** A critical flag the host shows after the page has loaded: news, announced once as an alert. */
export const AnnouncedCritical: Story = {
  name: 'Announced: a critical flag that appears after load',
  args: { announce: true },
  play: async ({ canvasElement }) => {
    await expectBanner(
      canvasElement,
      'alert',
      'CRITICAL',
      'Source disconnected — token expired. Reconnect required.',
      'Source: Shopify Espagne',
    );
    await expect(within(canvasElement).getAllByRole('alert')).toHaveLength(1);
  },
};

/** An info flag that appears after load is news too, said politely (`role="status"`), never as an alert. */
export const AnnouncedInfo: Story = {
  name: 'Announced: an info flag that appears after load',
  args: { flag: flagOf('mapping_unconfirmed'), announce: true },
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
    await expect(canvasElement.querySelector('[data-severity]')).toHaveTextContent('<script>alert("xss")</script>');
    await expect(canvasElement.querySelector('script')).toBeNull();
  },
};

export const French: Story = {
  name: 'Critical: token expired (French)',
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) =>
    expectBanner(
      canvasElement,
      null,
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
    // What the list renders with is content: nothing is announced on load.
    await expect(canvas.queryAllByRole('alert')).toHaveLength(0);
    await expect(canvas.queryAllByRole('status')).toHaveLength(0);
    await expect(canvasElement.querySelector('[aria-live]')).toBeNull();
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
      // Rendered with, not news: no live role.
      await expect(banner).not.toHaveAttribute('role');
    }
    const [list, listEmpty, listLoading, listError, table, tableEmpty, tableLoading] = PANELS;
    await expect(within(stateNamed(canvasElement, list)).getAllByRole('listitem')).toHaveLength(3);
    await expect(within(stateNamed(canvasElement, listEmpty)).queryAllByRole('listitem')).toHaveLength(0);
    await expect(stateNamed(canvasElement, listLoading).querySelector('[aria-busy="true"]')).not.toBeNull();
    // The list renders with its error: shown as content, not announced.
    await expect(stateNamed(canvasElement, listError).querySelector('div[data-state="error"]')).toBeVisible();
    await expect(within(canvasElement).queryAllByRole('alert')).toHaveLength(0);
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
    await expect(canvasElement.querySelector('div[data-state="error"]')).toHaveTextContent('sources[1].label');
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(canvas.getByText('No open flags.')).toBeVisible();
    await expect(canvas.queryByText('Data may be outdated')).toBeNull();
  },
};

/** A seed source under another name: the same state, a new flag when the host adds it. */
function sourceLike(id: string, newId: string, label: string): Source {
  const source = fixtures.seed.sources.find((s) => s.id === id);
  if (!source) throw new Error(`no source ${id} in the seed`);
  return { ...source, id: newId, label };
}
/** Its token expires while the person is on the page: a critical flag. */
const EXPIRING = sourceLike('shopify-es', 'shopify-pt', 'Shopify Portugal');
/** Its mapping becomes unconfirmed while the person is on the page: an info flag. */
const UNMAPPED = sourceLike('ga4-fr', 'ga4-pt', 'GA4 Portugal');

/** The list as a host renders it again when its data changes: each button brings one new flag. */
function ListWithNews() {
  const [extra, setExtra] = useState<readonly Source[]>([]);
  const add = (source: Source) => setExtra((sources) => (sources.includes(source) ? sources : [...sources, source]));
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        <button type="button" onClick={() => add(EXPIRING)}>
          Host: Shopify Portugal's token expires
        </button>
        <button type="button" onClick={() => add(UNMAPPED)}>
          Host: GA4 Portugal's mapping is unconfirmed
        </button>
      </div>
      <QualityAlertList data={{ ...fixtures.seed, sources: [...fixtures.seed.sources, ...extra] }} />
    </div>
  );
}

/**
 * Only news is announced: the six flags the list renders with are content; a critical flag that
 * appears later is one alert, an info flag that appears later one polite status, each said once.
 */
export const ListAnnouncesNews: Story = {
  name: 'List: a new flag is announced once',
  render: () => <ListWithNews />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = canvas.getByRole('region', { name: 'Needs attention' });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(6);
    await expect(within(list).queryAllByRole('alert')).toHaveLength(0);
    await expect(within(list).queryAllByRole('status')).toHaveLength(0);

    await userEvent.click(canvas.getByRole('button', { name: "Host: Shopify Portugal's token expires" }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(7));
    const alerts = within(list).getAllByRole('alert');
    await expect(alerts).toHaveLength(1);
    await expect(alerts[0]).toHaveTextContent('Source disconnected — token expired. Reconnect required.');
    await expect(alerts[0]).toHaveTextContent('Source: Shopify Portugal');
    // The other banners stay content: one live element in the whole list.
    await expect(list.querySelectorAll('[role]')).toHaveLength(1);

    await userEvent.click(canvas.getByRole('button', { name: "Host: GA4 Portugal's mapping is unconfirmed" }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(8));
    const status = within(list).getByRole('status');
    await expect(status).toHaveTextContent('Source: GA4 Portugal');
    // The alert already said is not said again: still the same one element.
    await expect(within(list).getAllByRole('alert')).toEqual(alerts);
    await expect(canvasElement.querySelector('[aria-live="assertive"]')).toBeNull();
  },
};

/**
 * "Show more" moves focus to the first banner it shows (with the focus ring); the last press
 * removes the button and focus is still on a banner, never on `<body>`. Nothing is announced.
 */
export const ListShowMoreFocus: Story = {
  name: 'List: Show more focuses the first banner it shows',
  render: () => <QualityAlertList data={fixtures.seed} initialCount={2} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const items = () => canvas.getAllByRole('listitem');
    await expect(items()).toHaveLength(2);
    canvas.getByRole('button', { name: 'Show 2 more (4 not shown)' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(items()).toHaveLength(4));
    const third = items()[2] as HTMLElement;
    await waitFor(() => expect(third).toHaveFocus());
    await expect(third).toHaveAttribute('tabindex', '-1');
    await expect(third).toHaveClass(focusRing);
    // The ring is drawn: the keyboard moved focus, so it is a visible focus.
    await expect(third).toSatisfy((element: Element) => element.matches(':focus-visible'));
    await expect(getComputedStyle(third).outlineStyle).toBe('solid');
    await expect(third).toHaveTextContent('Source: Shopify Espagne');

    canvas.getByRole('button', { name: 'Show 2 more (2 not shown)' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(items()).toHaveLength(6));
    await waitFor(() => expect(items()[4]).toHaveFocus());
    await expect(canvas.queryByRole('button')).toBeNull();
    await expect(document.activeElement).not.toBe(document.body);
    await expect(canvas.queryAllByRole('alert')).toHaveLength(0);
  },
};
