import { style } from '@vanilla-extract/css';
import { vars } from './contract.css';
import { sprinkles } from './sprinkles.css';

/** The plain data table every panel uses (SourceTable has its own, virtualised). */
export const table = style({
  width: '100%',
  borderCollapse: 'collapse',
  fontSize: vars.font.size.md,
  background: vars.color.surface,
});

export const caption = style({
  textAlign: 'start',
  padding: `${vars.space.sm} 0`,
  fontWeight: vars.font.weight.bold,
  color: vars.color.text,
});

export const captionRow = sprinkles({ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 'sm' });

export const th = style({
  textAlign: 'start',
  padding: `${vars.space.sm} ${vars.space.md}`,
  borderBottom: `1px solid ${vars.color.border}`,
  background: vars.color.surfaceRaised,
  color: vars.color.textMuted,
  fontSize: vars.font.size.sm,
  fontWeight: vars.font.weight.bold,
  whiteSpace: 'nowrap',
});

export const td = style({
  padding: `${vars.space.sm} ${vars.space.md}`,
  borderBottom: `1px solid ${vars.color.border}`,
  verticalAlign: 'middle',
  color: vars.color.text,
});

/** A row header holding a source label: start-aligned, wraps long labels, isolates right-to-left text. */
export const label = style({
  textAlign: 'start',
  fontWeight: vars.font.weight.medium,
  unicodeBidi: 'plaintext',
  overflowWrap: 'anywhere',
  maxWidth: '40ch',
});

/** Wide tables scroll inside their own box; `position: relative` keeps visually hidden text inside it too. */
export const scroll = style({ position: 'relative', overflowX: 'auto', maxWidth: '100%' });
