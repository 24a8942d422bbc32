import { afterEach, describe, expect, it } from 'vitest';
import { SimSession } from '../engine/sim/session.ts';
import { byName, dualVios } from '../engine/sim/fixtures.ts';
import type { SimAction } from '../engine/sim/types.ts';
import type { Design } from '../model/index.ts';
import type { SimulationClient } from '../worker/simulation-client.ts';
import { useDesign } from './design-store.ts';
import { useImpact } from './impact-store.ts';
import { startSimulationFeed } from './simulation-feed.ts';
import { useSimulation } from './simulation-store.ts';

/** The worker's session called in-process, with the client's contract (what the feed sees). */
function inProcessClient() {
  const session = new SimSession();
  let id = 0;
  const calls: string[] = [];
  const client = {
    setDesign: async (d: Design) => { calls.push('design'); return session.setDesign(d, ++id); },
    setActions: async (a: SimAction[], v: number) => { calls.push(`actions ${a.length}`); session.setActions(a, v); },
    frameAt: async (t: number, have: number) => { calls.push(`frame ${t}`); return session.frameAt(t, have); },
    step: async (t: number, have: number) => { calls.push(`step ${t}`); return session.step(t, have); },
    dispose: () => {},
  };
  return { client: client as unknown as SimulationClient, calls };
}

const settle = () => new Promise((r) => setTimeout(r, 30));
const until = async (ok: () => boolean) => { for (let i = 0; i < 100 && !ok(); i++) await settle(); expect(ok()).toBe(true); };

describe('the simulation feed (stores <-> worker)', () => {
  let stop: () => void = () => {};
  afterEach(() => { stop(); useSimulation.getState().turnOff(); useImpact.getState().set({ failures: [], restored: [] }); });

  it('a failure in force when the simulation starts happens at t+0; Step walks the events; the Failures toolbar follows the clock', async () => {
    const d = dualVios();
    useDesign.getState().replace(d);
    const { client } = inProcessClient();
    stop = startSimulationFeed(client);
    const vios1 = byName(d, 'vios1');
    useImpact.getState().fail(vios1);
    useSimulation.getState().step();
    await until(() => useSimulation.getState().events.length > 0);
    expect(useSimulation.getState().actions).toEqual([{ atMs: 0, action: 'fail', targetId: vios1 }]);
    expect(useSimulation.getState().events[0]!.sentence).toMatch(/^vios1 fails/);
    useSimulation.getState().step();
    await until(() => useSimulation.getState().clockMs === 3000);
    expect(useSimulation.getState().frame!.t).toBe(3000);

    // Restore made with the toolbar at t+3 s is recorded at the clock.
    useImpact.getState().restore(vios1);
    await until(() => useSimulation.getState().actions.length === 2);
    expect(useSimulation.getState().actions[1]).toEqual({ atMs: 3000, action: 'restore', targetId: vios1 });
    // Going back before the restore: vios1 is failed again in the Failures toolbar (and no new action is recorded).
    useSimulation.getState().seek(0);
    await until(() => useSimulation.getState().frame?.t === 0);
    useSimulation.getState().seek(1000);
    await until(() => useSimulation.getState().frame?.t === 1000);
    expect(useImpact.getState().failures).toEqual([{ id: vios1 }]);
    expect(useSimulation.getState().actions).toHaveLength(2);
  });

  it('a design edit while on keeps the recording and sends the new topology; another document turns the simulation off', async () => {
    const d = dualVios();
    useDesign.getState().replace(d);
    const { client, calls } = inProcessClient();
    stop = startSimulationFeed(client);
    useSimulation.getState().apply({ atMs: 0, action: 'fail', targetId: byName(d, 'vios2') });
    await until(() => useSimulation.getState().frame !== null);
    const v = useSimulation.getState().topologyVersion;
    useDesign.getState().apply((x: Design) => ({ ...x, domain: { ...x.domain, partitions: { ...x.domain.partitions } } }), undefined);
    await until(() => useSimulation.getState().topologyVersion > v);
    expect(calls.filter((c) => c === 'design')).toHaveLength(2);
    expect(useSimulation.getState().actions).toHaveLength(1);
    useDesign.getState().open(structuredClone(d));
    expect(useSimulation.getState().status).toBe('off');
  });

  it('the Failures toolbar follows a frame in a task of its own, and not with a frame the recording has since outdated', async () => {
    const d = dualVios();
    useDesign.getState().replace(d);
    const { client } = inProcessClient();
    stop = startSimulationFeed(client);
    const vios1 = byName(d, 'vios1'), vios2 = byName(d, 'vios2');
    const seen: string[][] = [];
    const unsubImpact = useImpact.subscribe((s, prev) => { if (s.failures !== prev.failures) seen.push(s.failures.map((f) => f.id)); });
    let atFrame: string[] | null = null;
    const unsub = useSimulation.subscribe((s, prev) => {
      if (!s.frame || prev.frame || atFrame) return;
      // The first frame is in the store: the impact store has not been told yet (that comes in the next task) ...
      atFrame = useImpact.getState().failures.map((f) => f.id);
      // ... and a failure recorded now outdates it: only the next frame's failures in force are shown.
      useSimulation.getState().apply({ atMs: 0, action: 'fail', targetId: vios2 });
    });
    useSimulation.getState().apply({ atMs: 0, action: 'fail', targetId: vios1 });
    await until(() => useImpact.getState().failures.length === 2);
    unsub();
    unsubImpact();
    expect(atFrame).toEqual([]);
    expect(seen).toEqual([[vios1, vios2]]);
  });
});
