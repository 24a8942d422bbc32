/** The timed simulation's data: actions, events, frames and state codes. Plain data, safe to post to and from a worker. */
import type { Id } from '../../model/schema/index.ts';
import type { ImpactResult } from '../impact/types.ts';

/** What the user (or a scenario) does at a time: fail / restore a component, a planned VIOS shutdown, an SEA's ha_mode. */
export type SimActionKind = 'fail' | 'restore' | 'shutdown' | 'standby' | 'auto';
export interface SimAction { atMs: number; action: SimActionKind; targetId: string }

/** Which state machine spoke (or `component` for the failure or restore itself, `load` for utilisation). */
export type SimMechanism =
  | 'component' | 'vscsi-mpio' | 'npiv-multipath' | 'lvm-mirror' | 'sea-failover' | 'sea-sharing' | 'sea-storm'
  | 'nib' | 'direct' | 'load'
  /** MODERN.md 7: the hypervisor's vNIC failover, SR-IOV logical ports cut with their physical port, the SSP cluster's nodes and pool. */
  | 'vnic-failover' | 'sriov' | 'ssp-cluster';

/** One state change. `sentence` is what an administrator reads, without the time (formatEvent adds "t+31.2 s"). */
export interface SimEvent {
  t: number;
  componentIds: string[];
  partitionIds: Id[];
  mechanism: SimMechanism;
  sentence: string;
}

/**
 * Service and partition state codes in frames. 0 OK, 1 Degraded, 2 Outage, 3 failing over (I/O paused while a
 * mechanism's timer runs: detection, keep-alives, pings). Severity order for "worst of": OK < Degraded < failing over
 * < Outage (STATE_RANK).
 */
export const OK = 0;
export const DEGRADED = 1;
export const OUTAGE = 2;
export const FAILING_OVER = 3;
export const STATE_RANK = [0, 1, 3, 2] as const;
export const STATE_NAMES = ['OK', 'Degraded', 'Outage', 'failing over'] as const;
export const worseState = (a: number, b: number): number => (STATE_RANK[a as 0]! >= STATE_RANK[b as 0]! ? a : b);

/** Link (component) state codes in frames: 0 up and idle or standby, 1 carrying I/O, 2 over capacity, 3 failed. */
export const LINK_IDLE = 0;
export const LINK_ACTIVE = 1;
export const LINK_OVERLOADED = 2;
export const LINK_FAILED = 3;

/**
 * A compact frame for drawing: one entry per component of the path model (PathModel.components order) and per client
 * partition (PathModel.partitions order). Fresh arrays every call: transfer their buffers from a worker.
 */
export interface SimFrame {
  t: number;
  linkState: Uint8Array;
  /** Load in Mb/s and utilisation (load / capacity, 0 when the component is not a link). */
  linkLoad: Float32Array;
  linkUtilisation: Float32Array;
  storage: Uint8Array;
  network: Uint8Array;
  /** Per path of every machine (PathInfo order): PATH_STANDBY, PATH_ACTIVE, PATH_FAILING (down, not yet noticed), PATH_FAILED. */
  pathState: Uint8Array;
  /**
   * Per path (PathInfo order): when the mechanism's timer running for it fires (simulated ms; NaN when none runs), and
   * which timer it is (an index into TIMER_NAMES): the animation counts it down near the path ("vscsi_path_to 23 s").
   */
  pathDue: Float64Array;
  pathTimer: Uint8Array;
  /** Events so far (the index of the next event): the UI fetches events.slice(prev, eventCount). */
  eventCount: number;
}

/** An over-capacity link and the partitions it slows down. */
export interface Overload { componentId: string; name: string; utilisation: number; capacityMbps: number; partitionIds: Id[]; reason: string }

export interface SimSnapshot {
  t: number;
  frame: SimFrame;
  /** The verdicts in the impact engine's shape (a failing over service counts as Outage there, with its reason). */
  impact: ImpactResult;
  overloads: Overload[];
  events: SimEvent[];
  /** True when no timer is running: the verdicts are the impact engine's for the failures in force. */
  settled: boolean;
}

export const formatTime = (ms: number): string => `t+${(ms / 1000).toFixed(1)} s`;
export const formatEvent = (e: SimEvent): string => `${formatTime(e.t)} ${e.sentence}`;

/** Path state codes in frames. */
export const PATH_STANDBY = 0;
export const PATH_ACTIVE = 1;
export const PATH_FAILING = 2;
export const PATH_FAILED = 3;

/**
 * The paths the frame's pathState speaks of, once per topology: one entry per path of every machine, with the unit it
 * belongs to (a disk, a VLAN's bridging, a NIB channel), the client partitions using it and the design records drawn
 * along it (for the animation's dots).
 */
export interface PathInfo { unit: string; mechanism: SimMechanism; partitionIds: string[]; through: string; via: string; elementIds: string[] }

/** The timers a mechanism runs, as they are named on the system (SimFrame.pathTimer indexes this list; 0 none). */
export const TIMER_NAMES = ['', 'vscsi_path_to', 'rw_timeout', 'fc_err_recov', 'hcheck_interval', 'multipath poll', 'keep-alives', 'fail-back', 'netaddr pings', 'poll_uplink', 'vNIC failover'] as const;
export type TimerName = (typeof TIMER_NAMES)[number];
