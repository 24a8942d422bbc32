import { useEffect, useRef, useState } from 'react';
import { useSimulation, type SimulationState } from '../../store/simulation-store.ts';

/** While playing, panels show what changed at most this often (4 times a second); paused, at once. */
export const PANEL_INTERVAL_MS = 250;

/**
 * The panels' updates while playing, one timer per interval for all of them: every throttled selection shows in the
 * same task, so React renders them together and the page draws one frame for them (one timer each made as many
 * frames of layout and paint, at 1,000 partitions the main thread's largest cost while playing).
 */
const groups = new Map<number, { flushers: Set<() => void>; timer: ReturnType<typeof setTimeout> | null; last: number }>();

function groupOf(intervalMs: number) {
  let g = groups.get(intervalMs);
  if (!g) groups.set(intervalMs, (g = { flushers: new Set(), timer: null, last: 0 }));
  return g;
}

function schedule(intervalMs: number): void {
  const g = groupOf(intervalMs);
  if (g.timer) return;
  g.timer = setTimeout(() => {
    g.timer = null;
    g.last = performance.now();
    for (const f of [...g.flushers]) f();
  }, Math.max(0, g.last + intervalMs - performance.now()));
}

/**
 * A simulation store selector for a panel, throttled while playing: the store changes every animation frame then
 * (the clock, each frame from the worker), and re-rendering lists and counts that often costs the main thread the
 * frames the animation needs. Paused or off, every change shows at once. `equal` decides whether a new selection
 * differs (Object.is by default; zustand's `shallow` for objects of fields).
 */
export function useSimulationThrottled<T>(select: (s: SimulationState) => T, equal: (a: T, b: T) => boolean = Object.is, intervalMs = PANEL_INTERVAL_MS): T {
  const selectRef = useRef(select);
  const equalRef = useRef(equal);
  selectRef.current = select;
  equalRef.current = equal;
  const [value, setValue] = useState(() => select(useSimulation.getState()));
  const shown = useRef(value);
  shown.current = value;
  useEffect(() => {
    const flush = () => {
      const next = selectRef.current(useSimulation.getState());
      if (!equalRef.current(next, shown.current)) { shown.current = next; setValue(() => next); }
    };
    flush();
    const g = groupOf(intervalMs);
    g.flushers.add(flush);
    const unsub = useSimulation.subscribe((s) => {
      if (s.status !== 'playing') flush();
      else schedule(intervalMs);
    });
    return () => { unsub(); g.flushers.delete(flush); };
  }, [intervalMs]);
  return value;
}
