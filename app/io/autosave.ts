import type { Design } from '../model/index.ts';
import { openDesign, saveDesign } from '../model/index.ts';

export const AUTOSAVE_KEY = 'powervm-designer:autosave';

/** Minimal storage interface (localStorage in the browser, a Map in tests). */
export interface KeyValueStore { getItem(k: string): string | null; setItem(k: string, v: string): void; removeItem(k: string): void }

export function loadAutosave(store: KeyValueStore): Design | null {
  const text = store.getItem(AUTOSAVE_KEY);
  if (!text) return null;
  const r = openDesign(text);
  return r.ok ? r.design : null;
}

/**
 * Writes the design after a short pause in editing, and at once when the page is hidden or closed.
 * Returns a function that flushes pending work and stops.
 */
export function startAutosave(
  subscribe: (fn: (d: Design) => void) => () => void,
  store: KeyValueStore,
  onError: (message: string) => void,
  delayMs = 300,
): { flush: () => void; stop: () => void } {
  let pending: Design | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let warned = false;
  const flush = () => {
    if (timer) { clearTimeout(timer); timer = null; }
    if (!pending) return;
    try {
      store.setItem(AUTOSAVE_KEY, saveDesign(pending));
      warned = false;
    } catch (e) {
      if (!warned) onError(`Autosave failed (${(e as Error).name}): save the design to a file to keep your work.`);
      warned = true;
    }
    pending = null;
  };
  const unsubscribe = subscribe((d) => {
    pending = d;
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  });
  return { flush, stop: () => { flush(); unsubscribe(); } };
}
