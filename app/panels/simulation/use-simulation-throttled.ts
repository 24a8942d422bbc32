import { useEffect, useRef, useState } from 'react';
import { useSimulation, type SimulationState } from '../../store/simulation-store.ts';

/** While playing, panels show what changed at most this often (4 times a second); paused, at once. */
export const PANEL_INTERVAL_MS = 250;

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
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = 0;
    const flush = () => {
      timer = null;
      last = performance.now();
      const next = selectRef.current(useSimulation.getState());
      if (!equalRef.current(next, shown.current)) { shown.current = next; setValue(() => next); }
    };
    flush();
    const unsub = useSimulation.subscribe((s) => {
      if (s.status !== 'playing') {
        if (timer) clearTimeout(timer);
        flush();
        return;
      }
      if (!timer) timer = setTimeout(flush, Math.max(0, last + intervalMs - performance.now()));
    });
    return () => { unsub(); if (timer) clearTimeout(timer); };
  }, [intervalMs]);
  return value;
}
