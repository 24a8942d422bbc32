/**
 * Network Interface Backup in the client (REFERENCE.md 3.6): an EtherChannel in netif_backup mode sends everything on
 * its primary adapter. It notices the primary is gone by link state (physical or HEA adapters: at once), by
 * poll_uplink on virtual adapters, or by pinging netaddr every retry_time up to num_retries; then the backup carries
 * all traffic, and the channel returns to the primary when it answers again. A virtual primary without netaddr nor
 * poll_uplink never notices a VIOS failure behind it (its link never goes down): Outage.
 */
import { DOWN, UP, pathState } from '../impact/evaluate.ts';
import type { ModelUnit } from '../impact/model.ts';
import { type Machine, type MachineHost, type Owner, ownerIds, ownerPrefix, secs } from './machine.ts';
import { DEGRADED, FAILING_OVER, OK, OUTAGE, type TimerName } from './types.ts';

export interface NibConfig { netaddr?: string; pollUplink?: boolean; retryTimeMs: number; numRetries: number }

export class NibChannel implements Machine {
  readonly mechanism = 'nib' as const;
  readonly phys: Uint8Array;
  /** 0 = on the primary adapter, 1 = on the backup. */
  side = 0;
  private timer = 0;
  private readonly primaryCount: number;
  private readonly virtualPrimary: boolean;

  constructor(readonly index: number, readonly unit: ModelUnit, readonly owners: Owner[], private readonly cfg: NibConfig, h: MachineHost) {
    const n = unit.paths.length;
    this.phys = new Uint8Array(n);
    for (let i = 0; i < n; i++) this.phys[i] = pathState(unit.paths[i]!, h.physical, false);
    this.primaryCount = unit.primaryPaths ?? n;
    this.virtualPrimary = unit.paths.slice(0, this.primaryCount).some((p) => p.kind === 'sea' || p.kind === 'hypervisor');
    if (!this.sideAlive(0) && this.sideAlive(1) && !unit.undetectedPrimary) this.side = 1;
  }

  private range(side: number): [number, number] { return side === 0 ? [0, this.primaryCount] : [this.primaryCount, this.phys.length]; }
  sideAlive(side: number): boolean {
    const [a, b] = this.range(side);
    for (let i = a; i < b; i++) if (this.phys[i] !== DOWN) return true;
    return false;
  }
  private adapter(side: number): string {
    const [a] = this.range(side);
    return this.unit.paths[a]?.via || (side === 0 ? 'the primary' : 'the backup');
  }

  /** How long the channel takes to notice its adapter lost (or, returning, the primary back). */
  private detect(h: MachineHost, returning: boolean): { ms: number; why: string; timer?: TimerName } {
    if (!this.virtualPrimary && !returning) return { ms: 0, why: 'link down' };
    if (this.cfg.netaddr) {
      const ms = returning ? this.cfg.retryTimeMs : this.cfg.retryTimeMs * this.cfg.numRetries;
      return { ms, why: returning ? `a ping to ${this.cfg.netaddr} answers` : `${this.cfg.numRetries} pings to ${this.cfg.netaddr} every ${secs(this.cfg.retryTimeMs)} unanswered`, timer: 'netaddr pings' };
    }
    if (this.cfg.pollUplink) return { ms: h.settings.pollUplinkMs, why: 'poll_uplink', timer: 'poll_uplink' };
    return { ms: 0, why: 'link state' };
  }

  /** The side the channel should be on once it has noticed everything it can notice. */
  private wanted(): number {
    if (this.sideAlive(0)) return 0;
    if (this.unit.undetectedPrimary) return 0;
    return this.sideAlive(1) ? 1 : this.side;
  }

  update(h: MachineHost): void {
    const wasAlive = this.sideAlive(this.side);
    for (let i = 0; i < this.phys.length; i++) this.phys[i] = pathState(this.unit.paths[i]!, h.physical, false);
    if (wasAlive && !this.sideAlive(this.side)) {
      if (this.side === 0 && this.unit.undetectedPrimary) {
        this.say(h, `${this.adapter(0)} loses its way out but its link stays up; without netaddr or poll_uplink NIB never notices and does not switch to ${this.adapter(1)}: Outage`);
      }
    }
    const want = this.wanted();
    if (want === this.side) { this.timer = 0; return; }
    if (this.timer) return;
    const d = this.detect(h, want === 0);
    this.timer = h.schedule(this, d.ms, 0, d.timer);
  }

  fire(h: MachineHost, _tag: number, id: number): void {
    if (id !== this.timer) return;
    this.timer = 0;
    const want = this.wanted();
    if (want === this.side) return;
    const d = this.detect(h, want === 0);
    this.side = want;
    this.say(h, want === 1
      ? `${this.adapter(0)} lost (${d.why}): NIB switches to the backup adapter ${this.adapter(1)}`
      : `${this.adapter(0)} works again (${d.why}): NIB returns to the primary adapter`);
  }

  private say(h: MachineHost, text: string): void {
    h.emit('nib', `${ownerPrefix(this.owners)}${this.unit.label}: ${text}`, this.unit.paths.flatMap((p) => p.elementIds), ownerIds(this.owners));
  }

  timerOf(): number { return this.timer; }

  state(): number {
    if (this.phys.length === 0) return OUTAGE;
    if (!this.sideAlive(this.side)) return this.timer ? FAILING_OVER : OUTAGE;
    let whole = this.side === 0 && !this.timer;
    for (let i = 0; i < this.phys.length; i++) if (this.phys[i] !== UP) whole = false;
    return whole ? OK : DEGRADED;
  }

  active(): number[] {
    const [a, b] = this.range(this.side);
    for (let i = a; i < b; i++) if (this.phys[i] !== DOWN) return [i];
    return [];
  }

  pending(): boolean { return this.timer !== 0; }
  note(): string { return this.timer ? `NIB checking ${this.adapter(this.side)}` : ''; }
}
