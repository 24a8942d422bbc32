import { describe, expect, it } from 'vitest';
import { emptyDesign } from './design.ts';
import { removeScenario, saveScenario } from './scenarios.ts';

describe('scenarios', () => {
  it('adds with the next id, keeps events in time order, replaces by id, refuses a duplicate name, removes', () => {
    let d = saveScenario(emptyDesign('x'), { name: 'A', events: [{ at: 30, action: 'restore', targetId: 'lpar-1' }, { at: 10, action: 'shutdown', targetId: 'lpar-1' }] });
    expect(d.scenarios['scn-1']!.events.map((e) => e.at)).toEqual([10, 30]);
    d = saveScenario(d, { name: 'B', events: [] });
    expect(Object.keys(d.scenarios)).toEqual(['scn-1', 'scn-2']);
    d = saveScenario(d, { id: 'scn-2', name: 'B2', events: [{ at: 1, action: 'standby', targetId: 'sea-1' }] });
    expect(d.scenarios['scn-2']!.name).toBe('B2');
    expect(() => saveScenario(d, { name: 'a', events: [] })).toThrow(/already named/);
    expect(() => saveScenario(d, { name: 'C', events: [{ at: -1, action: 'fail', targetId: 'x' }] })).toThrow(/Invalid scenario/);
    expect(Object.keys(removeScenario(d, { id: 'scn-1' }).scenarios)).toEqual(['scn-2']);
  });
});
