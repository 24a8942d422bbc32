/**
 * The failure-impact engine's contract: what a failure is, what a verdict is, and the shape of every answer.
 * The engine (app/engine/impact/*) implements it; the worker, the store, the panels and `npm run simulate`
 * read it. Pure data: no functions, no Maps, so it crosses the worker boundary as it is.
 */
import type { Id } from '../../model/schema/index.ts';

/** A service's or a partition's state once the failover mechanisms have acted (REFERENCE.md section 3). */
export type Verdict = 'OK' | 'Degraded' | 'Outage';
export const VERDICTS: readonly Verdict[] = ['OK', 'Degraded', 'Outage'];
/** Higher is worse: sort and compare with this. */
export const VERDICT_RANK: Readonly<Record<Verdict, number>> = { OK: 0, Degraded: 1, Outage: 2 };
export const worseOf = (a: Verdict, b: Verdict): Verdict => (VERDICT_RANK[a] >= VERDICT_RANK[b] ? a : b);

/** What can fail. */
export type FailableKind =
  | 'frame' | 'vios' | 'physical-port' | 'physical-adapter' | 'link-aggregation' | 'sea' | 'hea-port'
  | 'san-fabric' | 'storage-array' | 'lun' | 'ethernet-switch'
  /** The control channel's virtual Ethernet adapter of an SEA failover pair (its loss: both SEAs bridge, a storm). */
  | 'control-channel'
  /** SR-IOV (MODERN.md 7.1, 7.2): an adapter (EEH error: every port), a physical port (link loss: every logical port on it), a logical port. */
  | 'sriov-adapter' | 'sriov-port' | 'sriov-logical-port';

export interface FailableComponent {
  /**
   * Stable id: the design record's id (system, VIOS partition, physical port, link aggregation, SEA, HEA port,
   * fabric, array, LUN, switch). A physical adapter has no record of its own: its id is `adapter:` followed by
   * the ports' common location prefix (or the owning partition id and adapter text when there is no location).
   */
  id: string;
  kind: FailableKind;
  /** What an administrator calls it: "vios1", "vios1 fcs0", "fabric-a", "DS8K-01", "sw-lan-1". */
  name: string;
  /** Design records drawn as failed when this component fails (for an adapter: its ports). */
  elementIds: Id[];
}

/** One failure in force. `planned` (VIOS only): an orderly shutdown, SEA put to standby first. */
export interface Failure { id: string; planned?: boolean }

export type ServiceKind = 'storage' | 'network';

export interface ServiceVerdict {
  /** Stable within the partition, e.g. `lun:lun-3`, `backing:bd-7`, `vg:vg-1`, `vlan:sys-1:ETHERNET0:10`, `hea:hlp-2`. */
  key: string;
  kind: ServiceKind;
  /** As an administrator names it: "rootvg", "hdisk1 (LUN DATA01)", "VLAN 10 on ETHERNET0". */
  label: string;
  verdict: Verdict;
  /** One line that names the components: "rootvg: path through vios1 lost, continues on vios2 via vscsi1". */
  reason: string;
  /** Design records on the paths that are lost, and on the paths that carry the service now (for highlighting). */
  lostElementIds: Id[];
  survivingElementIds: Id[];
}

export interface PartitionImpact {
  partitionId: Id;
  name: string;
  /** Worst of the partition's storage services (OK when it has none). */
  storage: Verdict;
  /** Worst of the partition's network services (OK when it has none). */
  network: Verdict;
  /** Worst of the two. */
  verdict: Verdict;
  /** The reason of the worst service ("" when everything is OK). */
  reason: string;
  services: ServiceVerdict[];
}

export interface ImpactResult {
  /** Ids of the failures in force, as given. */
  failed: string[];
  /** Every client partition (VIOS excluded), worst first, then by name. */
  partitions: PartitionImpact[];
  counts: Readonly<Record<Verdict, number>>;
}

/** What one component (N-1) or one pair of components (N-2) takes down. */
export interface FailureEntry {
  components: FailableComponent[];
  /** Only the client partitions not OK, worst first. */
  partitions: Array<Pick<PartitionImpact, 'partitionId' | 'name' | 'storage' | 'network' | 'verdict' | 'reason'>>;
  outages: number;
  degraded: number;
  /** Client services made worse (a tie-breaker: a VIOS takes disks and networks, a switch only networks). */
  services: number;
}

export interface AnalysisProgress { done: number; total: number }

/** Why a planned VIOS shutdown would not be clean. */
export interface MaintenanceBlocker {
  partitionId: Id;
  name: string;
  kind: 'single-path' | 'unmirrored-lv' | 'hcheck-interval-0' | 'single-bridge' | 'other';
  reason: string;
}

export interface MaintenanceRehearsal {
  viosId: Id;
  /** The administrator's steps in order ("chdev -dev ent7 -attr ha_mode=standby on vios1", "shutdown vios1"). */
  steps: string[];
  impact: ImpactResult;
  blockers: MaintenanceBlocker[];
}

/**
 * Options of an impact computation. `restored`: components that failed and are up again (the Restore after a Fail).
 * They count as up, except that on an AIX client with hcheck_interval=0 an MPIO path through them stays Failed
 * (Degraded until the path is re-enabled with chpath); a component both failed and restored counts as failed.
 */
export interface ImpactOptions { restored?: readonly string[] }
