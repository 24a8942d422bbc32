import { afterEach, describe, expect, it, vi } from 'vitest';
import { idleWork } from './idle-work.ts';

describe('background work between requests (the scrubber checkpoints in the simulation worker)', () => {
  afterEach(() => { vi.useRealTimers(); });

  it('runs only once requests have stopped for a while, in slices, until there is none left', () => {
    vi.useFakeTimers();
    const slices: number[] = [];
    let left = 3;
    const w = idleWork((budget) => { slices.push(budget); return --left > 0; }, { budgetMs: 10, now: () => Date.now() });
    // Playing: a request every step of the clock (100 ms), no work runs.
    for (let i = 0; i < 20; i++) { w.touch(); vi.advanceTimersByTime(100); }
    expect(slices).toEqual([]);
    // Paused: the work runs in three slices of its budget, then stops.
    vi.advanceTimersByTime(400);
    expect(slices).toEqual([10, 10, 10]);
    vi.advanceTimersByTime(1000);
    expect(slices).toHaveLength(3);
    // A new request starts it again after the quiet time.
    left = 1;
    w.touch();
    vi.advanceTimersByTime(300);
    expect(slices).toHaveLength(3);
    vi.advanceTimersByTime(200);
    expect(slices).toHaveLength(4);
    w.stop();
  });
});
