import { type RefObject, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useBrowserLayoutEffect } from '../../private/useBrowserLayoutEffect';

export interface RowWindow {
  /** Index of the first rendered row (inclusive). */
  start: number;
  /** Index after the last rendered row (exclusive); `start === end` renders nothing. */
  end: number;
  /** Height of the rows above the window, in px (the top spacer). */
  before: number;
  /** Height of the rows below the window, in px (the bottom spacer). */
  after: number;
}

/** Where the scrolling element is: its scroll offset and its inner height, in px. */
interface Viewport {
  top: number;
  height: number;
}

const NOTHING: RowWindow = { start: 0, end: 0, before: 0, after: 0 };

/**
 * The rows to render for a viewport: those it shows, widened by `overscan` on each side, with the
 * heights of the spacers around them. A viewport without height shows nothing. The offset is
 * taken at most to the end of the rows (a header above them can scroll a little further).
 */
export function rowWindow(viewport: Viewport, count: number, rowHeight: number, overscan: number): RowWindow {
  const { height } = viewport;
  if (count === 0 || height <= 0) return NOTHING;
  const top = Math.min(viewport.top, Math.max(count * rowHeight - height, 0));
  const last = count - 1;
  const first = Math.max(0, Math.min(Math.floor(top / rowHeight), last));
  const lastShown = Math.min(Math.max(first, Math.ceil((top + height) / rowHeight) - 1), last);
  const start = Math.max(first - overscan, 0);
  const end = Math.min(lastShown + overscan, last) + 1;
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight };
}

const sameWindow = (a: RowWindow, b: RowWindow) => a.start === b.start && a.end === b.end;

/**
 * The window of fixed-height rows to render in a scrolling element (`rowWindow`). Follows the
 * element's scroll offset and height (scroll events and a ResizeObserver); until the element is
 * measured, its height is taken to be `initialHeight`. The component re-renders only when the
 * window changes, and synchronously on scroll, so a fast scroll never shows an empty band.
 */
export function useRowWindow(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  overscan: number,
  initialHeight: number,
): RowWindow {
  const [viewport, setViewport] = useState<Viewport>({ top: 0, height: initialHeight });
  /** Reads the element again and re-renders if the window moved; set while the element is observed. */
  const measure = useRef<((sync: boolean) => void) | null>(null);
  /** The row count of the last commit, for the scroll handler. */
  const counted = useRef(count);

  useBrowserLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    let shown: Viewport | null = null;
    measure.current = (sync) => {
      const next = { top: element.scrollTop, height: element.clientHeight };
      const rows = counted.current;
      if (
        shown &&
        sameWindow(rowWindow(shown, rows, rowHeight, overscan), rowWindow(next, rows, rowHeight, overscan))
      ) {
        return;
      }
      shown = next;
      if (sync) flushSync(() => setViewport(next));
      else setViewport(next);
    };
    const onScroll = () => measure.current?.(true);
    measure.current(false);
    element.addEventListener('scroll', onScroll, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => measure.current?.(false));
    observer?.observe(element);
    return () => {
      measure.current = null;
      element.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [scrollRef, rowHeight, overscan]);

  // A new row count (a filter) moves the end of the rows: read the offset again.
  useBrowserLayoutEffect(() => {
    counted.current = count;
    measure.current?.(false);
  }, [count]);

  return rowWindow(viewport, count, rowHeight, overscan);
}
