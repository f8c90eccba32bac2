import type { ReactElement, ReactNode } from 'react';
import type { Tone } from '../theme/tokens';

/**
 * A 16 × 16 icon (`size` wide and high), hidden from assistive technology: its shapes are drawn
 * with `stroke`, in the text's colour.
 */
export function Icon({
  size = '1em',
  className,
  tone,
  children,
}: {
  size?: string;
  className?: string;
  /** Its `data-icon`. */
  tone?: Tone;
  children: ReactNode;
}) {
  return (
    <svg
      className={className}
      viewBox="0 0 16 16"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
      data-icon={tone}
    >
      {children}
    </svg>
  );
}

/**
 * One shape per tone, so a status is never told by colour alone: a check in a circle (positive),
 * a triangle with "!" (caution), an octagon with "×" (critical), a circle with "i" (info), a
 * dashed circle (neutral).
 */
export function ToneIcon({ tone, className }: { tone: Tone; className?: string }) {
  return (
    <Icon className={className} tone={tone}>
      {ICONS[tone]}
    </Icon>
  );
}

/** The line of every shape: round 1.6 strokes in the text's colour. */
export const stroke = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.6,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

const ICONS: Record<Tone, ReactElement> = {
  positive: (
    <>
      <circle cx="8" cy="8" r="6.5" {...stroke} />
      <path d="M5 8.2l2 2 4-4.4" {...stroke} />
    </>
  ),
  caution: (
    <>
      <path d="M8 1.8l6.4 11.4H1.6z" {...stroke} />
      <path d="M8 6v3.4" {...stroke} />
      <circle cx="8" cy="11.4" r="0.6" fill="currentColor" />
    </>
  ),
  critical: (
    <>
      <path d="M5.3 1.5h5.4l3.8 3.8v5.4l-3.8 3.8H5.3l-3.8-3.8V5.3z" {...stroke} />
      <path d="M5.8 5.8l4.4 4.4M10.2 5.8l-4.4 4.4" {...stroke} />
    </>
  ),
  info: (
    <>
      <circle cx="8" cy="8" r="6.5" {...stroke} />
      <path d="M8 7.2v4" {...stroke} />
      <circle cx="8" cy="4.9" r="0.6" fill="currentColor" />
    </>
  ),
  neutral: <circle cx="8" cy="8" r="6" {...stroke} strokeDasharray="2.4 2" />,
};
