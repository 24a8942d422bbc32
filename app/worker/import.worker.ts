import '../no-eval.ts';
import * as Comlink from 'comlink';
import { importTexts, type ImportInput } from '../io/import/index.ts';

/** The import worker: parsing and merging command outputs off the main thread (a big listing takes seconds). */
const api = {
  importTexts: (inputs: ImportInput[]) => importTexts(inputs),
};
export type ImportWorkerApi = typeof api;
Comlink.expose(api);
