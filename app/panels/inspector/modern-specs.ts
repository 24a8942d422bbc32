import type { CollectionName, Design, Id } from '../../model/index.ts';
import * as ops from '../../model/index.ts';
import { COMPAT_MODES, LU_PROVISIONING, OpError, POWERVM_EDITIONS, SRIOV_MODES, SWITCH_MODES } from '../../model/index.ts';
import { backingDevicesOf } from '../../model/modern-query.ts';
import type { FieldSpec } from './specs-types.ts';
import { parseInteger, parseNumber } from './checks.ts';

/**
 * Inspector fields of today's PowerVM (MODERN.md): SR-IOV adapters, physical and logical ports, vNICs and their
 * backing devices, SSP clusters and logical units, and the partition and frame settings LPM reads. Every value goes
 * through the model's operation, which refuses what the HMC refuses; ranges the schema leaves open are checked here.
 */
const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const F = (s: FieldSpec) => s;
type Rec<C extends CollectionName> = Design['domain'][C][string];
const rec = <C extends CollectionName>(d: Design, c: C, id: Id) => d.domain[c][id] as Rec<C>;

/** A percentage of bandwidth: 0..100 in steps the port's granularity allows (the operation checks the step, SRIOV-3). */
function parsePercent(raw: string, what: string): number {
  const v = parseNumber(raw, what);
  if (v < 0 || v > 100) throw new OpError(`${what} is a percentage from 0 to 100`, 'SRIOV-3');
  return v;
}

/** LMB sizes in MB the HMC offers (Power10 adds 1, 2 and 4 GB with FW1050) (LPM-15). */
export const LMB_SIZES = ['16', '32', '64', '128', '256', '512', '1024', '2048', '4096'] as const;

/** A device of the partition named as typed (a virtual Ethernet adapter or a vNIC), for a logical port's backup device. */
function backupRef(d: Design, id: Id, raw: string): { kind: 'veth' | 'vnic'; id: Id } | null {
  const name = raw.trim();
  if (!name || name === 'none') return null;
  const lp = rec(d, 'sriovLogicalPorts', id);
  const veth = Object.values(d.domain.vethAdapters).find((a) => a.partitionId === lp.partitionId && a.deviceName === name);
  if (veth) return { kind: 'veth', id: veth.id };
  const vnic = Object.values(d.domain.vnicAdapters).find((a) => a.partitionId === lp.partitionId && a.deviceName === name);
  if (vnic) return { kind: 'vnic', id: vnic.id };
  throw new OpError(`${d.domain.partitions[lp.partitionId]?.name ?? 'The partition'} has no virtual Ethernet adapter or vNIC named ${name}`, 'SRIOV-9');
}

const lunByName = (d: Design, raw: string): Id | null => {
  const name = raw.trim();
  if (!name) return null;
  const lun = Object.values(d.domain.luns).find((l) => l.name === name);
  if (!lun) throw new OpError(`No SAN LUN named ${name}`);
  return lun.id;
};

export const MODERN_SPECS: Partial<Record<CollectionName, FieldSpec[]>> = {
  sriovAdapters: [
    F({ key: 'name', label: 'Name', kind: 'text', get: (d, id) => rec(d, 'sriovAdapters', id).name, set: (d, id, v) => ops.updateSriovAdapter(d, { id, patch: { name: String(v) } }) }),
    F({ key: 'mode', label: 'Adapter mode', kind: 'select', options: SRIOV_MODES, get: (d, id) => rec(d, 'sriovAdapters', id).mode, set: (d, id, v) => ops.updateSriovAdapter(d, { id, patch: { mode: v as 'shared' } }) }),
    F({ key: 'adapterId', label: 'Adapter id', kind: 'number', hint: '1..255', get: (d, id) => str(rec(d, 'sriovAdapters', id).adapterId), set: (d, id, v) => ops.updateSriovAdapter(d, { id, patch: { adapterId: parseInteger(String(v), 'Adapter id', 1, 255) } }) }),
    F({ key: 'maxLogicalPorts', label: 'Max logical ports', kind: 'number', hint: 'adapter_max_logical_ports', get: (d, id) => str(rec(d, 'sriovAdapters', id).maxLogicalPorts), set: (d, id, v) => ops.updateSriovAdapter(d, { id, patch: { maxLogicalPorts: parseInteger(String(v), 'Max logical ports', 1, 1024, 'SRIOV-2') } }) }),
  ],
  sriovPhysicalPorts: [
    F({ key: 'speedGbps', label: 'Speed (Gb)', kind: 'number', get: (d, id) => str(rec(d, 'sriovPhysicalPorts', id).speedGbps), set: (d, id, v) => { const s = parseNumber(String(v), 'Speed'); if (!(s > 0 && s <= 400)) throw new OpError('Speed is from 0 to 400 Gb'); return ops.updateSriovPhysicalPort(d, { id, patch: { speedGbps: s } }); } }),
    F({ key: 'switchMode', label: 'Switch mode', kind: 'select', options: SWITCH_MODES, hint: 'VEB: local traffic stays in the adapter; VEPA: reflected by the switch', get: (d, id) => rec(d, 'sriovPhysicalPorts', id).switchMode, set: (d, id, v) => ops.updateSriovPhysicalPort(d, { id, patch: { switchMode: v as 'veb' } }) }),
    F({ key: 'reflectiveRelay', label: 'Switch reflective relay', kind: 'bool', get: (d, id) => rec(d, 'sriovPhysicalPorts', id).reflectiveRelay, set: (d, id, v) => ops.updateSriovPhysicalPort(d, { id, patch: { reflectiveRelay: Boolean(v) } }) }),
    F({ key: 'maxLogicalPorts', label: 'Max logical ports', kind: 'number', hint: 'phys_port_max_logical_ports', get: (d, id) => str(rec(d, 'sriovPhysicalPorts', id).maxLogicalPorts), set: (d, id, v) => ops.updateSriovPhysicalPort(d, { id, patch: { maxLogicalPorts: parseInteger(String(v), 'Max logical ports', 1, 256, 'SRIOV-2') } }) }),
    F({ key: 'capacityGranularity', label: 'Capacity granularity (%)', kind: 'number', get: (d, id) => str(rec(d, 'sriovPhysicalPorts', id).capacityGranularity), set: (d, id, v) => { const g = parseNumber(String(v), 'Capacity granularity'); if (!(g > 0 && g <= 100)) throw new OpError('Capacity granularity is a percentage above 0, at most 100', 'SRIOV-3'); return ops.updateSriovPhysicalPort(d, { id, patch: { capacityGranularity: g } }); } }),
    F({ key: 'maxPromiscuousPorts', label: 'Promiscuous ports allowed', kind: 'number', hint: 'empty: not known', get: (d, id) => str(rec(d, 'sriovPhysicalPorts', id).maxPromiscuousPorts), set: (d, id, v) => ops.updateSriovPhysicalPort(d, { id, patch: { maxPromiscuousPorts: String(v).trim() === '' ? null : parseInteger(String(v), 'Promiscuous ports allowed', 0, 256, 'SRIOV-4') } }) }),
  ],
  sriovLogicalPorts: [
    F({ key: 'capacity', label: 'Capacity (%)', kind: 'number', hint: 'guaranteed minimum, multiple of the port granularity', get: (d, id) => str(rec(d, 'sriovLogicalPorts', id).capacity), set: (d, id, v) => ops.updateSriovLogicalPort(d, { id, patch: { capacity: parsePercent(String(v), 'Capacity') } }) }),
    F({ key: 'maxCapacity', label: 'Max capacity (%)', kind: 'number', get: (d, id) => str(rec(d, 'sriovLogicalPorts', id).maxCapacity), set: (d, id, v) => ops.updateSriovLogicalPort(d, { id, patch: { maxCapacity: parsePercent(String(v), 'Max capacity') } }) }),
    F({ key: 'promiscuous', label: 'Promiscuous', kind: 'bool', get: (d, id) => rec(d, 'sriovLogicalPorts', id).promiscuous, set: (d, id, v) => ops.updateSriovLogicalPort(d, { id, patch: { promiscuous: Boolean(v) } }) }),
    F({ key: 'migratable', label: 'Migratable (HNV)', kind: 'bool', get: (d, id) => rec(d, 'sriovLogicalPorts', id).migratable, set: (d, id, v) => ops.updateSriovLogicalPort(d, { id, patch: { migratable: Boolean(v) } }) }),
    F({ key: 'backupDevice', label: 'Backup device', kind: 'text', hint: 'entN of a virtual Ethernet adapter or vNIC; empty: none', get: (d, id) => { const b = rec(d, 'sriovLogicalPorts', id).backupDevice; return b ? (b.kind === 'veth' ? d.domain.vethAdapters[b.id] : d.domain.vnicAdapters[b.id])?.deviceName ?? '' : ''; },
      set: (d, id, v) => ops.updateSriovLogicalPort(d, { id, patch: { backupDevice: backupRef(d, id, String(v)) } }) }),
    F({ key: 'pvid', label: 'Port VLAN id', kind: 'number', hint: '0: untagged, 1..4094', get: (d, id) => str(rec(d, 'sriovLogicalPorts', id).pvid), set: (d, id, v) => ops.updateSriovLogicalPort(d, { id, patch: { pvid: parseInteger(String(v), 'Port VLAN id', 0, 4094, 'VLAN-1') } }) }),
  ],
  vnicAdapters: [
    F({ key: 'slot', label: 'Slot', kind: 'number', get: (d, id) => str(rec(d, 'vnicAdapters', id).slot), set: (d, id, v) => ops.updateVnic(d, { id, patch: { slot: parseInteger(String(v), 'Slot', 2, 65535, 'SLOT-1') } }) }),
    F({ key: 'autoPriorityFailover', label: 'Auto priority failover', kind: 'bool', get: (d, id) => rec(d, 'vnicAdapters', id).autoPriorityFailover, set: (d, id, v) => ops.updateVnic(d, { id, patch: { autoPriorityFailover: Boolean(v) } }) }),
    F({ key: 'pvid', label: 'Port VLAN id', kind: 'number', hint: '0: untagged, 1..4094', get: (d, id) => str(rec(d, 'vnicAdapters', id).pvid), set: (d, id, v) => ops.updateVnic(d, { id, patch: { pvid: parseInteger(String(v), 'Port VLAN id', 0, 4094, 'VLAN-1') } }) }),
  ],
  vnicBackingDevices: [
    F({ key: 'failoverPriority', label: 'Failover priority', kind: 'number', hint: '1..100, lower is preferred', get: (d, id) => str(rec(d, 'vnicBackingDevices', id).failoverPriority), set: (d, id, v) => ops.updateVnicBackingDevice(d, { id, patch: { failoverPriority: parseInteger(String(v), 'Failover priority', 1, 100, 'VNIC-6') } }) }),
  ],
  sspClusters: [
    F({ key: 'name', label: 'Cluster name', kind: 'text', hint: 'at most 63 characters', get: (d, id) => rec(d, 'sspClusters', id).name, set: (d, id, v) => ops.updateSspCluster(d, { id, patch: { name: String(v).trim() } }) }),
    F({ key: 'poolName', label: 'Pool name', kind: 'text', hint: 'at most 127 characters', get: (d, id) => rec(d, 'sspClusters', id).poolName, set: (d, id, v) => ops.updateSspCluster(d, { id, patch: { poolName: String(v).trim() } }) }),
    F({ key: 'repositoryLunId', label: 'Repository disk', kind: 'text', hint: 'SAN LUN name', get: (d, id) => d.domain.luns[rec(d, 'sspClusters', id).repositoryLunId ?? '']?.name ?? '', set: (d, id, v) => ops.updateSspCluster(d, { id, patch: { repositoryLunId: lunByName(d, String(v)) } }) }),
    F({ key: 'failureGroupName', label: 'Failure group', kind: 'text', hint: 'at most 63 characters', get: (d, id) => rec(d, 'sspClusters', id).failureGroupName, set: (d, id, v) => ops.updateSspCluster(d, { id, patch: { failureGroupName: String(v).trim() } }) }),
    F({ key: 'mirrorFailureGroupName', label: 'Mirror failure group', kind: 'text', hint: 'used when the pool is mirrored', get: (d, id) => rec(d, 'sspClusters', id).mirrorFailureGroupName, set: (d, id, v) => ops.updateSspCluster(d, { id, patch: { mirrorFailureGroupName: String(v).trim() } }) }),
    F({ key: 'alertThresholdPct', label: 'Free-space alert (%)', kind: 'number', hint: '1..99', get: (d, id) => str(rec(d, 'sspClusters', id).alertThresholdPct), set: (d, id, v) => ops.updateSspCluster(d, { id, patch: { alertThresholdPct: parseInteger(String(v), 'Free-space alert', 1, 99, 'SSP-10') } }) }),
  ],
  sspLogicalUnits: [
    F({ key: 'name', label: 'LU name', kind: 'text', hint: 'at most 127 characters', get: (d, id) => rec(d, 'sspLogicalUnits', id).name, set: (d, id, v) => ops.updateLogicalUnit(d, { id, patch: { name: String(v).trim() } }) }),
    F({ key: 'sizeGB', label: 'Size (GB)', kind: 'number', get: (d, id) => str(rec(d, 'sspLogicalUnits', id).sizeGB), set: (d, id, v) => { const s = parseNumber(String(v), 'Size'); if (!(s > 0 && s <= 1_000_000)) throw new OpError('A logical unit size is a positive number of GB'); return ops.updateLogicalUnit(d, { id, patch: { sizeGB: s } }); } }),
    F({ key: 'provisioning', label: 'Provisioning', kind: 'select', options: LU_PROVISIONING, get: (d, id) => rec(d, 'sspLogicalUnits', id).provisioning, set: (d, id, v) => ops.updateLogicalUnit(d, { id, patch: { provisioning: v as 'thin' } }) }),
  ],
};

/** Partition settings LPM reads: processor compatibility mode, mover service partition (VIOS). */
export const PARTITION_MODERN_SPECS: FieldSpec[] = [
  F({ key: 'procCompatMode', label: 'Processor compatibility mode', kind: 'select', options: COMPAT_MODES, get: (d, id) => rec(d, 'partitions', id).procCompatMode ?? 'default', set: (d, id, v) => ops.updatePartition(d, { id, patch: { procCompatMode: v as 'default' } }) }),
  F({ key: 'msp', label: 'Mover service partition', kind: 'bool', hint: 'VIOS only', get: (d, id) => rec(d, 'partitions', id).msp ?? false, set: (d, id, v) => {
    if (v && rec(d, 'partitions', id).kind !== 'vios') throw new OpError('Only a VIOS is a mover service partition');
    return ops.updatePartition(d, { id, patch: { msp: Boolean(v) } });
  } }),
];

/** Frame settings LPM reads: PowerVM edition, supported compatibility modes, logical memory block size. */
export const SYSTEM_MODERN_SPECS: FieldSpec[] = [
  F({ key: 'powervmEdition', label: 'PowerVM edition', kind: 'select', options: POWERVM_EDITIONS, get: (d, id) => rec(d, 'systems', id).powervmEdition ?? 'enterprise', set: (d, id, v) => ops.updateSystem(d, { id, patch: { powervmEdition: v as 'enterprise' } }) }),
  F({ key: 'compatModes', label: 'Compatibility modes', kind: 'text', hint: 'comma-separated; empty: the generation\'s', get: (d, id) => (rec(d, 'systems', id).compatModes ?? []).join(', '),
    set: (d, id, v) => {
      const list = String(v).split(/[,\s]+/).filter(Boolean);
      const bad = list.find((m) => !(COMPAT_MODES as readonly string[]).includes(m));
      if (bad) throw new OpError(`${bad} is not a processor compatibility mode (${COMPAT_MODES.join(', ')})`, 'LPM-13');
      return ops.updateSystem(d, { id, patch: { compatModes: list.length ? list as typeof COMPAT_MODES[number][] : undefined } });
    } }),
  F({ key: 'lmbMB', label: 'Logical memory block (MB)', kind: 'select', options: LMB_SIZES, get: (d, id) => str(rec(d, 'systems', id).lmbMB), set: (d, id, v) => ops.updateSystem(d, { id, patch: { lmbMB: Number(v) } }) }),
];

/** The records shown under a record in the inspector (a vNIC's backing devices, a pool's logical units, a port's adapter). */
export function modernChildren(design: Design, collection: CollectionName | '', id: Id | null): [CollectionName, Id][] {
  if (!id) return [];
  const d = design.domain;
  if (collection === 'vnicAdapters') return backingDevicesOf(design, id).map((b) => ['vnicBackingDevices', b.id]);
  if (collection === 'sspClusters') return Object.values(d.sspLogicalUnits).filter((u) => u.clusterId === id).map((u) => ['sspLogicalUnits', u.id]);
  if (collection === 'sriovPhysicalPorts') { const a = d.sriovPhysicalPorts[id]?.adapterId; return a ? [['sriovAdapters', a]] : []; }
  if (collection === 'backingDevices') { const lu = d.backingDevices[id]?.logicalUnitId; return lu ? [['sspLogicalUnits', lu]] : []; }
  if (collection === 'partitions') {
    return [...Object.values(d.vnicAdapters).filter((v) => v.partitionId === id).flatMap((v) => [['vnicAdapters', v.id] as [CollectionName, Id], ...backingDevicesOf(design, v.id).map((b) => ['vnicBackingDevices', b.id] as [CollectionName, Id])]),
      ...Object.values(d.sriovLogicalPorts).filter((l) => l.partitionId === id).map((l) => ['sriovLogicalPorts', l.id] as [CollectionName, Id])];
  }
  return [];
}
