import { create } from 'zustand';
import type { SimTopology } from '../engine/sim/session.ts';
import type { SimAction, SimEvent, SimFrame, SimMechanism } from '../engine/sim/types.ts';

/**
 * The timed simulation as the UI sees it: the ONLY place the canvas and the panels read simulation state from. UI
 * state, never part of the design (not undoable, not autosaved); only a saved scenario enters the document.
 * `simulation-feed.ts` drives the clock in requestAnimationFrame, asks the simulation worker for the frame at the
 * clock and writes the answers here; components read with narrow selectors and call the actions.
 *
 * Shape (stable; the animation layer and presentation mode build on it):
 *   status        'off' (no simulation) | 'paused' | 'playing'
 *   clockMs       the simulated clock shown, ms from the start (moves ten times a second while playing)
 *   clockAt       while playing, the page's performance.now() at which clockMs was the clock (the I/O animation's
 *                 drawing moves the clock on from there between two steps)
 *   horizonMs     the furthest the clock has been since the recording last changed: the scrubber's end
 *   speed         1..60 simulated seconds per real second
 *   frame         the worker's SimFrame at (about) the clock, or null while off or before the first answer:
 *                 frame.t, per component (componentIds order) linkState / linkLoad / linkUtilisation, per client
 *                 partition (partitionIds order) storage / network (0 OK 1 Degraded 2 Outage 3 failing over), per path
 *                 (paths order) pathState, and eventCount: events[i] with i < frame.eventCount have happened at the
 *                 frame's time, the rest lie ahead of it (the scrubber went back)
 *   settled       no timer runs and no action waits at the frame's time
 *   paths         PathInfo per path of every mechanism (unit, mechanism, partitionIds, through, via, elementIds)
 *   componentIds / componentNames / componentKinds / componentElementIds
 *                 the path model's failable components in frame order; componentElementIds[i] are the design records
 *                 drawn for component i (colour them by frame.linkState[i])
 *   partitionIds / partitionNames   the client partitions in frame order
 *   topologyVersion                 bumped whenever the arrays above are replaced (a new design)
 *   events        every SimEvent known up to horizonMs, in order
 *   actions       the recording: timed actions (fail / restore / shutdown / standby / auto at atMs), user's or a scenario's
 *   actionsVersion  bumped whenever `actions` changes
 *   scenarioId    the saved scenario the recording was loaded from (null when recorded by hand)
 *   filter        the event list's filter (partition id, mechanism)
 *   selectedEvent index in `events` of the event chosen in the list (null)
 *   busy          a request is out to the worker; refused: actions the simulation refused (sentences); error
 *
 * Actions: play(), pause(), step() (to the next event), seek(ms), setSpeed(n), apply(action) (adds to the recording at
 * its time), reset() (clock to 0, empty recording), turnOff(), load(actions, scenarioId) (a scenario to replay from 0),
 * setFilter(f), selectEvent(i).
 */
export type SimStatus = 'off' | 'paused' | 'playing';
export interface SimEventFilter { partitionId: string | null; mechanism: SimMechanism | null }

export const MIN_SPEED = 1;
export const MAX_SPEED = 60;

/** The session's topology (what the UI maps once per design) and its version. */
export interface SimTopologyState extends SimTopology {
  topologyVersion: number;
}

export interface SimulationState extends SimTopologyState {
  status: SimStatus;
  clockMs: number;
  clockAt: number;
  horizonMs: number;
  speed: number;
  frame: SimFrame | null;
  settled: boolean;
  events: SimEvent[];
  actions: SimAction[];
  actionsVersion: number;
  scenarioId: string | null;
  /** Bumped by step(): the feed asks the worker for the next event. */
  stepSeq: number;
  filter: SimEventFilter;
  selectedEvent: number | null;
  busy: boolean;
  refused: string[];
  error: string | null;

  play: () => void;
  pause: () => void;
  step: () => void;
  seek: (ms: number) => void;
  setSpeed: (n: number) => void;
  apply: (action: SimAction) => void;
  reset: () => void;
  turnOff: () => void;
  load: (actions: SimAction[], scenarioId: string | null) => void;
  setFilter: (f: Partial<SimEventFilter>) => void;
  selectEvent: (i: number | null) => void;
  /** Written by the feed. */
  set: (patch: Partial<SimulationState>) => void;
}

export const EMPTY_TOPOLOGY: SimTopologyState = {
  paths: [], componentIds: [], componentNames: [], componentKinds: [], componentElementIds: [], partitionIds: [], partitionNames: [], topologyVersion: 0,
};

const on = (s: SimStatus): SimStatus => (s === 'off' ? 'paused' : s);

export const useSimulation = create<SimulationState>()((set, get) => ({
  ...EMPTY_TOPOLOGY,
  status: 'off',
  clockMs: 0,
  clockAt: 0,
  horizonMs: 0,
  speed: 1,
  frame: null,
  settled: true,
  events: [],
  actions: [],
  actionsVersion: 0,
  scenarioId: null,
  stepSeq: 0,
  filter: { partitionId: null, mechanism: null },
  selectedEvent: null,
  busy: false,
  refused: [],
  error: null,

  play: () => set({ status: 'playing', clockAt: performance.now() }),
  pause: () => { if (get().status === 'playing') set({ status: 'paused' }); },
  step: () => set({ status: 'paused', stepSeq: get().stepSeq + 1 }),
  seek: (ms) => {
    const clockMs = Math.max(0, Math.round(Number.isFinite(ms) ? ms : 0));
    set({ clockMs, horizonMs: Math.max(get().horizonMs, clockMs), status: on(get().status) });
  },
  setSpeed: (n) => set({ speed: Math.min(MAX_SPEED, Math.max(MIN_SPEED, Math.round(Number.isFinite(n) ? n : 1))) }),
  apply: (action) => {
    const s = get();
    const atMs = Math.max(0, Math.round(action.atMs));
    // What was known after this moment is recomputed under the new recording.
    set({
      actions: [...s.actions, { ...action, atMs }], actionsVersion: s.actionsVersion + 1, status: on(s.status),
      events: s.events.filter((e) => e.t < atMs), horizonMs: Math.max(s.clockMs, Math.min(s.horizonMs, atMs)), selectedEvent: null,
    });
  },
  reset: () => {
    const s = get();
    set({
      clockMs: 0, horizonMs: 0, events: [], actions: [], actionsVersion: s.actionsVersion + 1, scenarioId: null, selectedEvent: null,
      refused: [], status: s.status === 'playing' ? 'paused' : s.status,
    });
  },
  turnOff: () => set({
    status: 'off', clockMs: 0, horizonMs: 0, frame: null, events: [], actions: [], actionsVersion: get().actionsVersion + 1,
    scenarioId: null, selectedEvent: null, refused: [], busy: false, settled: true,
  }),
  load: (actions, scenarioId) => set({
    actions: actions.map((a) => ({ ...a })), actionsVersion: get().actionsVersion + 1, scenarioId, clockMs: 0, horizonMs: 0, events: [],
    selectedEvent: null, refused: [], status: 'paused',
  }),
  setFilter: (f) => set({ filter: { ...get().filter, ...f } }),
  selectEvent: (selectedEvent) => set({ selectedEvent }),
  set: (patch) => set(patch),
}));

/** The events the list shows (indexes into `events`), by the filter. */
export function filteredEvents(events: readonly SimEvent[], filter: SimEventFilter): number[] {
  const out: number[] = [];
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (filter.mechanism && e.mechanism !== filter.mechanism) continue;
    if (filter.partitionId && !e.partitionIds.includes(filter.partitionId)) continue;
    out.push(i);
  }
  return out;
}

/** The design records an event speaks of: its components' drawn records and its partitions (for the canvas selection). */
export function eventElementIds(s: Pick<SimTopologyState, 'componentIds' | 'componentElementIds'>, e: SimEvent): string[] {
  const ids = new Set<string>();
  for (const c of e.componentIds) {
    const i = s.componentIds.indexOf(c);
    if (i >= 0) for (const el of s.componentElementIds[i]!) ids.add(el);
    else if (!c.includes(':')) ids.add(c);
  }
  for (const p of e.partitionIds) ids.add(p);
  return [...ids];
}

/** A saved scenario's steps (`at` in seconds) as the simulation's actions, and back. */
export const actionsOfSteps = (steps: readonly { at: number; action: SimAction['action']; targetId: string }[]): SimAction[] =>
  steps.map((e) => ({ atMs: Math.round(e.at * 1000), action: e.action, targetId: e.targetId }));
export const stepsOfActions = (actions: readonly SimAction[]): { at: number; action: SimAction['action']; targetId: string }[] =>
  actions.map((a) => ({ at: Math.round(a.atMs) / 1000, action: a.action, targetId: a.targetId }));
