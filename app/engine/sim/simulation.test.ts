import { describe, expect, it } from 'vitest';
import { buildPathModel } from '../impact/index.ts';
import { byName, dualVios } from './fixtures.ts';
import { createSimulation, formatEvent, runScenario } from './index.ts';
import { PATH_ACTIVE, PATH_FAILED, PATH_FAILING, PATH_STANDBY } from './types.ts';

describe('simulation API', () => {
  it('recomputes the state at an earlier time by replay, equal to a run stopped there', () => {
    const d = dualVios();
    const sim = createSimulation(d);
    sim.apply({ atMs: 10_000, action: 'fail', targetId: byName(d, 'vios1') });
    sim.apply({ atMs: 100_000, action: 'restore', targetId: byName(d, 'vios1') });
    sim.runToSettled();
    const stopped = createSimulation(d);
    stopped.apply({ atMs: 10_000, action: 'fail', targetId: byName(d, 'vios1') });
    stopped.apply({ atMs: 100_000, action: 'restore', targetId: byName(d, 'vios1') });
    stopped.runUntil(30_000);
    const at = sim.stateAt(30_000);
    expect(at.t).toBe(30_000);
    expect(at.events).toEqual(stopped.events);
    expect(at.frame).toEqual(stopped.frame());
    expect(at.impact).toEqual(stopped.impact());
    expect(at.settled).toBe(false);
    expect(sim.stateAt(1_000_000).events).toEqual(sim.events);
  });

  it('steps to the next moment something happens, and gives frames sized by the model', () => {
    const d = dualVios();
    const sim = createSimulation(buildPathModel(d), { design: d });
    sim.apply({ atMs: 10_000, action: 'fail', targetId: byName(d, 'vios1') });
    const first = sim.stepToNextEvent();
    expect(first.every((e) => e.t === 10_000)).toBe(true);
    expect(sim.stepToNextEvent()[0]!.t).toBe(13_000);
    expect(formatEvent(sim.events[0]!)).toMatch(/^t\+10\.0 s vios1 fails/);
    const f = sim.frame();
    expect(f.linkState).toHaveLength(sim.model.components.length);
    expect(f.storage).toHaveLength(sim.model.partitions.length);
    expect(f.linkLoad.buffer).not.toBe(sim.frame().linkLoad.buffer);
    sim.runToSettled();
    expect(sim.stepToNextEvent()).toEqual([]);
  });

  it('refuses an action in the past, an unknown target and ha_mode on something that is not an SEA', () => {
    const d = dualVios();
    const sim = createSimulation(d);
    sim.runUntil(5_000);
    expect(() => sim.apply({ atMs: 1_000, action: 'fail', targetId: byName(d, 'vios1') })).toThrow(/before the clock/);
    expect(() => sim.apply({ atMs: 6_000, action: 'fail', targetId: 'nope' })).toThrow(/No failable component/);
    expect(() => sim.apply({ atMs: 6_000, action: 'standby', targetId: byName(d, 'vios1') })).toThrow(/applies to an SEA/);
    const lun = sim.model.components.find((c) => c.kind === 'lun')!;
    expect(() => sim.apply({ atMs: 6_000, action: 'shutdown', targetId: lun.id })).toThrow(/shutdown applies to a VIOS or a frame/);
  });

  it('runs a saved scenario by name to its final verdicts', () => {
    const d = dualVios();
    d.scenarios['scn-1'] = { id: 'scn-1', name: 'both down', description: '', events: [{ at: 5, action: 'fail', targetId: byName(d, 'vios1') }, { at: 6, action: 'fail', targetId: byName(d, 'vios2') }] };
    const r = runScenario(d, 'Both Down');
    expect(r.finalImpact.counts.Outage).toBe(3);
    expect(r.events[0]!.t).toBe(5_000);
    expect(() => runScenario(d, 'nothing')).toThrow(/No scenario is named "nothing"; the design has "both down"/);
  });

  it("gives each path's state for the animation: active, standby, failing while unnoticed, failed, back by priority", () => {
    const d = dualVios({ vscsiPathTimeout: 30, vscsiErrRecov: 'fast_fail', hcheckInterval: 60 });
    const sim = createSimulation(d);
    const paths = sim.paths();
    const lun = paths.map((p, i) => ({ p, i })).filter(({ p }) => p.unit === 'LUN aix01_rootvg');
    expect(lun.map(({ p }) => `${p.via} ${p.through}`)).toEqual(['vscsi0 vios1', 'vscsi1 vios2']);
    expect(lun[0]!.p.partitionIds).toEqual([byName(d, 'aix01')]);
    const [a, b] = lun.map(({ i }) => i) as [number, number];
    const at = () => { const f = sim.frame(); return [f.pathState[a], f.pathState[b]]; };
    expect(sim.frame().pathState).toHaveLength(paths.length);
    expect(at()).toEqual([PATH_ACTIVE, PATH_STANDBY]);
    sim.apply({ atMs: 10_000, action: 'fail', targetId: byName(d, 'vios1') });
    sim.apply({ atMs: 100_000, action: 'restore', targetId: byName(d, 'vios1') });
    sim.runUntil(20_000);
    expect(at()).toEqual([PATH_FAILING, PATH_STANDBY]);
    sim.runUntil(41_200);
    expect(at()).toEqual([PATH_FAILED, PATH_ACTIVE]);
    sim.runUntil(120_000);
    expect(at()).toEqual([PATH_FAILED, PATH_ACTIVE]);
    sim.runUntil(160_000);
    expect(at()).toEqual([PATH_ACTIVE, PATH_STANDBY]);
  });
});
