import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';
import { cx } from '../cx';
import { useBrowserLayoutEffect } from '../useBrowserLayoutEffect';
import * as styles from './Tooltip.css';

export interface TooltipProps {
  /** What the tooltip explains; rich content (e.g. a `<dl>` of exact times) is fine. */
  content: ReactNode;
  /** The visible trigger content; it is wrapped in a focusable button that the tooltip describes. */
  children: ReactNode;
  /** Extra class on the trigger button. */
  triggerClassName?: string;
}

/** Space kept from the viewport's edges (px). */
const EDGE = 8;
/** How long the pointer may take to travel from the trigger to the bubble (or back) before it closes (ms). */
const HOVER_GRACE = 300;

/**
 * A real tooltip, not a `title` (WCAG 1.4.13, content on hover or focus):
 * - it opens on keyboard focus as well as on hover, and describes its trigger through
 *   `aria-describedby`, so a screen reader reads it even while it is closed;
 * - **dismissible**: Escape closes it and only it — a dialog or a panel around it stays open;
 * - **hoverable**: the pointer can move onto the bubble (to read or select its text) without
 *   it closing: the bubble's box starts where the trigger ends, and leaving either gives
 *   the pointer a moment to reach the other;
 * - **persistent**: it stays until focus and pointer leave, or Escape;
 * - it is drawn in the top layer (the Popover API): no scrolling region, table or dialog clips it.
 *   It sits below its trigger, above it when there is no room below, and within the viewport's
 *   width on a narrow screen.
 */
export function Tooltip({ content, children, triggerClassName }: TooltipProps) {
  const id = useId();
  const triggerRef = useRef<HTMLButtonElement>(null);
  const bubbleRef = useRef<HTMLSpanElement>(null);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [placement, setPlacement] = useState<'below' | 'above'>('below');
  /** Whether the trigger can be seen (not scrolled out of the page or of its scrolling region). */
  const [inView, setInView] = useState(true);
  const open = (hovered || focused) && !dismissed;
  const shown = open && inView;
  const leaveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const enter = useCallback(() => {
    clearTimeout(leaveTimer.current);
    setDismissed(false);
    setHovered(true);
  }, []);
  const leave = useCallback(() => {
    clearTimeout(leaveTimer.current);
    leaveTimer.current = setTimeout(() => setHovered(false), HOVER_GRACE);
  }, []);
  useEffect(() => () => clearTimeout(leaveTimer.current), []);

  /** Places the bubble by its trigger, in viewport coordinates (the top layer is fixed). */
  const place = useCallback(() => {
    const trigger = triggerRef.current;
    const bubble = bubbleRef.current;
    if (!trigger || !bubble) return;
    const anchor = trigger.getBoundingClientRect();
    const { width, height } = bubble.getBoundingClientRect();
    const viewportWidth = document.documentElement.clientWidth;
    const viewportHeight = document.documentElement.clientHeight;
    // The bubble's box includes the gap as transparent padding on the trigger's side, so the
    // pointer crosses no empty space on its way from the trigger to the text.
    // Below when it fits there, above when it fits there, else on the roomier side; then kept
    // inside the viewport (on a very short viewport it may cover part of its trigger rather
    // than be cut off).
    const roomBelow = viewportHeight - EDGE - anchor.bottom;
    const roomAbove = anchor.top - EDGE;
    const below = height <= roomBelow || (height > roomAbove && roomBelow >= roomAbove);
    const wanted = below ? anchor.bottom : anchor.top - height;
    const top = Math.max(EDGE, Math.min(wanted, viewportHeight - height - EDGE));
    const left = Math.max(EDGE, Math.min(anchor.left, viewportWidth - width - EDGE));
    bubble.style.top = `${Math.round(top)}px`;
    bubble.style.left = `${Math.round(left)}px`;
    setPlacement(below ? 'below' : 'above');
  }, []);

  useBrowserLayoutEffect(() => {
    const bubble = bubbleRef.current;
    if (!bubble) return;
    // Without the Popover API (older browsers) the bubble is a fixed box shown by `data-open`.
    const popover = typeof bubble.showPopover === 'function';
    if (shown) {
      if (popover && !bubble.matches(':popover-open')) bubble.showPopover();
      place();
    } else if (popover && bubble.matches(':popover-open')) {
      bubble.hidePopover();
    }
  }, [shown, place]);

  // While open, the bubble follows its trigger out of sight and back: a trigger scrolled out of
  // the page or out of its table's scrolling region leaves no bubble floating over other content.
  useEffect(() => {
    const trigger = triggerRef.current;
    if (!open || !trigger || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => setInView(entry?.isIntersecting ?? true));
    observer.observe(trigger);
    return () => {
      observer.disconnect();
      setInView(true);
    };
  }, [open]);

  useEffect(() => {
    if (!open) return;
    // Escape closes the tooltip and nothing else: caught on its way down (capture, on the
    // document), so the dialog or panel the trigger sits in never sees it.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      setDismissed(true);
    };
    // The trigger moved (a scrolled table or page, a resized window): follow it.
    const follow = () => place();
    document.addEventListener('keydown', onKey, true);
    window.addEventListener('scroll', follow, true);
    window.addEventListener('resize', follow);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      window.removeEventListener('scroll', follow, true);
      window.removeEventListener('resize', follow);
    };
  }, [open, place]);

  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        className={cx(styles.trigger, triggerClassName)}
        aria-describedby={id}
        data-state={shown ? 'open' : 'closed'}
        onMouseEnter={enter}
        onMouseLeave={leave}
        onFocus={() => {
          setDismissed(false);
          setFocused(true);
        }}
        onBlur={() => setFocused(false)}
      >
        {children}
      </button>
      <span
        ref={bubbleRef}
        role="tooltip"
        id={id}
        popover="manual"
        className={styles.bubble}
        data-placement={placement}
        data-open={shown || undefined}
        onMouseEnter={enter}
        onMouseLeave={leave}
      >
        <span className={styles.panel}>{content}</span>
      </span>
    </>
  );
}
