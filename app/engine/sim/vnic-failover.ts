/**
 * vNIC failover inside the hypervisor (MODERN.md 7.1), one machine per client vNIC, its backing devices in priority
 * order (lowest failover_priority first, as the path model lists them). Exactly one backing device is active. When it
 * goes NotOperational (its VIOS, its logical port, the physical port's link, the adapter), the vNIC server reports it
 * and, after the configured delay (3 s by default: no source gives a time), the hypervisor activates the Operational
 * backing device with the lowest priority value; the client keeps its MAC and IP and needs no NIB. When a more
 * preferred device is Operational again, auto_priority_failover=1 moves the vNIC back after the same delay; with 0 it
 * stays where it is until an operator acts (chhwres ... --rsubtype vnicbkdev -o act).
 */
import { DOWN, UP, pathState } from '../impact/evaluate.ts';
import type { ModelPath, ModelUnit } from '../impact/model.ts';
import { type Machine, type MachineHost, type Owner, ownerIds, ownerPrefix, secs } from './machine.ts';
import { DEGRADED, FAILING_OVER, OK, OUTAGE } from './types.ts';

const deviceName = (p: ModelPath): string => `${p.through}${p.priority !== undefined ? ` (priority ${p.priority})` : ''}`;

export class VnicFailover implements Machine {
  readonly mechanism = 'vnic-failover' as const;
  readonly phys: Uint8Array;
  /** The active backing device (path index), -1 when none is. */
  current = -1;
  private timer = 0;
  /** The path the running timer is about (the lost active one, or the preferred one coming back). */
  private timerPath = -1;
  private readonly auto: boolean;

  constructor(readonly index: number, readonly unit: ModelUnit, readonly owners: Owner[], h: MachineHost) {
    const n = unit.paths.length;
    this.phys = new Uint8Array(n);
    for (let i = 0; i < n; i++) this.phys[i] = pathState(unit.paths[i]!, h.physical, false);
    this.auto = unit.autoPriorityFailover !== false;
    this.current = this.preferred();
  }

  /** The Operational backing device with the lowest priority value (-1 none). */
  private preferred(): number {
    for (let i = 0; i < this.phys.length; i++) if (this.phys[i] !== DOWN) return i;
    return -1;
  }

  /** Where the hypervisor should put the vNIC once its timer has run out. */
  private wanted(): number {
    const best = this.preferred();
    if (this.current >= 0 && this.phys[this.current] !== DOWN) return this.auto && best >= 0 && best < this.current ? best : this.current;
    return best;
  }

  private cause(h: MachineHost): string { return h.cause ? ` (${h.cause})` : ''; }

  update(h: MachineHost): void {
    const before = Array.from(this.phys);
    for (let i = 0; i < this.phys.length; i++) this.phys[i] = pathState(this.unit.paths[i]!, h.physical, false);
    const delay = h.settings.vnicFailoverMs;
    for (let i = 0; i < this.phys.length; i++) {
      const p = this.unit.paths[i]!;
      if (this.phys[i] === DOWN && before[i] !== DOWN) {
        if (i === this.current) {
          const next = this.preferred();
          this.say(h, next >= 0
            ? `active backing device ${deviceName(p)} NotOperational${this.cause(h)}; the hypervisor fails over in ${secs(delay)}`
            : `active backing device ${deviceName(p)} NotOperational${this.cause(h)}; no other backing device is Operational: the vNIC is down`);
        } else this.say(h, `standby backing device ${deviceName(p)} NotOperational${this.cause(h)}${this.phys.every((x, k) => k === this.current || x === DOWN) ? ': no failover left' : ''}`);
      } else if (this.phys[i] !== DOWN && before[i] === DOWN) {
        const cur = this.current >= 0 && this.phys[this.current] !== DOWN ? this.current : -1;
        if (cur >= 0 && i < cur) {
          this.say(h, this.auto
            ? `backing device ${deviceName(p)} Operational again: auto_priority_failover=1, the hypervisor moves back to it in ${secs(delay)}`
            : `backing device ${deviceName(p)} Operational again; auto_priority_failover=0: the vNIC stays on ${deviceName(this.unit.paths[cur]!)} until an operator makes it active (chhwres -r virtualio --rsubtype vnicbkdev -o act)`);
        } else if (cur >= 0) this.say(h, `backing device ${deviceName(p)} Operational again, standby`);
        else this.say(h, `backing device ${deviceName(p)} Operational again: the hypervisor activates it in ${secs(delay)}`);
      }
    }
    this.reconcile(h);
  }

  private reconcile(h: MachineHost): void {
    const want = this.wanted();
    if (want === this.current) { this.timer = 0; this.timerPath = -1; return; }
    if (want < 0) {
      // nothing to activate: the vNIC is down until a backing device is Operational again
      this.timer = 0;
      this.timerPath = -1;
      return;
    }
    if (this.timer) return; // the switch already scheduled reads the wanted device when it fires
    const failingOver = this.current < 0 || this.phys[this.current] === DOWN;
    this.timerPath = failingOver && this.current >= 0 ? this.current : want;
    this.timer = h.schedule(this, h.settings.vnicFailoverMs, 0, failingOver ? 'vNIC failover' : 'fail-back');
  }

  fire(h: MachineHost, _tag: number, id: number): void {
    if (id !== this.timer) return;
    this.timer = 0;
    this.timerPath = -1;
    const want = this.wanted();
    if (want === this.current || want < 0) return;
    const from = this.current;
    this.current = want;
    const to = deviceName(this.unit.paths[want]!);
    const back = from >= 0 && this.phys[from] !== DOWN;
    this.say(h, back
      ? `the hypervisor moves the vNIC back to its preferred backing device ${to} (auto_priority_failover=1); ${deviceName(this.unit.paths[from]!)} standby`
      : `the hypervisor activates backing device ${to}, the Operational one with the lowest priority: traffic continues with the same MAC and IP${this.phys.some((x, k) => k !== want && x !== DOWN) ? '' : ', no failover left'}`);
    this.reconcile(h);
  }

  private say(h: MachineHost, text: string): void {
    h.emit('vnic-failover', `${ownerPrefix(this.owners)}${this.unit.label}: ${text}`, this.unit.paths.flatMap((p) => p.elementIds), ownerIds(this.owners));
  }

  state(): number {
    const n = this.phys.length;
    if (n === 0) return OUTAGE;
    if (this.current < 0 || this.phys[this.current] === DOWN) return this.preferred() >= 0 ? FAILING_OVER : OUTAGE;
    let whole = !this.timer;
    for (let i = 0; i < n; i++) if (this.phys[i] !== UP) whole = false;
    return whole ? OK : DEGRADED;
  }

  active(): number[] { return this.current >= 0 && this.phys[this.current] !== DOWN ? [this.current] : []; }
  pending(): boolean { return this.timer !== 0; }
  timerOf(i: number): number { return i === this.timerPath ? this.timer : 0; }

  note(): string {
    if (!this.timer) {
      const best = this.preferred();
      return !this.auto && best >= 0 && this.current > best ? `on ${deviceName(this.unit.paths[this.current]!)}, not the preferred backing device (auto_priority_failover=0)` : '';
    }
    return this.current < 0 || this.phys[this.current] === DOWN ? 'the hypervisor is switching to another backing device' : 'the hypervisor moves the vNIC back to its preferred backing device';
  }
}
