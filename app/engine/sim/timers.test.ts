import { describe, expect, it } from 'vitest';
import { byName, dualVios } from './fixtures.ts';
import { createSimulation } from './index.ts';
import { PATH_FAILING, TIMER_NAMES } from './types.ts';

/** The running timers in frames: what the animation counts down near a failing path. */
describe('timers in frames', () => {
  it('a vSCSI path through a failed VIOS counts down vscsi_path_to plus the retry, NPIV fc_err_recov, the SEA its keep-alives', () => {
    const d = dualVios({ vscsiPathTimeout: 30, vscsiErrRecov: 'fast_fail', fcErrRecov: 'fast_fail' });
    const sim = createSimulation(d);
    const paths = sim.paths();
    const vios1 = byName(d, 'vios1');
    sim.apply({ atMs: 10_000, action: 'fail', targetId: vios1 });
    sim.runUntil(12_000);
    const f = sim.frame();
    const running = paths.map((p, i) => ({ p, due: f.pathDue[i]!, name: TIMER_NAMES[f.pathTimer[i]!], state: f.pathState[i] }));
    const vscsi = running.find((r) => r.p.mechanism === 'vscsi-mpio' && r.p.elementIds.includes(vios1) && r.state === PATH_FAILING)!;
    expect(vscsi.name).toBe('vscsi_path_to');
    expect(vscsi.due).toBe(10_000 + 30_000 + 1200);
    const npiv = running.find((r) => r.p.mechanism === 'npiv-multipath' && r.p.elementIds.includes(vios1))!;
    expect(npiv.name).toBe('fc_err_recov');
    expect(npiv.due).toBe(25_000);
    // The SEA's backup waits for keep-alives 3 s; two seconds in, it still does.
    const sea = running.filter((r) => r.p.mechanism === 'sea-failover');
    expect(sea.map((r) => [r.name, r.due])).toEqual([['keep-alives', 13_000], ['keep-alives', 13_000]]);
    // Once every timer has fired nothing counts down.
    sim.runToSettled();
    const g = sim.frame();
    expect([...g.pathDue].every((x) => Number.isNaN(x))).toBe(true);
    expect([...g.pathTimer].every((x) => x === 0)).toBe(true);
  });

  it('the SEA failover delay is counted down while the backup waits for keep-alives', () => {
    const d = dualVios();
    const sim = createSimulation(d);
    const paths = sim.paths();
    sim.apply({ atMs: 0, action: 'fail', targetId: byName(d, 'vios1') });
    sim.runUntil(1000);
    const f = sim.frame();
    const sea = paths.map((p, i) => ({ p, i })).filter(({ p }) => p.mechanism === 'sea-failover');
    expect(sea.length).toBe(2);
    for (const { i } of sea) {
      expect(TIMER_NAMES[f.pathTimer[i]!]).toBe('keep-alives');
      expect(f.pathDue[i]).toBe(3000);
    }
  });
});
