import * as Comlink from 'comlink';
import type { ImportInput, ImportResult } from '../io/import/index.ts';
import type { ImportProgress } from '../io/import/progress.ts';
import type { ImportWorkerApi } from './import.worker.ts';

/** An import running in its own worker; cancel() terminates the worker at once, so nothing is left running. */
export interface ImportJob { result: Promise<ImportResult>; cancel: () => void }

export class ImportCancelled extends Error {
  constructor() { super('cancelled'); }
}

/** Runs importTexts in a fresh worker (one per job, ended when the job settles or is cancelled). */
export function runImport(inputs: ImportInput[], onProgress?: (p: ImportProgress) => void): ImportJob {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
  const remote = Comlink.wrap<ImportWorkerApi>(worker);
  let reject: ((e: Error) => void) | null = null;
  const failed = new Promise<never>((_, rej) => { reject = rej; });
  worker.addEventListener('error', (e) => {
    e.preventDefault();
    reject?.(new Error(`the import worker crashed (${e.message || 'error'})`));
  });
  const result = Promise.race([remote.importTexts(inputs, onProgress ? Comlink.proxy(onProgress) : undefined), failed]).finally(() => {
    reject = null;
    remote[Comlink.releaseProxy]();
    worker.terminate();
  });
  return {
    result,
    cancel: () => {
      const r = reject;
      reject = null;
      worker.terminate();
      r?.(new ImportCancelled());
    },
  };
}
