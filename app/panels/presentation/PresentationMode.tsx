import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import { formatTime, STATE_NAMES } from '../../engine/sim/types.ts';
import { useSimulation, type SimulationState } from '../../store/simulation-store.ts';
import { leavePresentation, stepScenario, togglePlay } from './presentation-actions.ts';
import { usePresentation } from './presentation-store.ts';
import { usePresentationKeys } from './use-presentation-keys.ts';
import { PresentationLegend } from './PresentationLegend.tsx';
import './presentation.css';

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

/**
 * Presentation mode: the canvas fills the screen (panels hidden by CSS on the root), with a large clock, the state of
 * the clients, the latest event and a large legend, readable from the back of a meeting room. Space plays and
 * pauses, the arrow keys step the scenario, Escape leaves (usePresentationKeys).
 */
export function PresentationMode() {
  usePresentationKeys();
  const on = usePresentation((s) => s.on);
  const { fitView } = useReactFlow();
  // Whether presentation mode has been entered since the page opened: before that, the canvas fits the design itself.
  const entered = useRef(false);
  useEffect(() => {
    document.documentElement.toggleAttribute('data-presenting', on);
    if (on) entered.current = true;
    if (!entered.current) return;
    // The canvas has grown (or shrunk back): fit the design once it has been measured again.
    // Presenting, the design keeps clear of the clock (top), the legend (right) and the latest event (bottom).
    const padding = on ? { top: '140px', right: '380px', bottom: '200px', left: '30px' } as const : 0.08;
    let raf = 0;
    const fit = () => { cancelAnimationFrame(raf); raf = requestAnimationFrame(() => { raf = requestAnimationFrame(() => { void fitView({ padding, duration: 0 }); }); }); };
    fit();
    // A window resized (or full screen entered) while presenting: fit again.
    if (on) window.addEventListener('resize', fit);
    return () => { cancelAnimationFrame(raf); window.removeEventListener('resize', fit); };
  }, [on, fitView]);
  if (!on) return null;
  return <PresentationOverlay />;
}

function PresentationOverlay() {
  const status = useSimulation((s) => s.status);
  const speed = useSimulation((s) => s.speed);
  const storage = useSimulation((s) => counts(s, 'storage'));
  const network = useSimulation((s) => counts(s, 'network'));
  const event = useSimulation(lastEvent);
  const clock = useRef<HTMLOutputElement>(null);
  // The clock moves every animation frame: written straight into the DOM, not re-rendered.
  useEffect(() => {
    const show = (ms: number) => { if (clock.current) clock.current.textContent = formatTime(ms); };
    show(useSimulation.getState().clockMs);
    return useSimulation.subscribe((s, p) => { if (s.clockMs !== p.clockMs) show(s.clockMs); });
  }, []);
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
