import { describe, expect, it } from 'vitest';
import { byName, dualVios, find, partitionState, play } from './fixtures.ts';
import { createSimulation } from './index.ts';
import { DEGRADED, FAILING_OVER, OK } from './types.ts';

const lunEvents = (events: readonly { sentence: string; t: number }[], client: string) => events.filter((e) => e.sentence.startsWith(`${client} LUN`));

describe('vSCSI client MPIO across two VIOS', () => {
  it('fails the path after vscsi_path_to plus the fast_fail retry, I/O paused meanwhile, then resumed on the other VIOS', () => {
    const d = dualVios({ vscsiPathTimeout: 30, vscsiErrRecov: 'fast_fail' });
    const sim = createSimulation(d);
    sim.apply({ atMs: 10_000, action: 'fail', targetId: byName(d, 'vios1') });
    sim.runUntil(10_000);
    expect(find(sim.events, /aix01 LUN aix01_rootvg.*vscsi0 \(vios1\) stops answering, I\/O paused/).t).toBe(10_000);
    sim.runUntil(41_199);
    expect(partitionState(sim, 'aix01', 'storage')).toBe(FAILING_OVER);
    sim.runUntil(41_200);
    const e = find(sim.events, /aix01 LUN aix01_rootvg.*path via vscsi0 \(vios1\) Failed, I\/O resumes on vscsi1 \(vios2\)/);
    expect(e.t).toBe(41_200);
    expect(e.mechanism).toBe('vscsi-mpio');
    expect(e.partitionIds).toEqual([byName(d, 'aix01')]);
  });

  it('waits up to 60 s more with delayed_fail, and rw_timeout when vscsi_path_to is 0', () => {
    const delayed = play(dualVios({ vscsiPathTimeout: 30, vscsiErrRecov: 'delayed_fail' }), [[0, 'fail', 'vios1']]);
    expect(find(delayed.events, /aix01 LUN aix01_rootvg.*Failed, I\/O resumes/).t).toBe(90_000);
    const rw = play(dualVios({ vscsiPathTimeout: 0 }), [[0, 'fail', 'vios1']]);
    expect(find(rw.events, /aix01 LUN aix01_rootvg.*Failed, I\/O resumes/).t).toBe(120_000);
    const saved = dualVios({ vscsiPathTimeout: 0 });
    saved.simulation = { rwTimeoutS: 45 };
    expect(find(play(saved, [[0, 'fail', 'vios1']]).events, /aix01 LUN aix01_rootvg.*Failed/).t).toBe(45_000);
  });

  it('re-enables the returned path through hcheck_interval=60, never with 0', () => {
    const d60 = dualVios({ hcheckInterval: 60 });
    const v1 = byName(d60, 'vios1');
    const s60 = play(d60, [[10, 'fail', v1], [300, 'restore', v1]]);
    expect(find(s60.events, /aix01 LUN aix01_rootvg.*stays Failed until the health check/).t).toBe(300_000);
    expect(find(s60.events, /aix01 LUN aix01_rootvg.*path via vscsi0 \(vios1\) Enabled again by the health check, hcheck_interval=60, I\/O returns to it \(path priority\)/).t).toBe(360_000);
    expect(partitionState(s60, 'aix01', 'storage')).toBe(OK);

    const d0 = dualVios({ hcheckInterval: 0 });
    const s0 = play(d0, [[10, 'fail', v1], [300, 'restore', v1]]);
    expect(find(s0.events, /aix01 LUN aix01_rootvg.*stays Failed: hcheck_interval=0 never re-enables it \(chpath/).t).toBe(300_000);
    expect(s0.events.some((e) => /aix01 LUN aix01_rootvg.*Enabled again/.test(e.sentence))).toBe(false);
    expect(partitionState(s0, 'aix01', 'storage')).toBe(DEGRADED);
    expect(s0.settled()).toBe(true);
  });

  it('does not fail a path whose VIOS answers again before the detection ran out', () => {
    const d = dualVios({ vscsiPathTimeout: 30, vscsiErrRecov: 'fast_fail' });
    const v1 = byName(d, 'vios1');
    const sim = play(d, [[10, 'fail', v1], [20, 'restore', v1]]);
    expect(lunEvents(sim.events, 'aix01').some((e) => /Failed/.test(e.sentence))).toBe(false);
    expect(partitionState(sim, 'aix01', 'storage')).toBe(OK);
  });
});
