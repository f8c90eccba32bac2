import { forwardRef, type ReactNode } from 'react';
import { cx } from '../../private/cx';
import type { RootProps } from '../../private/props';
import { ToneIcon } from '../../private/ToneIcon';
import { toneSurface } from '../../private/tone.css';
import { TONES, type Tone } from '../../theme/tokens';
import * as styles from './Badge.css';

export type BadgeProps = RootProps<
  'span',
  {
    /** The tone: colour and shape together. An unknown tone falls back to `neutral`. @default 'neutral' */
    tone?: Tone;
    /** The visible label; a badge always carries text. */
    children: ReactNode;
    /** Show the tone's shape before the label. @default true */
    icon?: boolean;
  }
>;

/**
 * The low-level badge: a tone, a shape and a label. Prefer `StatusBadge`, which picks the tone
 * from a domain value so the same status always looks the same. Exposes `data-tone`.
 */
export const Badge = forwardRef<HTMLSpanElement, BadgeProps>(function Badge(
  { tone = 'neutral', children, icon = true, className, ...rest },
  ref,
) {
  const safeTone: Tone = (TONES as readonly string[]).includes(tone) ? tone : 'neutral';
  return (
    <span ref={ref} data-tone={safeTone} className={cx(styles.badge, toneSurface[safeTone], className)} {...rest}>
      {icon ? <ToneIcon tone={safeTone} className={styles.icon} /> : null}
      <span className={styles.label}>{children}</span>
    </span>
  );
});
