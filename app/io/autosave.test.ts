import { describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_KEY, loadAutosave, startAutosave } from './autosave.ts';
import { buildDualViosTemplate } from '../model/templates/sample.ts';
import { emptyDesign } from '../model/index.ts';

const memory = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), m };
};

describe('autosave', () => {
  it('writes after a pause and reads back the same design', () => {
    vi.useFakeTimers();
    const store = memory();
    let listener: ((d: ReturnType<typeof emptyDesign>) => void) | null = null;
    const a = startAutosave((fn) => { listener = fn; return () => { listener = null; }; }, store, () => {});
    const d = buildDualViosTemplate();
    listener!(d);
    expect(store.getItem(AUTOSAVE_KEY)).toBeNull();
    vi.advanceTimersByTime(400);
    expect(loadAutosave(store)?.name).toBe(d.name);
    a.stop();
    vi.useRealTimers();
  });
  it('flushes at once on stop (page hidden)', () => {
    const store = memory();
    let listener: ((d: ReturnType<typeof emptyDesign>) => void) | null = null;
    const a = startAutosave((fn) => { listener = fn; return () => {}; }, store, () => {});
    listener!(emptyDesign('quick'));
    a.flush();
    expect(loadAutosave(store)?.name).toBe('quick');
  });
  it('ignores a corrupt autosave and reports a full storage once', () => {
    const store = memory();
    store.setItem(AUTOSAVE_KEY, '{broken');
    expect(loadAutosave(store)).toBeNull();
    const errors: string[] = [];
    const full = { ...store, setItem: () => { throw Object.assign(new Error('full'), { name: 'QuotaExceededError' }); } };
    let listener: ((d: ReturnType<typeof emptyDesign>) => void) | null = null;
    const a = startAutosave((fn) => { listener = fn; return () => {}; }, full, (m) => errors.push(m));
    listener!(emptyDesign('a')); a.flush();
    listener!(emptyDesign('b')); a.flush();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/QuotaExceededError/);
  });
});
