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
import { type PageSample, runPage } from './settingsPage';
import { TanStackTable } from './TanStackTable';
import { emptyFrame, idle, nextPaint, timeAction, typeInto } from './timing';

/** The table measured: the system's, what a team would pick instead (TanStack Table + Virtual), and a plain one. */
export type Impl = 'SourceTable' | 'TanStack' | 'plain';
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

let root: Root | null = null;

const container = document.getElementById('root') as HTMLElement;

/** Unmounts what the previous measurement left and gives a fresh root on the container. */
function newRoot(): Root {
  root?.unmount();
  root = createRoot(container);
  return root;
}

async function run(impl: Impl, count: number): Promise<Sample> {
  const data = dataset(count);
  const app = (
    <LocaleProvider locale="en">
      <NowProvider now={SEED_NOW}>
        <div className={lightTheme} style={{ padding: 16 }}>
          {impl === 'SourceTable' ? (
            <SourceTable data={data} />
          ) : impl === 'TanStack' ? (
            <TanStackTable sources={data.sources} profiles={data.profiles} />
          ) : (
            <PlainTable sources={data.sources} profiles={data.profiles} />
          )}
        </div>
      </NowProvider>
    </LocaleProvider>
  );
  const fresh = newRoot();
  const { frame: mount, work: mountWork } = await timeAction(() => flushSync(() => fresh.render(app)));
  let rows = container.querySelectorAll('tr').length;

  const floor = await emptyFrame();

  const sortButton = [...container.querySelectorAll('th button')].find((b) => b.textContent?.startsWith('Source'));
  if (!(sortButton instanceof HTMLButtonElement)) throw new Error('no sort button');
  const { frame: sort, work: sortWork } = await timeAction(() => sortButton.click());
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
  const { frame: filter, work: filterWork } = await timeAction(() => typeInto(search, 'France'));

  rows = Math.max(rows, container.querySelectorAll('tr').length);
  return { floor, mount, sort, filter, rows, mountWork, sortWork, filterWork, pacedSort, pacedChange };
}

declare global {
  interface Window {
    __bench: {
      run: typeof run;
      prepare: (count: number) => number;
      /** The whole page (IntegrationsSettingsPage) at `count` sources: see ./settingsPage.tsx. */
      runPage: (count: number) => Promise<PageSample>;
    };
  }
}
window.__bench = {
  run,
  prepare: (count) => dataset(count).sources.length,
  runPage: (count) => runPage(count, container, newRoot),
};
