import { useEffect, useRef } from 'react';

/**
 * The announcement rule of the system: only news is announced. What a component renders with
 * (its first render, or its first render with data after loading) is content, read in the page's
 * order; what appears after that while the person is there (a new flag, an error after data was
 * shown, a panel that crashes after it was shown) is announced once, when it appears.
 */

const NOTHING: ReadonlySet<string> = new Set();

/**
 * The keys among `keys` that arrived after the first commit with `ready` true (the items a list
 * showed when its data came are not news) and that are still there. A key that leaves and comes
 * back arrives again. While `ready` is false nothing is recorded, so what a reload brings is news.
 */
export function useArrivedKeys(keys: readonly string[], ready: boolean): ReadonlySet<string> {
  const last = useRef<{ known: ReadonlySet<string> | null; arrived: ReadonlySet<string> }>({
    known: null,
    arrived: NOTHING,
  });
  const { known, arrived: before } = last.current;
  let arrived = NOTHING;
  if (ready && known !== null) {
    const found = keys.filter((key) => before.has(key) || !known.has(key));
    if (found.length > 0) arrived = new Set(found);
  }
  useEffect(() => {
    if (ready) last.current = { known: new Set(keys), arrived };
  });
  return arrived;
}

/** `useArrivedKeys` of one thing, present or not. */
const PRESENT: readonly string[] = [''];

/**
 * Whether `present` turned true after the component's first commit: `false` while absent, and
 * for something the component rendered with; `true` from the render where it appeared after that,
 * for as long as it stays (`useArrivedKeys` of one key, always ready).
 */
export function useArrived(present: boolean): boolean {
  return useArrivedKeys(present ? PRESENT : [], true).size > 0;
}
