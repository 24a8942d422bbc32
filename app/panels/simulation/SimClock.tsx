import { memo, useLayoutEffect, useRef } from 'react';
import { useSimulation } from '../../store/simulation-store.ts';
import { clockText } from './labels.ts';
import { useSimulationThrottled } from './use-simulation-throttled.ts';
import { writeClock } from './clock-writer.ts';

/** The scrubber's resolution: about one step per pixel, so that playing moves its thumb only when it shows. */
const SCRUB_STEPS = 400;
/** The scrubber's end: the furthest the clock has been, rounded up to 1, 2 or 5 × 10^k s (it moves in steps, not every frame). */
export function scrubMax(clockMs: number, horizonMs: number): number {
  const ms = Math.max(horizonMs, clockMs, 10_000);
  const k = 10 ** Math.floor(Math.log10(ms));
  for (const m of [1, 2, 5, 10]) if (m * k >= ms) return m * k;
  return 10 * k;
}

/** Keys on the scrubber: arrows ±1 s (Shift ±10 s), Page Up / Down ±10 s, Home t+0, End the furthest the clock has been. */
function onScrubKey(e: React.KeyboardEvent<HTMLInputElement>): void {
  const s = useSimulation.getState();
  const by = { ArrowLeft: -1000, ArrowDown: -1000, ArrowRight: 1000, ArrowUp: 1000, PageDown: -10_000, PageUp: 10_000 }[e.key];
  let to: number | null = null;
  if (by !== undefined) to = s.clockMs + by * (e.shiftKey && Math.abs(by) === 1000 ? 10 : 1);
  else if (e.key === 'Home') to = 0;
  else if (e.key === 'End') to = s.horizonMs;
  if (to === null) return;
  e.preventDefault();
  s.seek(Math.max(0, to));
}

/** The simulated clock and the scrubber over what has happened (going back recomputes the state at that time). */
export const SimClock = memo(function SimClock() {
  // The clock's text moves while playing: written straight into the DOM, at most every CLOCK_MS (clock-writer.ts).
  const clock = useRef<HTMLOutputElement>(null);
  useLayoutEffect(() => writeClock(() => clock.current, clockText), []);
  // The scrubber and its spoken value: at most four times a second while playing (its thumb moves by pixels), at once paused.
  const text = useSimulationThrottled((s) => clockText(s.clockMs));
  const max = useSimulationThrottled((s) => scrubMax(s.clockMs, s.horizonMs));
  // While playing the thumb moves by pixels; paused, it sits at the exact clock (a quantised value would be seeked to).
  const value = useSimulationThrottled((s) => {
    const m = scrubMax(s.clockMs, s.horizonMs);
    return s.status === 'playing' ? Math.min(m, Math.round(s.clockMs / (m / SCRUB_STEPS)) * (m / SCRUB_STEPS)) : s.clockMs;
  });
  const status = useSimulation((s) => s.status);
  return (
    <>
      <output ref={clock} className={`sim-clock${status === 'playing' ? ' playing' : ''}`} aria-label="Simulated clock" aria-live="off" />
      <div className="sim-scrub-row">
      <input
        type="range" className="sim-scrubber" aria-label="Scrubber" aria-valuetext={text}
        min={0} max={max} step="any" value={Math.min(value, max)} disabled={status === 'off'}
        onChange={(e) => useSimulation.getState().seek(Number(e.target.value))}
        onKeyDown={onScrubKey}
      />
      <span className="muted-small sim-horizon" title="The scrubber's end (what has happened so far lies within)">{clockText(max)}</span>
      </div>
    </>
  );
});
