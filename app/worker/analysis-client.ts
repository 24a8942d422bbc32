import * as Comlink from 'comlink';
import type { Design } from '../model/schema/index.ts';
import type { AnalysisProgress, FailureEntry } from '../engine/impact/types.ts';
import type { AnalysisWorkerApi } from './analysis.worker.ts';

export class AnalysisCancelled extends Error {}

export interface PairsJob {
  done: Promise<FailureEntry[]>;
  /** Stops the analysis at once: its worker is terminated (a synchronous loop cannot read a flag set from outside). */
  cancel: () => void;
}

/** The rules never read positions: the layout stays behind. */
const NO_LAYOUT = { nodes: {} };

/**
 * Runs the N-2 analysis of `design` in a worker started for it and ended with it. Progress comes back
 * through a comlink callback while the analysis runs; Cancel terminates the worker.
 */
export function runPairs(design: Design, onProgress: (p: AnalysisProgress) => void): PairsJob {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'analysis' });
  const remote = Comlink.wrap<AnalysisWorkerApi>(worker);
  let settle: ((e: Error) => void) | null = null;
  const stopped = new Promise<never>((_, reject) => { settle = reject; });
  worker.addEventListener('error', (e) => {
    e.preventDefault();
    settle?.(new Error(`the analysis worker crashed (${e.message || 'error'})`));
  });
  const done = Promise.race([remote.pairs({ ...design, layout: NO_LAYOUT }, Comlink.proxy(onProgress)), stopped])
    .finally(() => worker.terminate());
  return {
    done,
    cancel: () => {
      worker.terminate();
      settle?.(new AnalysisCancelled('cancelled'));
    },
  };
}
