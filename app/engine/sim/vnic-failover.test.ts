import { describe, expect, it } from 'vitest';
import { impactOf } from '../impact/index.ts';
import { find, partitionState, play } from './fixtures.ts';
import { createSimulation } from './index.ts';
import { modernSimDesign } from './modern-fixture.ts';
import { DEGRADED, FAILING_OVER, OK, OUTAGE } from './types.ts';

const vnicEvents = (sim: ReturnType<typeof play>) => sim.events.filter((e) => e.mechanism === 'vnic-failover').map((e) => `${e.t} ${e.sentence}`);

describe('vNIC failover in the timed simulation (MODERN.md 7.1)', () => {
  it('the VIOS of the active backing device fails: after 3 s the hypervisor activates the next one by priority, and moves back with auto priority failover', () => {
    const d = modernSimDesign();
    const sim = createSimulation(d);
    sim.apply({ atMs: 10_000, action: 'fail', targetId: 'lpar-1' });
    sim.apply({ atMs: 100_000, action: 'restore', targetId: 'lpar-1' });
    sim.runUntil(12_999);
    expect(partitionState(sim, 'aix01', 'network')).toBe(FAILING_OVER);
    sim.runUntil(13_000);
    expect(partitionState(sim, 'aix01', 'network')).toBe(DEGRADED);
    sim.runToSettled();
    expect(partitionState(sim, 'aix01', 'network')).toBe(OK);
    expect(vnicEvents(sim)).toEqual([
      '10000 aix01 vNIC ent2 (slot 40): active backing device ent10 on vios1 (priority 10) NotOperational (vios1 failed); the hypervisor fails over in 3 s',
      '13000 aix01 vNIC ent2 (slot 40): the hypervisor activates backing device ent10 on vios2 (priority 20), the Operational one with the lowest priority: traffic continues with the same MAC and IP, no failover left',
      '100000 aix01 vNIC ent2 (slot 40): backing device ent10 on vios1 (priority 10) Operational again: auto_priority_failover=1, the hypervisor moves back to it in 3 s',
      '103000 aix01 vNIC ent2 (slot 40): the hypervisor moves the vNIC back to its preferred backing device ent10 on vios1 (priority 10) (auto_priority_failover=1); ent10 on vios2 (priority 20) standby',
    ]);
    const e = find(sim.events, /activates backing device ent10 on vios2/);
    expect(e.partitionIds).toEqual(['lpar-3']);
    expect(e.componentIds).toContain('vnicbd-2');
  });

  it('with auto_priority_failover=0 the vNIC stays on the backing device it failed over to', () => {
    const d = modernSimDesign((x) => { x.domain.vnicAdapters['vnic-1']!.autoPriorityFailover = false; });
    const sim = play(d, [[10, 'fail', 'lpar-1'], [100, 'restore', 'lpar-1']]);
    expect(vnicEvents(sim).slice(2)).toEqual([
      '100000 aix01 vNIC ent2 (slot 40): backing device ent10 on vios1 (priority 10) Operational again; auto_priority_failover=0: the vNIC stays on ent10 on vios2 (priority 20) until an operator makes it active (chhwres -r virtualio --rsubtype vnicbkdev -o act)',
    ]);
    const vnicPath = sim.paths().map((p, i) => ({ p, i })).filter((x) => x.p.mechanism === 'vnic-failover');
    const states = sim.frame(false).pathState;
    expect(vnicPath.map((x) => [x.p.through, states[x.i]])).toEqual([['ent10 on vios1', 0], ['ent10 on vios2', 1]]);
    expect(partitionState(sim, 'aix01', 'network')).toBe(OK);
  });

  it('the standby backing device lost changes nothing but the redundancy; both lost is an Outage until one is back', () => {
    const d = modernSimDesign();
    const sim = play(d, [[10, 'fail', 'logport-2']]);
    expect(vnicEvents(sim)).toEqual(['10000 aix01 vNIC ent2 (slot 40): standby backing device ent10 on vios2 (priority 20) NotOperational (vios2 ent10 failed): no failover left']);
    expect(partitionState(sim, 'aix01', 'network')).toBe(DEGRADED);
    sim.apply({ atMs: 20_000, action: 'fail', targetId: 'sriovport-1' });
    sim.runToSettled();
    expect(partitionState(sim, 'aix01', 'network')).toBe(OUTAGE);
    expect(find(sim.events, /no other backing device is Operational: the vNIC is down/).t).toBe(20_000);
    sim.apply({ atMs: 30_000, action: 'restore', targetId: 'logport-2' });
    sim.runToSettled();
    expect(find(sim.events, /ent10 on vios2 \(priority 20\) Operational again: the hypervisor activates it in 3 s/).t).toBe(30_000);
    expect(find(sim.events, /activates backing device ent10 on vios2/).t).toBe(33_000);
    expect(partitionState(sim, 'aix01', 'network')).toBe(DEGRADED);
  });

  it('takes its delay from the design\'s saved settings, and its final verdicts are the impact engine\'s', () => {
    const d = modernSimDesign((x) => { x.simulation = { vnicFailoverS: 10 }; });
    const sim = play(d, [[10, 'fail', 'sriov-1']]);
    expect(find(sim.events, /activates backing device ent10 on vios2/).t).toBe(20_000);
    const verdict = (r: ReturnType<typeof impactOf>) => r.partitions.map((p) => [p.name, p.network, p.storage]);
    expect(verdict(sim.impact(false))).toEqual(verdict(impactOf(sim.model, [{ id: 'sriov-1' }])));
  });

  it('draws a countdown on the lost backing device while the hypervisor switches', () => {
    const d = modernSimDesign();
    const sim = createSimulation(d);
    sim.apply({ atMs: 10_000, action: 'fail', targetId: 'lpar-1' });
    sim.runUntil(11_000);
    const f = sim.frame(false);
    const i = sim.paths().findIndex((p) => p.mechanism === 'vnic-failover' && p.through === 'ent10 on vios1');
    expect(f.pathDue[i]).toBe(13_000);
    expect(f.pathTimer[i]).toBeGreaterThan(0);
    const vnic = sim.impact(false).partitions.find((p) => p.name === 'aix01')!.services.find((s) => s.key === 'vnic:vnic-1')!;
    expect(vnic.reason).toBe('vNIC ent2 (slot 40): failing over, the hypervisor is switching to another backing device');
  });
});
