import type { Design } from '../model/index.ts';
import type { EngineClient } from '../worker/engine-client.ts';
import { AnalysisCancelled, runPairs, type PairsJob } from '../worker/analysis-client.ts';
import type { FailableComponent, Failure } from '../engine/impact/types.ts';
import { useDesign } from './design-store.ts';
import { useDiagnostics } from './diagnostics-store.ts';
import { badgesOf, IDLE_PAIRS, pathHighlight, shownResult, useImpact, type ImpactState } from './impact-store.ts';
import { useUi } from './ui-store.ts';
import { nextTask } from './next-task.ts';

/** Edits come in bursts (a drag, typing): the impact follows the design after this quiet time. */
export const DESIGN_DEBOUNCE_MS = 40;

/**
 * Another document, not an edit of this one: New, Open, a template, an import, the undo of one. An
 * operation keeps every record it does not touch, so some partition record is shared by an edit; none by
 * a document that replaced the design.
 */
export function isOtherDocument(prev: Design, next: Design): boolean {
  if (prev.domain === next.domain) return false;
  const a = prev.domain.partitions;
  const b = next.domain.partitions;
  if (a === b) return false;
  const ids = Object.keys(a);
  if (ids.length === 0) return false;
  return !ids.some((id) => b[id] === a[id]);
}

/**
 * Feeds the engine worker from the stores and writes its answers back: the impact of the failures in force
 * (and of a What if) after every change of the failures or of the design, the failable components, the
 * single points of failure while their list is shown, the maintenance rehearsal, and the N-2 analysis in a
 * worker of its own. The canvas and the panels only read the impact store and call its actions.
 */
export function startImpactFeed(client: EngineClient): () => void {
  let seq = 0;
  let failableOf: Design['domain'] | null = null;
  let designTimer: ReturnType<typeof setTimeout> | null = null;
  let started = false;
  let pairsJob: PairsJob | null = null;
  const store = useImpact;
  const notifyError = (what: string, e: unknown) => useUi.getState().notify('error', `${what} failed: ${(e as Error).message}`);

  const failableFor = async (design: Design): Promise<Record<string, FailableComponent>> => {
    if (failableOf === design.domain) return store.getState().failable;
    const list = await client.withDesign(design, (w, id) => w.failable(id));
    const byId: Record<string, FailableComponent> = {};
    for (const c of list) byId[c.id] = c;
    failableOf = design.domain;
    store.getState().set({ failable: byId });
    return byId;
  };

  const refresh = async () => {
    if (!started) return;
    const my = ++seq;
    const design = useDesign.getState().design;
    try {
      const failable = await failableFor(design);
      if (my !== seq) return;
      const s = store.getState();
      // A failure of a component the design no longer has is over (it was deleted or renamed away).
      const gone = s.failures.filter((f) => !failable[f.id]);
      if (gone.length > 0 || (s.whatIf && !failable[s.whatIf])) {
        store.getState().set({ failures: s.failures.filter((f) => failable[f.id]), whatIf: s.whatIf && failable[s.whatIf] ? s.whatIf : null });
        return; // the store change asks again
      }
      const sets: Failure[][] = [s.failures];
      if (s.whatIf) sets.push([...s.failures, { id: s.whatIf }]);
      const restored = s.restored.filter((id) => failable[id]);
      const answer = await client.withDesign(design, (w, id) => w.impact(id, sets, restored));
      if (my !== seq) return;
      // The answer (every partition's verdicts) was copied in this task: the canvas and the panels render in the next.
      await nextTask();
      if (my !== seq) return;
      const [impact, preview] = answer.results;
      const next = { impact: impact ?? null, preview: preview ?? null, whatIf: s.whatIf };
      // A partition whose paths are lit keeps them lit, as they are now.
      const lit = store.getState().highlight;
      const p = lit ? shownResult(next)?.partitions.find((x) => x.partitionId === lit.partitionId) : undefined;
      store.getState().set({
        impact: next.impact, preview: next.preview, durationMs: answer.durationMs, status: 'ready',
        badges: badgesOf(shownResult(next)), highlight: p ? pathHighlight(p) : null,
      });
    } catch (e) {
      if (my !== seq) return;
      store.getState().set({ status: 'failed' });
      notifyError('The impact analysis', e);
    }
  };

  let spSeq = 0;
  const refreshSinglePoints = async () => {
    if (!started || store.getState().tab !== 'single-points') return;
    const my = ++spSeq;
    try {
      const r = await client.withDesign(useDesign.getState().design, (w, id) => w.singlePoints(id));
      if (my === spSeq) store.getState().set({ singlePoints: r.entries });
    } catch (e) { if (my === spSeq) notifyError('The single point of failure analysis', e); }
  };

  let rhSeq = 0;
  const refreshRehearsal = async () => {
    const viosId = store.getState().rehearsalFor;
    if (!started || !viosId) return;
    const my = ++rhSeq;
    try {
      const r = await client.withDesign(useDesign.getState().design, (w, id) => w.rehearse(id, viosId));
      if (my === rhSeq) store.getState().set({ rehearsal: r });
    } catch (e) { if (my === rhSeq) notifyError('The maintenance rehearsal', e); }
  };

  const startPairs = () => {
    pairsJob?.cancel();
    const startedAt = performance.now();
    const job = runPairs(useDesign.getState().design, (progress) => {
      if (pairsJob === job) store.getState().set({ pairs: { ...store.getState().pairs, progress } });
    });
    pairsJob = job;
    job.done.then(
      (entries) => { if (pairsJob === job) store.getState().set({ pairs: { ...IDLE_PAIRS, status: 'done', entries, startedAt, durationMs: performance.now() - startedAt } }); },
      (e: Error) => {
        if (pairsJob !== job) return;
        if (e instanceof AnalysisCancelled) return;
        store.getState().set({ pairs: { ...IDLE_PAIRS, status: 'failed', error: e.message, startedAt } });
      },
    ).finally(() => { if (pairsJob === job) pairsJob = null; });
  };
  const stopPairs = () => {
    const job = pairsJob;
    pairsJob = null;
    job?.cancel();
  };

  const onImpact = (s: ImpactState, prev: ImpactState) => {
    if (s.failures !== prev.failures || s.whatIf !== prev.whatIf || s.restored !== prev.restored) void refresh();
    if (s.tab !== prev.tab && s.tab === 'single-points') void refreshSinglePoints();
    if (s.rehearsalFor !== prev.rehearsalFor) void refreshRehearsal();
    if (s.pairs.status !== prev.pairs.status || s.pairs.startedAt !== prev.pairs.startedAt) {
      if (s.pairs.status === 'running' && s.pairs.startedAt !== prev.pairs.startedAt) startPairs();
      else if ((s.pairs.status === 'cancelled' || s.pairs.status === 'idle') && prev.pairs.status === 'running') stopPairs();
    }
  };
  const unsubImpact = store.subscribe(onImpact);

  const unsubDesign = useDesign.subscribe((s, prev) => {
    if (s.design.domain === prev.design.domain) return;
    if (isOtherDocument(prev.design, s.design)) {
      // Failures belong to the design they were made on.
      stopPairs();
      store.getState().set({
        failures: [], restored: [], whatIf: null, picked: null, preview: null, highlight: null, rehearsalFor: null, rehearsal: null,
        singlePoints: null, pairs: IDLE_PAIRS,
      });
    } else if (store.getState().pairs.status !== 'idle') {
      // The pairs were found on the design before this edit.
      stopPairs();
      store.getState().set({ pairs: IDLE_PAIRS });
    }
    if (designTimer) clearTimeout(designTimer);
    designTimer = setTimeout(() => {
      designTimer = null;
      void refresh();
      void refreshSinglePoints();
      void refreshRehearsal();
    }, DESIGN_DEBOUNCE_MS);
  });

  // The first impact waits until the first validation has sent the design to the worker (and the canvas
  // has been drawn): it then costs no second copy of the design.
  const begin = () => {
    if (started) return;
    started = true;
    unsubDiag();
    void refresh();
    void refreshSinglePoints();
    void refreshRehearsal();
  };
  const unsubDiag = useDiagnostics.subscribe((d) => { if (d.status === 'ready') begin(); });
  const fallback = setTimeout(begin, 3000);
  if (useDiagnostics.getState().status === 'ready') begin();

  return () => {
    clearTimeout(fallback);
    if (designTimer) clearTimeout(designTimer);
    stopPairs();
    unsubImpact();
    unsubDesign();
    unsubDiag();
  };
}
