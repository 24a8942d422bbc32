import { describe, expect, it } from 'vitest';
import { dualVios, play } from '../../engine/sim/fixtures.ts';
import { linkUtilisationText } from './link-utilisation.ts';

/** The sample with every client moving 1,000 MB/s to disk: too much for one FC port of vios2 once vios1 failed. */
function busy() {
  const d = dualVios({ vscsiPathTimeout: 30, vscsiErrRecov: 'fast_fail', fcErrRecov: 'fast_fail' });
  for (const p of Object.values(d.domain.partitions)) if (p.kind !== 'vios') p.workload = { diskMBps: 1000 };
  return d;
}

describe('a port\'s utilisation in the inspector', () => {
  it('says the port, its owner, the percentage of its speed and the load; nothing while the simulation is off', () => {
    const d = busy();
    const sim = play(d, [[10, 'fail', 'vios1']]);
    const vios2 = Object.values(d.domain.partitions).find((p) => p.name === 'vios2')!;
    const fcs1 = Object.values(d.domain.physicalPorts).find((p) => p.partitionId === vios2.id && p.deviceName === 'fcs1')!;
    const state = {
      status: 'paused' as const, frame: sim.frame(),
      componentIds: sim.model.components.map((c) => c.id), componentKinds: sim.model.components.map((c) => c.kind), componentNames: sim.model.components.map((c) => c.name),
    };
    expect(linkUtilisationText(state, d, fcs1.id)).toBe('fcs1 on vios2 at 141 % of 16 Gb (18000 Mb/s)');
    // A VIOS is not a link; the simulation off shows nothing.
    expect(linkUtilisationText(state, d, vios2.id)).toBe('');
    expect(linkUtilisationText({ ...state, status: 'off' }, d, fcs1.id)).toBe('');
    // vios1's port carries nothing any more.
    const vios1 = Object.values(d.domain.partitions).find((p) => p.name === 'vios1')!;
    const fcs0 = Object.values(d.domain.physicalPorts).find((p) => p.partitionId === vios1.id && p.deviceName === 'fcs0')!;
    expect(linkUtilisationText(state, d, fcs0.id)).toBe('fcs0 on vios1: idle (0 %) of 16 Gb');
  });
});
