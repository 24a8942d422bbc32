import { memo } from 'react';
import { useSimulation, MAX_SPEED } from '../../store/simulation-store.ts';

const SPEEDS = [1, 2, 5, 10, 20, 30, MAX_SPEED];

/** Play / Pause, Step to the next event, back to t+0, the speed, and Stop (the simulation off). */
export const SimControls = memo(function SimControls() {
  const status = useSimulation((s) => s.status);
  const speed = useSimulation((s) => s.speed);
  const s = useSimulation.getState();
  const playing = status === 'playing';
  return (
    <div className="sim-controls" role="toolbar" aria-label="Simulation controls">
      {playing
        ? <button type="button" onClick={s.pause} title="Pause the simulated clock">⏸ Pause</button>
        : <button type="button" className="sim-play" onClick={s.play} title="Run the simulated clock">▶ Play</button>}
      <button type="button" onClick={s.step} title="Play on to the next moment something happens">⏭ Step</button>
      <button type="button" disabled={status === 'off'} onClick={() => s.seek(0)} title="Back to t+0 (the recording is kept)" aria-label="Back to the start">⏮</button>
      <label className="sim-speed">
        <span>Speed</span>
        <select value={speed} onChange={(e) => s.setSpeed(Number(e.target.value))} aria-label="Speed">
          {SPEEDS.map((n) => <option key={n} value={n}>{n}×</option>)}
        </select>
      </label>
      {status !== 'off' && <button type="button" onClick={s.turnOff} title="End the simulation (failures in force stay, as in the Impact region)">Stop simulation</button>}
    </div>
  );
});
