import { memo } from 'react';
import { STATE_NAMES, type SimFrame } from '../../engine/sim/types.ts';
import { useSimulation } from '../../store/simulation-store.ts';
import { useSimulationThrottled } from './use-simulation-throttled.ts';

/** Partitions listed one by one up to this many; above, only the counts. */
const LIST_UP_TO = 24;
const CLASS = ['verdict-ok', 'verdict-degraded', 'verdict-outage', 'verdict-failing'] as const;
/** What a chip says (its accessible name says it whole). */
const SHORT = ['OK', 'Degraded', 'Outage', 'failing…'] as const;

function counts(a: Uint8Array): string {
  const n = [0, 0, 0, 0];
  for (const v of a) n[v]!++;
  const order = [2, 3, 1, 0];
  return order.filter((k) => n[k]! > 0).map((k) => `${n[k]} ${STATE_NAMES[k]}`).join(', ') || 'none';
}

/** The clients at the frame's time, as text: "storage 3 failing over · network 3 Degraded · timers running". */
function summaryOf(frame: SimFrame | null, settled: boolean): string {
  if (!frame) return '';
  return `storage ${counts(frame.storage)} · network ${counts(frame.network)}${settled ? ' · settled' : ' · timers running'}`;
}

/** Each partition's two states, as one string (only on a small design): re-renders only when one changes. */
function statesOf(frame: SimFrame | null, n: number): string {
  if (!frame || n > LIST_UP_TO) return '';
  let out = '';
  for (let i = 0; i < n; i++) out += `${frame.storage[i]}${frame.network[i]}`;
  return out;
}

/** What the clients' storage and network are at the frame's time: counts, and each partition on a small design. */
export const SimState = memo(function SimState() {
  // While playing, at most four times a second (the states change in bursts of events; the animation shows each frame).
  const summary = useSimulationThrottled((s) => summaryOf(s.frame, s.settled));
  const names = useSimulation((s) => s.partitionNames);
  const states = useSimulationThrottled((s) => statesOf(s.frame, s.partitionNames.length));
  if (!summary) return <p className="muted-small sim-state">Press Play or Step: failures you make then happen at the simulated clock.</p>;
  const at = (i: number, k: 0 | 1) => Number(states[2 * i + k]) as 0 | 1 | 2 | 3;
  return (
    <div className="sim-state">
      <span role="status" aria-label="Simulated state" className="sim-summary">{summary}</span>
      {states && (
        <ul className="sim-partitions" aria-label="Client partitions at the clock">
          {names.map((name, i) => (
            <li key={name} aria-label={`${name}: storage ${STATE_NAMES[at(i, 0)]}, network ${STATE_NAMES[at(i, 1)]}`}>
              <b>{name}</b>
              <span className={`verdict ${CLASS[at(i, 0)]}`} title={`storage ${STATE_NAMES[at(i, 0)]}`}>disk {SHORT[at(i, 0)]}</span>
              <span className={`verdict ${CLASS[at(i, 1)]}`} title={`network ${STATE_NAMES[at(i, 1)]}`}>net {SHORT[at(i, 1)]}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
