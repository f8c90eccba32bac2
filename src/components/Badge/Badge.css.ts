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

/**
 * The words: a flex item that may be narrower than its longest word, so in a container narrower
 * than that word (a narrow column, large text spacing) the word breaks instead of overflowing. The
 * badge's own minimum width (what an auto-sized table column gives it) is still its longest word.
 */
export const label = style({ minWidth: 0 });
