/**
 * What the Foundations pages (stories/Colours, Typography, Spacing, ToneMatrix, Icons) share: the
 * tokens of the theme the toolbar selects, read from src/theme/tokens.ts and the theme contract (never
 * a copied list), the contrast pairs the unit tests hold the tokens to, and a frame for each page.
 */
import { type ReactNode, useId } from 'react';
import { HeaderCell, Table, TableFrame } from '../../src/private/Table/Table';
import { Heading, Text } from '../../src/private/Typography/Typography';
import { vars } from '../../src/theme/contract.css';
import { type ColourTokens, darkColours, lightColours, TONES } from '../../src/theme/tokens';
import { contrast } from '../../test/helpers/contrast';

export type ThemeName = 'light' | 'dark';

/** The theme the story renders in (the toolbar's or the visual mode's `theme` global). */
export function themeOf(globals: Record<string, unknown>): ThemeName {
  return globals.theme === 'dark' ? 'dark' : 'light';
}

/** The colour tokens of that theme. */
export function coloursOf(globals: Record<string, unknown>): ColourTokens {
  return themeOf(globals) === 'dark' ? darkColours : lightColours;
}

interface Leaf {
  /** Dotted path under the colour tokens, e.g. `tone.caution.text`. */
  path: string;
  value: string;
}

/** Every string leaf of a nested object, depth first: `{ a: 'x', b: { c: 'y' } }` → `a`, `b.c`. */
export function leavesOf(tree: object, prefix = ''): Leaf[] {
  return Object.entries(tree).flatMap(([key, value]): Leaf[] =>
    typeof value === 'string'
      ? [{ path: `${prefix}${key}`, value }]
      : value !== null && typeof value === 'object'
        ? leavesOf(value, `${prefix}${key}.`)
        : [],
  );
}

/** The value at a dotted path of a nested object of strings (a token or a contract variable). */
export function at(tree: object, path: string): string {
  let node: unknown = tree;
  for (const key of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[key];
  if (typeof node !== 'string') throw new Error(`no colour at "${path}"`);
  return node;
}

/** The contract's CSS variable of a colour token, e.g. `var(--color-tone-caution-text__…)`. */
export const colourVar = (path: string) => at(vars.color, path);

/** What a pair must reach: 4.5:1 for text (WCAG 1.4.3), 3:1 for a focus ring or boundary (1.4.11), nothing for decoration. */
export type Requirement = 'text' | 'non-text' | 'decorative';
export const MINIMUM: Record<Requirement, number> = { text: 4.5, 'non-text': 3, decorative: 0 };

export interface ContrastPair {
  /** Colour token path of the foreground. */
  fg: string;
  /** Colour token path of the surface it sits on. */
  bg: string;
  requirement: Requirement;
}

/**
 * The foreground/surface pairs the components use, with what each must reach: the pairs
 * test/unit/theme.test.ts asserts, a notice's body text on each tone's surface, and the decorative
 * ones (borders, skeletons) for the record.
 */
export function contrastPairs(): ContrastPair[] {
  const pairs: ContrastPair[] = [];
  for (const fg of ['text', 'textMuted']) {
    for (const bg of ['background', 'surface', 'surfaceRaised']) pairs.push({ fg, bg, requirement: 'text' });
  }
  pairs.push({ fg: 'accent', bg: 'surface', requirement: 'text' });
  pairs.push({ fg: 'accentText', bg: 'accent', requirement: 'text' });
  pairs.push({ fg: 'focusRing', bg: 'background', requirement: 'non-text' });
  for (const tone of TONES) {
    pairs.push({ fg: `tone.${tone}.text`, bg: `tone.${tone}.surface`, requirement: 'text' });
    // A notice's words are body text on the tone's surface (src/private/Notice).
    pairs.push({ fg: 'text', bg: `tone.${tone}.surface`, requirement: 'text' });
    pairs.push({ fg: `tone.${tone}.text`, bg: 'surface', requirement: 'text' });
    pairs.push({ fg: `tone.${tone}.border`, bg: 'surface', requirement: 'non-text' });
  }
  pairs.push({ fg: 'border', bg: 'surface', requirement: 'decorative' });
  pairs.push({ fg: 'skeleton', bg: 'surface', requirement: 'decorative' });
  return pairs;
}

export interface MeasuredPair extends ContrastPair {
  ratio: number;
  passes: boolean;
}

export function measure(colours: ColourTokens, pair: ContrastPair): MeasuredPair {
  const ratio = contrast(at(colours, pair.fg), at(colours, pair.bg));
  return { ...pair, ratio, passes: ratio >= MINIMUM[pair.requirement] };
}

/** The pair a token is closest to failing in (decorative pairs only when it has no other). */
export function worstPairOf(colours: ColourTokens, path: string): MeasuredPair | null {
  const pairs = contrastPairs()
    .filter((pair) => pair.fg === path || pair.bg === path)
    .map((pair) => measure(colours, pair));
  const weight = (pair: MeasuredPair) =>
    pair.requirement === 'decorative' ? Number.POSITIVE_INFINITY : pair.ratio / MINIMUM[pair.requirement];
  return pairs.sort((a, b) => weight(a) - weight(b) || a.ratio - b.ratio)[0] ?? null;
}

/** `4.5123` → `4.51:1`. */
export const formatRatio = (ratio: number) => `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;

/** `rgb(31, 79, 209)` (a computed colour) → `#1f4fd1`. */
export function rgbToHex(rgb: string): string {
  const parts =
    rgb
      .match(/\d+(\.\d+)?/g)
      ?.slice(0, 3)
      .map(Number) ?? [];
  if (parts.length !== 3) throw new Error(`not an rgb() colour: ${rgb}`);
  return `#${parts.map((part) => Math.round(part).toString(16).padStart(2, '0')).join('')}`;
}

/** A square of a colour, drawn from the contract's variable (so it shows what the theme renders). */
export function Swatch({ colour, token }: { colour: string; token: string }) {
  return (
    <span
      aria-hidden="true"
      data-swatch={token}
      style={{
        display: 'inline-block',
        width: 32,
        height: 20,
        borderRadius: vars.radius.sm,
        background: colour,
        boxShadow: `inset 0 0 0 1px ${vars.color.border}`,
        verticalAlign: 'middle',
      }}
    />
  );
}

/** A page of the Foundations: its heading, one sentence, what it shows. */
export function FoundationPage({ title, lead, children }: { title: string; lead: string; children: ReactNode }) {
  return (
    <div style={{ display: 'grid', gap: vars.space.lg, maxWidth: 1100 }}>
      <div style={{ display: 'grid', gap: vars.space.xs }}>
        <Heading level={2}>{title}</Heading>
        <Text tone="muted">{lead}</Text>
      </div>
      {children}
    </div>
  );
}

/** A table of the system (its frame, header, density), named by a heading above it. */
export function FoundationTable({
  title,
  columns,
  children,
  density = 'compact',
}: {
  title: string;
  columns: string[];
  children: ReactNode;
  density?: 'regular' | 'compact';
}) {
  const id = useId();
  return (
    <div style={{ display: 'grid', gap: vars.space.sm }}>
      <Heading id={id} level={3}>
        {title}
      </Heading>
      <TableFrame labelledBy={id}>
        <Table density={density}>
          <thead>
            <tr>
              {columns.map((column) => (
                <HeaderCell key={column}>{column}</HeaderCell>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </Table>
      </TableFrame>
    </div>
  );
}

/** Monospace, for token names and values. */
export function Code({ children }: { children: ReactNode }) {
  return <code style={{ fontFamily: vars.font.familyMono, fontSize: vars.font.size.sm }}>{children}</code>;
}
