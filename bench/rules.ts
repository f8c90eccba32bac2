/** Times the domain rules (freshness, flags, summary: `analyse`) over 100,000 sources, in Node. */
import { generateDataSetInput } from '../fixtures/generate';
import { analyse, parseDataSet, SEED_NOW } from '../src/domain';

export function benchRules(count: number, runs: number): number[] {
  const parsed = parseDataSet(generateDataSetInput({ count }));
  if (!parsed.ok) throw new Error(parsed.message);
  const sources = parsed.data.sources;
  const now = new Date(SEED_NOW);
  for (let i = 0; i < 3; i++) analyse(sources, now); // warm-up: JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = analyse(sources, now);
    times.push(performance.now() - t0);
    if (result.summary.total !== count) throw new Error('analyse lost sources');
  }
  return times;
}
