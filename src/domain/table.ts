import { collatedRanks, foldText, numericRanks } from './collation';
import { parseInstant } from './freshness';
import { type CONNECTIONS, type Platform, SYNC_STATUSES, type SyncStatus } from './schemas';
import type { HealthMetric, SourceView } from './summary';

export { foldText };

/**
 * Sorting and filtering of the source tables, as small pure functions. Sort keys are computed at
 * most once per data set (`createSourceTableModel`), and only when a sort or a filter first needs
 * them, so the first rows show without waiting for them: a sorted column gets a dense rank per row
 * (labels and profile names through one `Intl.Collator` of the locale), so a sort is a counting
 * sort over ranks — O(n), no string comparison — and a filter is one pass over precomputed values.
 */

/** Every sortable column of both source tables. */
export const SOURCE_TABLE_COLUMNS = ['label', 'profile', 'platform', 'connection', 'status', 'lastSync'] as const;
export type SourceTableColumn = (typeof SOURCE_TABLE_COLUMNS)[number];

/** Same words as `aria-sort`. */
export type SortDirection = 'ascending' | 'descending';

export interface SourceTableSort {
  column: SourceTableColumn;
  direction: SortDirection;
}

/** The filters of a source table. `null` means "any"; an empty `query` matches every label. */
export interface SourceTableFilters {
  /** Free text, matched against the label ignoring case and accents. */
  query: string;
  profileId: string | null;
  platform: Platform | null;
  /** The derived sync status. */
  status: SyncStatus | null;
  /** A health-summary metric (what HealthSummary's `onSelectMetric` reports); `total` matches all. */
  metric: HealthMetric | null;
}

export const EMPTY_FILTERS: SourceTableFilters = Object.freeze({
  query: '',
  profileId: null,
  platform: null,
  status: null,
  metric: null,
});

/** True when any filter narrows the rows. */
export function hasActiveFilters(filters: SourceTableFilters): boolean {
  return (
    filters.query.trim() !== '' ||
    filters.profileId !== null ||
    filters.platform !== null ||
    filters.status !== null ||
    (filters.metric !== null && filters.metric !== 'total')
  );
}

/** The filters that show the sources behind one health-summary metric (`total` clears every filter). */
export function filtersForMetric(metric: HealthMetric): SourceTableFilters {
  return metric === 'total' ? { ...EMPTY_FILTERS } : { ...EMPTY_FILTERS, metric };
}

/** Whether a source counts towards a health-summary metric (the same rules as `analyse`). */
export function matchesMetric(view: SourceView, metric: HealthMetric): boolean {
  switch (metric) {
    case 'total':
      return true;
    case 'connected':
      return view.source.connection === 'CONNECTED';
    case 'expired':
      return view.source.connection === 'EXPIRED';
    case 'permissionMissing':
      return view.source.connection === 'PERMISSION_MISSING';
    case 'disconnected':
      return view.source.connection === 'DISCONNECTED';
    case 'stale':
      return view.freshness.state === 'STALE';
    case 'schemaChanged':
      return view.source.schemaChanged;
    case 'mappingUnconfirmed':
      return view.source.mappingUnconfirmed;
    case 'criticalIssues':
      return view.flags.some((f) => f.severity === 'critical');
  }
}

export interface SourceTableModelOptions {
  /** BCP 47 locale for the collator and case folding, e.g. `en-GB`. */
  locale: string;
  /** Display name per profile id (unknown ids sort by the id). */
  profileNames?: Readonly<Record<string, string>>;
  /** Display name per platform (defaults to the enum value). */
  platformNames?: Readonly<Partial<Record<Platform, string>>>;
}

/**
 * A data set prepared for sorting and filtering: created at once, then queried many times. Each
 * column's ranks and the folded labels are computed the first time they are read, then kept.
 */
export interface SourceTableModel {
  readonly views: readonly SourceView[];
  readonly locale: string;
  /** Dense rank of every row, per column (ties share a rank); each column's computed on first read. */
  readonly ranks: Readonly<Record<SourceTableColumn, Uint32Array>>;
  /** Folded labels, for the free-text filter; computed on first read. */
  readonly foldedLabels: readonly string[];
  /** Cache of full orders per column and direction (`none`: the data set's order). */
  readonly orders: Map<string, Uint32Array>;
}

/** Connections sort as the sync statuses do: healthy first, then permission missing, disconnected, expired. */
const CONNECTION_ORDER = [
  'CONNECTED',
  'PERMISSION_MISSING',
  'DISCONNECTED',
  'EXPIRED',
] as const satisfies readonly (typeof CONNECTIONS)[number][];
const CONNECTION_RANK = Object.fromEntries(CONNECTION_ORDER.map((c, i) => [c, i])) as Record<string, number>;
const STATUS_RANK = Object.fromEntries(SYNC_STATUSES.map((s, i) => [s, i])) as Record<string, number>;

/** Computes `compute()` the first time the returned function is called, then returns the same value. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T | undefined;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

/** Prepares a data set: only the collator is made here; sort keys and folded labels on first need, once. */
export function createSourceTableModel(
  views: readonly SourceView[],
  { locale, profileNames = {}, platformNames = {} }: SourceTableModelOptions,
): SourceTableModel {
  const n = views.length;
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const fold = (text: string) => foldText(text, locale);
  /** One text per row, collated into dense ranks. */
  const textRanks = (text: (view: SourceView) => string) => () => {
    const values = new Array<string>(n);
    for (let i = 0; i < n; i++) values[i] = text(views[i] as SourceView);
    return collatedRanks(values, collator, fold);
  };
  /** One small integer per row, already a rank. */
  const codeRanks = (code: (view: SourceView) => number) => () => {
    const ranks = new Uint32Array(n);
    for (let i = 0; i < n; i++) ranks[i] = code(views[i] as SourceView);
    return ranks;
  };
  const label = once(textRanks(({ source }) => source.label));
  const profile = once(textRanks(({ source }) => profileNames[source.profileId] ?? source.profileId));
  const platform = once(textRanks(({ source }) => platformNames[source.platform] ?? source.platform));
  const connection = once(codeRanks(({ source }) => CONNECTION_RANK[source.connection] ?? 0));
  const status = once(codeRanks(({ status: s }) => STATUS_RANK[s] ?? 0));
  const lastSync = once(() => {
    const at = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const { lastSuccessfulSyncAt } = (views[i] as SourceView).source;
      const ms = lastSuccessfulSyncAt === null ? Number.NaN : parseInstant(lastSuccessfulSyncAt);
      // Never synced sorts after every real date, ascending.
      at[i] = Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
    }
    return numericRanks(at);
  });
  const foldedLabels = once(() => views.map(({ source }) => fold(source.label)));
  return {
    views,
    locale,
    ranks: {
      get label() {
        return label();
      },
      get profile() {
        return profile();
      },
      get platform() {
        return platform();
      },
      get connection() {
        return connection();
      },
      get status() {
        return status();
      },
      get lastSync() {
        return lastSync();
      },
    },
    get foldedLabels() {
      return foldedLabels();
    },
    orders: new Map(),
  };
}

/**
 * Every row index in the order of one column: a stable counting sort over the column's ranks
 * (ties keep the data set's order in both directions); `null`, the data set's order. Cached per
 * column and direction.
 */
export function sortedOrder(model: SourceTableModel, sort: SourceTableSort | null): Uint32Array {
  const n = model.views.length;
  const key = sort === null ? 'none' : `${sort.column}:${sort.direction}`;
  const cached = model.orders.get(key);
  if (cached) return cached;
  if (sort === null) {
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    model.orders.set(key, order);
    return order;
  }
  const ranks = model.ranks[sort.column];
  let max = 0;
  for (let i = 0; i < n; i++) if ((ranks[i] as number) > max) max = ranks[i] as number;
  const counts = new Uint32Array(max + 2);
  const descending = sort.direction === 'descending';
  for (let i = 0; i < n; i++) {
    const r = ranks[i] as number;
    counts[(descending ? max - r : r) + 1] = (counts[(descending ? max - r : r) + 1] as number) + 1;
  }
  for (let r = 1; r < counts.length; r++) counts[r] = (counts[r] as number) + (counts[r - 1] as number);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const r = ranks[i] as number;
    const bucket = descending ? max - r : r;
    order[counts[bucket] as number] = i;
    counts[bucket] = (counts[bucket] as number) + 1;
  }
  model.orders.set(key, order);
  return order;
}

/** Whether row `index` passes every filter. */
export function rowMatches(
  model: SourceTableModel,
  index: number,
  filters: SourceTableFilters,
  foldedQuery = '',
): boolean {
  const view = model.views[index] as SourceView;
  if (filters.profileId !== null && view.source.profileId !== filters.profileId) return false;
  if (filters.platform !== null && view.source.platform !== filters.platform) return false;
  if (filters.status !== null && view.status !== filters.status) return false;
  if (filters.metric !== null && !matchesMetric(view, filters.metric)) return false;
  return foldedQuery === '' || (model.foldedLabels[index] as string).includes(foldedQuery);
}

/** The rows to show: indices into `model.views`, filtered, in the sort's order. */
export function queryRows(
  model: SourceTableModel,
  sort: SourceTableSort | null,
  filters: SourceTableFilters,
): Uint32Array {
  const order = sortedOrder(model, sort);
  if (!hasActiveFilters(filters)) return order;
  const folded = foldText(filters.query.trim(), model.locale);
  const out = new Uint32Array(order.length);
  let count = 0;
  for (let k = 0; k < order.length; k++) {
    const index = order[k] as number;
    if (rowMatches(model, index, filters, folded)) out[count++] = index;
  }
  return out.slice(0, count);
}

/** The next sort when a column's header is activated: ascending first, then it flips. */
export function nextSort(current: SourceTableSort | null, column: SourceTableColumn): SourceTableSort {
  if (current?.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: 'ascending' };
}
