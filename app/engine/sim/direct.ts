/**
 * Paths with no failover timer of their own (REFERENCE.md 3.3, 3.7): a single SEA's VLAN seen from one SEA, VLANs
 * switched inside the hypervisor (they survive every VIOS failure), HEA logical ports (cut with their physical port),
 * the client's own Ethernet and SAS adapters, 802.3ad EtherChannels (a member goes, the others carry on at once).
 * The state follows the components as they fail and return.
 */
import { DOWN, UP, pathState } from '../impact/evaluate.ts';
import type { ModelUnit } from '../impact/model.ts';
import { type Machine, type MachineHost, type Owner, ownerIds, ownerPrefix } from './machine.ts';
import { DEGRADED, OK, OUTAGE } from './types.ts';

export class DirectPaths implements Machine {
  readonly mechanism = 'direct' as const;
  readonly phys: Uint8Array;
  private last: number;

  constructor(readonly index: number, readonly unit: ModelUnit, readonly owners: Owner[], h: MachineHost) {
    this.phys = new Uint8Array(unit.paths.length);
    for (let i = 0; i < this.phys.length; i++) this.phys[i] = pathState(unit.paths[i]!, h.physical, false);
    this.last = this.state();
  }

  update(h: MachineHost): void {
    const before = Array.from(this.phys);
    for (let i = 0; i < this.phys.length; i++) this.phys[i] = pathState(this.unit.paths[i]!, h.physical, false);
    const st = this.state();
    const lost = this.unit.paths.filter((_, i) => this.phys[i] === DOWN && before[i] !== DOWN).map((p) => p.through);
    const back = this.unit.paths.filter((_, i) => this.phys[i] !== DOWN && before[i] === DOWN).map((p) => p.through);
    if (lost.length === 0 && back.length === 0 && st === this.last) return;
    const alive = this.unit.paths.filter((_, i) => this.phys[i] !== DOWN).map((p) => (p.via ? `${p.via} (${p.through})` : p.through));
    const text = [
      lost.length > 0 ? `${lost.join(', ')} lost` : '',
      back.length > 0 ? `${back.join(', ')} back` : '',
      st === OUTAGE ? 'no path left: Outage' : `carried by ${alive.join(' and ')}`,
    ].filter(Boolean).join(', ');
    this.last = st;
    h.emit('direct', `${ownerPrefix(this.owners)}${this.unit.label}: ${text}`, this.unit.paths.flatMap((p) => p.elementIds), ownerIds(this.owners));
  }

  fire(): void { /* no timers */ }

  state(): number {
    if (this.phys.length === 0) return OUTAGE;
    let alive = 0;
    let whole = true;
    for (let i = 0; i < this.phys.length; i++) { if (this.phys[i] !== DOWN) alive++; if (this.phys[i] !== UP) whole = false; }
    return alive === 0 ? OUTAGE : whole ? OK : DEGRADED;
  }

  active(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.phys.length; i++) if (this.phys[i] !== DOWN) out.push(i);
    return this.unit.mechanism === 'etherchannel' || this.unit.mechanism === 'dedicated' ? out : out.slice(0, 1);
  }

  pending(): boolean { return false; }
  note(): string { return ''; }
}
