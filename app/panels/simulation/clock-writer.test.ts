import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSimulation } from '../../store/simulation-store.ts';
import { CLOCK_MS, writeClock } from './clock-writer.ts';

describe('writeClock', () => {
  beforeEach(() => { vi.useFakeTimers(); useSimulation.setState({ clockMs: 0, status: 'paused' }); });
  afterEach(() => { vi.useRealTimers(); useSimulation.setState({ status: 'off', clockMs: 0 }); });

  it('while playing, writes the clock at most every CLOCK_MS, and the latest value last', () => {
    const el = { textContent: '' } as HTMLElement;
    const writes: string[] = [];
    const stop = writeClock(() => el, (ms) => { const t = `t+${ms}`; writes.push(t); return t; });
    expect(el.textContent).toBe('t+0');
    useSimulation.setState({ status: 'playing' });
    // 60 frames a second for one second: the clock moves every 16 ms.
    for (let f = 1; f <= 60; f++) { vi.advanceTimersByTime(16); useSimulation.setState({ clockMs: f * 160 }); }
    vi.advanceTimersByTime(CLOCK_MS);
    expect(el.textContent).toBe('t+9600');
    expect(writes.length).toBeLessThanOrEqual(1 + Math.ceil(1000 / CLOCK_MS) + 1);
    expect(writes.length).toBeGreaterThanOrEqual(1000 / CLOCK_MS - 1);
    stop();
  });

  it('paused (a step, a seek), writes at once; stops writing once unsubscribed', () => {
    const el = { textContent: '' } as HTMLElement;
    const stop = writeClock(() => el, (ms) => `t+${ms}`);
    useSimulation.setState({ clockMs: 3000 });
    expect(el.textContent).toBe('t+3000');
    useSimulation.setState({ clockMs: 15000 });
    expect(el.textContent).toBe('t+15000');
    stop();
    useSimulation.setState({ clockMs: 20000 });
    vi.advanceTimersByTime(CLOCK_MS * 2);
    expect(el.textContent).toBe('t+15000');
  });
});
