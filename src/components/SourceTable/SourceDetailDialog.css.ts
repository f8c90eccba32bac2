import { globalStyle, style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';
import { buttonBase } from './SourceTable.css';

export const dialog = style({
  width: 'min(560px, calc(100vw - 32px))',
  maxHeight: 'calc(100vh - 32px)',
  padding: 0,
  border: `1px solid ${vars.color.border}`,
  borderRadius: vars.radius.lg,
  background: vars.color.surface,
  color: vars.color.text,
  fontFamily: vars.font.family,
  fontSize: vars.font.size.md,
  selectors: { '&::backdrop': { background: 'rgba(14, 16, 20, 0.55)' } },
});

export const body = style({
  display: 'grid',
  gap: vars.space.lg,
  padding: vars.space.xl,
  '@media': { '(max-width: 480px)': { padding: vars.space.lg } },
});

export const head = style({
  display: 'flex',
  alignItems: 'flex-start',
  justifyContent: 'space-between',
  gap: vars.space.md,
});

export const title = style({
  margin: 0,
  minWidth: 0,
  fontSize: vars.font.size.xl,
  fontWeight: vars.font.weight.bold,
  overflowWrap: 'anywhere',
  unicodeBidi: 'plaintext',
});

export const subtitle = style({ margin: 0, fontSize: vars.font.size.lg, fontWeight: vars.font.weight.bold });

export const fields = style({
  display: 'grid',
  gridTemplateColumns: 'max-content minmax(0, 1fr)',
  gap: `${vars.space.sm} ${vars.space.lg}`,
  margin: 0,
  '@media': { '(max-width: 480px)': { gridTemplateColumns: 'minmax(0, 1fr)', rowGap: vars.space.xxs } },
});
globalStyle(`${fields} > dt`, { fontWeight: vars.font.weight.bold, color: vars.color.textMuted });
globalStyle(`${fields} > dd`, { margin: 0, minWidth: 0, overflowWrap: 'anywhere' });

export const section = style({ display: 'grid', gap: vars.space.sm });

export const help = style({ margin: 0, color: vars.color.textMuted, fontSize: vars.font.size.sm });

export const flags = style({
  display: 'grid',
  gap: vars.space.xs,
  margin: 0,
  paddingInlineStart: 0,
  listStyle: 'none',
});

export const actions = style({ display: 'flex', flexWrap: 'wrap', gap: vars.space.sm });

/** The preview actions: the table's secondary button, at the panel's text size. */
export const button = buttonBase;

export const notice = style({
  margin: 0,
  fontWeight: vars.font.weight.medium,
  selectors: {
    '&[data-state="previewed"]': {
      padding: vars.space.sm,
      borderRadius: vars.radius.sm,
      border: `1px solid ${vars.color.tone.info.border}`,
      background: vars.color.tone.info.surface,
      color: vars.color.tone.info.text,
    },
  },
});
