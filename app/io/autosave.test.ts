import { describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_KEY, DAMAGED_PREFIX, LEGACY_AUTOSAVE_KEY, loadAutosave, memoryAutosaveStore, startAutosave } from './autosave.ts';
import { buildDualViosTemplate } from '../model/templates/sample.ts';
import { type Design, emptyDesign, saveDesign } from '../model/index.ts';

const legacy = (entries: Record<string, string> = {}) => {
  const m = new Map(Object.entries(entries));
  return { getItem: (k: string) => m.get(k) ?? null, removeItem: (k: string) => void m.delete(k), m };
};
const listen = () => {
  let listener: ((d: Design) => void) | null = null;
  return { subscribe: (fn: (d: Design) => void) => { listener = fn; return () => { listener = null; }; }, emit: (d: Design) => listener?.(d) };
};

describe('autosave', () => {
  it('writes after a pause and reads back the same design', async () => {
    vi.useFakeTimers();
    const store = memoryAutosaveStore();
    const l = listen();
    const a = startAutosave(l.subscribe, store, () => {});
    const d = buildDualViosTemplate();
    l.emit(d);
    expect(store.data.has(AUTOSAVE_KEY)).toBe(false);
    vi.advanceTimersByTime(400);
    vi.useRealTimers();
    await a.flush();
    const r = await loadAutosave(store);
    expect(r.state === 'ok' && r.design).toEqual(d);
    await a.stop();
  });

  it('flushes at once on stop (page hidden), later writes win', async () => {
    const store = memoryAutosaveStore();
    const l = listen();
    const a = startAutosave(l.subscribe, store, () => {});
    l.emit(emptyDesign('first'));
    void a.flush();
    l.emit(emptyDesign('second'));
    await a.stop();
    const r = await loadAutosave(store);
    expect(r.state === 'ok' && r.design.name).toBe('second');
  });

  it('nothing saved yet: none', async () => {
    expect(await loadAutosave(memoryAutosaveStore(), legacy())).toEqual({ state: 'none' });
  });

  it('moves a localStorage autosave of before into the store once', async () => {
    const store = memoryAutosaveStore();
    const old = legacy({ [LEGACY_AUTOSAVE_KEY]: saveDesign(emptyDesign('from localStorage')) });
    const r = await loadAutosave(store, old);
    expect(r.state === 'ok' && r.migrated && r.design.name).toBe('from localStorage');
    expect(old.m.has(LEGACY_AUTOSAVE_KEY)).toBe(false);
    expect(typeof store.data.get(AUTOSAVE_KEY)).toBe('string');
    const again = await loadAutosave(store, old);
    expect(again.state === 'ok' && !again.migrated && again.design.name).toBe('from localStorage');
  });

  it('a design still pending when the page unloads is copied synchronously and preferred on the next load', async () => {
    const store = memoryAutosaveStore();
    const l = listen();
    const a = startAutosave(l.subscribe, store, () => {}, 10_000);
    l.emit(emptyDesign('saved earlier'));
    await a.flush();
    l.emit(emptyDesign('last edit before the reload'));
    const unload = legacy();
    a.unloadCopy((text) => unload.m.set(LEGACY_AUTOSAVE_KEY, text));
    // The store's write did not finish before the page was gone: after the reload it holds the earlier design.
    const afterReload = memoryAutosaveStore();
    afterReload.data.set(AUTOSAVE_KEY, saveDesign(emptyDesign('saved earlier')));
    const r = await loadAutosave(afterReload, unload);
    expect(r.state === 'ok' && r.design.name).toBe('last edit before the reload');
    expect(r.state === 'ok' && r.migrated).toBe(false);
    expect(unload.m.has(LEGACY_AUTOSAVE_KEY)).toBe(false);
    // Nothing pending: nothing copied.
    const none = legacy();
    a.unloadCopy((text) => none.m.set(LEGACY_AUTOSAVE_KEY, text));
    expect(none.m.size).toBe(0);
    // Too large for localStorage: the copy is skipped, not thrown.
    l.emit(emptyDesign('huge'));
    expect(() => a.unloadCopy(() => { throw new DOMException('full', 'QuotaExceededError'); })).not.toThrow();
    await a.stop();
  });

  it('a damaged autosave is kept aside with its text, reported, and not overwritten by the next save', async () => {
    const store = memoryAutosaveStore();
    store.data.set(AUTOSAVE_KEY, '{"format":"powervm-design", broken');
    const r = await loadAutosave(store, legacy(), new Date('2026-12-01T20:00:00Z'));
    expect(r.state).toBe('damaged');
    if (r.state !== 'damaged') return;
    expect(r.text).toBe('{"format":"powervm-design", broken');
    expect(r.errors.join(' ')).toMatch(/JSON/);
    expect(r.keptAs).toBe(`${DAMAGED_PREFIX}2026-12-01T20:00:00.000Z`);
    expect(store.data.get(r.keptAs)).toBe(r.text);
    expect(store.data.has(AUTOSAVE_KEY)).toBe(false);
    const l = listen();
    const a = startAutosave(l.subscribe, store, () => {});
    l.emit(emptyDesign('new work'));
    await a.stop();
    expect(store.data.get(r.keptAs)).toBe('{"format":"powervm-design", broken');
  });

  it('a damaged localStorage autosave is migrated and then kept aside like any other', async () => {
    const store = memoryAutosaveStore();
    const old = legacy({ [LEGACY_AUTOSAVE_KEY]: '{"format":"powervm-design","version":1,"name":"x","domain":{"partitions":{"p":{"id":"p"}}}}' });
    const r = await loadAutosave(store, old);
    expect(r.state).toBe('damaged');
    expect(old.m.size).toBe(0);
    expect([...store.data.keys()].filter((k) => k.startsWith(DAMAGED_PREFIX))).toHaveLength(1);
  });

  it('a stored value that is not text is damaged, not thrown', async () => {
    const store = memoryAutosaveStore();
    store.data.set(AUTOSAVE_KEY, { format: 'powervm-design' });
    const r = await loadAutosave(store);
    expect(r.state === 'damaged' && r.errors[0]).toMatch(/not JSON text/);
  });

  it('a store that cannot be read is reported, not thrown', async () => {
    const store = { ...memoryAutosaveStore(), read: async () => { throw Object.assign(new Error('blocked'), { name: 'SecurityError' }); } };
    expect(await loadAutosave(store)).toEqual({ state: 'unavailable', error: 'SecurityError: blocked' });
  });

  it('reports a full storage once until a write succeeds', async () => {
    const errors: string[] = [];
    let full = true;
    const store = { ...memoryAutosaveStore(), write: async () => { if (full) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' }); } };
    const l = listen();
    const a = startAutosave(l.subscribe, store, (m) => errors.push(m));
    l.emit(emptyDesign('a')); await a.flush();
    l.emit(emptyDesign('b')); await a.flush();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/QuotaExceededError/);
    full = false;
    l.emit(emptyDesign('c')); await a.flush();
    full = true;
    l.emit(emptyDesign('d')); await a.flush();
    expect(errors).toHaveLength(2);
  });
});
