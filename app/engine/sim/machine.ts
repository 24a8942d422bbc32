/**
 * What every mechanism's state machine implements, and what the simulation offers it. A machine owns one unit of the
 * path model (a disk, a VLAN's bridging, a NIB channel ...): it reads the physical state of its paths, runs its
 * timers and says, at any time, the unit's state (OK, Degraded, Outage or failing over) and the paths carrying I/O.
 */
import type { ClientTunables, Id } from '../../model/schema/index.ts';
import type { FailureState } from '../impact/evaluate.ts';
import type { ModelPath, ModelUnit, PathModel } from '../impact/model.ts';
import type { SimulationSettings } from './settings.ts';
import type { SimMechanism, TimerName } from './types.ts';

export interface MachineHost {
  readonly now: number;
  readonly model: PathModel;
  readonly settings: SimulationSettings;
  /** Components down now (physical truth), and those down by a planned shutdown. No `restored`: machines remember. */
  readonly physical: FailureState;
  /** SEA components put to ha_mode=standby (by the user, or before a planned VIOS shutdown). */
  readonly standby: Uint8Array;
  /** Starts a timer (named as on the system, for the countdown drawn); the id comes back to fire(). A machine forgets an id to cancel its timer. */
  schedule(m: Machine, delayMs: number, tag: number, name?: TimerName): number;
  emit(mechanism: SimMechanism, sentence: string, componentIds: string[], partitionIds: Id[]): void;
  /** "after vios1 failed": the action that set things moving (for load sentences). */
  readonly cause: string;
}

/** A client partition's view of a unit it owns. */
export interface Owner { partition: number; name: string; partitionId: Id; tunables?: ClientTunables; hcheckInterval: number; kind: string }

export interface Machine {
  readonly index: number;
  readonly unit: ModelUnit;
  /** Client partitions whose services use the unit (one for a disk; every client on a VLAN for its bridging). */
  readonly owners: Owner[];
  readonly mechanism: SimMechanism;
  /** Per path: UP, PARTIAL or DOWN from its components (impact/evaluate.ts). */
  readonly phys: Uint8Array;
  /** Per path, for multipath machines: 1 = the client marked it Failed. */
  readonly failed?: Uint8Array;
  /** The physical state of some component on the unit's paths changed. */
  update(h: MachineHost): void;
  fire(h: MachineHost, tag: number, id: number): void;
  /** 0 OK, 1 Degraded, 2 Outage, 3 failing over (types.ts). */
  state(): number;
  /** Path indexes carrying I/O now. */
  active(): number[];
  /** A timer is running. */
  pending(): boolean;
  /** The id of the timer running for path i (0 none): its due time and name are the host's (Simulation.timerInfo). */
  timerOf?(path: number): number;
  /** While failing over or Degraded for a reason the impact engine does not know: what is going on. */
  note(): string;
}

/** "aix01 " for a unit of one partition, "" for a shared one (a VLAN's bridging). */
export const ownerPrefix = (owners: readonly Owner[]): string => (owners.length === 1 ? `${owners[0]!.name} ` : '');
export const ownerIds = (owners: readonly Owner[]): Id[] => owners.map((o) => o.partitionId);
export const pathName = (p: ModelPath): string => (p.via ? `${p.via} (${p.through})` : p.through);
export const secs = (ms: number): string => `${Number((ms / 1000).toFixed(1))} s`;
export const elementIds = (p: ModelPath): string[] => p.elementIds;
