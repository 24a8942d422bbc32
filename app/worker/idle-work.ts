/**
 * Background work in a worker between the UI's requests: `work(budgetMs)` runs slices (returning whether more
 * remains) once no request has come for `quietMs`, so that playing (a request every step of the clock, ten a second:
 * PLAY_STEP_MS in simulation-feed.ts) is never slowed and a pause lets the work run. `touch()` is called on every
 * request. The quiet time is several steps long: with a shorter one, the work ran between every two steps while
 * playing and took the CPU the page's main thread and the animation needed.
 */
export function idleWork(work: (budgetMs: number) => boolean, opts: { quietMs?: number; budgetMs?: number; now?: () => number } = {}): { touch: () => void; stop: () => void } {
  const quietMs = opts.quietMs ?? 400;
  const budgetMs = opts.budgetMs ?? 12;
  const now = opts.now ?? (() => performance.now());
  let last = now();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    timer = null;
    const wait = last + quietMs - now();
    if (wait > 0) { timer = setTimeout(run, wait); return; }
    if (work(budgetMs)) timer = setTimeout(run, 0);
  };
  return {
    touch: () => { last = now(); if (!timer) timer = setTimeout(run, quietMs); },
    stop: () => { if (timer) clearTimeout(timer); timer = null; },
  };
}
