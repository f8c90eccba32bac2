import type { HTMLAttributes, ReactNode } from 'react';
import { TONES, type Tone } from '../../theme/tokens';
import * as styles from './Badge.css';
import { ToneIcon } from './icons';

export interface BadgeProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  /** The tone: colour and shape together. An unknown tone falls back to `neutral`. @default 'neutral' */
  tone?: Tone;
  /** The visible label; a badge always carries text. */
  children: ReactNode;
  /** Bolder text, for severities. @default 'normal' */
  emphasis?: 'normal' | 'strong';
  /** Show the tone's shape before the label. @default true */
  icon?: boolean;
}

/**
 * The low-level badge: a tone, a shape and a label. Prefer `StatusBadge`, which picks the tone
 * from a domain value so the same status always looks the same.
 */
export function Badge({
  tone = 'neutral',
  children,
  emphasis = 'normal',
  icon = true,
  className,
  ...rest
}: BadgeProps) {
  const safeTone: Tone = (TONES as readonly string[]).includes(tone) ? tone : 'neutral';
  return (
    <span
      {...rest}
      data-tone={safeTone}
      className={[styles.base, styles.tone[safeTone], styles.emphasis[emphasis], className].filter(Boolean).join(' ')}
    >
      {icon ? <ToneIcon tone={safeTone} /> : null}
      <span>{children}</span>
    </span>
  );
}
