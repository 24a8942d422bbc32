import { memo } from 'react';
import { useSimulation } from '../../store/simulation-store.ts';
import { clockText } from './labels.ts';

/** The simulated clock and the scrubber over what has happened (going back recomputes the state at that time). */
export const SimClock = memo(function SimClock() {
  const clockMs = useSimulation((s) => s.clockMs);
  const horizonMs = useSimulation((s) => s.horizonMs);
  const status = useSimulation((s) => s.status);
  const max = Math.max(horizonMs, clockMs, 1000);
  return (
    <div className="sim-clock-row">
      <output className={`sim-clock${status === 'playing' ? ' playing' : ''}`} aria-label="Simulated clock" aria-live="off">{clockText(clockMs)}</output>
      <input
        type="range" className="sim-scrubber" aria-label="Scrubber" aria-valuetext={clockText(clockMs)}
        min={0} max={max} step={100} value={Math.min(clockMs, max)} disabled={status === 'off'}
        onChange={(e) => useSimulation.getState().seek(Number(e.target.value))}
      />
      <span className="muted-small sim-horizon" title="The furthest the clock has been">{clockText(horizonMs)}</span>
    </div>
  );
});
