/**
 * vSCSI client MPIO across VIOS (REFERENCE.md 3.1): fail_over only, one path carries I/O. A VIOS that stops answering
 * is noticed after vscsi_path_to plus the retried command (fast_fail: at once; delayed_fail: up to 60 s more), or
 * after rw_timeout without vscsi_path_to; in-flight I/O is paused meanwhile, then resumed on the other path. A
 * returned path stays Failed until the health check (hcheck_interval) re-enables it: never with 0.
 * Also LV-, file-backed and single-path vSCSI disks (one path: the disk is lost with its VIOS).
 */
import type { ModelPath, ModelUnit } from '../impact/model.ts';
import type { MachineHost, Owner } from './machine.ts';
import { pathName, secs } from './machine.ts';
import { Multipath, type MultipathTiming } from './multipath.ts';
import { fcDetectMs, vscsiDetectMs } from './settings.ts';
import type { TimerName } from './types.ts';

/** The client's health check: hcheck_interval (AIX MPIO paths) or the multipath poll (other clients). */
export function healthCheck(h: MachineHost, owner: Owner | undefined, p: ModelPath): { ms: number; why: string; timer: TimerName } | null {
  if (!p.mpio) return { ms: h.settings.multipathPollMs, why: `multipath poll ${secs(h.settings.multipathPollMs)}`, timer: 'multipath poll' };
  const hc = owner?.hcheckInterval ?? 0;
  return hc > 0 ? { ms: hc * 1000, why: `health check, hcheck_interval=${hc}`, timer: 'hcheck_interval' } : null;
}

export function storageTiming(h: MachineHost, owner: Owner | undefined): MultipathTiming {
  return {
    detect: (p) => (p.kind === 'vscsi' ? vscsiDetectMs(h.settings, owner?.tunables)
      : p.kind === 'npiv' || p.kind === 'dedicated-fc' ? fcDetectMs(h.settings, owner?.tunables)
        : { ms: 0, why: 'link down' }),
    recover: (p) => healthCheck(h, owner, p),
  };
}

export class VscsiMpio extends Multipath {
  readonly mechanism = 'vscsi-mpio' as const;
  protected readonly policy = 'fail_over' as const;

  constructor(index: number, unit: ModelUnit, owners: Owner[], h: MachineHost) {
    super(index, unit, owners, storageTiming(h, owners[0]), h);
  }

  protected onLost(_h: MachineHost, i: number): string | null {
    if (i !== this.current) return null;
    const p = this.unit.paths[i]!;
    return `${pathName(p)} stops answering, I/O paused (${this.timing.detect(p).why})`;
  }

  protected onFailed(_h: MachineHost, i: number): string {
    return `path via ${pathName(this.unit.paths[i]!)} Failed, ${this.whereNow()}`;
  }

  protected onBack(_h: MachineHost, i: number, r: { ms: number; why: string } | null): string | null {
    const p = this.unit.paths[i]!;
    if (r) return `${p.through} answers again on ${p.via || 'its path'}; the path stays Failed until the ${r.why} (${secs(r.ms)})`;
    const dev = p.via || 'the adapter';
    return `path via ${pathName(p)} stays Failed: hcheck_interval=0 never re-enables it (chpath -s enable -p ${dev})`;
  }

  protected onEnabled(_h: MachineHost, i: number, why: string): string {
    return `path via ${pathName(this.unit.paths[i]!)} Enabled again by the ${why}${this.current === i || i < this.current ? '' : ', standby for fail_over'}`;
  }
}
