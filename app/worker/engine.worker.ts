import '../no-eval.ts';
import * as Comlink from 'comlink';
import { createEngineApi } from '../engine/api.ts';

/** The validation worker: the engine's API through comlink, plus a way to test recovery from a hang. */
const api = {
  ...createEngineApi(),
  /** Blocks the worker (used by tests and the debug hook to check that the app recovers). */
  hang(ms: number): void {
    const end = Date.now() + ms;
    while (Date.now() < end) { /* busy */ }
  },
};
export type EngineWorkerApi = typeof api;
Comlink.expose(api);
