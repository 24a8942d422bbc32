/**
 * The client multipath core shared by vSCSI MPIO (fail_over: one path carries I/O) and NPIV multipath (round_robin:
 * every enabled path does). A path the client still thinks Enabled but whose components are down hangs the I/O sent
 * to it until the detection timer runs out; then the path is Failed and I/O goes to the others. A Failed path comes
 * back only through the health check (hcheck_interval; never with 0 on AIX) or the non-AIX multipath poll.
 */
import { DOWN, UP, pathState } from '../impact/evaluate.ts';
import type { ModelPath, ModelUnit } from '../impact/model.ts';
import { type Machine, type MachineHost, type Owner, ownerIds, ownerPrefix, pathName, secs } from './machine.ts';
import { fcDetectMs, vscsiDetectMs } from './settings.ts';
import { DEGRADED, FAILING_OVER, OK, OUTAGE, type SimMechanism, type TimerName } from './types.ts';

export interface MultipathTiming {
  /** Time from a path's loss to the client failing it, with the why ("vscsi_path_to=30 s + retry 1.2 s"). */
  detect(p: ModelPath): { ms: number; why: string; timer?: TimerName };
  /** Time from a Failed path's return to Enabled again; null = never by itself (hcheck_interval=0). */
  recover(p: ModelPath): { ms: number; why: string; timer?: TimerName } | null;
}

export abstract class Multipath implements Machine {
  readonly phys: Uint8Array;
  /** 1 = the client marked the path Failed. */
  readonly failed: Uint8Array;
  readonly timers: Int32Array;
  /** fail_over: the path I/O is sent to (-1 none). */
  current = -1;
  abstract readonly mechanism: SimMechanism;
  protected abstract readonly policy: 'fail_over' | 'round_robin';

  constructor(readonly index: number, readonly unit: ModelUnit, readonly owners: Owner[], protected readonly timing: MultipathTiming, h: MachineHost) {
    const n = unit.paths.length;
    this.phys = new Uint8Array(n);
    this.failed = new Uint8Array(n);
    this.timers = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      this.phys[i] = pathState(unit.paths[i]!, h.physical, false);
      if (this.phys[i] === DOWN) this.failed[i] = 1;
    }
    this.current = this.firstEnabled();
  }

  protected firstEnabled(): number {
    for (let i = 0; i < this.failed.length; i++) if (!this.failed[i]) return i;
    return -1;
  }

  /** What to say when a path's components go down (before the client notices), or null. */
  protected abstract onLost(h: MachineHost, i: number): string | null;
  /** The sentence when the client fails a path. */
  protected abstract onFailed(h: MachineHost, i: number): string;
  /** When a Failed path's components are back: what to say (and whether it recovers by itself). */
  protected abstract onBack(h: MachineHost, i: number, recovery: { ms: number; why: string } | null): string | null;
  protected abstract onEnabled(h: MachineHost, i: number, why: string): string;

  protected say(h: MachineHost, text: string, i: number): void {
    h.emit(this.mechanism, `${ownerPrefix(this.owners)}${this.unit.label}: ${text}`, this.unit.paths[i]?.elementIds ?? [], ownerIds(this.owners));
  }

  update(h: MachineHost): void {
    const paths = this.unit.paths;
    for (let i = 0; i < paths.length; i++) {
      const was = this.phys[i]!;
      const now = pathState(paths[i]!, h.physical, false);
      this.phys[i] = now;
      if (now === DOWN && was !== DOWN) {
        if (!this.failed[i]) {
          const d = this.timing.detect(paths[i]!);
          this.timers[i] = h.schedule(this, d.ms, i, d.timer);
          const text = this.onLost(h, i);
          if (text) this.say(h, text, i);
        } else this.timers[i] = 0;
      } else if (now !== DOWN && was === DOWN) {
        if (!this.failed[i]) { this.timers[i] = 0; continue; }
        const r = this.timing.recover(paths[i]!);
        this.timers[i] = r ? h.schedule(this, r.ms, i, r.timer) : 0;
        const text = this.onBack(h, i, r);
        if (text) this.say(h, text, i);
      }
    }
  }

  fire(h: MachineHost, i: number, id: number): void {
    if (this.timers[i] !== id) return;
    this.timers[i] = 0;
    if (this.phys[i] === DOWN && !this.failed[i]) {
      this.failed[i] = 1;
      if (this.current === i || this.current < 0) this.current = this.firstEnabled();
      this.say(h, this.onFailed(h, i), i);
    } else if (this.phys[i] !== DOWN && this.failed[i]) {
      this.failed[i] = 0;
      const r = this.timing.recover(this.unit.paths[i]!);
      const resumed = this.current < 0;
      // fail_over sends I/O to the first enabled path in priority order: a preferred path that returns takes it back.
      const back = !resumed && this.policy === 'fail_over' && i < this.current;
      if (resumed || back) this.current = i;
      this.say(h, `${this.onEnabled(h, i, r?.why ?? '')}${resumed ? ', I/O resumes on it' : back ? ', I/O returns to it (path priority)' : ''}`, i);
    }
  }

  /** The enabled paths that work. */
  protected alive(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.phys.length; i++) if (!this.failed[i] && this.phys[i] !== DOWN) out.push(i);
    return out;
  }

  /** Where I/O goes after path i failed: "I/O resumes on vscsi1 (vios2)" or "no path left". */
  protected whereNow(): string {
    if (this.policy === 'fail_over') {
      if (this.current < 0) return 'no path left: I/O errors, the disk is lost';
      const p = this.unit.paths[this.current]!;
      return this.phys[this.current] === DOWN ? `I/O retried on ${pathName(p)}, which is down too` : `I/O resumes on ${pathName(p)}`;
    }
    const alive = this.alive();
    return alive.length === 0 ? 'no path left: I/O errors, the disk is lost' : `I/O continues on ${alive.map((i) => pathName(this.unit.paths[i]!)).join(' and ')}`;
  }

  state(): number {
    const n = this.phys.length;
    if (n === 0) return OUTAGE;
    if (this.policy === 'fail_over') {
      if (this.current >= 0 && this.phys[this.current] === DOWN) return FAILING_OVER;
    } else {
      for (let i = 0; i < n; i++) if (!this.failed[i] && this.phys[i] === DOWN) return FAILING_OVER;
    }
    let alive = 0;
    let whole = true;
    for (let i = 0; i < n; i++) {
      if (!this.failed[i] && this.phys[i] !== DOWN) alive++;
      if (this.failed[i] || this.phys[i] !== UP) whole = false;
    }
    if (alive === 0) return OUTAGE;
    return whole ? OK : DEGRADED;
  }

  active(): number[] {
    if (this.policy === 'fail_over') return this.current >= 0 && this.phys[this.current] !== DOWN ? [this.current] : [];
    return this.alive();
  }

  timerOf(i: number): number { return this.timers[i] ?? 0; }

  pending(): boolean {
    for (let i = 0; i < this.timers.length; i++) if (this.timers[i]) return true;
    return false;
  }

  note(): string {
    const hung: string[] = [];
    const stale: string[] = [];
    for (let i = 0; i < this.phys.length; i++) {
      const p = this.unit.paths[i]!;
      if (!this.failed[i] && this.phys[i] === DOWN) hung.push(`${pathName(p)} not answering, ${this.timing.detect(p).why}`);
      if (this.failed[i] && this.phys[i] !== DOWN) stale.push(`${pathName(p)} back, still Failed${this.timers[i] ? ' until the next health check' : ''}`);
    }
    if (hung.length > 0) return `I/O paused: ${hung.join('; ')}`;
    return stale.join('; ');
  }
}

/** The client's health check: hcheck_interval (AIX MPIO paths) or the multipath poll (other clients). */
export function healthCheck(h: MachineHost, owner: Owner | undefined, p: ModelPath): { ms: number; why: string; timer: TimerName } | null {
  if (!p.mpio) return { ms: h.settings.multipathPollMs, why: `multipath poll ${secs(h.settings.multipathPollMs)}`, timer: 'multipath poll' };
  const hc = owner?.hcheckInterval ?? 0;
  return hc > 0 ? { ms: hc * 1000, why: `health check, hcheck_interval=${hc}`, timer: 'hcheck_interval' } : null;
}

/** Detection and recovery of a client's disk paths: vscsi_path_to / rw_timeout (vSCSI), fc_err_recov (NPIV, own FC). */
export function storageTiming(h: MachineHost, owner: Owner | undefined): MultipathTiming {
  return {
    detect: (p) => (p.kind === 'vscsi' ? vscsiDetectMs(h.settings, owner?.tunables)
      : p.kind === 'npiv' || p.kind === 'dedicated-fc' ? fcDetectMs(h.settings, owner?.tunables)
        : { ms: 0, why: 'link down' }),
    recover: (p) => healthCheck(h, owner, p),
  };
}

/** A client disk's multipath (vSCSI MPIO, NPIV multipath): the storage timings of its first owner, one Failed sentence. */
export abstract class StorageMultipath extends Multipath {
  constructor(index: number, unit: ModelUnit, owners: Owner[], h: MachineHost) {
    super(index, unit, owners, storageTiming(h, owners[0]), h);
  }

  protected onFailed(_h: MachineHost, i: number): string {
    return `path via ${pathName(this.unit.paths[i]!)} Failed, ${this.whereNow()}`;
  }
}
