import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';
import { sprinkles } from '../../theme/sprinkles.css';
import { focusRing } from '../../theme/utilities.css';

export const page = style({
  display: 'grid',
  gridTemplateColumns: 'minmax(0, 1fr)',
  gap: vars.space.xl,
  maxWidth: '1200px',
  marginInline: 'auto',
  padding: vars.space.lg,
  background: vars.color.background,
  color: vars.color.text,
  fontFamily: vars.font.family,
  minWidth: 0,
  '@media': { '(max-width: 480px)': { padding: vars.space.sm, gap: vars.space.lg } },
});

export const header = sprinkles({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  justifyContent: 'space-between',
  gap: 'md',
});

export const title = style({ margin: 0, fontSize: vars.font.size.xxl, fontWeight: vars.font.weight.bold });

export const subtitle = style({ margin: `${vars.space.xs} 0 0`, color: vars.color.textMuted });

export const actions = sprinkles({ display: 'flex', alignItems: 'center', gap: 'md', flexWrap: 'wrap' });

export const role = style({ color: vars.color.textMuted, fontSize: vars.font.size.sm });

export const button = style([
  focusRing,
  {
    appearance: 'none',
    border: `1px solid ${vars.color.accent}`,
    background: vars.color.accent,
    color: vars.color.accentText,
    font: 'inherit',
    fontWeight: vars.font.weight.medium,
    padding: `${vars.space.sm} ${vars.space.lg}`,
    borderRadius: vars.radius.md,
    minHeight: '36px',
    cursor: 'pointer',
  },
]);

export const panel = style({
  display: 'grid',
  gridTemplateColumns: 'minmax(0, 1fr)',
  gap: vars.space.md,
  padding: vars.space.lg,
  background: vars.color.surface,
  border: `1px solid ${vars.color.border}`,
  borderRadius: vars.radius.lg,
  minWidth: 0,
  '@media': { '(max-width: 480px)': { padding: vars.space.md } },
});

export const panelTitle = style({ margin: 0, fontSize: vars.font.size.xl, fontWeight: vars.font.weight.bold });

export const hint = style({ margin: 0, color: vars.color.textMuted, fontSize: vars.font.size.sm });

export const guardrails = style({ margin: 0, paddingInlineStart: vars.space.xl, display: 'grid', gap: vars.space.xs });
