import { memo } from 'react';
import { useSimulation, MAX_SPEED } from '../../store/simulation-store.ts';
import { PauseIcon, PlayIcon, RewindIcon, StepIcon } from './icons.tsx';

const SPEEDS = [1, 2, 5, 10, 20, 30, MAX_SPEED];

/** Play / Pause, Step to the next event, back to t+0. */
export const SimControls = memo(function SimControls() {
  const status = useSimulation((s) => s.status);
  const s = useSimulation.getState();
  return (
    <div className="sim-controls" role="toolbar" aria-label="Simulation controls">
      {status === 'playing'
        ? <button type="button" onClick={s.pause} title="Pause the simulated clock"><PauseIcon /> Pause</button>
        : <button type="button" className="sim-play" onClick={s.play} title="Run the simulated clock (failures in force start at t+0)"><PlayIcon /> Play</button>}
      <button type="button" onClick={s.step} title="Play on to the next moment something happens"><StepIcon /> Step</button>
      <button type="button" disabled={status === 'off'} onClick={() => s.seek(0)} title="Back to t+0 (the recording is kept)" aria-label="Back to the start"><RewindIcon /></button>
    </div>
  );
});

/** Simulated seconds per real second. */
export const SimSpeed = memo(function SimSpeed() {
  const speed = useSimulation((s) => s.speed);
  return (
    <label className="sim-speed">
      <select value={speed} onChange={(e) => useSimulation.getState().setSpeed(Number(e.target.value))} aria-label="Speed" title="Simulated seconds per real second">
        {SPEEDS.map((n) => <option key={n} value={n}>{n}×</option>)}
      </select>
    </label>
  );
});

/** Ends the simulation (the failures in force stay, as the Impact region shows them). */
export const SimStop = memo(function SimStop() {
  const status = useSimulation((s) => s.status);
  if (status === 'off') return null;
  return <button type="button" className="sim-stop" onClick={useSimulation.getState().turnOff} title="End the simulation: the failures in force stay, as in the Impact region">Stop simulation</button>;
});
