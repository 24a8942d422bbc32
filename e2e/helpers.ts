import { expect, type Page } from '@playwright/test';

/** Opens the app with a clean autosave (first start) and waits until the canvas shows nodes. */
export async function openFresh(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await clearAutosave(page);
  await page.goto(path);
  await waitForCanvas(page);
}

/** The app's autosave: IndexedDB database, object store and key (app/io/autosave-idb.ts, autosave.ts). */
const IDB = { db: 'powervm-designer', store: 'autosave', key: 'design' };

/** Empties localStorage and the autosave database. */
export async function clearAutosave(page: Page): Promise<void> {
  await page.evaluate(async (db) => {
    localStorage.clear();
    await new Promise<void>((resolve) => { const r = indexedDB.deleteDatabase(db); r.onsuccess = r.onerror = r.onblocked = () => resolve(); });
  }, IDB.db);
}

/** Runs fn on the autosave object store of the page (created when missing, as idb-keyval does). */
async function withAutosaveStore<T>(page: Page, op: 'read' | 'write' | 'keys', key: string, value?: unknown): Promise<T> {
  return page.evaluate(async ({ idb, op, key, value }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(idb.db);
      r.onupgradeneeded = () => r.result.createObjectStore(idb.store);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    try {
      const tx = db.transaction(idb.store, op === 'write' ? 'readwrite' : 'readonly');
      const store = tx.objectStore(idb.store);
      const req: IDBRequest = op === 'read' ? store.get(key) : op === 'keys' ? store.getAllKeys() : store.put(value, key);
      return await new Promise<T>((resolve, reject) => { req.onsuccess = () => resolve(req.result as T); req.onerror = () => reject(req.error); });
    } finally { db.close(); }
  }, { idb: IDB, op, key, value });
}

/** The autosaved JSON text (undefined when nothing is saved). */
export const readAutosave = (page: Page, key = IDB.key): Promise<string | undefined> => withAutosaveStore(page, 'read', key);
/** Puts a value into the autosave store (to test what the app does with it on the next load). */
export const writeAutosave = (page: Page, value: unknown, key = IDB.key): Promise<void> => withAutosaveStore(page, 'write', key, value);
/** Every key in the autosave store. */
export const autosaveKeys = (page: Page): Promise<string[]> => withAutosaveStore(page, 'keys', '');
/** The name of the autosaved design, or null. */
export const autosavedName = async (page: Page): Promise<string | null> => {
  const t = await readAutosave(page);
  return t ? (JSON.parse(t) as { name: string }).name : null;
};

export async function waitForCanvas(page: Page): Promise<void> {
  await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 20_000 });
}

/** Collects console errors and page errors so a test can assert there were none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return errors;
}
