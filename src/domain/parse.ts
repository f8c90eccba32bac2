import { en } from 'zod/locales';
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

/**
 * zod's English wording for its own issues (`Invalid option: expected one of …`), used for the
 * issues our schemas do not word themselves. `zod/mini` loads no wording of its own; made on first
 * use so that a host which never parses does not pay for it.
 */
let english: z.core.$ZodErrorMap | undefined;

/**
 * The error map every parse of the package passes: messages a schema words itself (its checks'
 * `error`) come first, then this English wording. It ranks above a host's global
 * `z.config({ customError })` or `z.config(z.locales.fr())`: the `message` of a `ParseResult` is
 * for logs and stays English; people see `DataIssue` codes worded in the page's language.
 */
export function englishErrors(): z.core.$ZodErrorMap {
  english ??= en().localeError;
  return english;
}

/**
 * Validates any zod schema (`zod` or `zod/mini`) without throwing; the error names every field
 * that is wrong, in English.
 */
export function safeParseWith<S extends z.core.$ZodType>(schema: S, input: unknown): ParseResult<z.infer<S>> {
  const result = z.safeParse(schema, input, { error: englishErrors() });
  if (result.success) return { ok: true, data: result.data };
  const issues = describeIssues(result.error);
  return { ok: false, issues, message: issues.map((i) => `${i.path}: ${i.message}`).join('\n') };
}

/** Validates a data set (profiles + sources, ids unique, profiles referenced exist). */
export function parseDataSet(input: unknown): ParseResult<DataSet> {
  return safeParseWith(DataSetSchema, input);
}
