import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/schema/index.ts';
import { byName, dualVios, find, partitionState, play } from './fixtures.ts';
import { createSimulation } from './index.ts';
import { DEGRADED, FAILING_OVER, OK, OUTAGE } from './types.ts';

const seaOf = (d: Design, vios: string) => Object.values(d.domain.seas).find((s) => s.partitionId === byName(d, vios))!;

describe('SEA failover, ha_mode=auto', () => {
  it('makes the backup PRIMARY after the default 3 s without keep-alives, and fails back by priority', () => {
    const d = dualVios();
    const sim = createSimulation(d);
    sim.apply({ atMs: 10_000, action: 'fail', targetId: byName(d, 'vios1') });
    sim.apply({ atMs: 200_000, action: 'restore', targetId: byName(d, 'vios1') });
    sim.runUntil(12_999);
    expect(partitionState(sim, 'aix01', 'network')).toBe(FAILING_OVER);
    sim.runToSettled();
    const take = find(sim.events, /ent3 on vios2 becomes PRIMARY for VLAN 10 .*no keep-alives for 3 s/);
    expect(take.t).toBe(13_000);
    expect(take.mechanism).toBe('sea-failover');
    expect(take.partitionIds).toHaveLength(3);
    const back = find(sim.events, /ent3 on vios1 becomes PRIMARY for VLAN 10 .*fail-back by priority.*ent3 on vios2 goes BACKUP/);
    expect(back.t).toBe(203_000);
    expect(partitionState(sim, 'aix01', 'network')).toBe(OK);
  });

  it('takes the configured delay from the design (1 to 30 s)', () => {
    const d = dualVios();
    d.simulation = { seaFailoverS: 10 };
    expect(find(play(d, [[10, 'fail', 'vios1']]).events, /ent3 on vios2 becomes PRIMARY/).t).toBe(20_000);
  });

  it('switches at once with ha_mode=standby, and back by priority with auto', () => {
    const d = dualVios();
    const sea1 = seaOf(d, 'vios1').id;
    const sim = play(d, [[10, 'standby', sea1], [20, 'auto', sea1]]);
    expect(find(sim.events, /ha_mode=standby on vios1/).t).toBe(10_000);
    expect(find(sim.events, /ent3 on vios2 becomes PRIMARY .*ha_mode=standby on ent3 on vios1/).t).toBe(10_000);
    expect(find(sim.events, /ent3 on vios1 becomes PRIMARY .*fail-back by priority/).t).toBe(23_000);
  });

  it('puts the SEA to standby before a planned shutdown: no failover gap', () => {
    const d = dualVios();
    const sim = createSimulation(d);
    sim.apply({ atMs: 10_000, action: 'shutdown', targetId: byName(d, 'vios1') });
    sim.runUntil(10_000);
    const standby = find(sim.events, /chdev -dev ent3 -attr ha_mode=standby on vios1 \(before the planned shutdown of vios1\)/);
    const takeover = find(sim.events, /ent3 on vios2 becomes PRIMARY/);
    const down = find(sim.events, /vios1 shut down \(planned\)/);
    expect([standby.t, takeover.t, down.t]).toEqual([10_000, 10_000, 10_000]);
    expect(sim.events.indexOf(takeover)).toBeLessThan(sim.events.indexOf(down));
    expect(partitionState(sim, 'aix01', 'network')).toBe(DEGRADED);
  });
});

describe('SEA load sharing, ha_mode=sharing', () => {
  it('the survivor bridges every trunk, and the pair returns to sharing on recovery', () => {
    const d = dualVios({}, { haMode: 'sharing' });
    const sim = play(d, [[10, 'fail', 'vios1'], [100, 'restore', 'vios1']]);
    const take = find(sim.events, /ent3 on vios2 bridges every trunk, VLAN 10 .*included/);
    expect(take.t).toBe(13_000);
    expect(take.mechanism).toBe('sea-sharing');
    expect(find(sim.events, /ent3 on vios1 bridges VLAN 10 .*again, back to load sharing \(PRIMARY_SH\)/).t).toBe(103_000);
    const partner = play(d, [[10, 'fail', 'vios2'], [100, 'restore', 'vios2']]);
    expect(find(partner.events, /ent3 on vios1 bridges every trunk \(ent3 on vios2 lost\)/).t).toBe(10_000);
    expect(find(partner.events, /ent3 on vios2 is back: the pair returns to load sharing/).t).toBe(100_000);
  });
});

describe('control channel', () => {
  it('lost: both SEAs bridge after the delay, a broadcast storm; restored: the storm ends at the next keep-alive', () => {
    const d = dualVios();
    const cc = seaOf(d, 'vios1').controlChannelId!;
    const sim = createSimulation(d);
    sim.apply({ atMs: 10_000, action: 'fail', targetId: cc });
    sim.apply({ atMs: 60_000, action: 'restore', targetId: cc });
    sim.runUntil(10_000);
    expect(find(sim.events, /control channel vios1 ent\d+ fails/).t).toBe(10_000);
    expect(partitionState(sim, 'aix01', 'network')).toBe(DEGRADED);
    sim.runUntil(13_000);
    const storm = find(sim.events, /ent3 on vios1 and ent3 on vios2 both bridge VLAN 10 .*broadcast storm/);
    expect(storm.t).toBe(13_000);
    expect(storm.mechanism).toBe('sea-storm');
    expect(partitionState(sim, 'aix01', 'network')).toBe(OUTAGE);
    sim.runToSettled();
    expect(find(sim.events, /ent3 on vios1 stays PRIMARY .*keep-alives heard again.*storm over/).t).toBe(61_000);
    expect(partitionState(sim, 'aix01', 'network')).toBe(OK);
  });

  it('missing from the start: both bridge at once (Outage), one VIOS down ends it', () => {
    const d = dualVios();
    seaOf(d, 'vios1').controlChannelId = null;
    const sim = createSimulation(d);
    expect(partitionState(sim, 'aix01', 'network')).toBe(OUTAGE);
    sim.apply({ atMs: 5_000, action: 'fail', targetId: byName(d, 'vios2') });
    sim.runToSettled();
    expect(partitionState(sim, 'aix01', 'network')).toBe(DEGRADED);
  });
});
