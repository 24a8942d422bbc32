import type { Design } from '../model/index.ts';
import type { SimReply, SimTopology } from '../engine/sim/session.ts';
import type { SimAction } from '../engine/sim/types.ts';
import type { Failure } from '../engine/impact/types.ts';
import { SimulationClient } from '../worker/simulation-client.ts';
import { useDesign } from './design-store.ts';
import { isOtherDocument, DESIGN_DEBOUNCE_MS } from './impact-feed.ts';
import { useImpact, type ImpactState } from './impact-store.ts';
import { EMPTY_TOPOLOGY, useSimulation, type SimulationState } from './simulation-store.ts';
import { useUi } from './ui-store.ts';

const failureKey = (fs: readonly Failure[], restored: readonly string[]) => `${fs.map((f) => `${f.id}${f.planned ? '*' : ''}`).join(',')}|${restored.join(',')}`;

/**
 * While playing, the clock moves (and the frame at it is asked for) ten times a second: what the page shows of it
 * (the clock's text, the panels) changes no more often, and the animation's drawing moves on by itself in between.
 */
export const PLAY_STEP_MS = 100;

/** A failure the user made (or ended) with the Failures toolbar, as the action it is at the clock. */
export function failureActions(prev: readonly Failure[], next: readonly Failure[], atMs: number): SimAction[] {
  const out: SimAction[] = [];
  const before = new Map(prev.map((f) => [f.id, f]));
  const after = new Map(next.map((f) => [f.id, f]));
  for (const f of prev) if (!after.has(f.id)) out.push({ atMs, action: 'restore', targetId: f.id });
  for (const f of next) if (!before.has(f.id)) out.push({ atMs, action: f.planned ? 'shutdown' : 'fail', targetId: f.id });
  return out;
}

/**
 * Feeds the simulation worker from the stores and writes its answers back into the simulation store: the design
 * (when it changes, while the simulation is on), the recording of actions, and per step of the clock the frame at
 * it. While playing, the clock moves every PLAY_STEP_MS on the main thread (the I/O animation's drawing worker moves
 * it on by itself in between, so the main thread has nothing to do per animation frame); one frame request is out
 * at a time (the latest clock wins). Failures made with the Failures toolbar while the simulation is on become actions at the clock, and
 * the Failures toolbar shows the failures in force at the clock (scrubbing back undoes them on screen).
 */
export function startSimulationFeed(given?: SimulationClient): () => void {
  const store = useSimulation;
  let topologyOf: Design | null = null;
  // A crashed worker is replaced on the next request, which sends it the design and the recording again.
  const client = given ?? new SimulationClient((reason) => {
    topologyOf = null;
    useUi.getState().notify('error', `The simulation restarted: ${reason}`);
    if (store.getState().status !== 'off') setTimeout(() => void request(), 0);
  });
  let inFlight = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = 0;
  let syncing = false;
  let designTimer: ReturnType<typeof setTimeout> | null = null;
  const fail = (what: string, e: unknown) => {
    store.getState().set({ busy: false, error: (e as Error).message });
    useUi.getState().notify('error', `${what} failed: ${(e as Error).message}`);
  };

  const loadTopology = async (): Promise<boolean> => {
    const design = useDesign.getState().design;
    if (topologyOf === design) return true;
    let topo: SimTopology;
    try { topo = await client.setDesign(design); } catch (e) { fail('The simulation', e); return false; }
    topologyOf = design;
    const s = store.getState();
    const known = new Set(topo.componentIds);
    const actions = s.actions.filter((a) => known.has(a.targetId));
    store.getState().set({
      ...topo, topologyVersion: s.topologyVersion + 1, events: [], selectedEvent: null, horizonMs: s.clockMs,
      ...(actions.length !== s.actions.length ? { actions, actionsVersion: s.actionsVersion + 1 } : {}),
    });
    return true;
  };

  const accept = (r: SimReply, version: number, topologyVersion: number, moveClock: boolean) => {
    const s = store.getState();
    if (s.status === 'off' || version !== s.actionsVersion || topologyVersion !== s.topologyVersion) return false;
    const patch: Partial<SimulationState> = { frame: r.frame, settled: r.settled, busy: false, error: null };
    if (r.events.length > 0) patch.events = s.events.slice(0, r.eventStart).concat(r.events);
    if (r.refused.join('\n') !== s.refused.join('\n')) patch.refused = r.refused;
    if (moveClock) { patch.clockMs = r.clockMs; patch.horizonMs = Math.max(s.horizonMs, r.clockMs); }
    // A scenario replayed to its end (every action played, every timer run out) stops there, as a recording does.
    if (s.status === 'playing' && s.scenarioId && r.settled && s.actions.every((a) => a.atMs <= r.clockMs)) patch.status = 'paused';
    store.getState().set(patch);
    // The Failures toolbar and the Impact region show what is failed at the clock: in a task of their own (the
    // frame and its events were copied in this one), with the latest frame's failures when several came meanwhile.
    // Most frames change nothing there (a task a frame for nothing cost the main thread while playing).
    if (!inForceTimer) {
      const im = useImpact.getState();
      if (failureKey(im.failures, im.restored) === failureKey(r.inForce.failures, r.inForce.restored)) return true;
    }
    inForce = { ...r.inForce, version };
    if (!inForceTimer) inForceTimer = setTimeout(syncInForce, 0);
    return true;
  };

  let inForce: (SimReply['inForce'] & { version: number }) | null = null;
  let inForceTimer: ReturnType<typeof setTimeout> | null = null;
  const syncInForce = () => {
    inForceTimer = null;
    const f = inForce;
    inForce = null;
    // Not when the recording changed since (a failure the user just made would be undone on screen for a moment).
    if (!f || store.getState().status === 'off' || store.getState().actionsVersion !== f.version) return;
    const im = useImpact.getState();
    if (failureKey(im.failures, im.restored) === failureKey(f.failures, f.restored)) return;
    syncing = true;
    try { im.set({ failures: f.failures, restored: f.restored, status: 'computing' }); } finally { syncing = false; }
  };

  /** Asks for the frame at the clock; while one request is out, the next waits and takes the latest clock. */
  const request = async (): Promise<void> => {
    if (inFlight) { again = true; return; }
    inFlight = true;
    try {
      do {
        again = false;
        if (store.getState().status === 'off' || !(await loadTopology())) return;
        const s = store.getState();
        if (s.status === 'off') return;
        const r = await client.frameAt(s.clockMs, s.events.length);
        if (!accept(r, s.actionsVersion, s.topologyVersion, false)) again = store.getState().status !== 'off';
      } while (again);
    } catch (e) { fail('The simulation', e); } finally { inFlight = false; }
  };

  const stepNow = async () => {
    if (!(await loadTopology())) return;
    const s = store.getState();
    try {
      const r = await client.step(s.clockMs, s.events.length);
      if (r.clockMs === s.clockMs && r.events.length === 0) useUi.getState().notify('info', 'Nothing more happens: every timer has run out and no action waits.');
      if (!accept(r, s.actionsVersion, s.topologyVersion, true)) void request();
    } catch (e) { fail('The simulation step', e); }
  };

  const tick = () => {
    timer = null;
    const s = store.getState();
    if (s.status !== 'playing') return;
    const now = performance.now();
    // At most 250 ms of wall time a step (a stalled page does not make the clock leap; CLOCK_AHEAD_MS in io-host.ts).
    const dt = Math.min(250, Math.max(0, now - last));
    last = now;
    const clockMs = Math.round(s.clockMs + dt * s.speed);
    s.set({ clockMs, clockAt: now, horizonMs: Math.max(s.horizonMs, clockMs) });
    void request();
    timer = setTimeout(tick, PLAY_STEP_MS);
  };
  const stopLoop = () => { if (timer) clearTimeout(timer); timer = null; };
  const startLoop = () => {
    // From when play was pressed (the animation's drawing moves the clock on from there too).
    const at = store.getState().clockAt;
    last = at > 0 ? at : performance.now();
    if (!timer) timer = setTimeout(tick, PLAY_STEP_MS);
  };

  const unsubSim = store.subscribe((s, prev) => {
    if (s.status === 'off') {
      if (prev.status !== 'off') stopLoop();
      return;
    }
    if (prev.status === 'off') {
      // Failures already in force when the simulation starts happen at t+0.
      const im = useImpact.getState();
      if (s.actions.length === 0 && im.failures.length > 0) {
        store.getState().set({ actions: failureActions([], im.failures, 0), actionsVersion: s.actionsVersion + 1 });
        return; // this change comes back here
      }
    }
    if (s.actionsVersion !== prev.actionsVersion) void client.setActions(s.actions, s.actionsVersion).catch((e) => fail('The simulation', e));
    if (s.stepSeq !== prev.stepSeq) { void stepNow(); return; }
    if (s.status === 'playing' && prev.status !== 'playing') startLoop();
    if (s.status !== 'playing' && (s.clockMs !== prev.clockMs || s.actionsVersion !== prev.actionsVersion || prev.status === 'off')) void request();
    else if (s.status === 'playing' && s.actionsVersion !== prev.actionsVersion) void request();
  });

  const unsubImpact = useImpact.subscribe((im: ImpactState, prev: ImpactState) => {
    if (syncing || im.failures === prev.failures) return;
    const s = store.getState();
    if (s.status === 'off') return;
    for (const a of failureActions(prev.failures, im.failures, s.clockMs)) store.getState().apply(a);
  });

  const unsubDesign = useDesign.subscribe((d, prev) => {
    if (d.design === prev.design || d.design.domain === prev.design.domain && d.design.simulation === prev.design.simulation) return;
    if (isOtherDocument(prev.design, d.design)) {
      store.getState().turnOff();
      store.getState().set({ ...EMPTY_TOPOLOGY, topologyVersion: store.getState().topologyVersion + 1 });
      topologyOf = null;
      return;
    }
    if (store.getState().status === 'off') return;
    if (designTimer) clearTimeout(designTimer);
    designTimer = setTimeout(() => { designTimer = null; void request(); }, DESIGN_DEBOUNCE_MS);
  });

  return () => {
    stopLoop();
    if (designTimer) clearTimeout(designTimer);
    if (inForceTimer) clearTimeout(inForceTimer);
    unsubSim();
    unsubImpact();
    unsubDesign();
    client.dispose();
  };
}
