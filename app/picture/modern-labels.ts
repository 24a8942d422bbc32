import type { CollectionName, Design, Id } from '../model/index.ts';
import { backingDevicesOf } from '../model/modern-query.ts';
import { sriovPortName } from './modern.ts';

/** Short PowerVM names of the version-3 records (for the inspector, confirmations and messages). */
export function modernLabel(design: Design, c: CollectionName, id: Id): string {
  const d = design.domain;
  const on = (pid: Id | null | undefined) => (pid ? ` on ${d.partitions[pid]?.name ?? '?'}` : '');
  switch (c) {
    case 'sriovAdapters': { const a = d.sriovAdapters[id]!; return `SR-IOV adapter ${a.name || a.adapterId} (${a.mode} mode)`; }
    case 'sriovPhysicalPorts': return `SR-IOV ${sriovPortName(design, id)}`;
    case 'sriovLogicalPorts': { const l = d.sriovLogicalPorts[id]!; return `${l.deviceName}${on(l.partitionId)} (SR-IOV logical port, ${l.capacity} %)`; }
    case 'vnicAdapters': { const v = d.vnicAdapters[id]!; return `vNIC ${v.deviceName}${on(v.partitionId)} (slot ${v.slot})`; }
    case 'vnicBackingDevices': {
      const b = d.vnicBackingDevices[id]!;
      const lp = d.sriovLogicalPorts[b.logicalPortId];
      const active = backingDevicesOf(design, b.vnicId)[0]?.id === id;
      return `backing device ${lp?.deviceName ?? '?'}${on(lp?.partitionId)} · priority ${b.failoverPriority}${active ? ' · active' : ' · standby'}`;
    }
    case 'sspClusters': { const s = d.sspClusters[id]!; return `shared storage pool ${s.poolName} (cluster ${s.name})`; }
    case 'sspLogicalUnits': { const u = d.sspLogicalUnits[id]!; return `logical unit ${u.name} (${u.sizeGB} GB ${u.provisioning})`; }
    default: return id;
  }
}
