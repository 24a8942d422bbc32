import { useSimulation } from '../../store/simulation-store.ts';

/**
 * While playing, a clock's text changes at most this often (ms): ten times a second, as a stopwatch showing tenths,
 * reads as running. Each change of the page's text costs a main-thread frame (style, layout and paint of its region,
 * and the commit to the compositor): at 20 a second they were a third of the main thread's work while playing at
 * 1,000 partitions, the animation's frames being drawn by their worker meanwhile. Paused or seeking, at once.
 */
export const CLOCK_MS = 100;

/**
 * Writes the simulated clock into an element's text (straight into the DOM, never re-rendered) now and whenever the
 * clock moves, at most every CLOCK_MS while playing. Returns the unsubscribe.
 */
export function writeClock(el: () => HTMLElement | null, format: (ms: number) => string): () => void {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    last = performance.now();
    const t = format(useSimulation.getState().clockMs);
    const e = el();
    if (e && e.textContent !== t) e.textContent = t;
  };
  write();
  const unsubscribe = useSimulation.subscribe((s, p) => {
    if (s.clockMs === p.clockMs || timer !== undefined) return;
    const wait = s.status === 'playing' ? CLOCK_MS - (performance.now() - last) : 0;
    if (wait <= 0) write(); else timer = setTimeout(write, wait);
  });
  return () => { unsubscribe(); if (timer !== undefined) clearTimeout(timer); };
}
