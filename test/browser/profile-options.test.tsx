/**
 * The source table's profile filter lists every profile of the data set, but its first render
 * carries only the option the closed select shows ("All profiles", or the profile chosen): with
 * hundreds of profiles, creating their options would delay the rows. The other options follow in
 * the browser's first idle period after the rows show.
 */
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../../fixtures';
import { NowProvider, SourceTable } from '../../src';
import { SEED_NOW } from '../../src/domain/clock';
import { browserIdle, mountEachTest } from '../helpers/mount';

const view = mountEachTest();
/** The 60 sources over 12 profiles of the "many profiles" fixture. */
const data = fixtures.manyProfiles;
const PROFILES = data.profiles.length;

function table(profileId: string | null = null) {
  return createElement(
    NowProvider,
    { now: SEED_NOW },
    createElement(SourceTable, { data, defaultFilters: { profileId } }),
  );
}

function profileSelect(): HTMLSelectElement {
  const select = view.container.querySelector<HTMLSelectElement>('select');
  if (!select) throw new Error('no profile select');
  expect(select.options[0]?.textContent).toBe('All profiles');
  return select;
}

describe("the profile filter's options", () => {
  it('first render: only what the closed select shows', () => {
    expect(PROFILES).toBe(12);
    view.render(table());
    const select = profileSelect();
    expect(select.options).toHaveLength(1);
    expect(select.value).toBe('');
  });

  it('first render with a chosen profile: that profile, selected', () => {
    const chosen = data.profiles[4];
    view.render(table(chosen?.id));
    const select = profileSelect();
    expect([...select.options].map((o) => o.value)).toEqual(['', chosen?.id]);
    expect(select.value).toBe(chosen?.id);
    expect(select.selectedOptions[0]?.textContent).toBe(chosen?.name);
  });

  it('every profile, in the data set order, in the first idle period; the chosen one stays selected', async () => {
    view.render(table(data.profiles[4]?.id));
    const select = profileSelect();
    await browserIdle();
    expect([...select.options].map((o) => o.value)).toEqual(['', ...data.profiles.map((p) => p.id)]);
    expect(select.value).toBe(data.profiles[4]?.id);
  });
});
