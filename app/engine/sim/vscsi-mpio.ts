/**
 * vSCSI client MPIO across VIOS (REFERENCE.md 3.1): fail_over only, one path carries I/O. A VIOS that stops answering
 * is noticed after vscsi_path_to plus the retried command (fast_fail: at once; delayed_fail: up to 60 s more), or
 * after rw_timeout without vscsi_path_to; in-flight I/O is paused meanwhile, then resumed on the other path. A
 * returned path stays Failed until the health check (hcheck_interval) re-enables it: never with 0.
 * Also LV-, file-backed and single-path vSCSI disks (one path: the disk is lost with its VIOS).
 */
import type { MachineHost } from './machine.ts';
import { pathName, secs } from './machine.ts';
import { StorageMultipath } from './multipath.ts';

export { healthCheck, storageTiming } from './multipath.ts';

export class VscsiMpio extends StorageMultipath {
  readonly mechanism = 'vscsi-mpio' as const;
  protected readonly policy = 'fail_over' as const;

  protected onLost(_h: MachineHost, i: number): string | null {
    if (i !== this.current) return null;
    const p = this.unit.paths[i]!;
    return `${pathName(p)} stops answering, I/O paused (${this.timing.detect(p).why})`;
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
