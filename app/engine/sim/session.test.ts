import { describe, expect, it } from 'vitest';
import { diffDesign } from '../../model/delta.ts';
import { byName, dualVios } from './fixtures.ts';
import { createSimulation } from './index.ts';
import { SimSession } from './session.ts';
import { FAILING_OVER } from './types.ts';

const setup = () => {
  const d = dualVios();
  const s = new SimSession();
  const topo = s.setDesign(d, 1);
  return { d, s, topo, vios1: byName(d, 'vios1') };
};

describe('SimSession (what the simulation worker holds)', () => {
  it('lays the topology out as the frames are: components, client partitions and paths', () => {
    const { s, topo, vios1 } = setup();
    expect(topo.componentIds).toContain(vios1);
    expect(topo.partitionNames).toEqual(['aix01', 'aix02', 'lnx03']);
    expect(topo.componentElementIds[topo.componentIds.indexOf(vios1)]).toContain(vios1);
    const r = s.frameAt(0, 0);
    expect(r.frame.linkState).toHaveLength(topo.componentIds.length);
    expect(r.frame.storage).toHaveLength(3);
    expect(r.frame.pathState).toHaveLength(topo.paths.length);
  });

  it('runs on with the clock and sends only the events the UI does not have', () => {
    const { s, vios1 } = setup();
    s.setActions([{ atMs: 1000, action: 'fail', targetId: vios1 }], 1);
    const a = s.frameAt(2000, 0);
    expect(a.eventStart).toBe(0);
    expect(a.events.length).toBeGreaterThan(0);
    expect(a.inForce.failures).toEqual([{ id: vios1 }]);
    expect([...a.frame.storage]).toContain(FAILING_OVER);
    const b = s.frameAt(60_000, a.events.length);
    expect(b.eventStart).toBe(a.events.length);
    expect(b.events.every((e) => e.t > 2000)).toBe(true);
    expect(b.frame.eventCount).toBe(a.events.length + b.events.length);
  });

  it('going back recomputes the state at the earlier time (the same as a fresh run to it)', () => {
    const { d, s, vios1 } = setup();
    s.setActions([{ atMs: 1000, action: 'fail', targetId: vios1 }], 1);
    const late = s.frameAt(120_000, 0);
    const back = s.frameAt(5000, late.events.length);
    expect(back.events).toEqual([]);
    const fresh = createSimulation(d);
    fresh.apply({ atMs: 1000, action: 'fail', targetId: vios1 });
    fresh.runUntil(5000);
    expect(back.frame.eventCount).toBe(fresh.events.length);
    expect([...back.frame.storage]).toEqual([...fresh.frame().storage]);
    expect([...back.frame.pathState]).toEqual([...fresh.frame().pathState]);
    expect(back.inForce.failures).toEqual([{ id: vios1 }]);
    expect(s.frameAt(500, 0).inForce.failures).toEqual([]);
  });

  it('an action added at the clock goes to the live simulation; one before it replays from the start', () => {
    const { s, vios1 } = setup();
    s.frameAt(10_000, 0);
    s.setActions([{ atMs: 10_000, action: 'fail', targetId: vios1 }], 1);
    const r = s.frameAt(10_000, 0);
    expect(r.actionsVersion).toBe(1);
    expect(r.events[0]!.sentence).toMatch(/^vios1 fails/);
    s.setActions([{ atMs: 3000, action: 'fail', targetId: vios1 }], 2);
    const again = s.frameAt(10_000, 0);
    expect(again.events[0]!.t).toBe(3000);
  });

  it('Step plays on to the next moment something happens', () => {
    const { s, vios1 } = setup();
    s.setActions([{ atMs: 1000, action: 'fail', targetId: vios1 }], 1);
    const first = s.step(0, 0);
    expect(first.clockMs).toBe(1000);
    const next = s.step(first.clockMs, first.events.length);
    expect(next.clockMs).toBeGreaterThan(1000);
    expect(next.eventStart).toBe(first.events.length);
  });

  it('takes a design as a delta of the one it holds, and asks for the whole one when it lost track', () => {
    const { d, s } = setup();
    const next = { ...d, name: 'renamed' };
    expect('stale' in s.setDesignDelta(diffDesign(d, next), 1, 2)).toBe(false);
    expect(s.setDesignDelta(diffDesign(d, next), 1, 3)).toEqual({ stale: true });
  });

  it('refuses an action the simulation cannot play, and says so', () => {
    const { s } = setup();
    s.setActions([{ atMs: 0, action: 'fail', targetId: 'nothing-1' }], 1);
    expect(s.frameAt(0, 0).refused[0]).toMatch(/No failable component/);
  });
});
