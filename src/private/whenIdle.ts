/**
 * Runs `steps` one per idle period of the browser (each within a second at the latest), in order;
 * returns what cancels the ones not run yet. Without `requestIdleCallback`, a short timeout each.
 */
export function whenIdle(steps: readonly (() => unknown)[]): () => void {
  const idle = typeof requestIdleCallback === 'function';
  let next = 0;
  let handle: number | undefined;
  const run = () => {
    steps[next++]?.();
    schedule();
  };
  const schedule = () => {
    handle =
      next < steps.length
        ? idle
          ? requestIdleCallback(run, { timeout: 1000 })
          : window.setTimeout(run, 50)
        : undefined;
  };
  schedule();
  return () => {
    if (handle === undefined) return;
    if (idle) cancelIdleCallback(handle);
    else window.clearTimeout(handle);
  };
}
