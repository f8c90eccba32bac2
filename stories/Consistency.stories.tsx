import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { fixtureInputs } from '../fixtures';
import { IntegrationsSettingsPage } from '../src/components/IntegrationsSettingsPage';
import { type Locale, SEED_NOW } from '../src/domain';
import { localeChoices } from '../src/locales/all';
import { copyOf } from './support/copy';

/**
 * One design language, measured: the whole page (every component on it, the credential field
 * being replaced and a source's detail dialog open) is measured in the browser, and the story
 * fails when one component drifts from the others:
 * - one computed font size per heading level;
 * - every `<button>` is the system's Button (or a tooltip's text trigger), one height per size;
 * - one body-row height per table density, every table in the same frame;
 * - every badge in one casing, size and weight.
 */
const meta = {
  title: 'Foundations/Consistency',
  component: IntegrationsSettingsPage,
  args: {
    data: fixtureInputs.seed,
    now: SEED_NOW,
    userRole: 'admin',
    credentials: {
      clientId: { isSet: true, setAt: '2026-04-28T09:12:00Z', setBy: 'Camille' },
      clientSecret: { isSet: false },
    },
    onSubmitCredential: fn(),
    onPreviewAction: fn(),
    onExport: fn(),
  },
  render: (args, { globals }) => (
    <IntegrationsSettingsPage {...args} {...localeChoices[(globals.locale as Locale | undefined) ?? 'en']} />
  ),
  // The page's picture is the Seed story's (Pages/IntegrationsSettingsPage); this story's test is its measurements.
  parameters: { layout: 'fullscreen', chromatic: { disableSnapshot: true } },
} satisfies Meta<typeof IntegrationsSettingsPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Distinct values of `measure` per group, e.g. font sizes per heading level. */
function valuesBy<T extends Element>(
  elements: Iterable<T>,
  group: (element: T) => string | null,
  measure: (element: T) => string,
): Record<string, string[]> {
  const out: Record<string, Set<string>> = {};
  for (const element of elements) {
    const key = group(element);
    if (key === null) continue;
    out[key] ??= new Set();
    out[key].add(measure(element));
  }
  return Object.fromEntries(Object.entries(out).map(([key, values]) => [key, [...values].sort()]));
}

/** Groups whose elements do not all measure the same. */
const drifting = (groups: Record<string, string[]>) => Object.entries(groups).filter(([, values]) => values.length > 1);
const px = (value: number) => `${Math.round(value * 10) / 10}px`;

/** A tooltip's trigger is text that opens the tooltip, not a button of the system. */
function isTooltipTrigger(button: HTMLButtonElement): boolean {
  const described = button.getAttribute('aria-describedby');
  return described !== null && document.getElementById(described)?.getAttribute('role') === 'tooltip';
}

/** Every measurement over `root` (the open dialog is inside it in the DOM, though shown in the top layer). */
function measure(root: ParentNode) {
  const all = <T extends Element>(selector: string) => Array.from(root.querySelectorAll<T>(selector));
  const headings = valuesBy(
    all<HTMLHeadingElement>('h1, h2, h3, h4, h5, h6'),
    (h) => h.tagName.toLowerCase(),
    (h) => getComputedStyle(h).fontSize,
  );
  const buttons = all<HTMLButtonElement>('button');
  const strayButtons = buttons
    .filter((b) => !b.hasAttribute('data-size') && !isTooltipTrigger(b))
    .map((b) => b.textContent?.trim() ?? '');
  const buttonHeights = valuesBy(
    buttons.filter((b) => b.offsetParent !== null),
    (b) => b.getAttribute('data-size'),
    (b) => px(b.getBoundingClientRect().height),
  );
  const rows = all<HTMLTableRowElement>('table[data-density] > tbody > tr').filter(
    (row) => !row.hasAttribute('data-spacer') && row.getAttribute('aria-hidden') !== 'true',
  );
  const rowHeights = valuesBy(
    rows,
    (row) => row.closest('table')?.getAttribute('data-density') ?? null,
    (row) => px(row.getBoundingClientRect().height),
  );
  const frames = valuesBy(
    all<HTMLTableElement>('table'),
    () => 'frame',
    (table) => {
      const frame = table.closest('[data-table-frame]');
      if (!frame) return 'no frame';
      const style = getComputedStyle(frame);
      return `${style.borderTopWidth} ${style.borderTopStyle} radius ${style.borderTopLeftRadius}`;
    },
  );
  const badges = valuesBy(
    all<HTMLElement>('span[data-tone]'),
    () => 'badge',
    (badge) => {
      const style = getComputedStyle(badge);
      return `${style.textTransform} ${style.fontSize} ${style.fontWeight}`;
    },
  );
  return {
    headings,
    strayButtons,
    buttonHeights,
    rowHeights,
    frames,
    badges,
    counts: { buttons: buttons.length, rows: rows.length },
  };
}

/** The seed page, admin, with a credential being replaced and a source's detail open. */
export const OneDesignLanguage: Story = {
  name: 'One design language (measured)',
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const canvas = within(canvasElement);
    await userEvent.click(
      canvas.getByRole('button', { name: `${t('credentials.replace')} ${t('credentials.shopify.clientId')}` }),
    );
    await userEvent.click(canvas.getByRole('button', { name: `${t('sourceTable.viewDetails')} GA4 Suisse` }));
    await within(document.body).findByRole('dialog');
    const page = measure(canvasElement);
    await expect(drifting(page.headings), 'heading levels with more than one font size').toEqual([]);
    await expect(page.headings).toEqual({ h1: ['24px'], h2: ['20px'], h3: ['16px'] });
    await expect(page.strayButtons, "buttons that are not the system's Button").toEqual([]);
    await expect(drifting(page.buttonHeights), 'button sizes with more than one height').toEqual([]);
    await expect(page.buttonHeights).toEqual({ medium: ['32px'], small: ['24px'] });
    await expect(drifting(page.rowHeights), 'table densities with more than one row height').toEqual([]);
    // Every table of the page is regular (the health summary shows its metrics as one line of buttons).
    await expect(page.rowHeights).toEqual({ regular: ['48px'] });
    await expect(page.frames).toEqual({ frame: ['1px solid radius 6px'] });
    await expect(drifting(page.badges), 'badges in more than one casing, size or weight').toEqual([]);
    await expect(page.badges.badge?.[0]).toMatch(/^uppercase /);
    await expect(page.counts.buttons).toBeGreaterThan(20);
    await expect(page.counts.rows).toBeGreaterThan(30);
    await userEvent.keyboard('{Escape}');
  },
};
