import type { ReactNode } from 'react';
import * as table from '../../theme/table.css';
import { focusRing } from '../../theme/utilities.css';

export interface ScrollRegionProps {
  /** Names the region for assistive technology (usually the table's caption). */
  label: string;
  children?: ReactNode;
}

/**
 * A box that wide tables scroll inside (down to 360 px screens), focusable so keyboard users can
 * scroll it too (WCAG 2.1.1, axe `scrollable-region-focusable`).
 */
export function ScrollRegion({ label, children }: ScrollRegionProps) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className={`${table.scroll} ${focusRing}`} aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
