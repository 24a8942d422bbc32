import { describe, expect, it } from 'vitest';
import { dualVios, find, play } from './fixtures.ts';
import { DEGRADED, LINK_ACTIVE, LINK_FAILED, LINK_OVERLOADED } from './types.ts';
import { DEFAULT_WORKLOADS, workloadOf } from './workload.ts';

/** The sample with every client moving 1,000 MB/s to disk: fine on two VIOS, too much for one FC port of vios2. */
function busy() {
  const d = dualVios({ vscsiPathTimeout: 30, vscsiErrRecov: 'fast_fail', fcErrRecov: 'fast_fail' });
  for (const p of Object.values(d.domain.partitions)) if (p.kind !== 'vios') p.workload = { diskMBps: 1000 };
  return d;
}

describe('I/O model', () => {
  it('takes defaults by OS and a partition workload over them', () => {
    expect(workloadOf('aix')).toEqual(DEFAULT_WORKLOADS.aix);
    expect(workloadOf('ibmi', { networkMbps: 5 })).toEqual({ ...DEFAULT_WORKLOADS.ibmi, networkMbps: 5 });
  });

  it('routes over the active paths and reports a port over capacity once vios1 failed, naming it and why', () => {
    const sim = play(busy(), [[10, 'fail', 'vios1']]);
    const e = find(sim.events, /fcs1 on vios2 at 141 % of 16 Gb after vios1 failed/);
    expect(e.t).toBe(41_200);
    expect(e.mechanism).toBe('load');
    expect(e.partitionIds).toHaveLength(3);
    const snap = sim.snapshot();
    expect(snap.overloads.map((o) => [o.name, Math.round(o.utilisation * 100)])).toEqual([['fcs1 on vios2', 141]]);
    const c = sim.model.componentIndex.get(snap.overloads[0]!.componentId)!;
    const f = sim.frame();
    expect(f.linkState[c]).toBe(LINK_OVERLOADED);
    expect(f.linkLoad[c]).toBeCloseTo(18_000, 0);
    expect(f.linkState[sim.model.componentIndex.get(sim.model.components.find((x) => x.name === 'vios1')!.id)!]).toBe(LINK_FAILED);
    expect([...f.storage].every((s) => s === DEGRADED)).toBe(true);
    const aix = snap.impact.partitions.find((p) => p.name === 'aix01')!;
    expect(aix.storage).toBe('Degraded');
  });

  it('says when the port is back under capacity after the failback', () => {
    const sim = play(busy(), [[10, 'fail', 'vios1'], [100, 'restore', 'vios1']]);
    expect(find(sim.events, /fcs1 on vios2 back under capacity/).t).toBe(160_000);
    expect(sim.snapshot().overloads).toEqual([]);
    const f = sim.frame();
    expect([...f.linkState]).toContain(LINK_ACTIVE);
  });
});
