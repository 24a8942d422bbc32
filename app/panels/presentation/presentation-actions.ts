import { useSimulation } from '../../store/simulation-store.ts';
import { usePresentation } from './presentation-store.ts';

/** Enters presentation mode: panels hidden, the page full screen (when the browser allows), the simulation on. */
export function enterPresentation(): void {
  if (usePresentation.getState().on) return;
  usePresentation.getState().set(true);
  const sim = useSimulation.getState();
  if (sim.status === 'off') sim.seek(sim.clockMs);
  const root = document.documentElement;
  if (!document.fullscreenElement && typeof root.requestFullscreen === 'function') root.requestFullscreen().catch(() => { /* refused (no gesture, a frame): the page itself still fills the window */ });
}

/** Leaves presentation mode (and full screen). */
export function leavePresentation(): void {
  if (!usePresentation.getState().on) return;
  usePresentation.getState().set(false);
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') document.exitFullscreen().catch(() => {});
}

/** Space: play or pause. */
export function togglePlay(): void {
  const s = useSimulation.getState();
  if (s.status === 'playing') s.pause(); else s.play();
}

/** Right arrow: to the next event. Left arrow: back to the previous event's time (recomputed there), or to the start. */
export function stepScenario(dir: 1 | -1): void {
  const s = useSimulation.getState();
  if (dir === 1) { s.step(); return; }
  if (s.status === 'playing') s.pause();
  let target = 0;
  for (const e of s.events) if (e.t < s.clockMs - 1 && e.t > target) target = e.t;
  s.seek(target);
}
