import * as z from 'zod/mini';
import { DATA_ISSUE_MESSAGES, type DataIssueCode, type SchemaIssueCode } from './issues';
import { type DataSet, DataSetSchema } from './schemas';

/** One problem in host data, with the path of the field it concerns. */
export interface DataIssue {
  /** e.g. `sources[3].label` */
  path: string;
  /** In English, for logs; shown as given when there is no `code` (a host's own issue). */
  message: string;
  /** What is wrong, for the UI to say in the page's language (catalogue key `dataIssue.<code>`). */
  code?: DataIssueCode;
  /** The values the translated message names (`{values}`, `{keys}`, `{id}`…). */
  params?: Record<string, string | number>;
}

export type ParseResult<T> = { ok: true; data: T } | { ok: false; issues: DataIssue[]; message: string };

/** A failed reading: its issues, and one line per issue (`path: message`) for logs. */
export function failed(issues: DataIssue[]): { ok: false; issues: DataIssue[]; message: string } {
  return { ok: false, issues, message: issues.map((i) => `${i.path}: ${i.message}`).join('\n') };
}

/** Formats a zod path as `sources[3].label`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out === '' ? '(root)' : out;
}

const CODE_OF_MESSAGE = new Map<string, SchemaIssueCode>(
  Object.entries(DATA_ISSUE_MESSAGES).map(([code, message]) => [message, code as SchemaIssueCode]),
);

const list = (values: readonly unknown[]) => values.map((value) => JSON.stringify(value)).join(', ');

/** The code and params of a zod issue: one of our checks (by its message or `params.code`), else zod's own. */
function codeOf(issue: z.core.$ZodIssue): Pick<DataIssue, 'code' | 'params'> {
  const own = CODE_OF_MESSAGE.get(issue.message);
  if (own) return { code: own };
  switch (issue.code) {
    case 'custom': {
      const { code, id } = (issue.params ?? {}) as { code?: string; id?: string };
      return code !== undefined && Object.hasOwn(DATA_ISSUE_MESSAGES, code)
        ? { code: code as SchemaIssueCode, params: { id: String(id) } }
        : { code: 'custom' };
    }
    case 'invalid_value':
      return { code: issue.code, params: { values: list(issue.values) } };
    case 'unrecognized_keys':
      return { code: issue.code, params: { keys: list(issue.keys), count: issue.keys.length } };
    case 'invalid_type':
      return { code: issue.code, params: { expected: issue.expected } };
    case 'too_big':
      return { code: issue.code, params: { limit: String(issue.maximum) } };
    case 'too_small':
      return { code: issue.code, params: { limit: String(issue.minimum) } };
    case 'invalid_format':
      return { code: issue.code, params: { format: issue.format } };
    default:
      return { code: issue.code };
  }
}

/**
 * zod issues as lines that name the field: `sources[3].label: Source label must not be empty`,
 * each with the code and params the UI translates.
 */
export function describeIssues(error: Pick<z.core.$ZodError, 'issues'>): DataIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message, ...codeOf(issue) }));
}

/** A value as zod's English wording names it in a message: strings quoted, bigints with `n`. */
const shown = (value: unknown) =>
  typeof value === 'string' ? `"${value}"` : typeof value === 'bigint' ? `${value}n` : String(value);

/** The type zod's English wording says it received: `null`, `array`, `NaN`/`Infinity`, else `typeof`. */
function receivedType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && !Number.isFinite(input)) return String(input);
  // An instance of a class (a Date, a Map) is named by its class, as zod names it.
  const made = typeof input === 'object' && Object.getPrototypeOf(input) !== Object.prototype;
  return made && input.constructor ? input.constructor.name : typeof input;
}

/** What zod calls the string formats a host's credential schema may check (`Invalid email address`). */
const FORMATS: Record<string, string> = {
  datetime: 'ISO datetime',
  date: 'ISO date',
  time: 'ISO time',
  email: 'email address',
  url: 'URL',
  uuid: 'UUID',
};

/** The string checks zod words as "must start with …": their verb and the issue's field. */
const AFFIXES: Record<string, [string, 'prefix' | 'suffix' | 'includes']> = {
  starts_with: ['start with', 'prefix'],
  ends_with: ['end with', 'suffix'],
  includes: ['include', 'includes'],
};

/** What a size check counts, by the kind of value it checks. */
const UNITS: Record<string, string> = { string: 'characters', array: 'items', set: 'items', map: 'entries' };

/**
 * zod's English wording of its own issues, for the kinds of check this package's schemas and a
 * credential's schema make (type, option, size, format, unknown keys): the same sentences as
 * zod's English locale (`Invalid input: expected string, received number`, `Too small: expected
 * string to have >=1 characters`), without the locale's ~2.7 kB for formats no schema here uses.
 */
const english: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected}, received ${receivedType(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Invalid input: expected ${shown(issue.values[0])}`
        : `Invalid option: expected one of ${issue.values.map(shown).join('|')}`;
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const limit = big ? issue.maximum : issue.minimum;
      const compare = issue.exact ? 'exactly ' : `${big ? '<' : '>'}${issue.inclusive ? '=' : ''}`;
      const unit = UNITS[issue.origin];
      return `Too ${big ? 'big' : 'small'}: expected ${issue.origin ?? 'value'} to ${unit ? 'have' : 'be'} ${compare}${limit}${unit ? ` ${unit}` : ''}`;
    }
    case 'invalid_format': {
      const affix = AFFIXES[issue.format];
      if (affix) return `Invalid string: must ${affix[0]} "${(issue as unknown as Record<string, string>)[affix[1]]}"`;
      return issue.format === 'regex'
        ? `Invalid string: must match pattern ${issue.pattern}`
        : `Invalid ${FORMATS[issue.format] ?? issue.format}`;
    }
    case 'not_multiple_of':
      return `Invalid number: must be a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map(shown).join(', ')}`;
    default:
      return 'Invalid input';
  }
};

/**
 * The error map every parse of the package passes: messages a schema words itself (its checks'
 * `error`) come first, then this English wording. It ranks above a host's global
 * `z.config({ customError })` or `z.config(z.locales.fr())`: the `message` of a `ParseResult` is
 * for logs and stays English; people see `DataIssue` codes worded in the page's language.
 */
export function englishErrors(): z.core.$ZodErrorMap {
  return english;
}

/**
 * Validates any zod schema (`zod` or `zod/mini`) without throwing; the error names every field
 * that is wrong, in English.
 */
export function safeParseWith<S extends z.core.$ZodType>(schema: S, input: unknown): ParseResult<z.infer<S>> {
  const result = z.safeParse(schema, input, { error: englishErrors() });
  if (result.success) return { ok: true, data: result.data };
  return failed(describeIssues(result.error));
}

/** Validates a data set (profiles + sources, ids unique, profiles referenced exist). */
export function parseDataSet(input: unknown): ParseResult<DataSet> {
  return safeParseWith(DataSetSchema, input);
}
