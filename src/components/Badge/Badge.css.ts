import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';

/**
 * Every badge of the system looks the same but for its tone: one size, one weight, one casing
 * (capitals, set by CSS so the words stay as written for assistive technology), wrapping inside
 * its container rather than overflowing it.
 */
export const badge = style({
  display: 'inline-flex',
  alignItems: 'center',
  gap: vars.space.xs,
  maxWidth: '100%',
  boxSizing: 'border-box',
  paddingInline: vars.space.sm,
  paddingBlock: vars.space.xxs,
  border: '1px solid',
  borderRadius: vars.radius.full,
  fontFamily: vars.font.family,
  fontSize: vars.font.size.xs,
  fontWeight: vars.font.weight.medium,
  letterSpacing: '0.03em',
  lineHeight: vars.font.lineHeight.tight,
  textTransform: 'uppercase',
  // Breaks a word only when it cannot fit otherwise: unlike `anywhere`, the longest word stays the
  // badge's minimum width, so a table column is never squeezed into "AVERTISSEME / NT".
  overflowWrap: 'break-word',
  verticalAlign: 'middle',
});

export const icon = style({ flexShrink: 0 });
