import { describe, expect, it } from 'vitest';
import { byName, dualVios, find, partitionState, play } from './fixtures.ts';
import { createSimulation } from './index.ts';
import { DEGRADED, FAILING_OVER } from './types.ts';

describe('NPIV multipath', () => {
  it('marks the paths through the failed VIOS NOT_LOGGED_IN at once and fails them after fc_err_recov=fast_fail', () => {
    const d = dualVios({ fcErrRecov: 'fast_fail' });
    const sim = createSimulation(d);
    sim.apply({ atMs: 10_000, action: 'fail', targetId: byName(d, 'vios1') });
    sim.runUntil(10_000);
    const lost = find(sim.events, /aix01 LUN aix01_data01.*fcs0 \(vios1 fcs0\) NOT_LOGGED_IN/);
    expect(lost.t).toBe(10_000);
    expect(lost.mechanism).toBe('npiv-multipath');
    sim.runUntil(24_999);
    expect(sim.frame(false).storage[0]).toBe(FAILING_OVER);
    sim.runToSettled();
    expect(find(sim.events, /aix01 LUN aix01_data01.*path via fcs0 \(vios1 fcs0\) Failed, I\/O continues on fcs1 \(vios2 fcs1\)/).t).toBe(25_000);
    expect(partitionState(sim, 'aix01', 'storage')).toBe(DEGRADED);
  });

  it('takes longer with delayed_fail, and the design can change both delays', () => {
    const delayed = play(dualVios({ fcErrRecov: 'delayed_fail' }), [[0, 'fail', 'vios1']]);
    expect(find(delayed.events, /aix01 LUN aix01_data01.*Failed, I\/O continues/).t).toBe(60_000);
    const d = dualVios({ fcErrRecov: 'fast_fail' });
    d.simulation = { fcFastFailS: 5 };
    expect(find(play(d, [[0, 'fail', 'vios1']]).events, /aix01 LUN aix01_data01.*Failed/).t).toBe(5_000);
  });

  it('loses only the paths through a failed port, and logs them in again when it returns', () => {
    const d = dualVios({ fcErrRecov: 'fast_fail', hcheckInterval: 30 });
    const port = Object.values(d.domain.physicalPorts).find((p) => p.partitionId === byName(d, 'vios1') && p.kind === 'fc' && Object.values(d.domain.vfcAdapters).some((a) => a.physicalPortId === p.id))!;
    const sim = play(d, [[0, 'fail', port.id], [100, 'restore', port.id]]);
    expect(find(sim.events, /aix01 LUN aix01_data01.*NOT_LOGGED_IN/).t).toBe(0);
    expect(find(sim.events, /aix01 LUN aix01_data01.*LOGGED_IN again/).t).toBe(100_000);
    expect(find(sim.events, /aix01 LUN aix01_data01.*Enabled again by the health check, hcheck_interval=30/).t).toBe(130_000);
  });
});
