import { type RefObject, useCallback, useRef, useState } from 'react';
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

/** Where the rows are seen: the element's scroll offset, and its inner height less what a sticky header covers, in px. */
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

/** The window of rows, and a way to read the scrolling element again now. */
export interface RowWindowState extends RowWindow {
  /**
   * Reads the element's scroll offset and height now, and when the window moved, re-renders
   * synchronously (`flushSync`): after a script sets `scrollTop`, the rows it brought into view are
   * in the DOM when `sync()` returns, without waiting for the scroll event. Call it from an event
   * handler, never while React renders.
   */
  sync: () => void;
}

/**
 * The window of fixed-height rows to render in a scrolling element (`rowWindow`). Follows the
 * element's scroll offset and height (scroll events and a ResizeObserver); until the element is
 * measured, its height is taken to be `initialHeight` and its offset 0, the window a table that
 * fills its `max-height` shows. The rows under a sticky header (`covered` px at the top) are not
 * in view. Nothing here forces a layout: the element is read in a scroll event
 * or a ResizeObserver callback (after the browser's own layout), never while React commits, and the
 * component re-renders only when the window moves — synchronously, so a fast scroll never paints
 * an empty band. A new row count needs no reading: `rowWindow` clamps the offset to the rows, and
 * the browser reports a clamped scroll offset with a scroll event. A script that scrolls the
 * element itself calls `sync()` to have the new window at once.
 */
export function useRowWindow(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  overscan: number,
  initialHeight: number,
  /**
   * The height a sticky header covers at the top of the element, in px: the rows under it are not
   * in view, so the viewport taken for the rows is that much shorter.
   */
  covered: number,
): RowWindowState {
  const [viewport, setViewport] = useState<Viewport>(() => ({ top: 0, height: initialHeight - covered }));
  /** The viewport of the last render, and the row count of the last commit: what a new reading is compared with. */
  const shown = useRef(viewport);
  const counted = useRef(count);

  useBrowserLayoutEffect(() => {
    shown.current = viewport;
    counted.current = count;
  }, [viewport, count]);

  const sync = useCallback(() => {
    const element = scrollRef.current;
    if (!element) return;
    const next = { top: element.scrollTop, height: element.clientHeight - covered };
    const rows = counted.current;
    const before = rowWindow(shown.current, rows, rowHeight, overscan);
    if (sameWindow(before, rowWindow(next, rows, rowHeight, overscan))) return;
    shown.current = next;
    flushSync(() => setViewport(next));
  }, [scrollRef, rowHeight, overscan, covered]);

  useBrowserLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    element.addEventListener('scroll', sync, { passive: true });
    // The first callback comes after the first layout (the real height), before it is painted.
    // Without ResizeObserver (jsdom, happy-dom in a host's tests) the element is read once.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(sync);
    if (observer) observer.observe(element);
    else sync();
    return () => {
      element.removeEventListener('scroll', sync);
      observer?.disconnect();
    };
  }, [scrollRef, sync]);

  return { ...rowWindow(viewport, count, rowHeight, overscan), sync };
}
