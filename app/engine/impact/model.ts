/**
 * The path model: per client partition, its services (each disk or volume group, each network) and, for each, the
 * alternative paths that carry it as lists of failable components, with the mechanism that chooses between them
 * (REFERENCE.md section 3). Built once per design (build.ts); one failure's impact then only re-evaluates the
 * services whose paths hold a failed component (impact.ts). Component references are indexes into `components`.
 */
import type { Id } from '../../model/schema/index.ts';
import type { FailableComponent, ServiceKind } from './types.ts';

/** How the alternatives of a service are chosen between (REFERENCE.md section 3). */
export type Mechanism =
  | 'vscsi-mpio' // 3.1: client MPIO across VIOS, fail_over only
  | 'npiv-multipath' // 3.2: the client's multipath driver over its vFC (and own FC) paths
  | 'single-path' // one path: LV/file/internal disk on one VIOS, one vSCSI path, one port
  | 'lvm-mirror' // client LVM mirror copies (volume group)
  | 'dedicated' // the client's own adapter(s)
  | 'sea-failover' // 3.4: ha_mode=auto pair, primary bridges, backup idle
  | 'sea-sharing' // 3.5: ha_mode=sharing pair, both bridge halves
  | 'sea-single' // one SEA, no failover
  | 'sea-uncoordinated' // two or more SEAs bridging the same VLAN without a working control channel (storm)
  | 'hypervisor' // VLAN not bridged outside: the hypervisor switches it, no VIOS involved
  | 'nib' // 3.6: client EtherChannel in netif_backup mode
  | 'etherchannel' // client 802.3ad / standard aggregation
  | 'hea' // 3.7: HEA logical port on an HEA physical port
  | 'vnic-failover' // MODERN.md 7.1: a vNIC's backing devices, the hypervisor activates the working one of lowest priority
  | 'sriov'; // MODERN.md 7.2: a client's own SR-IOV logical port, lost with its physical port or adapter

/** Settings that decide recovery, kept for the timed simulation (second issue). */
export interface RecoverySettings {
  /** MPIO path health check interval of the client's hdisks (0 = never re-enables a Failed path). */
  hcheckInterval?: number;
  hcheckMode?: string;
  vscsiPathTimeout?: number;
  vscsiErrRecov?: string;
  fcErrRecov?: string;
  dynamicTracking?: boolean;
  /** SEA pair: ha_mode of each SEA, the control channel (adapter ids and PVID, or "automatic") and whether it works. */
  haModes?: string[];
  controlChannel?: { adapterIds: Id[]; pvid: number | null; automatic: boolean; working: boolean; why?: string };
  /** SEA or NIB: the address pinged to decide it can bridge / carry traffic. */
  netaddr?: string[];
  pollUplink?: boolean;
  /** vNIC: auto_priority_failover (back to the preferred backing device once it works again). */
  autoPriorityFailover?: boolean;
}

/** One path of a service: every `requires` component must be up, and for each group at least one alternative. */
export interface ModelPath {
  /** "vios1", "SEA ent3 on vios1", "HEA port 0-1 of p6" — what a lost path is called in a reason. */
  through: string;
  /** "vscsi1", "fcs0", "ent0" — the client-side device it continues on. */
  via: string;
  kind: 'vscsi' | 'npiv' | 'dedicated-fc' | 'dedicated-sas' | 'sea' | 'hea' | 'dedicated-ethernet' | 'hypervisor' | 'vnic' | 'sriov';
  /** The VIOS on the path (null when none). */
  viosId: Id | null;
  requires: number[];
  /** Groups of alternatives (FC ports to a fabric, link aggregation members): each alternative is a component list. */
  anyOf: number[][][];
  /** Design records of the path, for highlighting. */
  elementIds: Id[];
  /** A path whose Failed state needs the client's MPIO health check to come back (vSCSI and NPIV disks of AIX). */
  mpio: boolean;
  /** SEA paths: the SEA (for the storm and for planned standby). */
  seaId?: Id;
  /** SEA failover: lower is primary; vNIC: the backing device's failover_priority (lower is preferred). */
  priority?: number;
}

/** A unit the client needs whole: one disk, one network attachment. It is served while one of its paths is. */
export interface ModelUnit {
  label: string;
  /** Short name inside a volume group's reason: "lv_aix01 (vios1)", "LUN DATA01". */
  short?: string;
  mechanism: Mechanism;
  paths: ModelPath[];
  /** EtherChannel: the first `primaryPaths` paths belong to the primary adapter, the rest to the backup. */
  primaryPaths?: number;
  /** NIB whose primary is virtual without netaddr or poll_uplink: a lost primary path is never detected. */
  undetectedPrimary?: boolean;
  /** SEAs that bridge at once when both are up (no working control channel): a broadcast storm. */
  stormPaths?: number[];
  /** SEA pair with a working control channel: its adapters (components); one failed while both SEAs are up = a storm. */
  controlChannel?: number[];
  /** Shared by the services of many partitions (a VLAN's bridges); its state does not depend on the partition. */
  shared?: boolean;
  /** LV-, file-backed or internal disk of a VIOS (one path by nature). */
  localDisk?: boolean;
  /** vNIC: auto_priority_failover (its paths are its backing devices, lowest failover_priority first). */
  autoPriorityFailover?: boolean;
}

export interface ModelService {
  index: number;
  partition: number;
  key: string;
  kind: ServiceKind;
  label: string;
  mechanism: Mechanism;
  /** Mirror copies (OR); each copy needs all its units (AND). Anything but a volume group has one copy of one unit. */
  copies: ModelUnit[][];
  /** Copy labels for volume groups ("copy 1 on hdisk0"). */
  copyLabels?: string[];
  recovery: RecoverySettings;
  /** Components on any path of the service (sorted, distinct). */
  components: number[];
  /** Network: traffic between partitions on this VLAN stays in the hypervisor whatever happens outside. */
  internalNote?: string;
}

export interface ModelPartition {
  index: number;
  partitionId: Id;
  name: string;
  systemId: Id;
  /** The frame's component index (a failed frame takes the partition down). */
  frame: number;
  services: number[];
  kind: string;
  hcheckInterval: number;
}

export interface PathModel {
  designName: string;
  components: FailableComponent[];
  componentIndex: Map<string, number>;
  /** Component index -> kind of design record it is, for quick filters. */
  partitions: ModelPartition[];
  services: ModelService[];
  /** Component index -> indexes of the services whose paths hold it (sorted). */
  servicesOf: number[][];
  /** Component index -> indexes of the partitions it touches (sorted). */
  partitionsOf: number[][];
  /** VIOS partition id -> its SEAs (for maintenance). */
  seasOfVios: Map<Id, { id: Id; deviceName: string; haMode: string }[]>;
}
