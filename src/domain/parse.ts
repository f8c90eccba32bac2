import type { z } from 'zod';
import { type DataSet, DataSetSchema } from './schemas';

/** One problem in host data, with the path of the field it concerns. */
export interface DataIssue {
  /** e.g. `sources[3].label` */
  path: string;
  message: string;
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

/** zod issues as readable lines that name the field: `sources[3].label: Source label must not be empty`. */
export function describeIssues(error: z.ZodError): DataIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** Validates any schema without throwing; the error names every field that is wrong. */
export function safeParseWith<S extends z.ZodType>(schema: S, input: unknown): ParseResult<z.infer<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const issues = describeIssues(result.error);
  return { ok: false, issues, message: issues.map((i) => `${i.path}: ${i.message}`).join('\n') };
}

/** Validates a data set (profiles + sources, ids unique, profiles referenced exist). */
export function parseDataSet(input: unknown): ParseResult<DataSet> {
  return safeParseWith(DataSetSchema, input);
}
