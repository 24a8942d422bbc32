import type { Design } from '../../model/index.ts';
import type { SimulationState } from '../../store/simulation-store.ts';

const LINK_KINDS = new Set(['physical-port', 'link-aggregation', 'sea', 'hea-port', 'sriov-port']);

/**
 * A link's utilisation at the simulated clock, as an administrator says it: "fcs0 on vios2 at 164 % of 16 Gb"
 * ('' when the simulation is off or the record is not a link). Load and utilisation come from the frame; the
 * capacity is the port's speed (FC) or load / utilisation.
 */
export function linkUtilisationText(s: Pick<SimulationState, 'status' | 'frame' | 'componentIds' | 'componentKinds' | 'componentNames'>, design: Design, id: string): string {
  if (s.status === 'off' || !s.frame) return '';
  const c = s.componentIds.indexOf(id);
  if (c < 0 || !LINK_KINDS.has(s.componentKinds[c] ?? '')) return '';
  const util = s.frame.linkUtilisation[c] ?? 0;
  const load = s.frame.linkLoad[c] ?? 0;
  const port = design.domain.physicalPorts[id];
  const owner = port?.partitionId ? design.domain.partitions[port.partitionId]?.name : undefined;
  const name = port && owner ? `${port.deviceName} on ${owner}` : s.componentNames[c] ?? id;
  const capacity = port?.kind === 'fc' ? `${port.speedGbps ?? 16} Gb`
    : util > 0 ? `${Number((load / util / 1000).toFixed(1))} Gb` : '';
  if (load <= 0) return `${name}: idle (0 %)${capacity ? ` of ${capacity}` : ''}`;
  return `${name} at ${Math.round(util * 100)} %${capacity ? ` of ${capacity}` : ''} (${Math.round(load)} Mb/s)`;
}
