import type { Meta, StoryObj } from '@storybook/react-vite';
import { useLayoutEffect, useRef, useState } from 'react';
import { expect } from 'storybook/test';
import { Cell, RowHeaderCell } from '../src/private/Table/Table';
import { Heading, type HeadingLevel, Text } from '../src/private/Typography/Typography';
import { typography } from '../src/theme/tokens';
import { copyOf } from './support/copy';
import { Code, FoundationPage, FoundationTable } from './support/foundations';

/**
 * The type scale as the primitives render it: each heading level and body size is drawn with the
 * Heading / Text primitive and its computed size, weight and line height are measured in the
 * browser, beside the tokens of src/theme/tokens.ts they come from.
 */
const meta = {
  title: 'Foundations/Typography',
  parameters: {
    docs: {
      description: {
        component:
          'The type scale: every heading level and body size drawn by the internal Heading and Text primitives, with the size, weight and line height the browser computes, and the font tokens they are made of.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const LEVELS: HeadingLevel[] = [1, 2, 3, 4, 5, 6];
const TEXT_SIZES = ['md', 'sm'] as const;

/** The computed size, weight and line height of the element `ref` points at, once laid out. */
function useMeasured<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [measured, setMeasured] = useState('');
  useLayoutEffect(() => {
    if (!ref.current) return;
    const style = getComputedStyle(ref.current);
    setMeasured(`${style.fontSize} / ${style.lineHeight} · ${style.fontWeight}`);
  }, []);
  return [ref, measured] as const;
}

function HeadingRow({ level, sample }: { level: HeadingLevel; sample: string }) {
  const [ref, measured] = useMeasured<HTMLHeadingElement>();
  return (
    <tr data-level={level}>
      <RowHeaderCell>
        <Code>{`h${level}`}</Code>
      </RowHeaderCell>
      <Cell>
        {/* A sample of the level, outside the page's outline: not a heading to assistive technology. */}
        <Heading ref={ref} level={level} role="presentation" aria-hidden="true" style={{ padding: '6px 0' }}>
          {sample}
        </Heading>
      </Cell>
      <Cell data-measured>
        <Code>{measured}</Code>
      </Cell>
    </tr>
  );
}

function TextRow({ size, sample }: { size: (typeof TEXT_SIZES)[number]; sample: string }) {
  const [ref, measured] = useMeasured<HTMLParagraphElement>();
  return (
    <tr data-text-size={size}>
      <RowHeaderCell>
        <Code>{`Text size="${size}"`}</Code>
      </RowHeaderCell>
      <Cell>
        <Text ref={ref} size={size} style={{ padding: '6px 0' }}>
          {sample}
        </Text>
      </Cell>
      <Cell data-measured>
        <Code>{measured}</Code>
      </Cell>
    </tr>
  );
}

const px = (value: string) => Number.parseFloat(value);

export const TypeScale: Story = {
  name: 'Type scale',
  render: (_args, { globals }) => {
    const { t } = copyOf(globals);
    return (
      <FoundationPage
        title="Type scale"
        lead={`${typography.fontFamily.split(',')[0]?.replaceAll('"', '')} for everything but code; headings by level, body text in two sizes.`}
      >
        <FoundationTable title="Headings (Heading level)" columns={['Level', 'Sample', 'Size / line height · weight']}>
          {LEVELS.map((level) => (
            <HeadingRow key={level} level={level} sample={t('health.title')} />
          ))}
        </FoundationTable>
        <FoundationTable title="Body (Text size)" columns={['Size', 'Sample', 'Size / line height · weight']}>
          {TEXT_SIZES.map((size) => (
            <TextRow key={size} size={size} sample={t('sourceTable.empty')} />
          ))}
        </FoundationTable>
        <FoundationTable title="Font tokens" columns={['Token', 'Value']}>
          {[
            ['fontFamily', typography.fontFamily],
            ['fontFamilyMono', typography.fontFamilyMono],
            ...Object.entries(typography.fontSize).map(([name, value]) => [`fontSize.${name}`, value]),
            ...Object.entries(typography.lineHeight).map(([name, value]) => [`lineHeight.${name}`, value]),
            ...Object.entries(typography.fontWeight).map(([name, value]) => [`fontWeight.${name}`, value]),
          ].map(([token = '', value = '']) => (
            <tr key={token} data-font-token={token}>
              <RowHeaderCell>
                <Code>{token}</Code>
              </RowHeaderCell>
              <Cell>
                <Code>{value}</Code>
              </Cell>
            </tr>
          ))}
        </FoundationTable>
      </FoundationPage>
    );
  },
  play: async ({ canvasElement }) => {
    const sizeOf = (selector: string) => {
      const element = canvasElement.querySelector(selector);
      if (!element) throw new Error(`nothing at ${selector}`);
      return px(getComputedStyle(element).fontSize);
    };
    const scale = Object.values(typography.fontSize).map(px);
    const headingSizes = LEVELS.map((level) => sizeOf(`tr[data-level="${level}"] h${level}`));
    // Every heading size is a step of the token scale, h1 the largest, and no level larger than the one above it.
    for (const size of headingSizes) await expect(scale).toContain(size);
    await expect(headingSizes[0]).toBe(Math.max(...scale));
    await expect([...headingSizes].sort((a, b) => b - a)).toEqual(headingSizes);
    await expect(new Set(headingSizes.slice(0, 3)).size, 'h1–h3 each have their own size').toBe(3);
    // Body text is the md and sm tokens; headings are bold, body regular, as the weight tokens say.
    await expect(sizeOf('tr[data-text-size="md"] p')).toBe(px(typography.fontSize.md));
    await expect(sizeOf('tr[data-text-size="sm"] p')).toBe(px(typography.fontSize.sm));
    const weightOf = (selector: string) =>
      getComputedStyle(canvasElement.querySelector(selector) as Element).fontWeight;
    await expect(weightOf('tr[data-level="1"] h1')).toBe(typography.fontWeight.bold);
    await expect(weightOf('tr[data-text-size="md"] p')).toBe(typography.fontWeight.regular);
    // The measurement shown is the one the browser computes.
    for (const level of LEVELS) {
      const shown = canvasElement.querySelector(`tr[data-level="${level}"] [data-measured]`)?.textContent ?? '';
      await expect(shown.startsWith(`${headingSizes[level - 1]}px / `), `h${level}: ${shown}`).toBe(true);
    }
    await expect(canvasElement.querySelectorAll('tr[data-font-token]')).toHaveLength(
      2 +
        Object.keys(typography.fontSize).length +
        Object.keys(typography.lineHeight).length +
        Object.keys(typography.fontWeight).length,
    );
  },
};
