import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { Cell, RowHeaderCell } from '../src/private/Table/Table';
import { ToneIcon } from '../src/private/ToneIcon';
import { toneSurface, toneText } from '../src/private/tone.css';
import { vars } from '../src/theme/contract.css';
import { TONES } from '../src/theme/tokens';
import { Code, coloursOf, FoundationPage, FoundationTable, rgbToHex } from './support/foundations';

/**
 * The tone icons (src/private/ToneIcon.tsx): one shape per tone, in the tone's text colour, at the
 * sizes the components use them, on a panel and on the tone's own surface.
 */
const meta = {
  title: 'Foundations/Icons',
  parameters: {
    docs: {
      description: {
        component:
          "The tone icons: one shape per tone, so a status is never told by colour alone. Drawn in the tone's text colour (`currentColor`), at 1em of the text beside them; hidden from assistive technology, where the words carry the meaning.",
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const SIZES = [14, 16, 24, 32] as const;

export const ToneIcons: Story = {
  name: 'Tone icons',
  render: () => (
    <FoundationPage
      title="Tone icons"
      lead={`${TONES.length} tones, ${TONES.length} shapes; drawn at ${SIZES.join(', ')} px here.`}
    >
      <FoundationTable
        title="Shapes"
        density="regular"
        columns={['Tone', ...SIZES.map((size) => `${size} px on a panel`), 'On its surface']}
      >
        {TONES.map((tone) => (
          <tr key={tone} data-icon-row={tone}>
            <RowHeaderCell>
              <Code>{tone}</Code>
            </RowHeaderCell>
            {SIZES.map((size) => (
              <Cell key={size} className={toneText[tone]} style={{ fontSize: size }} data-size={size}>
                <ToneIcon tone={tone} />
              </Cell>
            ))}
            <Cell>
              <span
                className={toneSurface[tone]}
                data-on-surface
                style={{
                  display: 'inline-flex',
                  padding: 8,
                  fontSize: 24,
                  border: '1px solid',
                  borderRadius: vars.radius.md,
                }}
              >
                <ToneIcon tone={tone} />
              </span>
            </Cell>
          </tr>
        ))}
      </FoundationTable>
    </FoundationPage>
  ),
  play: async ({ canvasElement, globals }) => {
    const colours = coloursOf(globals);
    const rows = [...canvasElement.querySelectorAll<HTMLElement>('tr[data-icon-row]')];
    await expect(rows.map((row) => row.dataset.iconRow)).toEqual([...TONES]);
    const shapes = new Set<string>();
    for (const row of rows) {
      const tone = row.dataset.iconRow as (typeof TONES)[number];
      const icons = [...row.querySelectorAll<SVGSVGElement>(`svg[data-icon="${tone}"]`)];
      await expect(icons).toHaveLength(SIZES.length + 1);
      for (const icon of icons) {
        // Decorative: the words beside an icon carry the meaning.
        await expect(icon).toHaveAttribute('aria-hidden', 'true');
        await expect(rgbToHex(getComputedStyle(icon).color), `${tone} icon colour`).toBe(colours.tone[tone].text);
      }
      // 1em of the text beside it.
      for (const size of SIZES) {
        const icon = row.querySelector(`[data-size="${size}"] svg`) as SVGSVGElement;
        await expect(icon.getBoundingClientRect().width).toBe(size);
      }
      shapes.add((icons[0] as SVGSVGElement).innerHTML);
    }
    // Never colour alone: every tone has its own shape.
    await expect(shapes.size).toBe(TONES.length);
  },
};
