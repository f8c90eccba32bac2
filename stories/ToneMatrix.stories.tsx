import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { Badge } from '../src/components/Badge';
import {
  FRESHNESS_TONE,
  SEVERITY_TONE,
  StatusBadge,
  type StatusBadgeProps,
  SYNC_STATUS_TONE,
} from '../src/components/StatusBadge';
import { Notice, NoticeText } from '../src/private/Notice/Notice';
import { Cell, RowHeaderCell } from '../src/private/Table/Table';
import { TONES, type Tone } from '../src/theme/tokens';
import { contrast } from '../test/helpers/contrast';
import {
  Code,
  coloursOf,
  FoundationPage,
  FoundationTable,
  formatRatio,
  MINIMUM,
  measure,
  rgbToHex,
  themeOf,
} from './support/foundations';

/**
 * Every tone of the system in the current theme: its badge, its notice, the contrast of its
 * colours (tone text and body text on the tone's surface, tone text and border on a panel), and
 * the sync statuses, freshness states and severities shown in it, read from StatusBadge's tone maps.
 */
const meta = {
  title: 'Foundations/Tone matrix',
  parameters: {
    docs: {
      description: {
        component:
          'Every tone in the current theme: badge, notice, the contrast of each of its colour pairs, and which statuses use it (from the tone maps of `StatusBadge`, so a status moved to another tone moves here too).',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every sync status, freshness level (OVERDUE included) and severity, as StatusBadge props, with the tone its map gives it. */
const USES: Array<{ props: StatusBadgeProps; tone: Tone; key: string }> = [
  ...Object.entries(SYNC_STATUS_TONE).map(([value, tone]) => ({
    props: { syncStatus: value } as StatusBadgeProps,
    tone,
    key: `syncStatus.${value}`,
  })),
  ...Object.entries(FRESHNESS_TONE).map(([value, tone]) => ({
    props: { freshness: value } as StatusBadgeProps,
    tone,
    key: `freshness.${value}`,
  })),
  ...Object.entries(SEVERITY_TONE).map(([value, tone]) => ({
    props: { severity: value } as StatusBadgeProps,
    tone,
    key: `severity.${value}`,
  })),
];

/** The pairs of a tone shown in the matrix, by column. */
const TONE_PAIRS = (tone: Tone) =>
  [
    { column: 'text-on-surface', fg: `tone.${tone}.text`, bg: `tone.${tone}.surface`, requirement: 'text' },
    { column: 'body-on-surface', fg: 'text', bg: `tone.${tone}.surface`, requirement: 'text' },
    { column: 'text-on-panel', fg: `tone.${tone}.text`, bg: 'surface', requirement: 'text' },
    { column: 'border-on-panel', fg: `tone.${tone}.border`, bg: 'surface', requirement: 'non-text' },
  ] as const;

export const ToneMatrix: Story = {
  name: 'Tone matrix',
  render: (_args, { globals }) => {
    const colours = coloursOf(globals);
    return (
      <FoundationPage
        title={`Tone matrix (${themeOf(globals)})`}
        lead="Each tone has a shape as well as colours, so no status is told by colour alone. Text pairs need 4.5:1, a tone's border 3:1."
      >
        <FoundationTable
          title="Tones"
          density="regular"
          columns={[
            'Tone',
            'Badge',
            'Notice',
            'Tone text / its surface',
            'Body text / its surface',
            'Tone text / panel',
            'Border / panel',
            'Used for',
          ]}
        >
          {TONES.map((tone) => (
            <tr key={tone} data-tone-row={tone}>
              <RowHeaderCell style={{ whiteSpace: 'nowrap' }}>
                <Code>{tone}</Code>
              </RowHeaderCell>
              <Cell style={{ whiteSpace: 'nowrap' }}>
                <Badge tone={tone}>{tone}</Badge>
              </Cell>
              <Cell style={{ padding: 8, minWidth: 140 }}>
                <Notice tone={tone} data-notice={tone}>
                  <NoticeText>{tone}</NoticeText>
                </Notice>
              </Cell>
              {TONE_PAIRS(tone).map((pair) => {
                const measured = measure(colours, pair);
                return (
                  <Cell key={pair.column} data-pair={pair.column} data-fg={pair.fg} data-bg={pair.bg}>
                    {formatRatio(measured.ratio)}
                  </Cell>
                );
              })}
              <Cell style={{ maxWidth: 280 }}>
                <span style={{ display: 'flex', flexWrap: 'wrap', gap: 4, padding: '6px 0' }}>
                  {USES.filter((use) => use.tone === tone).map((use) => (
                    <StatusBadge key={use.key} data-use={use.key} {...use.props} />
                  ))}
                </span>
              </Cell>
            </tr>
          ))}
        </FoundationTable>
      </FoundationPage>
    );
  },
  play: async ({ canvasElement, globals }) => {
    const colours = coloursOf(globals);
    const rows = [...canvasElement.querySelectorAll<HTMLElement>('tr[data-tone-row]')];
    await expect(rows.map((row) => row.dataset.toneRow)).toEqual([...TONES]);
    const hex = (element: Element | null, property: 'color' | 'backgroundColor') => {
      if (!element) throw new Error('missing element');
      return rgbToHex(getComputedStyle(element)[property]);
    };
    for (const row of rows) {
      const tone = row.dataset.toneRow as Tone;
      const badge = row.querySelector(`span[data-tone="${tone}"]`);
      // Colour and shape: the badge shows its tone's icon, in the tone's colours as the theme renders them.
      await expect(badge?.querySelector(`svg[data-icon="${tone}"]`)).not.toBeNull();
      await expect(hex(badge, 'color')).toBe(colours.tone[tone].text);
      await expect(hex(badge, 'backgroundColor')).toBe(colours.tone[tone].surface);
      const notice = row.querySelector(`[data-notice="${tone}"]`);
      await expect(notice?.querySelector(`svg[data-icon="${tone}"]`)).not.toBeNull();
      // The notice's words: body text on the tone's surface, as rendered.
      const words = notice?.querySelector('p') ?? null;
      const rendered = contrast(hex(words, 'color'), hex(notice, 'backgroundColor'));
      await expect(rendered, `body text on the ${tone} notice`).toBeGreaterThanOrEqual(MINIMUM.text);
      for (const pair of TONE_PAIRS(tone)) {
        const measured = measure(colours, pair);
        await expect(measured.ratio, `${pair.fg} on ${pair.bg}: ${formatRatio(measured.ratio)}`).toBeGreaterThanOrEqual(
          MINIMUM[pair.requirement],
        );
        await expect(row.querySelector(`[data-pair="${pair.column}"]`)).toHaveTextContent(formatRatio(measured.ratio));
      }
      await expect(formatRatio(rendered), 'the body-on-surface ratio shown is the rendered one').toBe(
        row.querySelector('[data-pair="body-on-surface"]')?.textContent,
      );
      // Every status the maps put in this tone is shown here, in this tone.
      for (const use of row.querySelectorAll('[data-use]')) await expect(use).toHaveAttribute('data-tone', tone);
    }
    await expect(canvasElement.querySelectorAll('[data-use]')).toHaveLength(USES.length);
    // Freshness escalates: just past its window is caution, past its error window critical.
    await expect(canvasElement.querySelector('[data-use="freshness.STALE"]')).toHaveAttribute('data-tone', 'caution');
    await expect(canvasElement.querySelector('[data-use="freshness.OVERDUE"]')).toHaveAttribute(
      'data-tone',
      'critical',
    );
  },
};
