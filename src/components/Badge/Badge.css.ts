import { type RecipeVariants, recipe } from '@vanilla-extract/recipes';
import { vars } from '../../theme/contract.css';
import { TONES, type Tone } from '../../theme/tokens';

const toneVariants = Object.fromEntries(
  TONES.map((tone) => [
    tone,
    {
      color: vars.color.tone[tone].text,
      background: vars.color.tone[tone].surface,
      borderColor: vars.color.tone[tone].border,
    },
  ]),
) as Record<Tone, { color: string; background: string; borderColor: string }>;

export const badge = recipe({
  base: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: vars.space.xs,
    maxWidth: '100%',
    paddingInline: vars.space.sm,
    paddingBlock: vars.space.xxs,
    border: '1px solid',
    borderRadius: vars.radius.full,
    fontFamily: vars.font.family,
    fontSize: vars.font.size.sm,
    fontWeight: vars.font.weight.medium,
    lineHeight: vars.font.lineHeight.tight,
    whiteSpace: 'nowrap',
    verticalAlign: 'middle',
  },
  variants: {
    tone: toneVariants,
    emphasis: {
      normal: {},
      strong: { fontWeight: vars.font.weight.bold, letterSpacing: '0.02em' },
    },
  },
  defaultVariants: { tone: 'neutral', emphasis: 'normal' },
});

export const icon = { flexShrink: 0 } as const;

export type BadgeVariants = RecipeVariants<typeof badge>;
