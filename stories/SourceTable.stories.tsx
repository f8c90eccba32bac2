import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { extendedChromaticModes } from '../.storybook/modes';
import { fixtures, generatedFixture, invalidFixtureInput } from '../fixtures';
import { SourceTable, type SourceTableProps } from '../src/components/SourceTable';
import { type Locale, parseDataSet } from '../src/domain';
import { filtersForMetric, type SourceTableFilters } from '../src/domain/table';
import { translatorFor } from '../src/locales/all';
import { clockControl, fixtureArg, instantArg, parsedFixtureControl, userRoleControl } from './support/controls';
import { onlyOne } from './support/dom';
import { expectStates, StatesAtAGlance, stateNamed } from './support/glance';

const meta: Meta<typeof SourceTable> = {
  title: 'Components/SourceTable',
  component: SourceTable,
  tags: ['extended-modes'],
  args: { data: fixtureArg('seed'), variant: 'connections', userRole: 'admin', onPreviewAction: fn() },
  // The fixture, the role and the clock are controls; the locale and theme are the toolbar's.
  argTypes: {
    data: parsedFixtureControl,
    variant: { control: 'inline-radio', options: ['connections', 'syncStatus'] },
    userRole: userRoleControl,
    state: { control: 'inline-radio', options: ['ready', 'loading', 'error'] },
    now: clockControl,
  },
  render: (args) => <SourceTable {...args} now={instantArg(args.now)} />,
  parameters: {
    // Chromatic's default colour threshold: native inputs' and badges' rounded corners vary by up
    // to 6/255 per channel between runs on this machine; any visible change is far above it.
    chromatic: { modes: extendedChromaticModes, diffThreshold: 0.063 },
    docs: {
      description: {
        component:
          'The connected-sources and sync-status tables of the Sources page, from one core: sort by any column, filter by profile, platform, status, label or a health metric ("n of N sources"), controlled or uncontrolled. "View details" opens a dialog whose actions (Sync now, Reconnect, Disconnect) are preview-only: they call `onPreviewAction` and start no job. A `viewer` sees the details without actions. Only the rows in view are rendered (plus a few on each side), so 10,000 sources stay smooth.\n\n**Keyboard (a WAI-ARIA grid, one tab stop).** Tab enters the table at its active cell (at first the first row\'s Source cell) and the next Tab leaves it; Shift+Tab comes back to the same cell. ←/→: previous/next cell of the row. ↑/↓: previous/next row (the header row with its sort buttons is the first row). Home/End: first/last cell of the row. Ctrl+Home/Ctrl+End: first cell of the header row/last cell of the last row. Page Up/Page Down: as many rows as the table shows. Enter or Space: the cell\'s button (sort, "View details"). Every row of 10,000 is reached; a row moved to shows below the sticky header, and the focused row stays put when the table is scrolled away from it.',
      },
    },
  },
};

export default meta;
type Story = StoryObj<typeof SourceTable>;

/** The copy a person sees in the story's locale (the `fr` visual mode runs every story in French). */
const copyOf = (globals: Record<string, unknown>) => {
  const locale = (globals.locale as Locale | undefined) ?? 'en';
  const translate = translatorFor(locale);
  // Testing Library compares text with its spaces normalised (French puts U+00A0 before ":" and groups digits with U+202F).
  const t = (...args: Parameters<typeof translate>) => translate(...args).replace(/\s/g, ' ');
  return {
    t,
    locale,
    count: (count: number, total: number) => t('sourceTable.count', { count, total }),
  };
};
const tableOf = (canvasElement: HTMLElement, name: string) => within(canvasElement).getByRole('grid', { name });
const connected = (canvasElement: HTMLElement, globals: Record<string, unknown>) =>
  tableOf(canvasElement, copyOf(globals).t('sourceTable.connections.title'));
const details = (globals: Record<string, unknown>, label: string) =>
  `${copyOf(globals).t('sourceTable.viewDetails')} ${label}`;
/** The table's one polite live region, which says what a sort or a filter changed. */
const announcerIn = (root: HTMLElement) => onlyOne(root, 'section > [aria-live="polite"]', 'announcers');
/** The scrolling frame of the grid. */
const frameIn = (root: HTMLElement) => onlyOne(root, '[data-table-frame="grid"]', 'table frames');
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const firstLabels = (table: HTMLElement, n: number) =>
  bodyRows(table)
    .slice(0, n)
    .map((row) => within(row).getByRole('rowheader').textContent);
/** Room for the modal dialog inside the screenshot. */
const tall: Story['decorators'] = [(Story) => <div style={{ minHeight: 740 }}>{Story()}</div>];

/** The seed's connected sources: each row's status (the sync-status words) and one "View details" button each. */
export const ConnectedSources: Story = {
  name: 'Connected sources (seed)',
  play: async ({ canvasElement, globals }) => {
    const { t, count } = copyOf(globals);
    const canvas = within(canvasElement);
    const table = connected(canvasElement, globals);
    await expect(table).toHaveAttribute('aria-rowcount', '11');
    await expect(bodyRows(table)).toHaveLength(10);
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    await expect(headers).toEqual(
      (['label', 'profile', 'platform', 'status', 'detail'] as const).map((c) => t(`sourceTable.column.${c}`)),
    );
    const expired = within(table).getByRole('row', { name: /Shopify Espagne/ });
    await expect(within(expired).getByText(t('syncStatus.EXPIRED'))).toBeVisible();
    await expect(within(expired).getByText('Profile Espagne')).toBeVisible();
    await expect(canvas.getAllByRole('button', { name: new RegExp(`^${t('sourceTable.viewDetails')}`) })).toHaveLength(
      10,
    );
    await expect(canvas.getByRole('button', { name: details(globals, 'GA4 Suisse') })).toBeVisible();
    await expect(canvas.getByTestId('source-table-count')).toHaveTextContent(count(10, 10));
    await expect(canvas.getByText(t('common.dataMayBeOutdated'))).toBeVisible();
  },
};

/** The seed's sync status: derived status, last sync as a `<time>`, "Never" where there is none. */
export const SyncStatus: Story = {
  name: 'Sync status (seed)',
  args: { variant: 'syncStatus' },
  play: async ({ canvasElement, globals }) => {
    const { t, locale } = copyOf(globals);
    const table = tableOf(canvasElement, t('sourceTable.syncStatus.title'));
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    await expect(headers).toEqual(
      (['label', 'platform', 'status', 'lastSync'] as const).map((c) => t(`sourceTable.column.${c}`)),
    );
    const tiktok = within(table).getByRole('row', { name: /TikTok Ads France/ });
    await expect(within(tiktok).getByText(t('syncStatus.CONNECTED_DISABLED'))).toBeVisible();
    await expect(within(tiktok).getByText(t('sourceTable.never'))).toBeVisible();
    const shopify = within(table).getByRole('row', { name: /Shopify France/ });
    await expect(shopify.querySelector('time')).toHaveAttribute('dateTime', '2026-05-03T06:00:00Z');
    await expect(shopify.querySelector('time')).toHaveTextContent(
      locale === 'fr' ? '3 mai 2026' : '3 May 2026, 06:00 UTC',
    );
    const spain = within(table).getByRole('row', { name: /Shopify Espagne/ });
    await expect(within(spain).getByText(t('syncStatus.EXPIRED'))).toBeVisible();
  },
};

/** Sorting: the header button sorts ascending, then descending; `aria-sort` follows. */
export const SortedBySource: Story = {
  name: 'Sorted by source, then reversed',
  args: { onSortChange: fn() },
  play: async ({ canvasElement, args, globals }) => {
    const { t } = copyOf(globals);
    const table = connected(canvasElement, globals);
    const button = within(table).getByRole('button', { name: t('sourceTable.column.label') });
    const announcer = announcerIn(canvasElement);
    await expect(announcer).toHaveAttribute('aria-atomic', 'true');
    await expect(announcer).toHaveTextContent(/^$/);
    await userEvent.click(button);
    await expect(button.closest('th')).toHaveAttribute('aria-sort', 'ascending');
    await expect(announcer).toHaveTextContent(
      t('sourceTable.sortedAscending', { column: t('sourceTable.column.label') }),
    );
    await expect(args.onSortChange).toHaveBeenLastCalledWith({ column: 'label', direction: 'ascending' });
    await expect(firstLabels(table, 2)).toEqual(['GA4 France', 'GA4 Suisse']);
    await userEvent.click(button);
    await expect(button.closest('th')).toHaveAttribute('aria-sort', 'descending');
    await expect(announcer).toHaveTextContent(
      t('sourceTable.sortedDescending', { column: t('sourceTable.column.label') }),
    );
    await expect(firstLabels(table, 1)).toEqual(['TikTok Ads France']);
    await userEvent.click(within(table).getByRole('button', { name: t('sourceTable.column.status') }));
    await expect(button.closest('th')).not.toHaveAttribute('aria-sort');
    await expect(firstLabels(table, 10).at(-1)).toBe('Shopify Espagne');
  },
};

/** Filtering by text and platform, with the "n of N sources" count, then clearing. */
export const Filtered: Story = {
  name: 'Filtered: Suisse, Shopify',
  args: { onFiltersChange: fn() },
  play: async ({ canvasElement, args, globals }) => {
    const { t, count } = copyOf(globals);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox', { name: t('sourceTable.filters.search') }), 'suisse');
    await expect(canvas.getByTestId('source-table-count')).toHaveTextContent(count(4, 10));
    // Said once by the table's live region (the visible count is not a live region of its own).
    await expect(announcerIn(canvasElement)).toHaveTextContent(count(4, 10));
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: t('sourceTable.column.platform') }), 'SHOPIFY');
    await expect(canvas.getByTestId('source-table-count')).toHaveTextContent(count(1, 10));
    await expect(firstLabels(connected(canvasElement, globals), 5)).toEqual(['Shopify Suisse']);
    await expect(args.onFiltersChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ query: 'suisse', platform: 'SHOPIFY' }),
    );
    await userEvent.click(canvas.getByRole('button', { name: t('sourceTable.filters.clear') }));
    await expect(canvas.getByTestId('source-table-count')).toHaveTextContent(count(10, 10));
    await userEvent.selectOptions(
      canvas.getByRole('combobox', { name: t('sourceTable.column.status') }),
      'PERMISSION_MISSING',
    );
    await userEvent.selectOptions(
      canvas.getByRole('combobox', { name: t('sourceTable.column.profile') }),
      'profile-ch',
    );
    await expect(firstLabels(connected(canvasElement, globals), 5)).toEqual(['Google Ads Suisse']);
  },
};

/** Nothing matches: a message and "Clear filters" instead of an empty grid. */
export const NoMatch: Story = {
  name: 'No source matches the filters',
  args: { defaultFilters: { query: 'Pinterest' } },
  play: async ({ canvasElement, globals }) => {
    const { t, count } = copyOf(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByText(t('sourceTable.noMatch'))).toBeVisible();
    await expect(canvas.getByTestId('source-table-count')).toHaveTextContent(count(0, 10));
    const clears = canvas.getAllByRole('button', { name: t('sourceTable.filters.clear') });
    await expect(clears).toHaveLength(2);
    await userEvent.click(clears[1] as HTMLElement);
    await expect(bodyRows(connected(canvasElement, globals))).toHaveLength(10);
    // The button removed itself: focus went to the search field, not to `<body>`.
    await expect(canvas.getByRole('searchbox', { name: t('sourceTable.filters.search') })).toHaveFocus();
  },
};

/**
 * Without the filter bar's controls (`showFilters={false}`), a table filtered from outside still
 * says so (its count and "Clear filters"), and "Clear filters" of the no-match state hands focus to
 * the grid's tab stop once its rows show.
 */
export const NoMatchWithoutFilterBar: Story = {
  name: 'No match without the filter bar: focus goes to the grid',
  args: { defaultFilters: { query: 'Pinterest' }, showFilters: false },
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const canvas = within(canvasElement);
    // No search field or selects, yet the table says it is filtered: its count and "Clear filters".
    await expect(canvas.queryByRole('searchbox')).toBeNull();
    await expect(canvas.getByTestId('source-table-count')).toHaveTextContent(copyOf(globals).count(0, 10));
    const clears = canvas.getAllByRole('button', { name: t('sourceTable.filters.clear') });
    await expect(clears).toHaveLength(2);
    // The no-match state's own button.
    await userEvent.click(clears[1] as HTMLElement);
    const grid = connected(canvasElement, globals);
    await expect(bodyRows(grid)).toHaveLength(10);
    const stop = grid.querySelector('[tabindex="0"]');
    await expect(stop).toHaveFocus();
    await expect(stop).toHaveRole('rowheader');
    await expect(stop?.closest('tr')).toHaveAttribute('aria-rowindex', '2');
  },
};

export const Empty: Story = {
  name: 'No source connected',
  args: { data: fixtureArg('empty') },
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    await expect(within(canvasElement).getByText(t('sourceTable.empty'))).toBeVisible();
    await expect(
      within(canvasElement).queryByRole('button', { name: new RegExp(t('sourceTable.viewDetails')) }),
    ).toBeNull();
  },
};

export const Loading: Story = {
  name: 'Loading',
  args: { data: fixtureArg('empty'), state: 'loading' },
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    await expect(connected(canvasElement, globals)).toHaveAttribute('aria-busy', 'true');
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(t('sourceTable.loading'));
    await expect(canvasElement.querySelectorAll('tr[data-skeleton]')).toHaveLength(5);
  },
};

const invalid = parseDataSet(invalidFixtureInput);

/** Data that fails the schema: the panel names each problem instead of crashing. */
export const InvalidData: Story = {
  name: 'Invalid data',
  args: { data: fixtureArg('empty'), state: 'error', issues: invalid.ok ? [] : invalid.issues },
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    // Rendered with its error, the table shows it as content: nothing was shown before, so nothing is announced.
    const error = canvasElement.querySelector<HTMLElement>('div[data-state="error"]') as HTMLElement;
    await expect(error).toHaveTextContent(t('sourceTable.error'));
    await expect(error).toHaveTextContent('sources[1].label');
    await expect(error).toHaveTextContent('sources[2].platform');
    await expect(error).toHaveTextContent('sources[3].lastSuccessfulSyncAt');
    await expect(within(canvasElement).queryByRole('alert')).toBeNull();
    await expect(within(canvasElement).queryByRole('grid')).toBeNull();
  },
};

/** Markup stays text, long labels are cut with the full text kept, right-to-left labels read right. */
export const HostileLabels: Story = {
  name: 'Long, right-to-left and HTML labels',
  args: { data: fixtureArg('hostileLabels') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const cellText = { selector: '[title]' };
    await expect(canvas.getByText('<script>alert("xss")</script>', cellText)).toBeVisible();
    await expect(canvas.getByText('<img src=x onerror=alert(1)><b>Bold</b> & "quoted"', cellText)).toBeVisible();
    await expect(canvasElement.querySelector('table script, table img, table b')).toBeNull();
    const long = fixtures.hostileLabels.sources[0]?.label ?? '';
    const cell = canvas.getByTitle(long);
    await expect(cell).toHaveTextContent(long);
    await expect(cell.scrollWidth).toBeGreaterThan(cell.clientWidth);
    await expect(canvas.getByText('متجر شوبيفاي — الإعلانات', cellText)).toHaveAttribute('dir', 'auto');
  },
};

export const OneProfile: Story = {
  name: 'One profile',
  args: { data: fixtureArg('oneProfile') },
  play: async ({ canvasElement, globals }) => {
    await expect(bodyRows(connected(canvasElement, globals))).toHaveLength(5);
    await expect(within(canvasElement).getByText(copyOf(globals).count(5, 5))).toBeVisible();
  },
};

/** 60 sources over 12 profiles: only the rows in view are in the DOM. */
export const ManyProfiles: Story = {
  name: 'Many profiles (12)',
  args: { data: fixtureArg('manyProfiles'), maxHeight: 360 },
  play: async ({ canvasElement, globals }) => {
    const { t, count } = copyOf(globals);
    const canvas = within(canvasElement);
    const table = connected(canvasElement, globals);
    await expect(table).toHaveAttribute('aria-rowcount', '61');
    await expect(bodyRows(table).length).toBeLessThan(20);
    const profile = canvas.getByRole('combobox', { name: t('sourceTable.column.profile') });
    // Every profile is an option once the browser has been idle (the first render lists only the chosen one).
    await waitFor(() => expect(within(profile).getAllByRole('option')).toHaveLength(13));
    await userEvent.selectOptions(profile, 'Profile Italia');
    await expect(canvas.getByTestId('source-table-count')).toHaveTextContent(count(5, 60));
  },
};

/** The detail panel: focus moves in, Escape closes it, focus goes back to the row's button. */
export const DetailsOpen: Story = {
  name: 'Details of a stale source',
  decorators: tall,
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const canvas = within(canvasElement);
    const opener = canvas.getByRole('button', { name: details(globals, 'GA4 Suisse') });
    await userEvent.click(opener);
    const dialog = await canvas.findByRole('dialog', { name: 'GA4 Suisse' });
    await expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await expect(within(dialog).getByText(t('freshness.STALE'))).toBeVisible();
    await expect(within(dialog).getByText(t('flag.source_stale'))).toBeVisible();
    await expect(within(dialog).queryByRole('button', { name: /delete|supprimer/i })).toBeNull();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(opener).toHaveFocus();
    await userEvent.click(opener);
    await canvas.findByRole('dialog', { name: 'GA4 Suisse' });
  },
};

/** A preview action: the callback hears it, the panel says no job was started. */
export const PreviewActionTaken: Story = {
  name: 'Preview action: Reconnect (no job started)',
  decorators: tall,
  play: async ({ canvasElement, args, globals }) => {
    const { t } = copyOf(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: details(globals, 'Shopify Espagne') }));
    const dialog = await canvas.findByRole('dialog', { name: 'Shopify Espagne' });
    await expect(within(dialog).getByText(t('sourceTable.detail.previewNote'))).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: t('sourceTable.action.reconnect') }));
    await expect(args.onPreviewAction).toHaveBeenCalledTimes(1);
    await expect(args.onPreviewAction).toHaveBeenCalledWith('shopify-es', 'reconnect');
    await expect(within(dialog).getByRole('status')).toHaveTextContent(
      t('sourceTable.detail.previewDone', { action: t('sourceTable.action.reconnect') }),
    );
  },
};

/** A viewer sees every detail, and no action at all (actions are preview-only for everyone). */
export const ViewerRole: Story = {
  name: 'Viewer role',
  args: { userRole: 'viewer' },
  decorators: tall,
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: details(globals, 'Google Ads Suisse') }));
    const dialog = await canvas.findByRole('dialog', { name: 'Google Ads Suisse' });
    await expect(within(dialog).getByText(t('sourceTable.detail.viewerNote'))).toBeVisible();
    for (const action of ['sync', 'reconnect', 'disconnect'] as const) {
      await expect(within(dialog).queryByRole('button', { name: t(`sourceTable.action.${action}`) })).toBeNull();
    }
    await expect(within(dialog).getByText(t('flag.permission_missing'))).toBeVisible();
  },
};

/** The whole table without a mouse: filters, then the grid's one tab stop, sort, details, Escape. */
export const KeyboardOnly: Story = {
  name: 'Keyboard only',
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('searchbox')).toHaveFocus();
    await userEvent.keyboard('france');
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('combobox', { name: t('sourceTable.column.status') })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: t('sourceTable.filters.clear') })).toHaveFocus();
    // The grid is one tab stop: its first row's Source cell.
    await userEvent.tab();
    const grid = connected(canvasElement, globals);
    await expect(within(rowAt(grid, 2)).getByRole('rowheader', { name: 'Shopify France' })).toHaveFocus();
    // Up into the header row: the Source sort button, pressed with Enter.
    await userEvent.keyboard('{ArrowUp}');
    const sort = within(grid).getByRole('button', { name: t('sourceTable.column.label') });
    await expect(sort).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(sort.closest('th')).toHaveAttribute('aria-sort', 'ascending');
    await expect(sort).toHaveFocus();
    // Down to the first source (now GA4 France), End to its "View details".
    await userEvent.keyboard('{ArrowDown}{End}');
    const first = canvas.getByRole('button', { name: details(globals, 'GA4 France') });
    await expect(first).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const dialog = await canvas.findByRole('dialog', { name: 'GA4 France' });
    await expect(within(dialog).getByRole('button', { name: t('sourceTable.detail.close') })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(first).toHaveFocus());
  },
};

/** The row of a grid whose `aria-rowindex` is `index` (1 = the header row, 2 = the first source). */
function rowAt(grid: HTMLElement, index: number): HTMLElement {
  const row = grid.querySelector<HTMLElement>(`tr[aria-rowindex="${index}"]`);
  if (!row) throw new Error(`row ${index} of the grid is not rendered`);
  return row;
}
/** The seed's sources in the data set's order: rows 2 to 11. */
const SEED_LABELS = fixtures.seed.sources.map((source) => source.label);
/** The Source cell (row header) of the seed's row `index`. */
const sourceCellAt = (grid: HTMLElement, index: number) =>
  within(rowAt(grid, index)).getByRole('rowheader', { name: SEED_LABELS[index - 2] });
/** The rows Page Up / Page Down move by: those the grid's frame shows below its header row. */
const pageOf = (grid: HTMLTableElement) =>
  Math.floor(((grid.parentElement?.clientHeight ?? 0) - (grid.tHead?.offsetHeight ?? 0)) / 48);
/** The grid's elements in the Tab order: its one tab stop. */
const tabStops = (grid: HTMLElement) => grid.querySelectorAll('[tabindex="0"], button:not([tabindex="-1"])');

/**
 * The table is a WAI-ARIA grid with one tab stop. Tab enters it at its active cell (at first the
 * first row's Source cell) and the next Tab leaves it; Shift+Tab comes back to the same cell.
 * ←/→ move along the row, ↑/↓ between rows (the header row, with its sort buttons, is the first),
 * Home/End to the row's first/last cell, Ctrl+Home/Ctrl+End to the first cell of the header row/the
 * last cell of the last row, Page Up/Page Down by the rows the table shows. A cell with a button
 * (a sort button, "View details") focuses the button: Enter and Space press it.
 */
export const KeyboardGrid: Story = {
  name: 'Keyboard grid: one tab stop, arrows, Home/End, Page Up/Down',
  decorators: tall,
  parameters: {
    docs: {
      description: {
        story:
          'Keys: **Tab** enters the grid at its active cell and leaves it in one press (Shift+Tab comes back to the same cell); **←/→** previous/next cell of the row; **↑/↓** previous/next row (the header row is the first); **Home/End** first/last cell of the row; **Ctrl+Home/Ctrl+End** first cell of the header row/last cell of the last row; **Page Up/Page Down** as many rows as the table shows; **Enter/Space** the cell\'s button (sort, "View details").',
      },
    },
  },
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const canvas = within(canvasElement);
    const grid = connected(canvasElement, globals) as HTMLTableElement;
    const sortButton = within(grid).getByRole('button', { name: t('sourceTable.column.label') });
    const detailsOf = (label: string) => canvas.getByRole('button', { name: details(globals, label) });
    // One tab stop in the whole grid: the first row's Source cell.
    await expect(tabStops(grid)).toHaveLength(1);
    await expect(sourceCellAt(grid, 2)).toHaveAttribute('tabindex', '0');
    // The frame is no second region of the same name, and no tab stop of its own.
    const frame = frameIn(canvasElement);
    await expect(frame).not.toHaveAttribute('role');
    await expect(frame).toHaveAttribute('tabindex', '-1');

    // Tab from the filters lands on the first Source cell.
    await userEvent.click(canvas.getByRole('searchbox', { name: t('sourceTable.filters.search') }));
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('combobox', { name: t('sourceTable.column.status') })).toHaveFocus();
    await userEvent.tab();
    await expect(sourceCellAt(grid, 2)).toHaveFocus();

    // Along the row: → to Profile, End to "View details" (and no further), Home back, ← no further.
    await userEvent.keyboard('{ArrowRight}');
    const profile = (rowAt(grid, 2) as HTMLTableRowElement).cells[1] as HTMLElement;
    await expect(profile).toHaveFocus();
    await expect(profile).toHaveTextContent('Profile France');
    await userEvent.keyboard('{End}');
    await expect(detailsOf(SEED_LABELS[0] ?? '')).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(detailsOf(SEED_LABELS[0] ?? '')).toHaveFocus();
    await userEvent.keyboard('{Home}{ArrowLeft}');
    await expect(sourceCellAt(grid, 2)).toHaveFocus();

    // Between rows: ↓ to the second source, ↑↑ to the header row's sort button (and no further).
    await userEvent.keyboard('{ArrowDown}');
    await expect(sourceCellAt(grid, 3)).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    await expect(sortButton).toHaveFocus();
    await expect(sortButton.closest('tr')).toHaveAttribute('aria-rowindex', '1');

    // Ctrl+End: the last cell of the last row; Ctrl+Home: the first cell of the first row.
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await expect(detailsOf('Shopify Espagne')).toHaveFocus();
    await expect(detailsOf('Shopify Espagne').closest('tr')).toHaveAttribute('aria-rowindex', '11');
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    await expect(sortButton).toHaveFocus();

    // Page Down / Page Up: as many rows as the table shows (all ten here, so to the last row).
    const page = pageOf(grid);
    await expect(page).toBeGreaterThanOrEqual(8);
    await userEvent.keyboard('{ArrowDown}{PageDown}');
    await expect(sourceCellAt(grid, 11)).toHaveFocus();
    await userEvent.keyboard('{PageUp}');
    const up = Math.max(10 - page, 0);
    await expect(up === 0 ? sortButton : sourceCellAt(grid, up + 1)).toHaveFocus();
    await expect(tabStops(grid)).toHaveLength(1);

    // Enter on "View details" opens the dialog; Escape gives focus back to the button.
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    for (let row = 0; row < 7; row++) await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{End}');
    const opener = detailsOf('GA4 Suisse');
    await expect(opener).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const dialog = await canvas.findByRole('dialog', { name: 'GA4 Suisse' });
    await expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(opener).toHaveFocus();

    // One Tab leaves the grid; Shift+Tab comes back to the same cell.
    await userEvent.tab();
    await expect(grid).not.toContainElement(document.activeElement as HTMLElement);
    await userEvent.tab({ shift: true });
    await expect(opener).toHaveFocus();
    await expect(tabStops(grid)).toHaveLength(1);
  },
};
/** HealthSummary's `onSelectMetric` drives the filter of a controlled table. */
function MetricDriven(props: SourceTableProps) {
  const [filters, setFilters] = useState<SourceTableFilters>(filtersForMetric('criticalIssues'));
  return <SourceTable {...props} filters={filters} onFiltersChange={setFilters} />;
}

export const DrivenByHealthMetric: Story = {
  name: 'Filtered by a health metric (critical issues)',
  render: (args) => <MetricDriven {...args} />,
  play: async ({ canvasElement, globals }) => {
    const { t, count } = copyOf(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('source-table-count')).toHaveTextContent(count(3, 10));
    await expect(firstLabels(connected(canvasElement, globals), 5)).toEqual([
      'Google Ads Suisse',
      'Meta Ads Suisse',
      'Shopify Espagne',
    ]);
    const metric = t('sourceTable.filters.metric', { metric: t('health.metric.criticalIssues') });
    // The accessible name keeps French no-break spaces: any space matches.
    await userEvent.click(canvas.getByRole('button', { name: new RegExp(`^${metric.replace(/ /g, '\\s')}`) }));
    await expect(canvas.getByTestId('source-table-count')).toHaveTextContent(count(10, 10));
  },
};

/** 10,000 generated sources: at most 30 rows in the DOM, sorting and filtering still instant. */
export const TenThousandSources: Story = {
  name: '10,000 sources',
  args: { data: generatedFixture(10_000), variant: 'syncStatus' },
  play: async ({ canvasElement, globals }) => {
    const { t, count } = copyOf(globals);
    const canvas = within(canvasElement);
    const table = tableOf(canvasElement, t('sourceTable.syncStatus.title'));
    await expect(table).toHaveAttribute('aria-rowcount', '10001');
    await expect(table.querySelectorAll('tbody tr:not([data-spacer])').length).toBeLessThanOrEqual(30);
    await userEvent.click(within(table).getByRole('button', { name: t('sourceTable.column.lastSync') }));
    await expect(bodyRows(table)[0]).toHaveAttribute('aria-rowindex', '2');
    await userEvent.type(canvas.getByRole('searchbox'), '#9999');
    await waitFor(() => expect(canvas.getByTestId('source-table-count')).toHaveTextContent(count(1, 10_000)));
  },
};

/**
 * 1,000 sources: the rows in view are recycled as the table scrolls (a row element shows another
 * source), but the focused row is not. Scrolled far away, it stays rendered where it sits (between
 * the spacers), and focus stays on its source's cell — never on another source, never on `<body>`.
 * Moving up with the keyboard, each row stops below the sticky header row, never under it (WCAG
 * 2.4.12), and so does a cell Shift+Tab comes back to.
 */
export const FocusWhenItsRowScrollsAway: Story = {
  name: 'Focus when its row scrolls away (1,000 sources)',
  args: { data: generatedFixture(1_000) },
  play: async ({ canvasElement, globals }) => {
    const grid = connected(canvasElement, globals) as HTMLTableElement;
    const frame = frameIn(canvasElement);
    // The header row's cells are sticky (the <thead> itself scrolls away with the table).
    const header = grid.tHead?.rows[0]?.cells[0] as HTMLElement;
    /** The focused element's row is whole below the sticky header and inside the frame. */
    const expectFocusedRowShown = async (index: number) => {
      const row = (document.activeElement as HTMLElement).closest('tr') as HTMLElement;
      await expect(row).toHaveAttribute('aria-rowindex', String(index));
      const box = row.getBoundingClientRect();
      await expect(box.top).toBeGreaterThanOrEqual(header.getBoundingClientRect().bottom - 0.5);
      await expect(box.bottom).toBeLessThanOrEqual(frame.getBoundingClientRect().bottom + 0.5);
    };
    await expect(grid).toHaveAttribute('aria-rowcount', '1001');
    // Row 13 sits just below the frame's view: the rows around the view follow the rows in view
    // when the browser is idle.
    const row = await waitFor(() => rowAt(grid, 13));
    const id = row.getAttribute('data-source-id');
    const cell = within(row).getByRole('rowheader');
    await userEvent.click(cell);
    await expect(cell).toHaveFocus();
    await expect(cell).toHaveAttribute('tabindex', '0');
    const height = frame.scrollHeight;

    // Far away: the row is kept, focus stays on its source's cell.
    frame.scrollTop = height;
    await waitFor(() => expect(grid.querySelector('tr[aria-rowindex="1001"]')).not.toBeNull());
    await expect(document.activeElement).not.toBe(document.body);
    await expect(document.activeElement).toHaveAttribute('scope', 'row');
    await expect(document.activeElement?.closest('tr')).toHaveAttribute('data-source-id', id);
    await expect(document.activeElement?.closest('tr')).toHaveAttribute('aria-rowindex', '13');
    await expect(frame.scrollHeight).toBe(height);
    // The rows in view (11), four on each side, and the focused row.
    await expect(grid.querySelectorAll('tbody tr[aria-rowindex]').length).toBeLessThanOrEqual(20);

    // Back at the top: the row is in the window again, focus still on it.
    frame.scrollTop = 0;
    await waitFor(() => expect(grid.querySelector('tr[aria-rowindex="2"]')).not.toBeNull());
    await waitFor(() => expect(document.activeElement?.closest('tr')).toHaveAttribute('data-source-id', id));

    // Down three pages, then up past the top of the view: no row ends under the sticky header.
    const page = pageOf(grid);
    await userEvent.keyboard('{PageDown}{PageDown}{PageDown}');
    let index = 13 + 3 * page;
    await expectFocusedRowShown(index);
    for (let step = 0; step < page + 2; step++) {
      await userEvent.keyboard('{ArrowUp}');
      index -= 1;
      await expectFocusedRowShown(index);
    }
    // Half under the header: Tab out and Shift+Tab back brings the cell below the header.
    frame.scrollTop = (index - 2) * 48 + 16;
    await userEvent.tab();
    await expect(grid).not.toContainElement(document.activeElement as HTMLElement);
    await userEvent.tab({ shift: true });
    await expect(document.activeElement?.closest('tr')).toHaveAttribute('aria-rowindex', String(index));
    await waitFor(() => expectFocusedRowShown(index));
  },
};

/** French copy throughout. */
export const French: Story = {
  name: 'Connected sources (French)',
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('grid', { name: 'Sources connectées' });
    await expect(within(table).getByText('Déconnectée — jeton expiré')).toBeVisible();
    await expect(canvas.getByText('10 sur 10 sources')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Voir le détail GA4 Suisse' })).toBeVisible();
  },
};

/** Each state of the table, under the fixture and props that make it. */
const GLANCE: Array<[string, SourceTableProps]> = [
  ['fixture: seed', {}],
  ['fixture: seed, variant="syncStatus"', { variant: 'syncStatus' }],
  [
    'defaultFilters: TIKTOK_ADS + EXPIRED (no match)',
    { defaultFilters: { platform: 'TIKTOK_ADS', status: 'EXPIRED' } },
  ],
  ['fixture: empty', { data: fixtures.empty }],
  ['state="loading"', { data: fixtures.empty, state: 'loading' }],
  [
    'state="error" (fixture: invalid)',
    { data: fixtures.empty, state: 'error', issues: invalid.ok ? [] : invalid.issues.slice(0, 2) },
  ],
  ['fixture: everyConnection, userRole="viewer"', { data: fixtures.everyConnection, userRole: 'viewer' }],
  ['fixture: hostileLabels', { data: fixtures.hostileLabels }],
];

/** Every state side by side (compact: no filter bar, two rows in view), for review and screenshots. */
export const AllStates: Story = {
  name: 'States at a glance',
  parameters: {
    // Seven panels cannot fit a 360 px wide screen; each state has its own story in that mode.
    chromatic: { modes: { ...extendedChromaticModes, narrow: { disable: true } }, diffThreshold: 0.063 },
  },
  render: (args) => (
    <StatesAtAGlance
      minWidth={520}
      states={GLANCE.map(([name, props]) => ({
        name,
        node: <SourceTable {...args} maxHeight={138} headingLevel={3} showFilters={false} {...props} />,
      }))}
    />
  ),
  play: async ({ canvasElement }) => {
    await expectStates(
      canvasElement,
      GLANCE.map(([name]) => name),
    );
    const state = (name: string) => stateNamed(canvasElement, name).querySelector(':scope > section');
    const [seed, sync, noMatch, empty, loading, error, viewer, hostile] = GLANCE.map(([name]) => name);
    await expect(state(seed ?? '')).toHaveAttribute('data-state', 'ready');
    await expect(state(sync ?? '')).toHaveAttribute('data-variant', 'syncStatus');
    await expect(state(noMatch ?? '')).toHaveAttribute('data-state', 'no-match');
    await expect(state(empty ?? '')).toHaveAttribute('data-state', 'empty');
    await expect(state(loading ?? '')).toHaveAttribute('data-state', 'loading');
    await expect(state(error ?? '')).toHaveAttribute('data-state', 'error');
    await expect(state(viewer ?? '')).toHaveAttribute('data-state', 'ready');
    await expect(state(hostile ?? '')).toHaveAttribute('data-state', 'ready');
    // The error state renders with the table: content, not an alert.
    await expect(within(canvasElement).queryAllByRole('alert')).toHaveLength(0);
  },
};
