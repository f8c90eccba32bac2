import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ZOOM400_VIEWPORT, zoom400BaseChromaticModes } from '../.storybook/modes';
import { WCAG_TEXT_SPACING } from '../.storybook/TextSpacing';
import { fixtureInputs, fixtures } from '../fixtures';
import { IntegrationsSettingsPage } from '../src/components/IntegrationsSettingsPage';
import { SourceTable } from '../src/components/SourceTable';
import { StatusBadge, type StatusBadgeProps } from '../src/components/StatusBadge';
import { CONNECTIONS, FRESHNESS_LEVELS, SEED_NOW, SEVERITIES, SYNC_STATUSES } from '../src/domain';
import { ROW_HEIGHTS } from '../src/private/Table/density';
import { copyOf } from './support/copy';

/**
 * The page and its tables as people adapt them: a 1,280 px screen at 400 % zoom (WCAG 1.4.10,
 * reflow), the text-spacing override (WCAG 1.4.12) and forced colours (Windows High Contrast).
 */
const meta: Meta = {
  title: 'Foundations/Reflow, text spacing and forced colours',
  parameters: {
    docs: {
      description: {
        component: [
          'What each story proves, in its play function (light and dark):',
          '',
          '- **Page at 400 % zoom** — a 1,280 × 1,024 screen at 400 % is 320 × 256 CSS px: the page reflows into one column with no horizontal scroll of the document (WCAG 1.4.10); every element outside the source tables fits the width, the tables scroll inside their own frame, "Disconnected — token expired" scrolled to is whole in it, and Tab brings a control below the fold into view without any sideways scroll. No element that clips its content (`overflow: hidden` / `clip`, `text-overflow: ellipsis`) has more content than room.',
          '- **Page at 320 px with text spacing** — the same with the WCAG 1.4.12 override (line height 1.5, paragraph spacing 2× the font size, letter spacing 0.12 em, word spacing 0.16 em): "Disconnected — token expired" is whole inside its cell and inside its table\'s scrollable area, every Last sync cell shows its "UTC", nothing is cut.',
          '- **Source tables and status badges with text spacing** — both tables at their minimum width, where their columns are narrowest: every status badge of every vocabulary whole, the badges and dates wrap inside their cells instead of being cut (the longest badge also inside a column narrower than itself), no cell runs over into the next, and every body row keeps the one row height (48 px) the virtualised table counts on.',
          "- **Page in forced colours** and **Status badge tones in forced colours** — with `forced-colors: active`: badges keep their border and their shape (the tones are told apart by the shape and the words once the colours are the system's), text keeps 4.5:1, the focus ring is drawn, the pressed health metric and the sorted column still show.",
          '',
          'Each forced-colours story is followed by one that checks the emulation has ended.',
          '',
          "In Storybook, turn the override on with the toolbar's **Text spacing** item (the `textSpacing` global). Forced colours are emulated by the browser: in Chromium, DevTools › ⋮ › More tools › Rendering › \"Emulate CSS media feature forced-colors\" › `forced-colors: active`. The story tests emulate it for the stories with `parameters.chromatic.forcedColors: 'active'` (Chromatic does the same).",
        ].join('\n'),
      },
    },
  },
};

export default meta;
type Story = StoryObj;

const onePixel = 1;

/** The seed page as a host renders it, with its credentials and every callback. */
function SeedPage() {
  return (
    <IntegrationsSettingsPage
      data={fixtureInputs.seed}
      now={SEED_NOW}
      userRole="admin"
      credentials={{
        clientId: { isSet: true, setAt: '2026-04-28T09:12:00Z', setBy: 'Camille' },
        clientSecret: { isSet: true, setAt: '2026-04-28T09:12:00Z' },
      }}
      onSubmitCredential={fn()}
      onPreviewAction={fn()}
      onExport={fn()}
      onPanelError={fn()}
    />
  );
}

/** A short description of an element for failure messages: its tag, role and data attributes, and its text. */
function describe(element: Element): string {
  const data = [...element.attributes]
    .filter((attribute) => attribute.name.startsWith('data-') || attribute.name === 'role')
    .map((attribute) => `[${attribute.name}="${attribute.value}"]`)
    .join('');
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
  return `<${element.tagName.toLowerCase()}${data}> "${text}"`;
}

/** Hidden on screen on purpose (a visually hidden label): clipped to a pixel, read by assistive technology. */
function visuallyHidden(element: HTMLElement, style: CSSStyleDeclaration): boolean {
  return style.position === 'absolute' && element.clientWidth <= onePixel && element.clientHeight <= onePixel;
}

/**
 * Every element in `root` that clips its content (overflow hidden or clip on either axis, or an
 * ellipsis) and has more content than room, with how much. Scrolling regions (overflow auto or
 * scroll) are not clipping: their content is reached by scrolling.
 */
function clippedIn(root: Element): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    const style = getComputedStyle(element);
    if (style.display === 'none') continue;
    const clips = [style.overflowX, style.overflowY].some((value) => value === 'hidden' || value === 'clip');
    const ellipsis = style.textOverflow === 'ellipsis';
    if (!clips && !ellipsis) continue;
    if (visuallyHidden(element, style)) continue;
    const wide = element.scrollWidth > element.clientWidth + onePixel;
    const tall = element.scrollHeight > element.clientHeight + onePixel && style.overflowY !== 'visible';
    if (wide || tall) {
      found.push(
        `${describe(element)}: ${element.scrollWidth}×${element.scrollHeight} of content in ${element.clientWidth}×${element.clientHeight}`,
      );
    }
  }
  return found;
}

async function expectNothingClipped(root: Element) {
  await expect(clippedIn(root), 'elements that cut their content').toEqual([]);
}

/** Room a select keeps for its drop-down arrow beside the chosen option's text (Chromium draws it in under 20 px). */
const SELECT_ARROW = 20;

/**
 * Every select shows its chosen option whole: the option's text, set in the select's own font and
 * spacing, fits the select's content box beside the arrow. (A select cuts its text without any
 * overflow a script can read.)
 */
async function expectSelectsShowTheirValue(root: HTMLElement) {
  const cut: string[] = [];
  for (const select of root.querySelectorAll('select')) {
    const style = getComputedStyle(select);
    const text = select.selectedOptions[0]?.textContent ?? '';
    const probe = root.ownerDocument.createElement('span');
    Object.assign(probe.style, {
      position: 'absolute',
      whiteSpace: 'pre',
      font: style.font,
      letterSpacing: style.letterSpacing,
      wordSpacing: style.wordSpacing,
      textTransform: style.textTransform,
    });
    probe.textContent = text;
    root.ownerDocument.body.append(probe);
    const needed = probe.getBoundingClientRect().width;
    probe.remove();
    const room =
      select.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight) - SELECT_ARROW;
    const name = select.labels?.[0]?.textContent ?? select.name;
    if (needed > room)
      cut.push(`<select> "${name}" shows "${text}": ${Math.ceil(needed)} px of text in ${Math.floor(room)} px`);
  }
  await expect(cut, 'selects that cut their chosen option').toEqual([]);
}

/** The document never scrolls sideways: the page fits the viewport's width. */
async function expectNoHorizontalScroll(document: Document) {
  const { scrollWidth, clientWidth } = document.documentElement;
  await expect(scrollWidth, `document is ${scrollWidth} px wide in a ${clientWidth} px viewport`).toBeLessThanOrEqual(
    clientWidth,
  );
}

/**
 * Reflow: every element of the page outside the tables' scrolling frames starts and ends inside
 * the viewport's width (what would need a horizontal scroll), named when it does not.
 */
async function expectEverythingInsideWidth(root: HTMLElement) {
  const width = root.ownerDocument.documentElement.clientWidth;
  const outside: string[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    if (element.closest('[data-table-frame], [role="region"][tabindex]')) continue;
    const style = getComputedStyle(element);
    if (style.display === 'none' || visuallyHidden(element, style)) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.left < -0.5 || box.right > width + 0.5) outside.push(`${describe(element)}: ${rect(box)}`);
  }
  await expect(outside, `elements outside the ${width} px viewport`).toEqual([]);
}

/** `inner`'s box lies inside `outer`'s (sub-pixel rounding allowed). */
function inside(inner: DOMRect, outer: DOMRect): boolean {
  return (
    inner.left >= outer.left - 0.5 &&
    inner.right <= outer.right + 0.5 &&
    inner.top >= outer.top - 0.5 &&
    inner.bottom <= outer.bottom + 0.5
  );
}

const rect = (r: DOMRect) =>
  `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`;

/** The nearest ancestor that scrolls sideways (a table's frame). */
function scrollerOf(element: Element): HTMLElement | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const { overflowX } = getComputedStyle(parent);
    if (overflowX === 'auto' || overflowX === 'scroll') return parent;
  }
  return null;
}

/**
 * Every status badge reading `text` in a source table is whole: inside its cell, inside the table's
 * scrollable area, and — scrolled into view — inside the frame's visible box, with all its text in
 * its own box.
 */
async function expectBadgesWhole(root: HTMLElement, text: string) {
  const badges = [...root.querySelectorAll<HTMLElement>('td [data-vocabulary="syncStatus"]')].filter(
    (badge) => badge.textContent?.replace(/\s/g, ' ').trim() === text,
  );
  await expect(badges.length, `badges reading "${text}" in the source tables`).toBeGreaterThan(0);
  for (const badge of badges) {
    const cell = badge.closest('td');
    const frame = scrollerOf(badge);
    if (!cell || !frame) throw new Error(`"${text}" is not in a table cell inside a scrolling frame`);
    await expect(badge.scrollWidth, `"${text}" has more text than box`).toBeLessThanOrEqual(badge.clientWidth);
    await expect(badge.scrollHeight, `"${text}" has more lines than box`).toBeLessThanOrEqual(badge.clientHeight);
    const box = badge.getBoundingClientRect();
    const cellBox = cell.getBoundingClientRect();
    await expect(inside(box, cellBox), `"${text}" ${rect(box)} inside its cell ${rect(cellBox)}`).toBe(true);
    // Inside the frame's scrollable area: from its content's start to its scroll width and height.
    const frameBox = frame.getBoundingClientRect();
    const left = box.left - frameBox.left - frame.clientLeft + frame.scrollLeft;
    const top = box.top - frameBox.top - frame.clientTop + frame.scrollTop;
    await expect(
      left >= -0.5 && left + box.width <= frame.scrollWidth + 0.5 && top >= -0.5,
      `"${text}" at ${Math.round(left)} (+${Math.round(box.width)}) in a scroll area ${frame.scrollWidth} px wide`,
    ).toBe(true);
    // Scrolled to it, the whole badge is in the frame's visible box.
    badge.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const shown = badge.getBoundingClientRect();
    const visible = frame.getBoundingClientRect();
    const viewport = new DOMRect(
      visible.left + frame.clientLeft,
      visible.top + frame.clientTop,
      frame.clientWidth,
      frame.clientHeight,
    );
    await expect(inside(shown, viewport), `"${text}" ${rect(shown)} scrolled into view in ${rect(viewport)}`).toBe(
      true,
    );
  }
  for (const badge of badges) scrollerOf(badge)?.scrollTo({ left: 0, top: 0 });
}

/**
 * Every Last sync cell of the sync-status table contains "UTC" and shows it: the word's own box is
 * inside the cell's box (nothing cuts it off).
 */
async function expectUtcShown(root: HTMLElement) {
  const times = [
    ...root.querySelectorAll<HTMLTimeElement>('[data-panel="sync"] td time, table[data-variant="syncStatus"] td time'),
  ];
  await expect(times.length, 'Last sync cells with a date').toBeGreaterThan(0);
  for (const time of new Set(times)) {
    const text = time.firstChild;
    const at = time.textContent?.lastIndexOf('UTC') ?? -1;
    await expect(at, `"${time.textContent}" names its time zone`).toBeGreaterThanOrEqual(0);
    if (!(text instanceof Text)) throw new Error('a Last sync date is not one text node');
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + 3);
    const utc = range.getBoundingClientRect();
    const cell = time.closest('td')?.getBoundingClientRect();
    if (!cell) throw new Error(`"${time.textContent}" is not in a table cell`);
    await expect(utc.width, `"UTC" of "${time.textContent}" has a width`).toBeGreaterThan(0);
    await expect(inside(utc, cell), `"UTC" ${rect(utc)} of "${time.textContent}" inside its cell ${rect(cell)}`).toBe(
      true,
    );
  }
}

/** Every body row of the source tables is the one height the virtualised table counts on. */
async function expectUniformRows(root: HTMLElement) {
  const rows = [...root.querySelectorAll<HTMLElement>('table[data-variant] > tbody > tr[data-source-id]')];
  await expect(rows.length).toBeGreaterThan(0);
  const heights = rows
    .map((row) => [row.getAttribute('data-source-id'), row.getBoundingClientRect().height] as const)
    .filter(([, height]) => Math.abs(height - ROW_HEIGHTS.regular) > 0.5)
    .map(([id, height]) => `${id}: ${height} px`);
  await expect(heights, `rows not ${ROW_HEIGHTS.regular} px high`).toEqual([]);
}

/**
 * The whole page reflows in its viewport: nothing wider than it and no horizontal scroll, nothing
 * clipped, every select showing its value, every cell holding its content, the longest badge
 * (`longest`) whole, every last sync's "UTC" shown, and every table row at its one height.
 */
async function expectPageReflows(root: HTMLElement, longest: string) {
  await expectEverythingInsideWidth(root);
  await expectNoHorizontalScroll(root.ownerDocument);
  await expectNothingClipped(root);
  await expectSelectsShowTheirValue(root);
  await expectCellsHoldContent(root);
  await expectBadgesWhole(root, longest);
  await expectUtcShown(root);
  await expectUniformRows(root);
}

/** The override is on: a badge's letters are 0.12 em apart and its lines 1.5 em high. */
async function expectTextSpacing(root: HTMLElement) {
  const badge = root.querySelector<HTMLElement>('[data-vocabulary]');
  if (!badge) throw new Error('no badge');
  const style = getComputedStyle(badge);
  const size = Number.parseFloat(style.fontSize);
  await expect(Number.parseFloat(style.letterSpacing)).toBeCloseTo(
    size * Number.parseFloat(WCAG_TEXT_SPACING.letterSpacing),
    1,
  );
  await expect(Number.parseFloat(style.lineHeight)).toBeCloseTo(
    size * Number.parseFloat(WCAG_TEXT_SPACING.lineHeight),
    1,
  );
}

const zoom400: Pick<Story, 'globals' | 'parameters'> = {
  globals: { viewport: { value: 'zoom400', isRotated: false } },
  parameters: { layout: 'fullscreen', chromatic: { modes: zoom400BaseChromaticModes } },
};

/** Every value of each status vocabulary, as badges. */
const EVERY_STATUS: StatusBadgeProps[] = [
  ...SYNC_STATUSES.map((syncStatus) => ({ syncStatus })),
  ...CONNECTIONS.map((connection) => ({ connection })),
  ...FRESHNESS_LEVELS.map((freshness) => ({ freshness })),
  ...SEVERITIES.map((severity) => ({ severity })),
];

function EveryStatusBadge() {
  return (
    <ul style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: 0, padding: 0, listStyle: 'none' }}>
      {EVERY_STATUS.map((props) => {
        const [vocabulary, value] = Object.entries(props)[0] as [string, string];
        return (
          <li key={`${vocabulary}.${value}`}>
            <StatusBadge {...props} />
          </li>
        );
      })}
    </ul>
  );
}

/** The longest badges in a column narrower than they are: they wrap inside it instead of overflowing. */
function NarrowBadges() {
  return (
    <ul data-narrow-badges="" style={{ display: 'grid', gap: 8, width: 160, margin: 0, padding: 0, listStyle: 'none' }}>
      <li>
        <StatusBadge syncStatus="EXPIRED" />
      </li>
      <li>
        <StatusBadge syncStatus="CONNECTED_DISABLED" />
      </li>
      <li>
        <StatusBadge syncStatus="PERMISSION_MISSING" />
      </li>
    </ul>
  );
}

/**
 * No cell of the source tables runs over into the next one. The last cell of a row may reach past
 * its edge only into the frame's scrollable area (scrolled to, it is whole).
 */
async function expectCellsHoldContent(root: HTMLElement) {
  const over: string[] = [];
  for (const cell of root.querySelectorAll<HTMLElement>('table[data-variant] :is(th, td)')) {
    if (cell.scrollWidth <= cell.clientWidth + onePixel) continue;
    const frame = scrollerOf(cell);
    const last = cell.nextElementSibling === null;
    const reach = cell.offsetLeft + cell.scrollWidth;
    if (last && frame && reach <= frame.scrollWidth + onePixel) continue;
    over.push(`${describe(cell)}: ${cell.scrollWidth} px of content in ${cell.clientWidth} px`);
  }
  await expect(over, 'cells whose content runs over into the next cell').toEqual([]);
}

/**
 * The source tables' minimum widths (SourceTable's `tableLayout`), in px: below them a table
 * scrolls inside its frame, so its columns are never narrower than at these widths.
 */
const NARROWEST_TABLE = { connections: 960, syncStatus: 880 } as const;
/** The frame's border, on both sides. */
const FRAME_BORDERS = 2;

/**
 * `forced-colors: active`, emulated by the story tests and by Chromatic. The colours are then the
 * system's, not the themes': axe's contrast rule is off here, because axe-core reads the text's
 * colour from `-webkit-text-fill-color`, which forced colours leave as authored, and its
 * background from `background-color`, which they replace. The play
 * functions measure the contrast of what is shown instead (`expectContrast`); every other axe
 * rule still runs.
 */
const forcedColours = {
  chromatic: { forcedColors: 'active' },
  a11y: { config: { rules: [{ id: 'color-contrast', enabled: false }] } },
} as const;

/** The sRGB channels of a computed colour (`rgb(…)` or `rgba(…)`). */
function channels(value: string): [number, number, number] {
  const [r = 0, g = 0, b = 0] = (value.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b];
}

/** WCAG 2 contrast ratio of two opaque colours. */
function contrast(a: string, b: string): number {
  const luminance = (value: string) => {
    const [r, g, b] = channels(value).map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The colour painted behind `element`: its own background, else the nearest opaque one above it. */
function backgroundOf(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const background = getComputedStyle(node).backgroundColor;
    if (!/rgba\(.*,\s*0\)$/.test(background) && background !== 'transparent') return background;
  }
  return 'rgb(255, 255, 255)';
}

/** The text of each element, in its computed (forced) colour, has at least 4.5:1 against what is behind it. */
async function expectContrast(elements: Iterable<Element>) {
  const low: string[] = [];
  for (const element of elements) {
    const fg = getComputedStyle(element).color;
    const bg = backgroundOf(element);
    const ratio = contrast(fg, bg);
    if (ratio < 4.5) low.push(`${describe(element)}: ${fg} on ${bg} = ${ratio.toFixed(2)}:1`);
  }
  await expect(low, 'text below 4.5:1 in forced colours').toEqual([]);
}

/** `forced-colors: active` matches in the story's window (or, with `on` false, does not). */
async function expectForcedColours(view: Window, on = true) {
  await expect(view.matchMedia('(forced-colors: active)').matches, `forced colours are ${on ? 'on' : 'off'}`).toBe(on);
}

/** A computed colour without its spaces, for comparisons. */
const colour = (value: string) => value.replace(/\s+/g, '');

/** Every badge in `root` draws its border, in another colour than its surface, and its tone's shape. */
async function expectBadgeBorders(root: HTMLElement) {
  const badges = [...root.querySelectorAll<HTMLElement>('[data-tone]')];
  await expect(badges.length).toBeGreaterThan(0);
  const missing = badges
    .filter((badge) => {
      const style = getComputedStyle(badge);
      return (
        style.borderTopStyle !== 'solid' ||
        Number.parseFloat(style.borderTopWidth) < 1 ||
        colour(style.borderTopColor) === colour(style.backgroundColor) ||
        style.borderTopColor === 'rgba(0, 0, 0, 0)'
      );
    })
    .map(describe);
  await expect(missing, 'badges without a visible border').toEqual([]);
  const shapeless = badges
    .filter((badge) => badge.querySelector(`svg[data-icon="${badge.getAttribute('data-tone')}"]`) === null)
    .map(describe);
  await expect(shapeless, "badges without their tone's shape").toEqual([]);
}

/** Tabs to the first button after `from` and checks its focus ring is drawn. */
async function expectFocusRing(button: HTMLElement) {
  const document = button.ownerDocument;
  for (let tabs = 0; document.activeElement !== button; tabs++) {
    if (tabs > 100) throw new Error(`Tab never reached ${describe(button)}`);
    await userEvent.tab();
  }
  await expect(button).toHaveFocus();
  await expect(button.matches(':focus-visible')).toBe(true);
  const style = getComputedStyle(button);
  await expect(style.outlineStyle, 'focus ring style').not.toBe('none');
  await expect(Number.parseFloat(style.outlineWidth), 'focus ring width').toBeGreaterThanOrEqual(2);
  await expect(colour(style.outlineColor), 'focus ring colour').not.toBe(
    colour(getComputedStyle(document.body).backgroundColor),
  );
}

/** A 1,280 × 1,024 screen at 400 % zoom: the page in one column, nothing wider than the screen, nothing cut. */
export const PageAt400Zoom: Story = {
  name: 'Page at 400 % zoom (320 × 256)',
  ...zoom400,
  render: () => <SeedPage />,
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const document = canvasElement.ownerDocument;
    await expect(document.documentElement.clientWidth).toBe(ZOOM400_VIEWPORT.width);
    await expect(document.documentElement.clientHeight).toBe(ZOOM400_VIEWPORT.height);
    await expect(within(canvasElement).getByRole('heading', { name: t('page.title'), level: 1 })).toBeVisible();
    await expectForcedColours(document.defaultView as Window, false);
    await expectPageReflows(canvasElement, t('syncStatus.EXPIRED'));
    // The page scrolls vertically only: Tab brings a control far below the fold into the 256 px view, whole.
    window.scrollTo(0, 0);
    // The first alert's "View source" (its name ends with the source's label).
    const viewSource = within(canvasElement).getAllByRole('button', {
      name: (name) => name.startsWith(`${t('alerts.viewSource')} `),
    })[0] as HTMLElement;
    for (let tabs = 0; document.activeElement !== viewSource; tabs++) {
      if (tabs > 100) throw new Error('Tab never reached "View source"');
      await userEvent.tab();
    }
    await expect(viewSource).toHaveFocus();
    await waitFor(() => {
      const box = viewSource.getBoundingClientRect();
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(ZOOM400_VIEWPORT.height);
    });
    await expect(window.scrollY).toBeGreaterThan(0);
    await expect(window.scrollX).toBe(0);
    window.scrollTo(0, 0);
  },
};

/** The page in forced colours: badges bordered with their shapes, the focus ring, the pressed metric and the sorted column. */
export const PageInForcedColours: Story = {
  name: 'Page in forced colours',
  parameters: { layout: 'fullscreen', ...forcedColours },
  render: () => <SeedPage />,
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const canvas = within(canvasElement);
    await expectForcedColours(canvasElement.ownerDocument.defaultView as Window);
    await expectBadgeBorders(canvasElement);
    // The focus ring of a button.
    await expectFocusRing(canvas.getByRole('button', { name: t('page.export') }));
    // The sorted column: its header's arrow has its own shape, drawn in the text's system colour.
    const name = t('sourceTable.connections.title');
    // A table, or a table with a grid's keyboard.
    const connectedTable = canvas.queryByRole('grid', { name }) ?? canvas.getByRole('table', { name });
    const sortBy = within(connectedTable).getByRole('button', { name: t('sourceTable.column.label') });
    const unsorted = within(connectedTable).getByRole('button', { name: t('sourceTable.column.platform') });
    await userEvent.click(sortBy);
    await waitFor(() => expect(sortBy.closest('th')).toHaveAttribute('aria-sort', 'ascending'));
    const arrow = sortBy.querySelector('svg path') as SVGPathElement;
    await expect(arrow.getAttribute('d')).not.toBe(unsorted.querySelector('svg path')?.getAttribute('d'));
    await expect(colour(getComputedStyle(arrow).stroke)).toBe(colour(getComputedStyle(sortBy).color));
    // The pressed health metric: another system colour than the metrics that are not pressed.
    const health = canvasElement.querySelector('[data-panel="health"]') as HTMLElement;
    const critical = within(health).getByRole('button', { name: new RegExp(t('health.metric.criticalIssues')) });
    const other = within(health).getByRole('button', { name: new RegExp(t('health.metric.expired')) });
    await userEvent.click(critical);
    await waitFor(() => expect(critical).toHaveAttribute('aria-pressed', 'true'));
    await expect(other).toHaveAttribute('aria-pressed', 'false');
    await expectContrast([critical, other, ...canvasElement.querySelectorAll('h1, h2, p, th, td, [data-tone]')]);
    const pressed = getComputedStyle(critical);
    const plain = getComputedStyle(other);
    // It paints its own system colours: left to the browser, its text would sit on a backplate of
    // the page's colour, where the selection's text colour cannot be seen.
    await expect(pressed.forcedColorAdjust).toBe('none');
    await expect(colour(pressed.color)).not.toBe(colour(pressed.backgroundColor));
    await expect(
      colour(pressed.backgroundColor) !== colour(plain.backgroundColor) ||
        colour(pressed.color) !== colour(plain.color),
      `pressed ${pressed.color} on ${pressed.backgroundColor}, not pressed ${plain.color} on ${plain.backgroundColor}`,
    ).toBe(true);
  },
};

/** The WCAG 1.4.12 override at 320 px: the badge and the dates are whole, nothing is cut, the page still fits. */
export const PageWithTextSpacing: Story = {
  name: 'Page at 320 px with text spacing',
  globals: { ...zoom400.globals, textSpacing: 'wcag' },
  parameters: zoom400.parameters,
  render: () => <SeedPage />,
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const document = canvasElement.ownerDocument;
    await expect(document.documentElement.clientWidth).toBe(ZOOM400_VIEWPORT.width);
    // Run after the forced-colours page: its emulation has ended.
    await expectForcedColours(document.defaultView as Window, false);
    await expectTextSpacing(canvasElement);
    await expectPageReflows(canvasElement, t('syncStatus.EXPIRED'));
    // The filter bars reflow: every search field and select is whole inside the page, and labelled.
    const controls = [
      ...within(canvasElement).getAllByRole('searchbox'),
      ...within(canvasElement).getAllByRole('combobox'),
    ];
    // The connected sources filter bar: a search field and three selects.
    await expect(controls.length).toBeGreaterThanOrEqual(4);
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      await expect(control).toHaveAccessibleName();
      await expect(box.left >= 0 && box.right <= ZOOM400_VIEWPORT.width, `${describe(control)} at ${rect(box)}`).toBe(
        true,
      );
    }
  },
};

/**
 * Every tone of the status badges in forced colours: the tone colours give way to the same system
 * colours, and each tone keeps its own shape and its border.
 */
export const BadgeTonesInForcedColours: Story = {
  name: 'Status badge tones in forced colours',
  parameters: forcedColours,
  render: () => <EveryStatusBadge />,
  play: async ({ canvasElement }) => {
    await expectForcedColours(canvasElement.ownerDocument.defaultView as Window);
    await expectBadgeBorders(canvasElement);
    const badges = [...canvasElement.querySelectorAll<HTMLElement>('[data-tone]')];
    await expect(badges).toHaveLength(EVERY_STATUS.length);
    await expectContrast(badges);
    // The same system colours for every tone: the colour no longer tells them apart…
    const looks = new Set(badges.map((badge) => colour(getComputedStyle(badge).color)));
    await expect(looks.size, [...looks].join(' · ')).toBe(1);
    // …the shapes and the words do: one shape per tone, drawn in the text's colour.
    const shapes = new Map<string, string>();
    for (const badge of badges) {
      const icon = badge.querySelector('svg[data-icon]') as SVGSVGElement;
      shapes.set(badge.getAttribute('data-tone') ?? '', icon.innerHTML);
      const stroke = icon.querySelector<SVGElement>('[stroke]');
      await expect(colour(getComputedStyle(stroke as SVGElement).stroke)).toBe(colour(getComputedStyle(badge).color));
    }
    await expect(new Set(shapes.values()).size).toBe(shapes.size);
    await expect(shapes.size).toBe(5);
  },
};

/**
 * Both source tables of the seed at their narrowest (each as wide as its minimum width), every
 * status badge, and the longest badges in a narrow column, with the WCAG 1.4.12 override. The
 * tables' filter bars are the page stories' (above): here the tables alone.
 */
export const TablesWithTextSpacing: Story = {
  name: 'Source tables and status badges with text spacing',
  globals: { textSpacing: 'wcag' },
  render: () => (
    <div style={{ display: 'grid', gap: 24, justifyItems: 'start' }}>
      <EveryStatusBadge />
      <NarrowBadges />
      <div style={{ width: NARROWEST_TABLE.connections + FRAME_BORDERS }}>
        <SourceTable
          data={fixtures.seed}
          variant="connections"
          userRole="admin"
          showFilters={false}
          onPreviewAction={fn()}
        />
      </div>
      <div style={{ width: NARROWEST_TABLE.syncStatus + FRAME_BORDERS }}>
        <SourceTable data={fixtures.seed} variant="syncStatus" userRole="admin" showFilters={false} />
      </div>
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    // Run after the forced-colours badges: their emulation has ended.
    await expectForcedColours(canvasElement.ownerDocument.defaultView as Window, false);
    await expectTextSpacing(canvasElement);
    await expect(within(canvasElement).getAllByRole('listitem')).toHaveLength(EVERY_STATUS.length + 3);
    await expectNothingClipped(canvasElement);
    for (const badge of canvasElement.querySelectorAll<HTMLElement>('[data-vocabulary]')) {
      await expect(badge.scrollWidth, badge.textContent ?? '').toBeLessThanOrEqual(badge.clientWidth);
    }
    // In the narrow column the longest badge takes more than one line, within the column.
    const narrow = canvasElement.querySelector('[data-narrow-badges]') as HTMLElement;
    const column = narrow.getBoundingClientRect();
    for (const badge of narrow.querySelectorAll<HTMLElement>('[data-vocabulary]')) {
      const box = badge.getBoundingClientRect();
      await expect(box.right, `${badge.textContent} ends inside its column`).toBeLessThanOrEqual(column.right + 0.5);
    }
    const expired = within(narrow).getByText(t('syncStatus.EXPIRED')).closest('[data-vocabulary]') as HTMLElement;
    const lineHeight = Number.parseFloat(getComputedStyle(expired).lineHeight);
    await expect(expired.getBoundingClientRect().height, 'the longest badge wraps').toBeGreaterThan(2 * lineHeight);
    await expectCellsHoldContent(canvasElement);
    await expectBadgesWhole(canvasElement, t('syncStatus.EXPIRED'));
    await expectUtcShown(canvasElement);
    await expectUniformRows(canvasElement);
  },
};

/** The same tables in French, whose headers ("Plateforme", "Dernière synchronisation") and options are longer. */
export const TablesWithTextSpacingFr: Story = {
  ...TablesWithTextSpacing,
  name: 'Source tables and status badges with text spacing (French)',
  globals: { textSpacing: 'wcag', locale: 'fr' },
};

/** The page at 320 px with text spacing, in French: the filter selects show "Toutes les plateformes" whole. */
export const PageWithTextSpacingFr: Story = {
  ...PageWithTextSpacing,
  name: 'Page at 320 px with text spacing (French)',
  globals: { ...zoom400.globals, textSpacing: 'wcag', locale: 'fr' },
};
