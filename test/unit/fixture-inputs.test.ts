import { describe, expect, it } from 'vitest';
// The raw inputs only: `fixtures/index.ts` parses every fixture when it loads and would throw before
// any assertion here could name the broken fixture.
import { fixtureInputs } from '../../fixtures/inputs';
import { parseDataSet } from '../../src/domain';

describe('fixture inputs', () => {
  it('parses every named state through the schemas', () => {
    expect(Object.keys(fixtureInputs).length).toBeGreaterThan(0);
    const failures = Object.entries(fixtureInputs).flatMap(([name, input]) => {
      const result = parseDataSet(input);
      return result.ok ? [] : [`fixture "${name}": ${result.message}`];
    });
    expect(failures, 'fixtures that do not match the schema').toEqual([]);
  });
});
