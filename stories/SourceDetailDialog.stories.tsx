import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { extendedChromaticModes, ZOOM400_VIEWPORT, zoom400ChromaticModes } from '../.storybook/modes';
import { fixtures } from '../fixtures';
import { SourceDetailDialog, type SourceDetailDialogProps } from '../src/components/SourceTable';
import {
  analyse,
  type DataSet,
  type PreviewAction,
  previewActionsFor,
  type SourceView,
  type UserRole,
} from '../src/domain';
import { copyOf } from './support/copy';
import { seedNow } from './support/fixtures';
import { expectStates, StatesAtAGlance, stateNamed } from './support/glance';
import { expectFullyShown, focusTooltipIn } from './support/tooltip';

/** A source of a fixture as the page hands it to the dialog: its view (status, freshness, flags) and its profile. */
function viewOf(dataSet: DataSet, id: string): Pick<SourceDetailDialogProps, 'source' | 'profile'> {
  const view = analyse(dataSet.sources, seedNow).sources.find((v: SourceView) => v.source.id === id);
  if (!view) throw new Error(`fixture has no source "${id}"`);
  return { source: view, profile: dataSet.profiles.find((p) => p.id === view.source.profileId) };
}

const meta: Meta<typeof SourceDetailDialog> = {
  title: 'Components/SourceDetailDialog',
  component: SourceDetailDialog,
  tags: ['extended-modes'],
  args: { ...viewOf(fixtures.seed, 'ga4-ch'), userRole: 'admin', onClose: fn(), onPreviewAction: fn() },
  argTypes: {
    source: { control: false },
    profile: { control: false },
    userRole: { control: 'inline-radio', options: ['viewer', 'editor', 'admin'] satisfies UserRole[] },
    modal: { control: 'boolean' },
  },
  parameters: {
    // Chromatic's default colour threshold, as on the source table: the badges' warning icon is
    // anti-aliased up to 5/255 per channel differently from one run to the next on this machine
    // (seen on 2 of its pixels in one run of 406); any visible change is far above it.
    chromatic: { modes: extendedChromaticModes, diffThreshold: 0.063 },
    docs: {
      description: {
        component:
          'The detail panel of one source, opened by SourceTable\'s "View details": profile, platform, sync status, whether it is enabled, freshness with the exact time of the last sync, its open flags, and the preview-only actions (Sync now, Reconnect, Disconnect — they call `onPreviewAction` and start no job; there is no delete). A `viewer` sees every detail and no action. `modal={false}` shows it as an open panel in the page\'s flow.',
      },
    },
  },
};

export default meta;
type Story = StoryObj<typeof SourceDetailDialog>;

/** The modal: open on a stale source, Escape asks the owner to close it. */
export const Default: Story = {
  decorators: [(Story) => <div style={{ minHeight: 740 }}>{Story()}</div>],
  play: async ({ canvasElement, args, globals }) => {
    const { t } = copyOf(globals);
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: 'GA4 Suisse' });
    await expect(dialog).toHaveAttribute('data-modal', 'true');
    await expect(within(dialog).getByText(t('freshness.STALE'))).toBeVisible();
    await expect(within(dialog).getByText(t('flag.source_stale'))).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(args.onClose).toHaveBeenCalled());
  },
};

/** The dialog's preview action buttons, in the order they are shown. */
const actionButtons = (dialog: HTMLElement) => [...dialog.querySelectorAll<HTMLButtonElement>('button[data-action]')];

/**
 * Checks the actions are shown in the given order, the first one primary, the middle one
 * secondary and Disconnect last with the destructive (danger) variant.
 */
async function expectActionOrder(
  dialog: HTMLElement,
  order: readonly PreviewAction[],
  t: ReturnType<typeof copyOf>['t'],
) {
  const buttons = actionButtons(dialog);
  await expect(buttons.map((b) => b.dataset.action)).toEqual(order);
  await expect(buttons.map((b) => b.dataset.variant)).toEqual(['primary', 'secondary', 'danger']);
  await expect(buttons.map((b) => b.dataset.emphasis)).toEqual(['primary', 'secondary', 'destructive']);
  const names = order.map((action) => t(`sourceTable.action.${action}`));
  for (const [index, name] of names.entries()) await expect(buttons[index]).toHaveAccessibleName(name);
  // Only one primary action in the dialog.
  await expect(dialog.querySelectorAll('button[data-variant="primary"]')).toHaveLength(1);
}

/**
 * A token expired: Reconnect is what the source needs, so it comes first as the primary button;
 * Disconnect stays last, destructive. Choosing it calls back and starts no job.
 */
export const ExpiredReconnectFirst: Story = {
  name: 'Token expired: Reconnect first',
  args: { ...viewOf(fixtures.seed, 'shopify-es') },
  decorators: [(Story) => <div style={{ minHeight: 740 }}>{Story()}</div>],
  play: async ({ canvasElement, args, globals }) => {
    const { t } = copyOf(globals);
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: 'Shopify Espagne' });
    await expect(within(dialog).getByText(t('syncStatus.EXPIRED'))).toBeVisible();
    await expectActionOrder(dialog, ['reconnect', 'sync', 'disconnect'], t);
    const [reconnect] = actionButtons(dialog);
    await userEvent.click(reconnect as HTMLButtonElement);
    await expect(args.onPreviewAction).toHaveBeenCalledWith('shopify-es', 'reconnect');
    await expect(within(dialog).getByRole('status')).toHaveTextContent(
      t('sourceTable.detail.previewDone', { action: t('sourceTable.action.reconnect') }),
    );
  },
};

/** A healthy source: Sync now first (primary), Reconnect next, Disconnect last and destructive. */
export const HealthySyncFirst: Story = {
  name: 'Healthy: Sync now first',
  args: { ...viewOf(fixtures.seed, 'shopify-fr') },
  decorators: [(Story) => <div style={{ minHeight: 740 }}>{Story()}</div>],
  play: async ({ canvasElement, args, globals }) => {
    const { t } = copyOf(globals);
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: 'Shopify France' });
    await expectActionOrder(dialog, ['sync', 'reconnect', 'disconnect'], t);
    const disconnect = within(dialog).getByRole('button', { name: t('sourceTable.action.disconnect') });
    await expect(disconnect).toHaveAttribute('data-variant', 'danger');
    await userEvent.click(disconnect);
    // Preview only: the host is told, nothing is started.
    await expect(args.onPreviewAction).toHaveBeenCalledWith('shopify-fr', 'disconnect');
    await expect(within(dialog).getByRole('status')).toHaveTextContent(
      t('sourceTable.detail.previewDone', { action: t('sourceTable.action.disconnect') }),
    );
  },
};

/** A source past its error window: its freshness reads OVERDUE, in the critical tone (the data still says STALE). */
export const Overdue: Story = {
  name: 'Past its error window: overdue',
  args: { ...viewOf(fixtures.everyFreshness, 'f-critical') },
  decorators: [(Story) => <div style={{ minHeight: 740 }}>{Story()}</div>],
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog', {
      name: 'Google Ads Suisse (past error window)',
    });
    const cell = dialog.querySelector('span[data-level][data-state]');
    await expect(cell).toHaveAttribute('data-state', 'STALE');
    await expect(cell).toHaveAttribute('data-level', 'OVERDUE');
    const badge = within(dialog).getByText(t('freshness.OVERDUE')).closest('[data-tone]');
    await expect(badge).toHaveAttribute('data-tone', 'critical');
    await expect(within(dialog).queryByText(t('freshness.STALE'))).toBeNull();
    // The stale flag is critical too: the badge and the flag agree.
    await expect(within(dialog).getByText(t('flag.source_stale')).closest('li')).toHaveAttribute(
      'data-severity',
      'critical',
    );
  },
};

/**
 * Escape on a tooltip inside the dialog closes the tooltip only (WCAG 1.4.13, dismissible); the
 * next Escape closes the dialog. The tooltip is in the top layer, above the modal.
 */
export const TooltipInDialog: Story = {
  name: 'Tooltip in the dialog: Escape closes the tooltip only',
  decorators: [(Story) => <div style={{ minHeight: 740 }}>{Story()}</div>],
  play: async ({ canvasElement, args }) => {
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: 'GA4 Suisse' });
    const { trigger, tooltip } = await focusTooltipIn(dialog);
    await expectFullyShown(tooltip);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(tooltip).not.toBeVisible());
    await expect(dialog).toHaveAttribute('open');
    await expect(args.onClose).not.toHaveBeenCalled();
    await expect(trigger).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(args.onClose).toHaveBeenCalledTimes(1));
  },
};

/**
 * At 400 % zoom (a 320 × 256 CSS px viewport) the dialog scrolls, and the tooltip of its
 * freshness field stays inside the viewport (flipped above its trigger when there is no room below).
 */
export const TooltipAtZoom: Story = {
  name: 'Tooltip at 400 % zoom (320 × 256)',
  globals: { viewport: { value: 'zoom400', isRotated: false } },
  // The screenshot is the whole 320 × 256 viewport: the modal and its tooltip as a person sees them.
  parameters: { layout: 'fullscreen', chromatic: { modes: zoom400ChromaticModes } },
  decorators: [(Story) => <div style={{ height: '100vh' }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    await expect(canvasElement.ownerDocument.documentElement.clientWidth).toBe(ZOOM400_VIEWPORT.width);
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: 'GA4 Suisse' });
    const { tooltip } = await focusTooltipIn(dialog);
    await expectFullyShown(tooltip);
  },
};

const role = (userRole: UserRole) => `userRole="${userRole}"`;

/** Each state: the source (by fixture and id) and the role it is seen with. */
const STATES = [
  { name: `seed · shopify-fr · ${role('admin')}`, dataSet: fixtures.seed, id: 'shopify-fr', userRole: 'admin' },
  { name: `seed · ga4-ch · ${role('viewer')}`, dataSet: fixtures.seed, id: 'ga4-ch', userRole: 'viewer' },
  { name: `seed · google-ads-ch · ${role('admin')}`, dataSet: fixtures.seed, id: 'google-ads-ch', userRole: 'admin' },
  { name: `seed · meta-ads-ch · ${role('admin')}`, dataSet: fixtures.seed, id: 'meta-ads-ch', userRole: 'admin' },
  { name: `seed · shopify-es · ${role('editor')}`, dataSet: fixtures.seed, id: 'shopify-es', userRole: 'editor' },
  {
    name: `everyFreshness · f-syncing · ${role('viewer')}`,
    dataSet: fixtures.everyFreshness,
    id: 'f-syncing',
    userRole: 'viewer',
  },
  {
    name: `everyFreshness · f-critical · ${role('admin')}`,
    dataSet: fixtures.everyFreshness,
    id: 'f-critical',
    userRole: 'admin',
  },
  {
    name: `hostileLabels · ${fixtures.hostileLabels.sources[0]?.id} · ${role('admin')}`,
    dataSet: fixtures.hostileLabels,
    id: fixtures.hostileLabels.sources[0]?.id ?? '',
    userRole: 'admin',
  },
] as const satisfies readonly { name: string; dataSet: DataSet; id: string; userRole: UserRole }[];

/** The state whose preview action the play function takes, to show the "no job was started" note. */
const PREVIEWED = STATES[4].name;

/**
 * Every kind of source the panel shows — healthy without flags, stale, permission missing,
 * disconnected, token expired, syncing, past its error window, a hostile label — in each role, side
 * by side as open panels (`modal={false}`), one with a preview action taken.
 */
export const AllStates: Story = {
  name: 'States at a glance',
  render: () => (
    <StatesAtAGlance
      minWidth={420}
      states={STATES.map(({ name, dataSet, id, userRole }) => ({
        name,
        node: (
          <SourceDetailDialog {...viewOf(dataSet, id)} userRole={userRole} modal={false} onClose={() => undefined} />
        ),
      }))}
    />
  ),
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    await expectStates(
      canvasElement,
      STATES.map((s) => s.name),
    );
    for (const { name, dataSet, id, userRole } of STATES) {
      const dialog = within(stateNamed(canvasElement, name)).getByRole('dialog');
      const label = dataSet.sources.find((s) => s.id === id)?.label ?? '';
      await expect(dialog).toBeVisible();
      await expect(dialog).toHaveAttribute('data-modal', 'false');
      await expect(dialog).toHaveAccessibleName(label);
      const actions = within(dialog)
        .queryAllByRole('button', { name: /./ })
        .filter((b) => b.dataset.action);
      await expect(actions).toHaveLength(userRole === 'viewer' ? 0 : 3);
      // In the order the source needs them: the domain's order, the first primary, Disconnect danger.
      if (userRole !== 'viewer') {
        const expected = previewActionsFor(dataSet.sources.find((s) => s.id === id) ?? { connection: 'CONNECTED' });
        await expect(actions.map((b) => b.dataset.action)).toEqual(expected.map((a) => a.action));
        await expect(actions[0]).toHaveAttribute('data-variant', 'primary');
        await expect(actions.at(-1)).toHaveAttribute('data-variant', 'danger');
      }
    }
    // The healthy source has no flag; the others name theirs.
    const healthy = within(stateNamed(canvasElement, STATES[0].name)).getByRole('dialog');
    await expect(within(healthy).getByText(t('sourceTable.detail.noFlags'))).toBeVisible();
    const expired = within(stateNamed(canvasElement, STATES[4].name)).getByRole('dialog');
    await expect(within(expired).getByText(t('syncStatus.EXPIRED'))).toBeVisible();
    // A hostile label is text, not markup.
    const hostile = within(stateNamed(canvasElement, STATES[7].name)).getByRole('dialog');
    await expect(hostile.querySelector('img, script, iframe')).toBeNull();

    const previewed = within(stateNamed(canvasElement, PREVIEWED)).getByRole('dialog');
    await userEvent.click(within(previewed).getByRole('button', { name: t('sourceTable.action.reconnect') }));
    await expect(within(previewed).getByRole('status')).toHaveTextContent(
      t('sourceTable.detail.previewDone', { action: t('sourceTable.action.reconnect') }),
    );
  },
};
