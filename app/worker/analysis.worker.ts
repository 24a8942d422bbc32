import * as Comlink from 'comlink';
import { analysePairs, buildPathModel } from '../engine/impact/index.ts';
import type { AnalysisProgress, FailureEntry } from '../engine/impact/types.ts';
import type { Design } from '../model/schema/index.ts';

/** Progress is posted at most this often (the main thread redraws a bar, not a list). */
const PROGRESS_EVERY_MS = 100;

/**
 * The N-2 analysis, in a worker of its own: it runs for seconds on a large design, so it must neither hold
 * up validation and Fail (the engine worker) nor need that worker killed to be cancelled. Cancel terminates
 * this worker: the work stops at once, whatever the engine is doing.
 */
const api = {
  pairs(design: Design, onProgress: (p: AnalysisProgress) => void): FailureEntry[] {
    const model = buildPathModel(design);
    let last = 0;
    return analysePairs(model, {
      onProgress: (p) => {
        const now = performance.now();
        if (now - last < PROGRESS_EVERY_MS && p.done < p.total) return;
        last = now;
        void onProgress(p);
      },
    });
  },
};
export type AnalysisWorkerApi = typeof api;
Comlink.expose(api);
