/**
 * Shared Ethernet Adapters bridging one VLAN (REFERENCE.md 3.3-3.5), one machine per VLAN unit, its SEAs in priority
 * order (the first is the primary):
 * - ha_mode=auto: the primary bridges. When it goes (its VIOS or its link), the backup stops hearing keep-alives on
 *   the control channel and becomes primary after the configured delay (3 s by default, 1 to 30). When the primary
 *   returns, priority decides: it takes the VLAN back after the same delay. ha_mode=standby on the bridging SEA (by
 *   hand, or before a planned VIOS shutdown) switches at once; auto gives it back.
 * - ha_mode=sharing: each SEA bridges half the trunks (this VLAN: its first SEA); the survivor bridges every trunk,
 *   and the pair goes back to sharing when the other returns.
 * - a lost control channel (or none that works, or SEAs that do not know each other): both bridge once the delay has
 *   passed, a broadcast storm on the VLAN (Outage) until one stops or keep-alives are heard again.
 * - one SEA alone: the VLAN's outside traffic goes with it.
 */
import { DOWN, UP, pathState } from '../impact/evaluate.ts';
import type { ModelUnit } from '../impact/model.ts';
import { type Machine, type MachineHost, type Owner, ownerIds, secs } from './machine.ts';
import { DEGRADED, FAILING_OVER, OK, OUTAGE, type SimMechanism } from './types.ts';

export class SeaBridging implements Machine {
  readonly phys: Uint8Array;
  readonly bridging: Uint8Array;
  readonly seaComp: number[];
  private timer = 0;
  private why = '';
  readonly mechanism: SimMechanism;

  constructor(readonly index: number, readonly unit: ModelUnit, readonly owners: Owner[], h: MachineHost) {
    const n = unit.paths.length;
    this.phys = new Uint8Array(n);
    this.bridging = new Uint8Array(n);
    this.seaComp = unit.paths.map((p) => (p.seaId ? h.model.componentIndex.get(p.seaId) ?? -1 : -1));
    this.mechanism = unit.mechanism === 'sea-sharing' ? 'sea-sharing' : 'sea-failover';
    for (let i = 0; i < n; i++) this.phys[i] = pathState(unit.paths[i]!, h.physical, false);
    for (const i of this.desired(h)) this.bridging[i] = 1;
  }

  private sea(i: number): string { return this.unit.paths[i]!.through.replace(/^SEA /, ''); }

  /** Whether the SEAs cannot coordinate now: no working control channel, or it failed. */
  private uncoordinated(h: MachineHost): boolean {
    if (this.unit.stormPaths) return true;
    for (const c of this.unit.controlChannel ?? []) if (h.physical.failed[c]) return true;
    return false;
  }

  /** The SEAs that should bridge this VLAN once every timer has run out. */
  desired(h: MachineHost): number[] {
    const up: number[] = [];
    for (let i = 0; i < this.phys.length; i++) if (this.phys[i] !== DOWN) up.push(i);
    if (up.length <= 1) return up;
    if (this.uncoordinated(h)) return up;
    const active = up.filter((i) => !(this.seaComp[i]! >= 0 && h.standby[this.seaComp[i]!]));
    return [active[0] ?? up[0]!];
  }

  private current(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.bridging.length; i++) if (this.bridging[i]) out.push(i);
    return out;
  }

  update(h: MachineHost): void {
    const before = Array.from(this.phys);
    for (let i = 0; i < this.phys.length; i++) {
      this.phys[i] = pathState(this.unit.paths[i]!, h.physical, false);
      if (this.bridging[i] && this.phys[i] === DOWN) {
        this.bridging[i] = 0;
        this.say(h, `${this.sea(i)} stops bridging ${this.unit.label}${h.cause ? ` (${h.cause})` : ''}`);
      }
    }
    if (this.mechanism === 'sea-sharing') this.sharingPartner(h, before);
    this.reconcile(h);
  }

  /** Load sharing: the partner of the SEA bridging this VLAN goes or returns (it bridged the other half of the trunks). */
  private sharingPartner(h: MachineHost, before: number[]): void {
    const cur = this.current();
    if (cur.length !== 1) return;
    for (let i = 0; i < this.phys.length; i++) {
      if (this.bridging[i]) continue;
      if (this.phys[i] === DOWN && before[i] !== DOWN) this.say(h, `${this.sea(cur[0]!)} bridges every trunk (${this.sea(i)} lost), ${this.unit.label} unchanged`);
      else if (this.phys[i] !== DOWN && before[i] === DOWN && this.desired(h)[0] === cur[0]) this.say(h, `${this.sea(i)} is back: the pair returns to load sharing, ${this.sea(cur[0]!)} keeps ${this.unit.label}`);
    }
  }

  private reconcile(h: MachineHost): void {
    const want = this.desired(h);
    const now = this.current();
    if (same(want, now)) { this.timer = 0; return; }
    let delay: number;
    const standbyNow = now.length === 1 && this.seaComp[now[0]!]! >= 0 && h.standby[this.seaComp[now[0]!]!];
    if (this.unit.paths.length === 1 || this.unit.mechanism === 'sea-single' || this.unit.mechanism === 'sea-uncoordinated') {
      delay = 0;
      this.why = 'no failover partner';
    } else if (now.length === 0) {
      const planned = this.unit.paths.some((_, i) => !want.includes(i) && (h.standby[this.seaComp[i]!] === 1));
      delay = planned ? 0 : h.settings.seaFailoverMs;
      this.why = planned ? 'the other SEA is in standby' : `no keep-alives for ${secs(delay)}`;
    } else if (want.length > now.length) {
      delay = h.settings.seaFailoverMs;
      this.why = `no keep-alives on the control channel for ${secs(delay)}`;
    } else if (want.length < now.length) {
      delay = this.uncoordinated(h) ? 0 : h.settings.keepAliveMs;
      this.why = 'keep-alives heard again on the control channel';
    } else if (standbyNow) {
      delay = 0;
      this.why = `ha_mode=standby on ${this.sea(now[0]!)}`;
    } else {
      delay = h.settings.seaFailoverMs;
      this.why = this.mechanism === 'sea-sharing' ? 'back to load sharing' : 'fail-back by priority';
    }
    if (this.timer) return; // the change already scheduled re-reads the wanted state when it fires
    this.timer = h.schedule(this, delay, 0, now.length === 0 || want.length > now.length ? 'keep-alives' : 'fail-back');
  }

  fire(h: MachineHost, _tag: number, id: number): void {
    if (id !== this.timer) return;
    this.timer = 0;
    const want = this.desired(h);
    const before = this.current();
    if (same(want, before)) return;
    this.bridging.fill(0);
    for (const i of want) this.bridging[i] = 1;
    const names = want.map((i) => this.sea(i));
    if (want.length >= 2) this.say(h, `${names.join(' and ')} both bridge ${this.unit.label} (${this.why}): broadcast storm`, 'sea-storm');
    else if (want.length === 1) {
      const w = want[0]!;
      const role = this.mechanism === 'sea-sharing'
        ? (before.length === 0 || (before.length === 1 && before[0] !== w) ? (w === 0 ? `bridges ${this.unit.label} again, back to load sharing (PRIMARY_SH)` : `bridges every trunk, ${this.unit.label} included`) : `alone bridges ${this.unit.label}`)
        : `${before.includes(w) ? 'stays' : 'becomes'} PRIMARY for ${this.unit.label}`;
      const stopped = before.filter((i) => i !== w).map((i) => this.sea(i));
      this.say(h, `${this.sea(w)} ${role} (${this.why})${stopped.length > 0 ? `; ${stopped.join(', ')} ${stopped.length >= 1 && before.length >= 2 ? 'stops bridging, storm over' : 'goes BACKUP'}` : ''}`);
    } else this.say(h, `no SEA bridges ${this.unit.label}: outside traffic lost`);
    this.reconcile(h);
  }

  private say(h: MachineHost, text: string, mechanism: SimMechanism = this.mechanism): void {
    const ids = this.unit.paths.flatMap((p) => (p.seaId ? [p.seaId] : []));
    h.emit(mechanism, text, ids, ownerIds(this.owners));
  }

  state(): number {
    const n = this.phys.length;
    if (n === 0) return OUTAGE;
    let bridging = 0;
    let up = 0;
    let whole = true;
    for (let i = 0; i < n; i++) {
      if (this.bridging[i]) bridging++;
      if (this.phys[i] !== DOWN) up++;
      if (this.phys[i] !== UP) whole = false;
    }
    if (bridging >= 2) return OUTAGE;
    if (bridging === 0) return up > 0 ? FAILING_OVER : OUTAGE;
    return whole && !this.timer ? OK : DEGRADED;
  }

  active(): number[] { return this.current(); }
  pending(): boolean { return this.timer !== 0; }
  timerOf(): number { return this.timer; }

  note(): string {
    const now = this.current();
    if (now.length >= 2) return `${now.map((i) => this.sea(i)).join(' and ')} both bridge: broadcast storm`;
    if (this.timer) return `${this.why}: SEA ${now.length === 0 ? 'failover' : 'change'} under way`;
    return '';
  }
}

const same = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
