import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { toInstant } from '../domain/clock';

const NowContext = createContext<Date | null>(null);

/** The identity of a `now` value: the same instant given twice is the same key. */
const keyOf = (now: Date | string | undefined) => (now instanceof Date ? now.getTime() : now);

/** `now` read once per value: the same instant keeps the same `Date` across renders. */
function useInstant(now: Date | string | undefined, name: string): Date | null {
  const key = keyOf(now);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the value identity of `now`
  return useMemo(() => (now === undefined ? null : toInstant(now, name)), [key, name]);
}

export interface NowProviderProps {
  /** The instant relative times and freshness are judged at: a `Date` or an ISO-8601 date-time with a time zone. */
  now: Date | string;
  children?: ReactNode;
}

/**
 * Injects "now" for every component below. Components never read the real clock: the host passes
 * its clock's reading, stories pass a fixed instant, so relative times never drift. An invalid
 * value throws a `RangeError` naming the prop.
 */
export function NowProvider({ now, children }: NowProviderProps) {
  const value = useInstant(now, 'NowProvider now');
  return <NowContext.Provider value={value}>{children}</NowContext.Provider>;
}

/** The nearest NowProvider's instant, or `null` outside any: for a caller that reports the absence itself. */
export function useProvidedNow(): Date | null {
  return useContext(NowContext);
}

/**
 * The injected instant: a component's own `now` prop wins, else the nearest NowProvider's. Every
 * component takes `now` as `Date | string` and reads it here, once.
 */
export function useNow(explicit?: Date | string): Date {
  const provided = useContext(NowContext);
  const own = useInstant(explicit, 'now');
  const now = own ?? provided;
  if (now === null) {
    throw new Error(
      'integrations-ui: no current time. Pass `now` to the component or wrap it in <NowProvider now={…}>.',
    );
  }
  return now;
}
