import { create } from 'zustand';
import { decodeTextBytes } from '../../model/index.ts';
import type { ImportInput, ImportResult } from '../../io/import/index.ts';
import { runImport, type ImportJob } from '../../worker/import-client.ts';
import { linesIn } from '../../io/import/progress.ts';
import { useDesign } from '../../store/design-store.ts';
import { useUi } from '../../store/ui-store.ts';

/**
 * The import of command outputs, step by step: read files, parse and merge them in the import worker,
 * lay the result out with ELK in the layout worker, then show a report; only "Open as new design"
 * touches the user's design (as one undo step).
 */
export type ImportPhase =
  | { step: 'idle' }
  | { step: 'paste' }
  | { step: 'running'; stage: 'reading' | 'parsing' | 'merging' | 'assembling'; files: number; lines: number; startedAt: number; fraction?: number }
  | { step: 'report'; result: ImportResult };

interface ImportFlow { phase: ImportPhase }
export const useImportFlow = create<ImportFlow>(() => ({ phase: { step: 'idle' } }));

/** Command outputs are text (a million lines of lsmap are about 50 MB): a bigger file is almost surely the wrong one. */
export const MAX_FILE_BYTES = 96 * 1024 * 1024;

const set = (phase: ImportPhase) => useImportFlow.setState({ phase });
let job: ImportJob | null = null;
let run = 0;

const countLines = (inputs: ImportInput[]) => inputs.reduce((n, i) => n + linesIn(i.text), 0);

export const openPaste = (): void => set({ step: 'paste' });

/** Reads the chosen files and imports them together. */
export async function importFiles(files: File[]): Promise<void> {
  const tooBig = files.filter((f) => f.size > MAX_FILE_BYTES);
  if (tooBig.length) {
    useUi.getState().notify('error', `${tooBig.map((f) => f.name).join(', ')}: larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, not imported. Your design is unchanged.`);
    files = files.filter((f) => f.size <= MAX_FILE_BYTES);
  }
  if (!files.length) return;
  const mine = ++run;
  set({ step: 'running', stage: 'reading', files: files.length, lines: 0, startedAt: Date.now() });
  try {
    const inputs = await Promise.all(files.map(async (f) => ({ name: f.name, text: decodeTextBytes(new Uint8Array(await f.arrayBuffer())) })));
    if (mine === run) await importInputs(inputs);
  } catch (e) {
    if (mine !== run) return;
    set({ step: 'idle' });
    useUi.getState().notify('error', `The files could not be read: ${(e as Error).message}. Your design is unchanged.`);
  }
}

/** Parses and merges texts in the import worker (which lays the result out), then shows the report. */
export async function importInputs(inputs: ImportInput[]): Promise<void> {
  const mine = ++run;
  const base = { files: inputs.length, lines: countLines(inputs), startedAt: Date.now() };
  set({ step: 'running', stage: 'parsing', ...base });
  try {
    const importJob = runImport(inputs, (p) => {
      if (mine === run && useImportFlow.getState().phase.step === 'running') set({ step: 'running', stage: p.stage, ...base, fraction: p.fraction });
    });
    job = importJob;
    const result = await importJob.result;
    if (mine !== run) return;
    // The importer lays the design out itself (the layered placement of app/model/layout/tidy.ts).
    set({ step: 'report', result });
  } catch (e) {
    if (mine !== run) return;
    set({ step: 'idle' });
    const msg = (e as Error).message;
    useUi.getState().notify(msg === 'cancelled' ? 'info' : 'error', msg === 'cancelled' ? 'Import cancelled; your design is unchanged' : `The import failed: ${msg}. Your design is unchanged.`);
  } finally {
    if (mine === run) job = null;
  }
}

/** Stops the running step: the worker is ended and the design stays as it was. */
export function cancelImport(): void {
  const j = job;
  job = null;
  j?.cancel();
  run++;
  set({ step: 'idle' });
  useUi.getState().notify('info', 'Import cancelled; your design is unchanged');
}

/** Opens the imported design in place of the current one (Undo returns to it) and frames it. */
export function openImported(): void {
  const { phase } = useImportFlow.getState();
  if (phase.step !== 'report') return;
  const { design } = phase.result;
  useDesign.getState().open(design);
  const ui = useUi.getState();
  ui.focus(Object.keys(design.domain.systems));
  ui.select([]);
  ui.notify('success', `Imported ${Object.keys(design.domain.partitions).length} partitions (Undo returns to the previous design)`);
  set({ step: 'idle' });
}

export const closeImport = (): void => { run++; set({ step: 'idle' }); };
