import { create } from 'zustand';
import type { Diagnostic, Severity } from '../engine/rules/types.ts';

export type EngineStatus = 'starting' | 'checking' | 'ready' | 'restarting' | 'failed';

export interface ElementBadge { count: number; worst: Severity }

interface DiagnosticsState {
  /** Revision of the design now on screen. */
  designRevision: number;
  /** Revision the diagnostics below were computed for. */
  resultRevision: number;
  status: EngineStatus;
  diagnostics: Diagnostic[];
  suppressed: Diagnostic[];
  counts: Record<Severity, number>;
  durationMs: number;
  /** Per element: "error:2" style summaries (strings, so node components re-render only when theirs changes). */
  badges: Record<string, string>;
  setResult: (r: { revision: number; diagnostics: Diagnostic[]; suppressed: Diagnostic[]; counts: Record<Severity, number>; durationMs: number }) => void;
  setStatus: (s: EngineStatus) => void;
  bumpRevision: () => number;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function badgesOf(diagnostics: readonly Diagnostic[]): Record<string, string> {
  const acc = new Map<string, ElementBadge>();
  for (const d of diagnostics) {
    for (const id of d.elementIds) {
      const b = acc.get(id);
      if (!b) acc.set(id, { count: 1, worst: d.severity });
      else { b.count++; if (RANK[d.severity] > RANK[b.worst]) b.worst = d.severity; }
    }
  }
  const out: Record<string, string> = {};
  for (const [id, b] of acc) out[id] = `${b.worst}:${b.count}`;
  return out;
}

export const useDiagnostics = create<DiagnosticsState>()((set, get) => ({
  designRevision: 0,
  resultRevision: -1,
  status: 'starting',
  diagnostics: [],
  suppressed: [],
  counts: { error: 0, warning: 0, info: 0 },
  durationMs: 0,
  badges: {},
  setResult: (r) => {
    if (r.revision !== get().designRevision) return; // an old answer is never shown as current
    set({ resultRevision: r.revision, diagnostics: r.diagnostics, suppressed: r.suppressed, counts: r.counts, durationMs: r.durationMs, badges: badgesOf(r.diagnostics), status: 'ready' });
  },
  setStatus: (status) => set({ status }),
  bumpRevision: () => { const n = get().designRevision + 1; set({ designRevision: n, status: 'checking' }); return n; },
}));
