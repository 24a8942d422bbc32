import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { STATE_NAMES } from '../../engine/sim/types.ts';
import { useSimulation } from '../../store/simulation-store.ts';
import { clockText } from './labels.ts';

/** Partitions listed one by one up to this many; above, only the counts. */
const LIST_UP_TO = 24;
const CLASS = ['verdict-ok', 'verdict-degraded', 'verdict-outage', 'verdict-failing'] as const;

function counts(a: Uint8Array): string {
  const n = [0, 0, 0, 0];
  for (const v of a) n[v]!++;
  const order = [2, 3, 1, 0];
  return order.filter((k) => n[k]! > 0).map((k) => `${n[k]} ${STATE_NAMES[k]}`).join(', ') || 'none';
}

/** What the clients' storage and network are at the frame's time: counts, and each partition on a small design. */
export const SimState = memo(function SimState() {
  const { frame, names, settled } = useSimulation(useShallow((s) => ({ frame: s.frame, names: s.partitionNames, settled: s.settled })));
  if (!frame) return <p className="muted-small sim-state">Press Play or Step: failures you make then happen at the simulated clock.</p>;
  return (
    <div className="sim-state">
      <span role="status" aria-label="Simulated state" className="sim-summary">
        At {clockText(frame.t)}: storage {counts(frame.storage)} · network {counts(frame.network)}{settled ? ' · settled' : ' · timers running'}
      </span>
      {names.length <= LIST_UP_TO && (
        <ul className="sim-partitions" aria-label="Client partitions at the clock">
          {names.map((name, i) => (
            <li key={name} aria-label={`${name}: storage ${STATE_NAMES[frame.storage[i]! as 0]}, network ${STATE_NAMES[frame.network[i]! as 0]}`}>
              <b>{name}</b>
              <span className={`verdict ${CLASS[frame.storage[i]! as 0]}`} title="storage">disk {STATE_NAMES[frame.storage[i]! as 0]}</span>
              <span className={`verdict ${CLASS[frame.network[i]! as 0]}`} title="network">net {STATE_NAMES[frame.network[i]! as 0]}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
