import '../no-eval.ts';
import * as Comlink from 'comlink';
import { importTexts, type ImportInput } from '../io/import/index.ts';
import { listenToLines } from '../io/import/report.ts';
import { type ImportProgress, PASSES, linesIn, progressOf } from '../io/import/progress.ts';

/** The import worker: parsing and merging command outputs off the main thread (a big listing takes seconds). */
const api = {
  importTexts: (inputs: ImportInput[], onProgress?: (p: ImportProgress) => void) => {
    const total = PASSES * inputs.reduce((n, i) => n + linesIn(i.text), 0);
    let walked = 0;
    let sent = -1;
    const send = (p: ImportProgress) => {
      if (!onProgress || p.fraction - sent < 0.01) return;
      sent = p.fraction;
      void onProgress(p);
    };
    listenToLines((n) => { walked += n; send(progressOf('parsing', walked, total)); });
    try {
      return importTexts(inputs, (stage) => send(progressOf(stage, walked, total)));
    } finally {
      listenToLines(null);
    }
  },
};
export type ImportWorkerApi = typeof api;
Comlink.expose(api);
