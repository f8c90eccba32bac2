/** How every browser figure of the bench is timed: shared by the table and the whole-page measurements. */

/** One action, timed twice from the same start. */
export interface Timed {
  /** From the action to the paint of the next frame. */
  frame: number;
  /** Main-thread work only, up to layout (React render + commit + style + layout), without the frame wait. */
  work: number;
}

/** Resolves after the next frame has been painted: a rAF, then a task queued from it. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
}

/**
 * Lets the page settle the way it has when a person clicks: the heap collected, the last frame
 * painted and nothing scheduled. Without this pause an action started the instant a frame that drew nothing was
 * painted (the empty-frame measurement) waits for Chromium's next frame tick, about 17 ms here
 * even with vsync off, whatever the action costs: the figure would time the tick, not the action.
 * The control figures (`pacedSort`, `pacedChange`) show that wait.
 */
export async function idle(): Promise<void> {
  // A full garbage collection first (the bench starts Chromium with --expose-gc): the action then
  // pays for the garbage it makes, not for what the previous one (or another table) left.
  (globalThis as { gc?: () => void }).gc?.();
  await nextPaint();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Forces style and layout now, and returns the time after them. */
export function settle(): number {
  void document.body.offsetHeight;
  return performance.now();
}

/** Sets an input's value the way typing does, so React's onChange fires. */
export function typeInto(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Times `act` started on an idle page: `work` up to style and layout (after a microtask, so a
 * discrete update React queued has been rendered and committed), `frame` up to the paint of the
 * next frame. `done`, when given, is what the action must have changed (e.g. the dialog is open):
 * it is checked once `work` is taken, so that frame is the first one painted with the change, and
 * an action that did not take effect (or only later) throws instead of printing a figure that
 * does not time it.
 */
export async function timeAction(act: () => void, done?: () => boolean): Promise<Timed> {
  await idle();
  const t0 = performance.now();
  act();
  await Promise.resolve();
  const work = settle() - t0;
  if (done && !done()) throw new Error('the action had not taken effect once it was rendered: nothing to time');
  await nextPaint();
  return { frame: performance.now() - t0, work };
}

/** The time from an idle page to the next painted frame with no work at all: the floor of every figure. */
export async function emptyFrame(): Promise<number> {
  await idle();
  const t0 = performance.now();
  await nextPaint();
  return performance.now() - t0;
}
