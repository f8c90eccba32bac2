/**
 * A reader of host data that keeps every item it can: where `parseDataSet` refuses a whole data set
 * for one wrong field, `readDataSet` validates each profile and each source on its own, sets aside
 * the items that are wrong (saying what is wrong with each), and accepts unknown keys with a
 * warning. The checks are the schemas' own: the schemas below are made from their shapes and
 * checks, with unknown keys stripped instead of refused.
 */
import * as z from 'zod/mini';
import { issueMessage, type SchemaIssueCode } from './issues';
import { type DataIssue, describeIssues, englishErrors, failed } from './parse';
import {
  type DataSet,
  FreshnessWindowSchema,
  InstantSchema,
  type Profile,
  ProfileSchema,
  type Source,
  SourceSchema,
} from './schemas';

/** An item of the host's data that was set aside, with everything wrong with it. */
export interface SetAsideItem {
  kind: 'profile' | 'source';
  /** Its index in the host's `profiles` / `sources` array. */
  index: number;
  /** Its id and label (a profile's `name`) when they could be read (strings, trimmed, non-empty), to name it to a person. */
  id?: string;
  label?: string;
  /** What is wrong, each naming the field (`path` like `sources[3].label`), with `code`/`params` as `describeIssues` gives them. */
  issues: DataIssue[];
}

/** What `readDataSet` made of a host's data. */
export type DataSetReading =
  | {
      ok: true;
      /** Every valid profile and source (unknown keys removed), in the host's order. */
      data: DataSet;
      /** Items set aside, in order (profiles first, then sources). */
      setAside: SetAsideItem[];
      /**
       * Accepted but reported: one `unrecognized_keys` DataIssue per accepted item with unknown keys
       * (path `sources[3]`, params.keys like `"createdAt"`, params.count; a key of its freshness window
       * is named `"freshnessWindow.note"`), and one for unknown top-level keys (path `(root)`).
       */
      warnings: DataIssue[];
    }
  /** Unusable shape only: not an object, or `sources` / `profiles` not arrays. */
  | { ok: false; issues: DataIssue[]; message: string };

/** The instant a view is judged at, read by `readInstant`. */
export type InstantReading = { ok: true; date: Date } | { ok: false; issue: DataIssue };

/** The data set's own fields: anything else at the top level is reported as unknown. */
const DATA_SET_KEYS: ReadonlySet<string> = new Set(['profiles', 'sources']);
const PROFILE_KEYS: readonly string[] = Object.keys(ProfileSchema.shape);
const SOURCE_KEYS: readonly string[] = Object.keys(SourceSchema.shape);
const WINDOW_KEYS: readonly string[] = Object.keys(FreshnessWindowSchema.shape);
const PROFILE_KEY_SET: ReadonlySet<string> = new Set(PROFILE_KEYS);
const SOURCE_KEY_SET: ReadonlySet<string> = new Set(SOURCE_KEYS);
const WINDOW_KEY_SET: ReadonlySet<string> = new Set(WINDOW_KEYS);

/**
 * `item` with only the schema's own keys (its freshness window's too), so the strict schemas read
 * it as they read a data set without unknown keys: the same checks and messages, no second schema.
 */
function known(item: unknown, keys: readonly string[]): unknown {
  const record = asRecord(item);
  if (record === undefined || Array.isArray(record)) return item;
  const copy: Record<string, unknown> = {};
  for (const key of keys) if (Object.hasOwn(record, key)) copy[key] = record[key];
  const window = asRecord(copy.freshnessWindow);
  if (keys === SOURCE_KEYS && window !== undefined && !Array.isArray(window)) {
    copy.freshnessWindow = known(window, WINDOW_KEYS);
  }
  return copy;
}

/** `Invalid input: expected array, received undefined`, as zod words a wrong type. */
function wrongType(path: string, expected: 'object' | 'array', value: unknown): DataIssue {
  const received = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return {
    path,
    message: `Invalid input: expected ${expected}, received ${received}`,
    code: 'invalid_type',
    params: { expected },
  };
}

/** `value` as an object whose properties can be read, or undefined. */
function asRecord(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === 'object' && value !== null ? (value as Readonly<Record<string, unknown>>) : undefined;
}

/** A string property of `item`, trimmed, when it is a non-empty string. */
function readText(item: Readonly<Record<string, unknown>> | undefined, key: string): string | undefined {
  const value = item?.[key];
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' ? undefined : text;
}

/** An item that failed its own checks, named by its id and label when they can be read. */
function named(
  kind: SetAsideItem['kind'],
  index: number,
  item: Readonly<Record<string, unknown>> | undefined,
  labelKey: 'label' | 'name',
  issues: DataIssue[],
): SetAsideItem {
  const aside: SetAsideItem = { kind, index, issues };
  const id = readText(item, 'id');
  const label = readText(item, labelKey);
  if (id !== undefined) aside.id = id;
  if (label !== undefined) aside.label = label;
  return aside;
}

/** The enumerable keys of `item` that `known` lacks (the keys zod's strict objects refuse), prefixed. */
function unknownKeys(
  item: Readonly<Record<string, unknown>>,
  keys: ReadonlySet<string>,
  prefix: string,
  found: string[],
): string[] {
  for (const key in item) {
    if (!keys.has(key)) found.push(prefix + key);
  }
  return found;
}

/** The keys of an accepted source that are not the schema's, its freshness window's included. */
function unknownSourceKeys(item: Readonly<Record<string, unknown>>): string[] {
  const found = unknownKeys(item, SOURCE_KEY_SET, '', []);
  const window = item.freshnessWindow;
  if (typeof window === 'object' && window !== null) {
    unknownKeys(window as Readonly<Record<string, unknown>>, WINDOW_KEY_SET, 'freshnessWindow.', found);
  }
  return found;
}

/** The `unrecognized_keys` warning of an item, worded as zod words it. */
function unrecognized(path: PropertyKey[], keys: string[], input: unknown): DataIssue[] {
  const said = englishErrors()({ code: 'unrecognized_keys', keys, path, input: asRecord(input) });
  const message = typeof said === 'string' ? said : (said?.message ?? 'Unrecognized keys');
  return describeIssues({ issues: [{ code: 'unrecognized_keys', keys, path, message }] });
}

/** The issues of one item's parse, their paths under `profiles[i]` / `sources[i]`. */
function issuesOf(error: z.core.$ZodError, field: 'profiles' | 'sources', index: number): DataIssue[] {
  return describeIssues({ issues: error.issues.map((issue) => ({ ...issue, path: [field, index, ...issue.path] })) });
}

/** A cross-reference issue, as `DataSetSchema` reports it (or a source's profile set aside, which no schema says). */
function crossIssue(path: string, code: SchemaIssueCode | 'profile_set_aside', id: string): DataIssue {
  return { path, message: issueMessage(code, { id }), code, params: { id } };
}

/**
 * Reads a host's data set item by item: each profile with ProfileSchema's checks, each source with
 * SourceSchema's, then ids (a repeated profile or source id) and references (a source whose
 * `profileId` names no accepted profile). Valid items are kept in the host's order, with unknown
 * keys removed and reported as warnings; every other item is set aside with all that is wrong with
 * it. Only an unusable shape (not an object, `profiles` or `sources` not an array) fails.
 */
export function readDataSet(input: unknown): DataSetReading {
  const root = asRecord(input);
  const rawProfiles = root?.profiles;
  const rawSources = root?.sources;
  if (root === undefined || Array.isArray(root) || !Array.isArray(rawProfiles) || !Array.isArray(rawSources)) {
    const issues =
      root === undefined || Array.isArray(root)
        ? [wrongType('(root)', 'object', input)]
        : [
            ...(Array.isArray(rawProfiles) ? [] : [wrongType('profiles', 'array', rawProfiles)]),
            ...(Array.isArray(rawSources) ? [] : [wrongType('sources', 'array', rawSources)]),
          ];
    return failed(issues);
  }
  // English wording, as `safeParseWith` gives it. `async: false` is what `safeParse` sets in the
  // context it copies from these params for every item; given here already, the copy keeps the
  // same object shape as the params (adding the key made it a slower object in V8: reading 10,000
  // sources took about 1.6× as long).
  const params = { error: englishErrors(), async: false };
  const setAside: SetAsideItem[] = [];
  const warnings: DataIssue[] = [];
  const topKeys = unknownKeys(root as Readonly<Record<string, unknown>>, DATA_SET_KEYS, '', []);
  if (topKeys.length > 0) warnings.push(...unrecognized([], topKeys, input));

  const profiles: Profile[] = [];
  const profileIds = new Set<string>();
  // Ids of profiles set aside: their sources are set aside too, saying so rather than "unknown".
  const asideProfileIds = new Set<string>();
  for (let index = 0; index < rawProfiles.length; index++) {
    const raw: unknown = rawProfiles[index];
    const result = z.safeParse(ProfileSchema, known(raw, PROFILE_KEYS), params);
    if (!result.success) {
      const aside = named('profile', index, asRecord(raw), 'name', issuesOf(result.error, 'profiles', index));
      if (aside.id !== undefined) asideProfileIds.add(aside.id);
      setAside.push(aside);
      continue;
    }
    const profile = result.data;
    if (profileIds.has(profile.id)) {
      setAside.push({
        kind: 'profile',
        index,
        id: profile.id,
        label: profile.name,
        issues: [crossIssue(`profiles[${index}].id`, 'duplicate_profile_id', profile.id)],
      });
      continue;
    }
    profileIds.add(profile.id);
    profiles.push(profile);
    const keys = unknownKeys(raw as Readonly<Record<string, unknown>>, PROFILE_KEY_SET, '', []);
    if (keys.length > 0) warnings.push(...unrecognized(['profiles', index], keys, raw));
  }

  const sources: Source[] = [];
  const sourceIds = new Set<string>();
  for (let index = 0; index < rawSources.length; index++) {
    const raw: unknown = rawSources[index];
    const result = z.safeParse(SourceSchema, known(raw, SOURCE_KEYS), params);
    if (!result.success) {
      setAside.push(named('source', index, asRecord(raw), 'label', issuesOf(result.error, 'sources', index)));
      continue;
    }
    const source = result.data;
    const duplicate = sourceIds.has(source.id);
    const orphan = !profileIds.has(source.profileId);
    if (duplicate || orphan) {
      const issues: DataIssue[] = [];
      if (duplicate) issues.push(crossIssue(`sources[${index}].id`, 'duplicate_source_id', source.id));
      if (orphan) {
        const code = asideProfileIds.has(source.profileId) ? 'profile_set_aside' : 'unknown_profile';
        issues.push(crossIssue(`sources[${index}].profileId`, code, source.profileId));
      }
      setAside.push({ kind: 'source', index, id: source.id, label: source.label, issues });
      continue;
    }
    sourceIds.add(source.id);
    sources.push(source);
    const keys = unknownSourceKeys(raw as Readonly<Record<string, unknown>>);
    if (keys.length > 0) warnings.push(...unrecognized(['sources', index], keys, raw));
  }

  return { ok: true, data: { profiles, sources }, setAside, warnings };
}

/** Longest printed form of a refused value in an `invalid_now` issue. */
const SHOWN_MAX = 60;
const ENDS_IN_HIGH_SURROGATE = /[\uD800-\uDBFF]$/;

/** A short printable form of any value (at most SHOWN_MAX characters): `"garbage"`, `42`, `undefined`, `Invalid Date`. */
function printable(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  else if (typeof value === 'bigint') text = `${value}n`;
  else if (typeof value === 'function') text = 'a function';
  else if (typeof value !== 'object' || value === null) text = String(value);
  else {
    try {
      text = JSON.stringify(value) ?? Object.prototype.toString.call(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  if (text.length <= SHOWN_MAX) return text;
  const cut = text.slice(0, SHOWN_MAX - 1);
  return `${ENDS_IN_HIGH_SURROGATE.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/**
 * Reads the instant a view is judged at: a valid `Date` (copied), or an ISO-8601 date-time with an
 * offset as `InstantSchema` accepts it (`2026-05-03T06:10:00Z`, `2026-05-03T08:10:00+02:00`).
 * Anything else (a date without a time, `03/05/2026`, an invalid `Date`, a number, `undefined`) gives
 * one `invalid_now` issue whose path is `prop`, with `params.prop` and `params.value` (the value
 * printed, at most 60 characters).
 */
export function readInstant(value: unknown, prop = 'now'): InstantReading {
  const ms =
    value instanceof Date
      ? value.getTime()
      : typeof value === 'string' && z.safeParse(InstantSchema, value).success
        ? Date.parse(value)
        : Number.NaN;
  if (!Number.isNaN(ms)) return { ok: true, date: new Date(ms) };
  return {
    ok: false,
    issue: {
      path: prop,
      code: 'invalid_now',
      message: issueMessage('invalid_now', { prop }),
      params: { prop, value: printable(value) },
    },
  };
}
