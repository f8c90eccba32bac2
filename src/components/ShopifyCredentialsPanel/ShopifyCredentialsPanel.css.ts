import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';

export const root = style({
  display: 'grid',
  gap: vars.space.lg,
  maxWidth: '48rem',
  fontFamily: vars.font.family,
  fontSize: vars.font.size.md,
  lineHeight: vars.font.lineHeight.normal,
  color: vars.color.text,
});

export const title = style({ margin: 0, fontSize: vars.font.size.xl, fontWeight: vars.font.weight.bold });

export const notice = style({
  display: 'grid',
  gridTemplateColumns: 'auto 1fr',
  gap: vars.space.sm,
  padding: vars.space.lg,
  border: `1px solid ${vars.color.tone.info.border}`,
  borderRadius: vars.radius.md,
  background: vars.color.tone.info.surface,
  color: vars.color.tone.info.text,
});

export const noticeText = style({ display: 'grid', gap: vars.space.xs });

export const paragraph = style({ margin: 0 });

export const scopes = style({ display: 'grid', gap: vars.space.sm });

export const scopesTitle = style({ margin: 0, fontSize: vars.font.size.lg, fontWeight: vars.font.weight.bold });

export const scopeList = style({
  display: 'flex',
  flexWrap: 'wrap',
  gap: vars.space.md,
  margin: 0,
  padding: 0,
  listStyle: 'none',
});

export const scope = style({ display: 'inline-flex', alignItems: 'center', gap: vars.space.xs });

export const code = style({ fontFamily: vars.font.familyMono, fontSize: vars.font.size.sm });

export const fields = style({ display: 'grid', gap: vars.space.md });
