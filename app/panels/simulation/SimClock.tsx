import { memo } from 'react';
import { useSimulation } from '../../store/simulation-store.ts';
import { clockText } from './labels.ts';

/** The scrubber's resolution: about one step per pixel, so that playing moves its thumb only when it shows. */
const SCRUB_STEPS = 400;
/** The scrubber's end: the furthest the clock has been, rounded up to 1, 2 or 5 × 10^k s (it moves in steps, not every frame). */
export function scrubMax(clockMs: number, horizonMs: number): number {
  const ms = Math.max(horizonMs, clockMs, 10_000);
  const k = 10 ** Math.floor(Math.log10(ms));
  for (const m of [1, 2, 5, 10]) if (m * k >= ms) return m * k;
  return 10 * k;
}

/** The simulated clock and the scrubber over what has happened (going back recomputes the state at that time). */
export const SimClock = memo(function SimClock() {
  // Narrow selectors: the clock moves every animation frame while playing, the DOM only when what it shows changes.
  const text = useSimulation((s) => clockText(s.clockMs));
  const max = useSimulation((s) => scrubMax(s.clockMs, s.horizonMs));
  const value = useSimulation((s) => { const q = max / SCRUB_STEPS; return Math.min(max, Math.round(s.clockMs / q) * q); });
  const status = useSimulation((s) => s.status);
  return (
    <div className="sim-clock-row">
      <output className={`sim-clock${status === 'playing' ? ' playing' : ''}`} aria-label="Simulated clock" aria-live="off">{text}</output>
      <input
        type="range" className="sim-scrubber" aria-label="Scrubber" aria-valuetext={text}
        min={0} max={max} step={100} value={value} disabled={status === 'off'}
        onChange={(e) => useSimulation.getState().seek(Number(e.target.value))}
      />
      <span className="muted-small sim-horizon" title="The scrubber's end (what has happened so far lies within)">{clockText(max)}</span>
    </div>
  );
});
