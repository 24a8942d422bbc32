import { create } from 'zustand';
import { temporal } from 'zundo';
import type { Design, Op } from '../model/index.ts';
import { emptyDesign, OpError } from '../model/index.ts';

export type ApplyResult = { ok: true; design: Design } | { ok: false; reason: string; ruleId?: string };

interface DesignState {
  design: Design;
  /**
   * Applies a named operation as one undo step. A refused operation leaves the design untouched and
   * reports why (the UI shows the reason).
   */
  apply: <A>(fn: Op<A>, args: A) => ApplyResult;
  /** Applies several operations as one undo step (a paste, a template insert). */
  applyAll: (steps: ((d: Design) => Design)[]) => ApplyResult;
  /** Replaces the whole design at start-up; clears the undo history. */
  replace: (design: Design) => void;
  /** Replaces the whole design as one undo step (New, Open, import), so an accidental New can be undone. */
  open: (design: Design) => void;
  /** Counts the designs opened (replace and open): the canvas fits the view on each new one. */
  opened: number;
}

const tryRun = (design: Design, run: (d: Design) => Design): ApplyResult => {
  try {
    return { ok: true, design: run(design) };
  } catch (e) {
    if (e instanceof OpError) return e.ruleId ? { ok: false, reason: e.message, ruleId: e.ruleId } : { ok: false, reason: e.message };
    throw e;
  }
};

export const useDesign = create<DesignState>()(
  temporal(
    (set, get) => ({
      design: emptyDesign(),
      apply: (fn, args) => {
        const r = tryRun(get().design, (d) => fn(d, args));
        if (r.ok && r.design !== get().design) set({ design: r.design });
        return r;
      },
      applyAll: (steps) => {
        const r = tryRun(get().design, (d) => steps.reduce((acc, s) => s(acc), d));
        if (r.ok && r.design !== get().design) set({ design: r.design });
        return r;
      },
      opened: 0,
      open: (design) => set((s) => ({ design, opened: s.opened + 1 })),
      replace: (design) => {
        set((s) => ({ design, opened: s.opened + 1 }));
        useDesign.temporal.getState().clear();
      },
    }),
    {
      partialize: (s) => ({ design: s.design }),
      equality: (a, b) => a.design === b.design,
      limit: 300,
    },
  ),
);

export const undo = () => useDesign.temporal.getState().undo();
export const redo = () => useDesign.temporal.getState().redo();
