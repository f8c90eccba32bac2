/**
 * A React root in a fresh container for each test of a DOM test file, rendered inside act():
 * `const view = mountEachTest();` then `view.render(node)` and `view.container` in the tests.
 */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

// Tells React that updates are wrapped in act() here, as in any test renderer.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface MountedView {
  /** The current test's container, attached to the document. */
  readonly container: HTMLElement;
  render(node: ReactNode): void;
}

export function mountEachTest(): MountedView {
  let root: Root | null = null;
  let container: HTMLElement | null = null;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root?.unmount());
    container?.remove();
  });
  return {
    get container() {
      if (!container) throw new Error('mountEachTest: no container outside a test');
      return container;
    },
    render(node) {
      act(() => root?.render(node));
    },
  };
}

/**
 * Waits, inside act(), for the browser's next idle period and the task after it: what a component
 * defers with `whenIdle` (the rows around the view, the profile filter's other options) has rendered.
 */
export const browserIdle = () =>
  act(() => new Promise<void>((resolve) => requestIdleCallback(() => setTimeout(resolve), { timeout: 1000 })));
