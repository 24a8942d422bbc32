/**
 * NPIV multipath (REFERENCE.md 3.2): the client's own multipath driver sends I/O over every enabled path. When a VIOS
 * or its FC port goes, the paths through it are NOT_LOGGED_IN at once; the driver fails the I/O queued on them after
 * fc_err_recov's delay (fast_fail: the fabric settles, about 15 s; delayed_fail: longer) and continues on the others.
 * The same machine plays the client's own FC adapters (link loss, same driver timing).
 */
import type { MachineHost } from './machine.ts';
import { pathName, secs } from './machine.ts';
import { StorageMultipath } from './multipath.ts';

export class NpivMultipath extends StorageMultipath {
  readonly mechanism = 'npiv-multipath' as const;
  protected readonly policy = 'round_robin' as const;

  protected onLost(_h: MachineHost, i: number): string | null {
    const p = this.unit.paths[i]!;
    const state = p.kind === 'npiv' ? 'NOT_LOGGED_IN' : 'link down';
    return `${pathName(p)} ${state}, I/O queued on it waits (${this.timing.detect(p).why})`;
  }

  protected onBack(_h: MachineHost, i: number, r: { ms: number; why: string } | null): string | null {
    const p = this.unit.paths[i]!;
    const back = p.kind === 'npiv' ? 'LOGGED_IN again' : 'link up';
    if (r) return `${pathName(p)} ${back}; the path is used again after the ${r.why} (${secs(r.ms)})`;
    return `${pathName(p)} ${back}, but the path stays Failed: hcheck_interval=0 never re-enables it (chpath -s enable -p ${p.via})`;
  }

  protected onEnabled(_h: MachineHost, i: number, why: string): string {
    return `path via ${pathName(this.unit.paths[i]!)} Enabled again by the ${why}, I/O spread over it again`;
  }
}
