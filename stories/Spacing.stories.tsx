import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { Cell, RowHeaderCell } from '../src/private/Table/Table';
import { vars } from '../src/theme/contract.css';
import { radii, space } from '../src/theme/tokens';
import { Code, FoundationPage, FoundationTable } from './support/foundations';

/**
 * The spacing and corner-radius tokens of src/theme/tokens.ts, each drawn from the theme contract's
 * variable: the bar is as long as the space, the tile as round as the radius.
 */
const meta = {
  title: 'Foundations/Spacing',
  parameters: {
    docs: {
      description: {
        component:
          'Spacing and corner radii, read from `src/theme/tokens.ts` and drawn through the theme contract: each bar is as long as its space token, each tile as round as its radius token.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const px = (value: string) => Number.parseFloat(value);

export const SpacingAndRadii: Story = {
  name: 'Spacing and radii',
  render: () => (
    <FoundationPage
      title="Spacing and radii"
      lead={`${Object.keys(space).length} spaces from ${space.none} to ${space.xxl}; ${Object.keys(radii).length} corner radii.`}
    >
      <FoundationTable title="Space" columns={['Token', 'Value', 'Size']}>
        {Object.entries(space).map(([name, value]) => (
          <tr key={name} data-space={name} data-value={value}>
            <RowHeaderCell>
              <Code>{`space.${name}`}</Code>
            </RowHeaderCell>
            <Cell>
              <Code>{value}</Code>
            </Cell>
            <Cell>
              <span
                aria-hidden="true"
                data-bar
                style={{
                  display: 'block',
                  height: 12,
                  width: vars.space[name as keyof typeof space],
                  background: vars.color.accent,
                }}
              />
            </Cell>
          </tr>
        ))}
      </FoundationTable>
      <FoundationTable title="Radius" columns={['Token', 'Value', 'Corner']} density="regular">
        {Object.entries(radii).map(([name, value]) => (
          <tr key={name} data-radius={name} data-value={value}>
            <RowHeaderCell>
              <Code>{`radius.${name}`}</Code>
            </RowHeaderCell>
            <Cell>
              <Code>{value}</Code>
            </Cell>
            <Cell>
              <span
                aria-hidden="true"
                data-tile
                style={{
                  display: 'block',
                  width: 56,
                  height: 32,
                  borderRadius: vars.radius[name as keyof typeof radii],
                  border: `2px solid ${vars.color.accent}`,
                  background: vars.color.surfaceRaised,
                }}
              />
            </Cell>
          </tr>
        ))}
      </FoundationTable>
    </FoundationPage>
  ),
  play: async ({ canvasElement }) => {
    const spaceRows = [...canvasElement.querySelectorAll<HTMLElement>('tr[data-space]')];
    const radiusRows = [...canvasElement.querySelectorAll<HTMLElement>('tr[data-radius]')];
    await expect(spaceRows).toHaveLength(Object.keys(space).length);
    await expect(radiusRows).toHaveLength(Object.keys(radii).length);
    // Drawn through the contract, each is the token's size: the theme fills the contract from tokens.ts.
    for (const row of spaceRows) {
      const bar = row.querySelector('[data-bar]') as HTMLElement;
      await expect(bar.getBoundingClientRect().width, `space.${row.dataset.space}`).toBe(px(row.dataset.value ?? ''));
    }
    for (const row of radiusRows) {
      const tile = row.querySelector('[data-tile]') as HTMLElement;
      await expect(px(getComputedStyle(tile).borderTopLeftRadius), `radius.${row.dataset.radius}`).toBe(
        px(row.dataset.value ?? ''),
      );
    }
    // The scale only grows.
    const sizes = Object.values(space).map(px);
    await expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
  },
};
