import { describe, expect, it } from 'vitest';
import { impactOf } from '../impact/index.ts';
import { find, partitionState, play } from './fixtures.ts';
import { modernSimDesign } from './modern-fixture.ts';
import { DEGRADED, OK, OUTAGE } from './types.ts';

describe('direct SR-IOV logical ports in the timed simulation (MODERN.md 7.2)', () => {
  it('a physical port\'s link loss takes down every logical port on it at once, in every partition', () => {
    const sim = play(modernSimDesign(), [[10, 'fail', 'sriovport-1']]);
    const at10 = sim.events.filter((e) => e.t === 10_000).map((e) => `${e.mechanism}: ${e.sentence}`);
    expect(at10).toEqual([
      'component: p9-frame1 SR-IOV adapter 1 port 0 loses its link: its 3 logical ports go down at once: aix02 ent5 (assigned directly), lnx03 ent1 (assigned directly), vios1 ent10 (vNIC backing device of aix01)',
      'vnic-failover: aix01 vNIC ent2 (slot 40): active backing device ent10 on vios1 (priority 10) NotOperational (p9-frame1 SR-IOV adapter 1 port 0 failed); the hypervisor fails over in 3 s',
      'sriov: aix02 SR-IOV logical port ent5: link down with SR-IOV adapter 1 port 0 (p9-frame1 SR-IOV adapter 1 port 0 failed): no hypervisor failover for a logical port assigned directly, Outage',
      'nib: lnx03 ent1 (HNV bond: SR-IOV logical port ent1 primary, ent0 backup): ent1 lost (link down): NIB switches to the backup adapter ent0',
    ]);
    expect(partitionState(sim, 'aix02', 'network')).toBe(OUTAGE);
    // the bond in lnx03 notices the link at once (no timer); aix01's vNIC fails over inside the hypervisor
    expect(partitionState(sim, 'lnx03', 'network')).toBe(DEGRADED);
    expect(partitionState(sim, 'aix01', 'network')).toBe(DEGRADED);
    const verdicts = (r: ReturnType<typeof impactOf>) => r.partitions.map((p) => [p.name, p.network]);
    expect(verdicts(sim.impact(false))).toEqual(verdicts(impactOf(sim.model, [{ id: 'sriovport-1' }])));
  });

  it('the link back brings the logical ports back; the bond returns to its primary', () => {
    const sim = play(modernSimDesign(), [[10, 'fail', 'sriovport-1'], [40, 'restore', 'sriovport-1']]);
    expect(find(sim.events, /has its link up again/).t).toBe(40_000);
    expect(find(sim.events, /aix02 SR-IOV logical port ent5: link up again on SR-IOV adapter 1 port 0, traffic resumes/).t).toBe(40_000);
    expect(find(sim.events, /lnx03 .*NIB returns to the primary adapter/).t).toBe(40_000);
    for (const name of ['aix01', 'aix02', 'lnx03']) expect(partitionState(sim, name, 'network')).toBe(OK);
  });

  it('an adapter failure stops every port of the adapter; the other adapter is untouched', () => {
    const sim = play(modernSimDesign(), [[10, 'fail', 'sriov-1']]);
    expect(find(sim.events, /SR-IOV adapter 1 \(P1-C1\) fails \(EEH error: every physical port stops\): its 3 logical ports go down at once/).t).toBe(10_000);
    expect(partitionState(sim, 'aix02', 'network')).toBe(OUTAGE);
    const other = play(modernSimDesign(), [[10, 'fail', 'sriov-2']]);
    expect(find(other.events, /SR-IOV adapter 2 \(P1-C2\) fails .*its logical port goes down at once: vios2 ent10 \(vNIC backing device of aix01\)/).t).toBe(10_000);
    expect(partitionState(other, 'aix02', 'network')).toBe(OK);
  });
});
