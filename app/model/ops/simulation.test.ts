import { describe, expect, it } from 'vitest';
import { emptyDesign } from './design.ts';
import { removeScenario, saveScenario, setSimulationSettings } from './simulation.ts';

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

describe('simulation settings', () => {
  it('saves within range, back to the default with undefined, refuses out of range', () => {
    let d = setSimulationSettings(emptyDesign('x'), { patch: { seaFailoverS: 10, fcFastFailS: 5 } });
    expect(d.simulation).toEqual({ seaFailoverS: 10, fcFastFailS: 5 });
    d = setSimulationSettings(d, { patch: { fcFastFailS: undefined } });
    expect(d.simulation).toEqual({ seaFailoverS: 10 });
    expect(() => setSimulationSettings(d, { patch: { seaFailoverS: 31 } })).toThrow(/seaFailoverS/);
    expect(setSimulationSettings(d, { patch: { seaFailoverS: undefined } }).simulation).toBeUndefined();
  });
});

describe('saved with the design', () => {
  it('keeps the simulation settings, a partition workload and the scenarios through save and open', async () => {
    const { openDesign, saveDesign } = await import('../design-file.ts');
    const { buildDualViosTemplate } = await import('../templates/sample.ts');
    const { updatePartition } = await import('./partitions.ts');
    let d = setSimulationSettings(buildDualViosTemplate(), { patch: { seaFailoverS: 7 } });
    const client = Object.values(d.domain.partitions).find((p) => p.kind === 'aix')!;
    d = updatePartition(d, { id: client.id, patch: { workload: { diskMBps: 300 } } });
    const back = openDesign(saveDesign(d));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.design.simulation).toEqual({ seaFailoverS: 7 });
    expect(back.design.domain.partitions[client.id]!.workload).toEqual({ diskMBps: 300 });
    expect(Object.values(back.design.scenarios).map((s) => s.name).sort()).toEqual(['Broadcast storm', 'VIOS maintenance']);
    expect(saveDesign(back.design)).toBe(saveDesign(d));
  });
});
