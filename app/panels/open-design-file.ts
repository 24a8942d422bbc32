import { MAX_DESIGN_BYTES, openDesign, type OpenResult } from '../model/index.ts';
import { useDesign } from '../store/design-store.ts';
import { useUi } from '../store/ui-store.ts';
import { importFiles } from './import-export/import-flow.ts';

/** The notice for an opened design: migrated from an older version, and every repair made on the way. */
export function openedNotice(name: string, r: Extract<OpenResult, { ok: true }>): string {
  const migrated = r.migratedFrom !== undefined ? ` (migrated from version ${r.migratedFrom})` : '';
  const repaired = r.repaired?.length ? `; repaired: ${r.repaired.join('; ')}` : '';
  return `Opened ${name}${migrated}${repaired}`;
}

export function refusedNotice(name: string, errors: readonly string[]): string {
  return `Cannot open ${name}: ${errors.slice(0, 3).join('; ')}${errors.length > 3 ? ` (and ${errors.length - 3} more)` : ''}. Your design is unchanged.`;
}

/**
 * Opens a design file (from Open or dropped on the page) through openDesign, as one undo step. The bytes go in
 * as they are, so UTF-8 and UTF-16 files with a byte-order mark open alike. A refused file leaves the design as it was.
 */
export async function openDesignFile(file: File): Promise<boolean> {
  const ui = useUi.getState();
  if (ui.readOnly) { ui.notify('error', 'This shared design is read-only: make a copy to edit before opening another file.'); return false; }
  if (file.size > MAX_DESIGN_BYTES) {
    ui.notify('error', refusedNotice(file.name, [`the file is larger than ${MAX_DESIGN_BYTES / 1024 / 1024} MB`]));
    return false;
  }
  const r = openDesign(new Uint8Array(await file.arrayBuffer()));
  if (!r.ok) { ui.notify('error', refusedNotice(file.name, r.errors)); return false; }
  useDesign.getState().open(r.design);
  ui.select([]);
  ui.notify(r.repaired?.length ? 'info' : 'success', openedNotice(file.name, r));
  return true;
}

const isJson = (f: File) => /\.json$/i.test(f.name) || f.type === 'application/json';
const isText = (f: File) => /\.(txt|out|log)$/i.test(f.name) || f.type === 'text/plain';

/** Files dropped on the page: one .json design opens (like Open); .txt command outputs are imported. */
export async function dropFiles(files: readonly File[]): Promise<void> {
  const ui = useUi.getState();
  const designs = files.filter(isJson);
  const outputs = files.filter((f) => !isJson(f) && isText(f));
  const other = files.filter((f) => !isJson(f) && !isText(f));
  if (other.length > 0) ui.notify('error', `Not opened: ${other.map((f) => f.name).join(', ')}. Drop a .json design file to open it, or .txt command output to import it.`);
  if (designs.length > 1) { ui.notify('error', `Drop one design file at a time (${designs.length} .json files were dropped). Your design is unchanged.`); return; }
  if (designs[0]) { await openDesignFile(designs[0]); return; }
  if (outputs.length > 0) await importFiles(outputs);
}
