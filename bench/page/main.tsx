import '../../src/theme/fonts';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { generateDataSetInput } from '../../fixtures/generate';
import { SourceTable } from '../../src/components/SourceTable';
import { NowProvider } from '../../src/context/NowProvider';
import { type DataSet, parseDataSet, SEED_NOW } from '../../src/domain';
import { LocaleProvider } from '../../src/i18n';
import { lightTheme } from '../../src/theme';
import { PlainTable } from './PlainTable';

export type Impl = 'SourceTable' | 'plain';
export interface Sample {
  /** The floor of every figure: from an idle page to the next painted frame with no work at all. */
  floor: number;
  mount: number;
  /** Main-thread work only, up to layout (React render + commit + style + layout), without the frame wait. */
  mountWork: number;
  sortWork: number;
  filterWork: number;
  sort: number;
  filter: number;
  rows: number;
  /** The sort the other way, started the instant an empty frame was painted. */
  pacedSort: number;
  /** A one-property paint change, started the same way. */
  pacedChange: number;
}

const datasets = new Map<number, DataSet>();
function dataset(count: number): DataSet {
  let data = datasets.get(count);
  if (!data) {
    const parsed = parseDataSet(generateDataSetInput({ count }));
    if (!parsed.ok) throw new Error(parsed.message);
    data = parsed.data;
    datasets.set(count, data);
  }
  return data;
}

/** Resolves after the next frame has been painted: a rAF, then a task queued from it. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
}

/**
 * Lets the page settle the way it has when a person clicks: the last frame painted and nothing
 * scheduled. Without this pause an action started the instant a frame that drew nothing was
 * painted (the empty-frame measurement) waits for Chromium's next frame tick, about 17 ms here
 * even with vsync off, whatever the action costs: the figure would time the tick, not the action.
 * The control figures (`pacedSort`, `pacedChange`) show that wait.
 */
async function idle(): Promise<void> {
  await nextPaint();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Sets an input's value the way typing does, so React's onChange fires. */
function typeInto(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

let root: Root | null = null;

/** Forces style and layout now, and returns the time after them. */
function settle(): number {
  void document.body.offsetHeight;
  return performance.now();
}
const container = document.getElementById('root') as HTMLElement;

async function run(impl: Impl, count: number): Promise<Sample> {
  const data = dataset(count);
  root?.unmount();
  root = createRoot(container);
  await idle();
  const app = (
    <LocaleProvider locale="en">
      <NowProvider now={SEED_NOW}>
        <div className={lightTheme} style={{ padding: 16 }}>
          {impl === 'SourceTable' ? (
            <SourceTable sources={data.sources} profiles={data.profiles} />
          ) : (
            <PlainTable sources={data.sources} profiles={data.profiles} />
          )}
        </div>
      </NowProvider>
    </LocaleProvider>
  );
  const t0 = performance.now();
  flushSync(() => root?.render(app));
  const mountWork = settle() - t0;
  await nextPaint();
  const mount = performance.now() - t0;
  let rows = container.querySelectorAll('tr').length;

  await idle();
  const tf = performance.now();
  await nextPaint();
  const floor = performance.now() - tf;

  const sortButton = [...container.querySelectorAll('th button')].find((b) => b.textContent?.startsWith('Source'));
  if (!(sortButton instanceof HTMLButtonElement)) throw new Error('no sort button');
  await idle();
  const t1 = performance.now();
  sortButton.click();
  await Promise.resolve();
  const sortWork = settle() - t1;
  await nextPaint();
  const sort = performance.now() - t1;
  rows = Math.max(rows, container.querySelectorAll('tr').length);

  // The control: the same sort the other way, and a one-property paint change, each started the
  // instant an empty frame was painted (as the old bench did). Both then wait for Chromium's next
  // frame tick, whatever they cost: after a frame that drew nothing, vsync off or not, it keeps one.
  await idle();
  await nextPaint();
  const t3 = performance.now();
  sortButton.click();
  await nextPaint();
  const pacedSort = performance.now() - t3;
  await idle();
  await nextPaint();
  const t4 = performance.now();
  container.style.outline = container.style.outline ? '' : '1px solid transparent';
  await nextPaint();
  const pacedChange = performance.now() - t4;

  const search = container.querySelector('input[type="search"]');
  if (!(search instanceof HTMLInputElement)) throw new Error('no search box');
  await idle();
  const t2 = performance.now();
  typeInto(search, 'France');
  await Promise.resolve();
  const filterWork = settle() - t2;
  await nextPaint();
  const filter = performance.now() - t2;

  rows = Math.max(rows, container.querySelectorAll('tr').length);
  return { floor, mount, sort, filter, rows, mountWork, sortWork, filterWork, pacedSort, pacedChange };
}

declare global {
  interface Window {
    __bench: { run: typeof run; prepare: (count: number) => number };
  }
}
window.__bench = { run, prepare: (count) => dataset(count).sources.length };
