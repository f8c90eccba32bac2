/**
 * The whole page, IntegrationsSettingsPage, with the generated data set: first render, choosing
 * the "Expired" health metric (it filters the connected-sources table) and opening a source's
 * detail dialog, each timed like the table figures (see ./timing.ts).
 *
 * When the page's props change, adapt `renderPage` only: it is the one place that knows them.
 * The elements are found in the page's markup by what a person sees (a button's accessible name)
 * inside the panels' `data-panel` sections; see `buttonIn` and the lookups in `runPage`.
 */
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import type { Root } from 'react-dom/client';
import { generateDataSetInput } from '../../fixtures/generate';
import { IntegrationsSettingsPage } from '../../src/components/IntegrationsSettingsPage';
import { SEED_NOW, type UserRole } from '../../src/domain';
import { lightTheme } from '../../src/theme';
import { emptyFrame, timeAction } from './timing';

/** Who sees the page: an admin gets every control (export, the detail dialog's preview actions). */
const ROLE: UserRole = 'admin';

/** The page with the raw data (validated inside, as a host hands it over), in English at the seed's instant. */
export function renderPage(data: unknown): ReactElement {
  return (
    <div className={lightTheme}>
      <IntegrationsSettingsPage data={data} now={SEED_NOW} userRole={ROLE} locale="en" />
    </div>
  );
}

export interface PageSample {
  /** The floor of every figure: from an idle page to the next painted frame with no work at all. */
  floor: number;
  mount: number;
  metric: number;
  dialog: number;
  /** Main-thread work only (React render + commit + style + layout), without the frame wait. */
  mountWork: number;
  metricWork: number;
  dialogWork: number;
  /** Rows of the connected-sources table left by the "Expired" filter (its "{count} of {total}" status). */
  shown: number;
}

/** The metric chosen in the health summary, and its button's accessible name in English. */
const METRIC = 'Expired';
/** The accessible name of a row's detail button starts with this (then the source's label). */
const VIEW_DETAILS = 'View details';
/** The detail dialog's own close button. */
const CLOSE = 'Close';

const inputs = new Map<number, unknown>();
/** The raw input (not validated: the page does that), generated once per size and outside every timing. */
function input(count: number): unknown {
  let data = inputs.get(count);
  if (!data) {
    data = generateDataSetInput({ count });
    inputs.set(count, data);
  }
  return data;
}

/** The accessible name of a button: its text, hidden text included (what `textContent` gives), or its aria-label. */
function nameOf(element: Element): string {
  return (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The panel `data-panel={id}` of the page. */
function panel(container: HTMLElement, id: string): HTMLElement {
  const found = container.querySelector<HTMLElement>(`[data-panel="${id}"]`);
  if (!found) throw new Error(`page bench: no [data-panel="${id}"]`);
  return found;
}

/** The first button inside `scope` whose accessible name `matches`. */
function buttonIn(scope: Element, matches: (name: string) => boolean, what: string): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].find((b) => matches(nameOf(b)));
  if (!found) throw new Error(`page bench: no ${what} button`);
  return found;
}

/**
 * Mounts the page in a fresh root on `container`, then, each from an idle page: opens the first
 * source's detail dialog (closed again, untimed) and chooses the "Expired" metric.
 * `newRoot` unmounts whatever the previous measurement left and gives an empty root.
 */
export async function runPage(count: number, container: HTMLElement, newRoot: () => Root): Promise<PageSample> {
  const app = renderPage(input(count));
  const root = newRoot();
  const mount = await timeAction(() => flushSync(() => root.render(app)));
  const floor = await emptyFrame();

  const connected = panel(container, 'connected');
  const details = buttonIn(connected, (name) => name.startsWith(VIEW_DETAILS), `"${VIEW_DETAILS} …"`);
  const dialog = connected.querySelector('dialog');
  if (!dialog) throw new Error('page bench: no <dialog> in [data-panel="connected"]');
  const opened = await timeAction(
    () => details.click(),
    () => dialog.open,
  );
  // Closed the way a person does (its Close button), untimed; the next action starts on an idle page.
  buttonIn(dialog, (name) => name === CLOSE, `the dialog's "${CLOSE}"`).click();
  await Promise.resolve();
  if (dialog.open) throw new Error('page bench: the detail dialog did not close');

  // A metric's name is its name, then its figure ("Expired 1").
  const expired = buttonIn(panel(container, 'health'), (name) => name.startsWith(`${METRIC} `), `"${METRIC}" metric`);
  const metric = await timeAction(
    () => expired.click(),
    () => expired.getAttribute('aria-pressed') === 'true',
  );
  const status = connected.querySelector('[data-testid="source-table-count"]')?.textContent ?? '';
  const shown = Number(status.match(/^[\d,]+/)?.[0]?.replace(/,/g, '') ?? Number.NaN);

  return {
    floor,
    mount: mount.frame,
    metric: metric.frame,
    dialog: opened.frame,
    mountWork: mount.work,
    metricWork: metric.work,
    dialogWork: opened.work,
    shown,
  };
}
