/**
 * Direct SR-IOV logical ports (MODERN.md 7.2): a logical port assigned to a client is a virtual function of one
 * physical port, with no VIOS and no hypervisor failover. A physical port's link loss (or its adapter's failure) takes
 * down every logical port on it at once, in every partition; the client's OS sees its entN link go down and only a
 * bond or NIB in the client (nib.ts: link state, at once) carries on. The machine follows the components; the sentence
 * of the failure itself names every logical port cut.
 */
import type { Design } from '../../model/schema/index.ts';
import { DOWN, UP, pathState } from '../impact/evaluate.ts';
import type { ModelUnit, PathModel } from '../impact/model.ts';
import { type Machine, type MachineHost, type Owner, ownerIds, ownerPrefix } from './machine.ts';
import { DEGRADED, OK, OUTAGE } from './types.ts';

export class SriovLogicalPort implements Machine {
  readonly mechanism = 'sriov' as const;
  readonly phys: Uint8Array;

  constructor(readonly index: number, readonly unit: ModelUnit, readonly owners: Owner[], h: MachineHost) {
    this.phys = new Uint8Array(unit.paths.length);
    for (let i = 0; i < this.phys.length; i++) this.phys[i] = pathState(unit.paths[i]!, h.physical, false);
  }

  update(h: MachineHost): void {
    const p = this.unit.paths[0];
    if (!p) return;
    const was = this.phys[0];
    this.phys[0] = pathState(p, h.physical, false);
    if ((this.phys[0] === DOWN) === (was === DOWN)) return;
    const text = this.phys[0] === DOWN
      ? `link down with ${p.through}${h.cause ? ` (${h.cause})` : ''}: no hypervisor failover for a logical port assigned directly, Outage`
      : `link up again on ${p.through}, traffic resumes`;
    h.emit('sriov', `${ownerPrefix(this.owners)}${this.unit.label}: ${text}`, p.elementIds, ownerIds(this.owners));
  }

  fire(): void { /* no timers: the link state is immediate */ }

  state(): number {
    if (this.phys.length === 0 || this.phys[0] === DOWN) return OUTAGE;
    return this.phys[0] === UP ? OK : DEGRADED;
  }

  active(): number[] { return this.phys.length > 0 && this.phys[0] !== DOWN ? [0] : []; }
  pending(): boolean { return false; }
  note(): string { return ''; }
}

/**
 * The sentence of an SR-IOV adapter's or physical port's failure: every logical port it cuts, with what each one is
 * ("vios1 ent10 (vNIC backing device of aix01)", "aix02 ent5"). Null for other components.
 */
export function sriovFailSentence(model: PathModel, design: Design | undefined, c: number): string | null {
  const comp = model.components[c]!;
  if ((comp.kind !== 'sriov-port' && comp.kind !== 'sriov-adapter') || !design) return null;
  const d = design.domain;
  const ports = comp.kind === 'sriov-port' ? [comp.id] : Object.values(d.sriovPhysicalPorts).filter((p) => p.adapterId === comp.id).map((p) => p.id);
  const backs = new Map<string, string>();
  for (const b of Object.values(d.vnicBackingDevices)) {
    const v = d.vnicAdapters[b.vnicId];
    if (v) backs.set(b.logicalPortId, d.partitions[v.partitionId]?.name ?? v.partitionId);
  }
  const cut = Object.values(d.sriovLogicalPorts).filter((lp) => ports.includes(lp.physicalPortId)).map((lp) => {
    const owner = d.partitions[lp.partitionId];
    const role = backs.has(lp.id) ? ` (vNIC backing device of ${backs.get(lp.id)})` : owner?.kind === 'vios' ? '' : ' (assigned directly)';
    return `${owner?.name ?? lp.partitionId} ${lp.deviceName}${role}`;
  }).sort();
  const what = comp.kind === 'sriov-port' ? `${comp.name} loses its link` : `${comp.name} fails (EEH error: every physical port stops)`;
  return cut.length === 0 ? `${what}: no logical port on it` : `${what}: ${cut.length === 1 ? 'its logical port goes' : `its ${cut.length} logical ports go`} down at once: ${cut.join(', ')}`;
}
