import { useEffect, useRef } from 'react';
import { formatTime, STATE_NAMES } from '../../engine/sim/types.ts';
import { writeClock } from '../simulation/clock-writer.ts';
import { useSimulation, type SimulationState } from '../../store/simulation-store.ts';
import { leavePresentation, stepScenario, togglePlay } from './presentation-actions.ts';
import { PresentationLegend } from './PresentationLegend.tsx';

/** "3 OK · 1 failing over" for one service kind at the frame (a string, so the overlay re-renders only when it changes). */
function counts(s: SimulationState, kind: 'storage' | 'network'): string {
  const f = s.frame;
  if (!f) return '';
  const n = [0, 0, 0, 0];
  for (const x of f[kind]) n[x] = (n[x] ?? 0) + 1;
  return [0, 1, 3, 2].filter((i) => n[i]! > 0).map((i) => `${n[i]} ${STATE_NAMES[i as 0]}`).join(' · ');
}
const lastEvent = (s: SimulationState): string => {
  const n = Math.min(s.frame?.eventCount ?? 0, s.events.length);
  const e = n > 0 ? s.events[n - 1] : undefined;
  return e ? `${formatTime(e.t)} ${e.sentence}` : '';
};

/** What presentation mode draws over the canvas: clock, playback, the clients' states, the latest event, legend, keys (loaded on demand). */
export function PresentationOverlay() {
  const status = useSimulation((s) => s.status);
  const speed = useSimulation((s) => s.speed);
  const storage = useSimulation((s) => counts(s, 'storage'));
  const network = useSimulation((s) => counts(s, 'network'));
  const event = useSimulation(lastEvent);
  const clock = useRef<HTMLOutputElement>(null);
  // The clock moves while playing: written straight into the DOM, not re-rendered, at most every CLOCK_MS.
  useEffect(() => writeClock(() => clock.current, formatTime), []);
  return (
    <div className="presentation" role="region" aria-label="Presentation">
      <div className="pres-top">
        <output ref={clock} className="pres-clock" aria-label="Presentation clock" />
        <span className={`pres-status ${status}`} role="status" aria-label="Playback">{status === 'playing' ? `▶ Playing ×${speed}` : '❚❚ Paused'}</span>
        <span className="pres-counts" aria-label="Client partitions">
          {storage && <span><b>Storage</b> {storage}</span>}
          {network && <span><b>Network</b> {network}</span>}
        </span>
      </div>
      {event && <p className="pres-event" aria-live="polite" aria-label="Latest event">{event}</p>}
      <PresentationLegend />
      <div className="pres-keys" role="toolbar" aria-label="Presentation controls">
        <button type="button" onClick={() => stepScenario(-1)} aria-label="Previous event"><kbd>←</kbd></button>
        <button type="button" onClick={togglePlay} aria-label={status === 'playing' ? 'Pause' : 'Play'}><kbd>Space</kbd> {status === 'playing' ? 'Pause' : 'Play'}</button>
        <button type="button" onClick={() => stepScenario(1)} aria-label="Next event"><kbd>→</kbd></button>
        <button type="button" onClick={leavePresentation} aria-label="Leave presentation"><kbd>Esc</kbd> Leave</button>
      </div>
    </div>
  );
}
