import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Cell, RowHeaderCell } from '../src/private/Table/Table';
import { vars } from '../src/theme/contract.css';
import { contrast } from '../test/helpers/contrast';
import {
  Code,
  coloursOf,
  colourVar,
  contrastPairs,
  FoundationPage,
  FoundationTable,
  formatRatio,
  leavesOf,
  MINIMUM,
  measure,
  rgbToHex,
  Swatch,
  themeOf,
  worstPairOf,
} from './support/foundations';

/**
 * Every colour token of the theme the toolbar selects, generated from src/theme/tokens.ts: its value,
 * a swatch drawn from the theme contract's variable, and the contrast of the pair it is closest to
 * failing in. A token change shows here first; the play function fails when a pair drops below
 * WCAG 2.2 AA or the theme stops rendering a token's value.
 */
const meta = {
  title: 'Foundations/Colours',
  parameters: {
    docs: {
      description: {
        component:
          'The colour tokens of the current theme (switch it in the toolbar), read from `src/theme/tokens.ts`. Each row names the pair the token is closest to failing in: text needs 4.5:1, focus rings and tone borders 3:1 (WCAG 2.2 AA); plain borders and skeletons are decoration.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const requirementLabel = { text: '4.5:1 (text)', 'non-text': '3:1 (non-text)', decorative: 'none (decoration)' };

export const ColourTokens: Story = {
  name: 'Colour tokens',
  render: (_args, { globals }) => {
    const colours = coloursOf(globals);
    const tokens = leavesOf(colours);
    const pairs = contrastPairs().map((pair) => measure(colours, pair));
    return (
      <FoundationPage
        title={`Colour tokens (${themeOf(globals)})`}
        lead={`${tokens.length} tokens; ${pairs.filter((p) => p.requirement !== 'decorative').length} foreground/surface pairs held to WCAG 2.2 AA.`}
      >
        <FoundationTable
          title="Tokens"
          columns={['Token', 'Swatch', 'Value', 'Closest pair', 'Contrast', 'Needs', 'AA']}
        >
          {tokens.map(({ path, value }) => {
            const pair = worstPairOf(colours, path);
            return (
              <tr key={path} data-token={path} data-value={value} data-pair={pair ? `${pair.fg}|${pair.bg}` : ''}>
                <RowHeaderCell>
                  <Code>{path}</Code>
                </RowHeaderCell>
                <Cell>
                  <Swatch token={path} colour={colourVar(path)} />
                </Cell>
                <Cell>
                  <Code>{value}</Code>
                </Cell>
                <Cell>{pair ? `${pair.fg} on ${pair.bg}` : 'no pair'}</Cell>
                <Cell data-ratio>{pair ? formatRatio(pair.ratio) : '—'}</Cell>
                <Cell>{pair ? requirementLabel[pair.requirement] : '—'}</Cell>
                <Cell data-passes={pair?.passes ? 'true' : 'false'}>
                  {pair ? (pair.requirement === 'decorative' ? '—' : pair.passes ? 'Pass' : 'Fail') : '—'}
                </Cell>
              </tr>
            );
          })}
        </FoundationTable>
      </FoundationPage>
    );
  },
  play: async ({ canvasElement, globals }) => {
    const colours = coloursOf(globals);
    const rows = [...canvasElement.querySelectorAll<HTMLTableRowElement>('tr[data-token]')];
    // One row per token, and one per colour variable of the theme contract: a token without a row fails.
    await expect(rows).toHaveLength(leavesOf(colours).length);
    await expect(rows).toHaveLength(leavesOf(vars.color).length);
    const swatchHex = (token: string) => {
      const swatch = canvasElement.querySelector(`[data-swatch="${token}"]`);
      if (!swatch) throw new Error(`no swatch for ${token}`);
      return rgbToHex(getComputedStyle(swatch).backgroundColor);
    };
    for (const row of rows) {
      const token = row.dataset.token ?? '';
      // The theme renders the token's value (themes.css.ts fills the contract from tokens.ts).
      await expect(swatchHex(token), `${token} as rendered`).toBe(row.dataset.value?.toLowerCase());
      // Every token is checked against a surface.
      await expect(row.dataset.pair, `${token} is in no contrast pair`).not.toBe('');
      const [fg = '', bg = ''] = (row.dataset.pair ?? '').split('|');
      // The ratio shown is the one of the colours the browser renders.
      const rendered = contrast(swatchHex(fg), swatchHex(bg));
      await expect(within(row).getByText(formatRatio(rendered))).toBeVisible();
    }
    // Every pair that must reach a minimum does, in this theme.
    for (const pair of contrastPairs().map((p) => measure(colours, p))) {
      await expect(
        pair.ratio,
        `${pair.fg} on ${pair.bg}: ${formatRatio(pair.ratio)} < ${MINIMUM[pair.requirement]}:1`,
      ).toBeGreaterThanOrEqual(MINIMUM[pair.requirement]);
    }
    await expect(canvasElement.querySelectorAll('[data-passes="false"]')).toHaveLength(0);
  },
};
