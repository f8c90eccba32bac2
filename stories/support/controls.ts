/**
 * The Controls that matter on the page and table stories: the data as a named fixture, the user
 * role, and the clock. Storybook keeps an arg's value as the control sets it; `mapping` turns a
 * fixture's name into its data before the component renders.
 */
import type { ArgTypes } from '@storybook/react-vite';
import { type FixtureName, fixtureInputs, fixtures, invalidFixtureInput } from '../../fixtures';
import { type DataSet, USER_ROLES } from '../../src/domain';

type InputType = NonNullable<ArgTypes[string]>;

/** The named fixtures, in the order fixtures/inputs.ts lists them. */
export const FIXTURE_NAMES = Object.keys(fixtureInputs) as FixtureName[];

/** `data` of the page: a named fixture's raw input, or `invalid` (raw data that fails the schema). */
export const rawFixtureControl = {
  control: 'select',
  options: [...FIXTURE_NAMES, 'invalid'],
  mapping: { ...fixtureInputs, invalid: invalidFixtureInput },
  description: 'Raw data: a named fixture (fixtures/inputs.ts), or `invalid` (fails the schema).',
} satisfies InputType;

/** `data` of a component that takes parsed data: a named fixture, parsed (fixtures/index.ts). */
export const parsedFixtureControl = {
  control: 'select',
  options: FIXTURE_NAMES,
  mapping: fixtures,
  description: 'Parsed data: a named fixture (fixtures/index.ts).',
} satisfies InputType;

/**
 * A parsed fixture as a story's `data` arg, by name, so the Controls panel shows which one it is.
 * The arg holds the name; `parsedFixtureControl.mapping` gives the component the DataSet, which is
 * what the args are once mapped, hence the type.
 */
export const fixtureArg = (name: FixtureName): DataSet => name as unknown as DataSet;

export const userRoleControl = { control: 'inline-radio', options: [...USER_ROLES] } satisfies InputType;

/** `now` as a date picker. */
export const clockControl = {
  control: 'date',
  description:
    'The instant the data is judged at. The date control gives milliseconds; the story passes them on as an ISO-8601 string.',
} satisfies InputType;

/**
 * The `now` arg as the components take it: Storybook's date control sets a number (milliseconds
 * since 1970), which becomes an ISO-8601 string; a string or a Date passes through; nothing stays nothing.
 */
export function instantArg(value: unknown): Date | string | undefined {
  if (typeof value === 'number') return new Date(value).toISOString();
  if (typeof value === 'string' || value instanceof Date) return value;
  return undefined;
}
