import { useDesign } from './store/design-store.ts';
import { useDiagnostics } from './store/diagnostics-store.ts';
import { useImpact } from './store/impact-store.ts';
import { useSimulation } from './store/simulation-store.ts';
import { useLpm } from './store/lpm-store.ts';
import { updatePartition } from './model/index.ts';
// Benchmark mode's code and the generator are one chunk of their own: no user loads them (see bootstrap.ts).
import { generateBenchDesign } from './model/generate.ts';


/**
 * Benchmark mode: opens a generated design of N client LPARs without reading or writing the user's
 * autosave, and exposes the hooks the benchmark drives (an edit whose diagnostics latency is timed).
 */
export async function openBenchDesign(n: number): Promise<void> {
  performance.mark('bench:generate-start');
  const design = generateBenchDesign(n);
  performance.mark('bench:generated');
  useDesign.getState().replace(design);
  const settledAt = new Promise<number>((resolve) => {
    const settled = () => {
      const d = useDiagnostics.getState();
      const frames = Object.keys(useDesign.getState().design.domain.systems).length;
      const impact = useImpact.getState().status;
      return d.resultRevision >= d.designRevision && (impact === 'ready' || impact === 'idle')
        && (frames < 2 || useLpm.getState().status === 'ready');
    };
    // Checked when one of the stores it reads changes (no timer during the load being measured).
    const stores = [useDiagnostics, useImpact, useLpm];
    let unsubs: (() => void)[] = [];
    const check = () => {
      if (!settled()) return;
      for (const u of unsubs) u();
      unsubs = [];
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
    };
    unsubs = stores.map((s) => s.subscribe(check));
    check();
  });
  let edits = 0;
  Object.assign(window, {
    /** Applies one edit to the domain and resolves with the ms until the diagnostics for it are shown. */
    __benchEdit: () => new Promise<number>((resolve) => {
      const t0 = performance.now();
      // A domain edit (the memory of one client), so the whole design is validated again.
      const client = Object.values(useDesign.getState().design.domain.partitions).find((p) => p.kind !== 'vios')!;
      useDesign.getState().apply(updatePartition, { id: client.id, patch: { memory: { ...client.memory, desiredMB: ++edits % 2 ? 8448 : 8192 } } });
      const target = useDiagnostics.getState().designRevision;
      const unsub = useDiagnostics.subscribe((s) => {
        if (s.resultRevision >= target) { unsub(); requestAnimationFrame(() => resolve(performance.now() - t0)); }
      });
    }),
    /**
     * Fails the first VIOS (or restores it when it is failed), as the Fail button does, and resolves with the
     * ms until the impact is in the store and a frame is due, and the worker's time for the impact itself.
     */
    __benchFail: () => new Promise<{ ms: number; workerMs: number }>((resolve) => {
      const vios = Object.values(useDesign.getState().design.domain.partitions).find((p) => p.kind === 'vios')!;
      const s = useImpact.getState();
      const failing = !s.failures.some((f) => f.id === vios.id);
      const t0 = performance.now();
      if (failing) s.fail(vios.id); else s.restore(vios.id);
      const unsub = useImpact.subscribe((st) => {
        if (st.status !== 'ready' || !st.impact || st.impact.failed.includes(vios.id) !== failing) return;
        unsub();
        requestAnimationFrame(() => resolve({ ms: performance.now() - t0, workerMs: st.durationMs }));
      });
    }),
    /**
     * Plays a scenario from t+0 at `speed` (the first VIOS fails at t+2 s and is back at t+60 s) and resolves once
     * the simulation's first frame is in (the playback benchmark then counts frames drawn and long tasks).
     */
    __benchPlay: (speed = 10) => new Promise<void>((resolve) => {
      const vios = Object.values(useDesign.getState().design.domain.partitions).find((p) => p.kind === 'vios')!;
      const sim = useSimulation.getState();
      sim.load([{ atMs: 2000, action: 'fail', targetId: vios.id }, { atMs: 60_000, action: 'restore', targetId: vios.id }], null);
      sim.setSpeed(speed);
      sim.play();
      const done = () => { if (useSimulation.getState().frame && useSimulation.getState().paths.length > 0) { unsub(); resolve(); return true; } return false; };
      const unsub = useSimulation.subscribe(() => { done(); });
      done();
    }),
    __benchPause: () => useSimulation.getState().pause(),
    /**
     * Resolves with the performance.now() at which what follows the first picture was first done: the diagnostics
     * of the design shown, its impact and (with two frames or more) its LPM readiness computed, and two frames drawn
     * since (watched from the design's opening, whenever this is called).
     */
    __benchSettled: () => settledAt,
  });
}
