import { create } from 'zustand';
import type {
  AnalysisProgress, FailableComponent, Failure, FailureEntry, ImpactResult, MaintenanceRehearsal, PartitionImpact, Verdict,
} from '../engine/impact/types.ts';

/**
 * Failures and their impact: UI state, never part of the design. Nothing here is undoable, autosaved or
 * saved with the design (a failure enters a document only inside a saved scenario). The worker computes
 * every answer; `impact-feed.ts` sends the requests and writes the answers back here.
 */
export type ImpactTab = 'partitions' | 'single-points' | 'pairs' | 'maintenance';

export interface PairsRun {
  status: 'idle' | 'running' | 'done' | 'cancelled' | 'failed';
  progress: AnalysisProgress | null;
  entries: FailureEntry[];
  startedAt: number;
  durationMs: number;
  error: string;
}

export interface PathHighlight { partitionId: string; lost: string[]; surviving: string[] }

export interface ImpactState {
  /** Failures in force, in the order they were made. */
  failures: Failure[];
  /**
   * Components restored after a failure (until Restore all): up again, but an AIX client with
   * hcheck_interval=0 keeps its MPIO path through them Failed until it is re-enabled (the engine says so).
   */
  restored: string[];
  /** A component whose impact is previewed without failing it (What if). */
  whatIf: string | null;
  /** The component named in the picker (acted on instead of the canvas selection while set). */
  picked: string | null;
  /** What can fail in the design on screen (from the worker), by id. */
  failable: Record<string, FailableComponent>;
  /** Impact of the failures in force on the design on screen. */
  impact: ImpactResult | null;
  /** Impact of the failures in force plus the What if component. */
  preview: ImpactResult | null;
  /** Worker time of the last impact, in ms. */
  durationMs: number;
  status: 'idle' | 'computing' | 'ready' | 'failed';
  /** Per client partition: "storage:network" verdicts of what is shown (preview first), for the canvas badges. */
  badges: Record<string, string>;
  highlight: PathHighlight | null;
  singlePoints: FailureEntry[] | null;
  pairs: PairsRun;
  /** The VIOS whose maintenance is rehearsed, and the answer. */
  rehearsalFor: string | null;
  rehearsal: MaintenanceRehearsal | null;
  tab: ImpactTab;

  fail: (id: string, planned?: boolean) => void;
  restore: (id: string) => void;
  restoreAll: () => void;
  setWhatIf: (id: string | null) => void;
  pick: (id: string | null) => void;
  rehearse: (viosId: string | null) => void;
  setTab: (tab: ImpactTab) => void;
  setHighlight: (h: PathHighlight | null) => void;
  /** Starts the N-2 analysis (in a worker of its own) / stops it at once. */
  analysePairs: () => void;
  cancelPairs: () => void;
  /** Written by the feed. */
  set: (patch: Partial<ImpactState>) => void;
}

export const IDLE_PAIRS: PairsRun = { status: 'idle', progress: null, entries: [], startedAt: 0, durationMs: 0, error: '' };

/** "storage:network" of every partition of a result. */
export function badgesOf(result: ImpactResult | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (result) for (const p of result.partitions) out[p.partitionId] = `${p.storage}:${p.network}`;
  return out;
}

export const useImpact = create<ImpactState>()((set, get) => ({
  failures: [],
  restored: [],
  whatIf: null,
  picked: null,
  failable: {},
  impact: null,
  preview: null,
  durationMs: 0,
  status: 'idle',
  badges: {},
  highlight: null,
  singlePoints: null,
  pairs: IDLE_PAIRS,
  rehearsalFor: null,
  rehearsal: null,
  tab: 'partitions',
  fail: (id, planned) => {
    if (get().failures.some((f) => f.id === id)) return;
    const failure: Failure = planned ? { id, planned: true } : { id };
    set({ failures: [...get().failures, failure], restored: get().restored.filter((r) => r !== id), whatIf: null, preview: null, status: 'computing', tab: get().tab === 'maintenance' ? 'partitions' : get().tab });
  },
  restore: (id) => {
    if (!get().failures.some((f) => f.id === id)) return;
    set({ failures: get().failures.filter((f) => f.id !== id), restored: [...get().restored.filter((r) => r !== id), id], status: 'computing' });
  },
  restoreAll: () => {
    if (get().failures.length === 0 && !get().whatIf && get().restored.length === 0) return;
    set({ failures: [], restored: [], whatIf: null, preview: null, status: 'computing' });
  },
  setWhatIf: (id) => set({ whatIf: id, preview: null, ...(id ? { status: 'computing' as const, tab: 'partitions' as const } : { badges: badgesOf(get().impact) }) }),
  pick: (id) => set({ picked: id }),
  rehearse: (viosId) => set({ rehearsalFor: viosId, rehearsal: null, ...(viosId ? { tab: 'maintenance' as const } : {}) }),
  setTab: (tab) => set({ tab }),
  setHighlight: (highlight) => set({ highlight }),
  analysePairs: () => set({ pairs: { ...IDLE_PAIRS, status: 'running', startedAt: performance.now() }, tab: 'pairs' }),
  cancelPairs: () => { if (get().pairs.status === 'running') set({ pairs: { ...get().pairs, status: 'cancelled' } }); },
  set: (patch) => set(patch),
}));

/** The failure of a component in force, if any. */
export const failureOf = (s: Pick<ImpactState, 'failures'>, id: string): Failure | undefined => s.failures.find((f) => f.id === id);

/** The result the panel and the badges show: the What if preview while there is one. */
export const shownResult = (s: Pick<ImpactState, 'impact' | 'preview' | 'whatIf'>): ImpactResult | null => (s.whatIf ? s.preview ?? s.impact : s.impact);

/**
 * The failable component an element of the canvas stands for: the component with that id (a VIOS, a
 * frame, a port, a fabric ...), else the first whose drawn elements include it.
 */
export function componentFor(failable: Readonly<Record<string, FailableComponent>>, elementId: string): FailableComponent | null {
  const own = failable[elementId];
  if (own) return own;
  for (const c of Object.values(failable)) if (c.elementIds.includes(elementId)) return c;
  return null;
}

export const VERDICT_CLASS: Record<Verdict, string> = { OK: 'verdict-ok', Degraded: 'verdict-degraded', Outage: 'verdict-outage' };

/** The design records on a partition's lost paths and on the paths that carry it now. */
export function pathHighlight(p: PartitionImpact): PathHighlight {
  const lost = new Set<string>();
  const surviving = new Set<string>();
  for (const s of p.services) {
    for (const id of s.lostElementIds) lost.add(id);
    for (const id of s.survivingElementIds) surviving.add(id);
  }
  return { partitionId: p.partitionId, lost: [...lost], surviving: [...surviving] };
}
