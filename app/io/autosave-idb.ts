import { createStore, del, get, set } from 'idb-keyval';
import type { AutosaveStore } from './autosave.ts';

/** The IndexedDB database and object store of the autosave (browser only). */
export const AUTOSAVE_DB = 'powervm-designer';
export const AUTOSAVE_STORE = 'autosave';

/**
 * The autosave in IndexedDB through idb-keyval: no size limit worth the name (localStorage holds about
 * 5 million characters, less than a 1,000-partition design).
 */
export function idbAutosaveStore(): AutosaveStore {
  const store = createStore(AUTOSAVE_DB, AUTOSAVE_STORE);
  return {
    read: (key) => get(key, store),
    write: (key, text) => set(key, text, store),
    remove: (key) => del(key, store),
  };
}

let shared: AutosaveStore | null = null;
/** The app's one autosave store. */
export const appAutosaveStore = (): AutosaveStore => (shared ??= idbAutosaveStore());
