import type { Design } from '../model/index.ts';
import { openDesign, saveDesign } from '../model/index.ts';

/** The localStorage key of the autosave before it moved to IndexedDB (read once, migrated, removed). */
export const LEGACY_AUTOSAVE_KEY = 'powervm-designer:autosave';
/** The key of the autosaved design in the autosave store. */
export const AUTOSAVE_KEY = 'design';
/** Damaged autosaves are kept aside under keys starting with this (and the time they were found). */
export const DAMAGED_PREFIX = 'damaged:';

/** Where the autosave lives: IndexedDB in the browser (autosave-idb.ts), a Map in tests. Values are JSON text. */
export interface AutosaveStore {
  read(key: string): Promise<unknown>;
  write(key: string, text: string): Promise<void>;
  remove(key: string): Promise<void>;
}

/** The part of localStorage the migration needs. */
export interface LegacyStore { getItem(k: string): string | null; removeItem(k: string): void }

export type AutosaveLoad =
  | { state: 'none' }
  | { state: 'ok'; design: Design; migrated: boolean }
  /** The stored text could not be opened: it was moved to `keptAs` (never overwritten) and is offered for download. */
  | { state: 'damaged'; text: string; errors: string[]; keptAs: string }
  | { state: 'unavailable'; error: string };

export function memoryAutosaveStore(): AutosaveStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    read: async (k) => data.get(k),
    write: async (k, v) => { data.set(k, v); },
    remove: async (k) => { data.delete(k); },
  };
}

const describe = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/**
 * Reads the autosaved design through openDesign (the same strict path as every other way in). A
 * localStorage autosave of an earlier version is moved into the store once. A text that does not open
 * is moved aside under a key of its own, so the next autosave cannot overwrite it.
 */
export async function loadAutosave(store: AutosaveStore, legacy?: LegacyStore, now = new Date()): Promise<AutosaveLoad> {
  let stored: unknown;
  let migrated = false;
  try {
    stored = await store.read(AUTOSAVE_KEY);
    // The localStorage copy is either an earlier version's autosave (the store is then empty) or the copy written
    // synchronously while the page unloaded with a write still pending (`unloadCopy`): newer than the store's.
    const old = legacy?.getItem(LEGACY_AUTOSAVE_KEY) ?? null;
    if (old !== null) {
      migrated = stored === undefined;
      await store.write(AUTOSAVE_KEY, old);
      stored = old;
      legacy!.removeItem(LEGACY_AUTOSAVE_KEY);
    }
  } catch (e) {
    return { state: 'unavailable', error: describe(e) };
  }
  if (stored === undefined) return { state: 'none' };
  const text = typeof stored === 'string' ? stored : JSON.stringify(stored) ?? String(stored);
  const r = typeof stored === 'string' ? openDesign(text) : { ok: false as const, errors: [`The stored value is a ${typeof stored}, not JSON text`] };
  if (r.ok) return { state: 'ok', design: r.design, migrated };
  const keptAs = `${DAMAGED_PREFIX}${now.toISOString()}`;
  try {
    await store.write(keptAs, text);
    await store.remove(AUTOSAVE_KEY);
  } catch (e) {
    return { state: 'unavailable', error: `the damaged autosave could not be kept aside (${describe(e)})` };
  }
  return { state: 'damaged', text, errors: r.errors, keptAs };
}

export interface Autosaver {
  /** Writes a pending design now; resolves when it is stored. */
  flush: () => Promise<void>;
  /**
   * While the page unloads an IndexedDB write is not sure to finish: a pending design is also handed, as text,
   * to `write` at once (localStorage.setItem, synchronous), and read back first on the next load. A design too
   * large for it (`write` throws) relies on the flush alone.
   */
  unloadCopy: (write: (text: string) => void) => void;
  /** Flushes and stops listening. */
  stop: () => Promise<void>;
}

/**
 * Writes the design after a short pause in editing, and at once when the page is hidden or closed.
 * Writes run one after another in the order they were asked for; a failure is reported once until a
 * write succeeds again.
 */
export function startAutosave(
  subscribe: (fn: (d: Design) => void) => () => void,
  store: AutosaveStore,
  onError: (message: string) => void,
  delayMs = 300,
): Autosaver {
  let pending: Design | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let warned = false;
  let last: Promise<void> = Promise.resolve();
  const flush = (): Promise<void> => {
    if (timer) { clearTimeout(timer); timer = null; }
    if (!pending) return last;
    const design = pending;
    pending = null;
    last = last.then(async () => {
      try {
        await store.write(AUTOSAVE_KEY, saveDesign(design));
        warned = false;
      } catch (e) {
        if (!warned) onError(`Autosave failed (${e instanceof Error ? e.name : String(e)}): save the design to a file to keep your work.`);
        warned = true;
      }
    });
    return last;
  };
  const unsubscribe = subscribe((d) => {
    pending = d;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), delayMs);
  });
  const unloadCopy = (write: (text: string) => void): void => {
    if (pending) {
      try { write(saveDesign(pending)); } catch { /* too large for it: the flush below must do */ }
    }
    void flush();
  };
  return { flush, unloadCopy, stop: async () => { await flush(); unsubscribe(); } };
}
