import { useMemo } from 'react';
import { type Analysis, analyse, type Source } from '../domain';

/**
 * The analysis of a data set at `now`: the one the host (or the page) already derived when given,
 * else derived here once per sources/now. The page derives it once and hands it to every panel.
 */
export function useAnalysis(sources: readonly Source[], now: Date, given: Analysis | undefined): Analysis {
  return useMemo(() => given ?? analyse(sources, now), [given, sources, now]);
}
