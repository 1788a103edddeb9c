// A `"QueryLanguage"` string written among the states of a block is that block's default (engine/model takes it so,
// and validation says so with query-language-in-states): the simulator runs the document the editor accepts.
import { describe, expect, it } from 'vitest';
import { createExecution } from '../../engine/simulate';

describe('a QueryLanguage written among the states', () => {
  it('applies to the block\'s states and its nested blocks; a state\'s own QueryLanguage still wins', async () => {
    const def = { StartAt: 'Add', States: {
      QueryLanguage: 'JSONata',
      Add: { Type: 'Pass', Output: '{% $states.input.n + 1 %}', Next: 'Both' },
      Both: { Type: 'Parallel', Next: 'Each', Branches: [
        { StartAt: 'Double', States: { Double: { Type: 'Pass', Output: '{% $states.input * 2 %}', End: true } } },
      ] },
      Each: { Type: 'Map', Items: '{% [1, 2] %}', Next: 'Old', ItemProcessor: { StartAt: 'Tag', States: {
        Tag: { Type: 'Pass', Output: '{% "item " & $string($states.input) %}', End: true },
      } } },
      Old: { Type: 'Pass', QueryLanguage: 'JSONPath', Parameters: { 'items.$': '$' }, End: true },
    } };
    const r = await createExecution(def, { input: { n: 1 } }).run();
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual({ items: ['item 1', 'item 2'] });
    const parallel = await createExecution({ ...def, States: { ...def.States, Both: { ...def.States.Both, Next: undefined, End: true } } }, { input: { n: 1 } }).run();
    expect(parallel.output).toEqual([4]);
  });

  it('is a state again when it is not a query language name', () => {
    expect(() => createExecution({ StartAt: 'A', States: { QueryLanguage: 'Python', A: { Type: 'Pass', End: true } } })).toThrow(/'QueryLanguage' has no Type/);
  });
});
