import { createContext, type ReactNode, useContext, useMemo } from 'react';

const NowContext = createContext<Date | null>(null);

export interface NowProviderProps {
  /** The instant relative times and freshness are judged at (a `Date` or an ISO string). */
  now: Date | string;
  children?: ReactNode;
}

/**
 * Injects "now" for every component below. Components never read the real clock: the host passes
 * its clock's reading, stories pass a fixed instant, so relative times never drift.
 */
export function NowProvider({ now, children }: NowProviderProps) {
  const key = typeof now === 'string' ? now : now.getTime();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the value identity of `now`
  const value = useMemo(() => new Date(typeof now === 'string' ? now : now.getTime()), [key]);
  return <NowContext.Provider value={value}>{children}</NowContext.Provider>;
}

/** The injected instant: an explicit `now` argument wins, else the nearest NowProvider's. */
export function useNow(explicit?: Date): Date {
  const provided = useContext(NowContext);
  const now = explicit ?? provided;
  if (now === null) {
    throw new Error(
      'integrations-ui: no current time. Pass `now` to the component or wrap it in <NowProvider now={…}>.',
    );
  }
  return now;
}
