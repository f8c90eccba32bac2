import type * as z from 'zod/mini';

/**
 * The English wording of every check the schemas make themselves, by code. The schemas use these
 * strings as their error messages, so `ParseResult.message` (for a host's logs) stays English;
 * `describeIssues` gives each issue its code back, and the UI shows the catalogue's
 * `dataIssue.<code>` in the page's language. `{id}` is filled from the issue's params.
 */
export const DATA_ISSUE_MESSAGES = {
  id_type: 'must be a string identifier',
  id_empty: 'must not be empty',
  id_too_long: 'must be at most 128 characters',
  instant: 'must be an ISO-8601 date-time with a time zone, e.g. 2026-05-03T06:10:00Z',
  time_zone: 'must be an IANA time zone such as Europe/Paris',
  profile_name_required: 'Profile name is required',
  hours_type: 'must be a number of hours',
  hours_positive: 'must be greater than 0 hours',
  hours_max: 'must be at most a year',
  error_after_order: 'errorAfterHours must be greater than warnAfterHours',
  label_required: 'Source label is required',
  label_empty: 'Source label must not be empty',
  label_too_long: 'Source label must be at most 500 characters',
  boolean: 'must be true or false',
  duplicate_profile_id: 'Duplicate profile id "{id}"',
  duplicate_source_id: 'Duplicate source id "{id}"',
  unknown_profile: 'Unknown profile "{id}"',
} as const;

/** A check of our own schemas. */
export type SchemaIssueCode = keyof typeof DATA_ISSUE_MESSAGES;

/**
 * The English wording of the checks the readers make beside the schemas (`readInstant`), by code,
 * for logs; `{prop}` is filled from the issue's params. The catalogue's `dataIssue.<code>` words
 * them for people and also shows the value that was given (`{value}`).
 */
export const READ_ISSUE_MESSAGES = {
  invalid_now: '{prop} must be an ISO-8601 date-time with a time zone, e.g. 2026-05-03T06:10:00Z, or a valid Date',
  profile_set_aside: 'Profile "{id}" was set aside',
} as const;

/** A check of the readers (`readInstant`, `readDataSet`) that no schema makes. */
export type ReadIssueCode = keyof typeof READ_ISSUE_MESSAGES;

/**
 * What is wrong with a field: one of our schemas' checks, one of the readers' checks, or one of
 * zod's own (`invalid_value`, `unrecognized_keys`…).
 */
export type DataIssueCode = SchemaIssueCode | ReadIssueCode | z.core.$ZodIssueCode;

/** The English message of one of our checks (a schema's or a reader's), its `{id}` or `{prop}` filled. */
export function issueMessage(
  code: SchemaIssueCode | ReadIssueCode,
  params: Readonly<Record<string, string>> = {},
): string {
  const message: string = Object.hasOwn(DATA_ISSUE_MESSAGES, code)
    ? DATA_ISSUE_MESSAGES[code as SchemaIssueCode]
    : READ_ISSUE_MESSAGES[code as ReadIssueCode];
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
