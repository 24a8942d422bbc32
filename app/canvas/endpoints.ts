import type {
  BackingDevice, Design, HeaLogicalPort, HeaPort, Id, LinkAggregation, Lun, Partition, PhysicalPort, SanFabric, SharedEthernetAdapter,
  StorageArray, EthernetSwitch, VirtualEthernetAdapter, VirtualFcAdapter, VirtualScsiAdapter, Vlan,
  VnicAdapter, SriovLogicalPort, SriovPhysicalPort, SspCluster,
} from '../model/index.ts';
import { sriovPortName } from '../picture/modern.ts';

/** Handles on a partition header: `in`/`out` (generic), `vscsi` and `npiv` (which kind of adapter pair to create). */
export const HEADER_HANDLES = ['in', 'out', 'vscsi', 'npiv', 'vnic'] as const;

/** One end of a gesture between two handles, resolved against the design. */
export type End =
  | { t: 'partition'; p: Partition; handle: string }
  | { t: 'vscsi'; a: VirtualScsiAdapter } | { t: 'vfc'; a: VirtualFcAdapter } | { t: 'veth'; a: VirtualEthernetAdapter }
  | { t: 'port'; port: PhysicalPort } | { t: 'backing'; b: BackingDevice } | { t: 'sea'; s: SharedEthernetAdapter }
  | { t: 'lagg'; l: LinkAggregation } | { t: 'lport'; l: HeaLogicalPort }
  | { t: 'vlan'; v: Vlan } | { t: 'fabric'; f: SanFabric } | { t: 'array'; a: StorageArray } | { t: 'lun'; l: Lun }
  | { t: 'switch'; s: EthernetSwitch } | { t: 'heaPort'; h: HeaPort }
  | { t: 'vnic'; a: VnicAdapter } | { t: 'sriovLport'; l: SriovLogicalPort; name: string } | { t: 'sriovPort'; port: SriovPhysicalPort; name: string }
  | { t: 'sspPool'; c: SspCluster };

export function resolveEnd(design: Design, nodeId: Id, handleId: string | null | undefined): End | null {
  const d = design.domain;
  const p = d.partitions[nodeId];
  if (p) {
    if (!handleId || (HEADER_HANDLES as readonly string[]).includes(handleId)) return { t: 'partition', p, handle: handleId ?? 'in' };
    const h = handleId;
    if (d.vscsiAdapters[h]) return { t: 'vscsi', a: d.vscsiAdapters[h] };
    if (d.vfcAdapters[h]) return { t: 'vfc', a: d.vfcAdapters[h] };
    if (d.vethAdapters[h]) return { t: 'veth', a: d.vethAdapters[h] };
    if (d.physicalPorts[h]) return { t: 'port', port: d.physicalPorts[h] };
    if (d.backingDevices[h]) return { t: 'backing', b: d.backingDevices[h] };
    if (d.seas[h]) return { t: 'sea', s: d.seas[h] };
    if (d.linkAggregations[h]) return { t: 'lagg', l: d.linkAggregations[h] };
    if (d.heaLogicalPorts[h]) return { t: 'lport', l: d.heaLogicalPorts[h] };
    if (d.vnicAdapters[h]) return { t: 'vnic', a: d.vnicAdapters[h] };
    if (d.sriovLogicalPorts[h]) return { t: 'sriovLport', l: d.sriovLogicalPorts[h], name: sriovPortName(design, d.sriovLogicalPorts[h].physicalPortId) };
    return null;
  }
  if (d.vlans[nodeId]) return { t: 'vlan', v: d.vlans[nodeId] };
  if (d.sanFabrics[nodeId]) return { t: 'fabric', f: d.sanFabrics[nodeId] };
  if (d.storageArrays[nodeId]) return { t: 'array', a: d.storageArrays[nodeId] };
  if (d.luns[nodeId]) return { t: 'lun', l: d.luns[nodeId] };
  if (d.ethernetSwitches[nodeId]) return { t: 'switch', s: d.ethernetSwitches[nodeId] };
  if (d.heaPorts[nodeId]) return { t: 'heaPort', h: d.heaPorts[nodeId] };
  if (d.sriovPhysicalPorts[nodeId]) return { t: 'sriovPort', port: d.sriovPhysicalPorts[nodeId], name: sriovPortName(design, nodeId) };
  if (d.sspClusters[nodeId]) return { t: 'sspPool', c: d.sspClusters[nodeId] };
  return null;
}

/** How an end is called in messages, in PowerVM terms. */
export function describeEnd(e: End): string {
  switch (e.t) {
    case 'partition': return `${e.p.kind === 'vios' ? 'VIOS' : 'partition'} ${e.p.name}`;
    case 'vscsi': return `${e.a.deviceName} (vSCSI ${e.a.role})`;
    case 'vfc': return `${e.a.deviceName} (virtual FC ${e.a.role})`;
    case 'veth': return `${e.a.deviceName} (${e.a.trunk ? 'trunk adapter' : 'virtual Ethernet'})`;
    case 'port': return `${e.port.deviceName} (${e.port.kind === 'fc' ? 'FC port' : e.port.kind === 'sas' ? 'SAS controller' : 'Ethernet port'})`;
    case 'backing': return `${e.b.name} (backing device)`;
    case 'sea': return `${e.s.deviceName} (SEA)`;
    case 'lagg': return `${e.l.deviceName} (link aggregation)`;
    case 'lport': return `${e.l.deviceName} (HEA logical port)`;
    case 'vlan': return `VLAN ${e.v.vlanId}`;
    case 'fabric': return `SAN fabric ${e.f.name}`;
    case 'array': return `storage array ${e.a.name}`;
    case 'lun': return `LUN ${e.l.name}`;
    case 'switch': return `Ethernet switch ${e.s.name}`;
    case 'heaPort': return `HEA port ${e.h.index}`;
    case 'vnic': return `${e.a.deviceName} (vNIC)`;
    case 'sriovLport': return `${e.l.deviceName} (SR-IOV logical port on ${e.name})`;
    case 'sriovPort': return `SR-IOV ${e.name}`;
    case 'sspPool': return `shared storage pool ${e.c.poolName}`;
  }
}

/** What can be dragged from an end: shown while a connection is being drawn, before it reaches a handle. */
export function hintFor(e: End): string {
  switch (e.t) {
    case 'partition':
      if (e.handle === 'npiv') return 'NPIV: drop on a VIOS (or a client, from a VIOS) to create a vfchost ↔ fcs pair';
      if (e.handle === 'vscsi') return 'vSCSI: drop on a VIOS (or a client, from a VIOS) to create a vhost ↔ vscsi pair';
      if (e.handle === 'vnic') return 'vNIC: drop on a VIOS, one of its SR-IOV logical ports or an SR-IOV port to create a vNIC with its backing device';
      return e.p.kind === 'vios' ? 'Drop on a client (vSCSI), a VLAN (virtual Ethernet), a LUN (hdisk) or an HEA port' : 'Drop on a VIOS (vSCSI), a VLAN (virtual Ethernet) or an HEA port';
    case 'vscsi': return e.a.role === 'server' ? 'Drop on a backing device or a LUN (VTD), or on a client partition' : 'A vSCSI client adapter comes with its vhost: drag +vSCSI of a VIOS onto its partition';
    case 'vfc': return e.a.role === 'server' ? 'Drop on a physical FC port of this VIOS (vfcmap)' : 'A virtual FC client adapter comes with its vfchost: drag +NPIV of a VIOS onto its partition';
    case 'port': return e.port.kind === 'fc' ? 'Drop on a SAN fabric (cable) or a vfchost (vfcmap)' : e.port.kind === 'ethernet' ? 'Drop on an Ethernet switch (cable) or a VLAN (SEA)' : 'SAS controller';
    case 'backing': return 'Drop on a vhost to create the virtual target device';
    case 'veth': return 'Drop on a VLAN to carry it tagged (802.1Q)';
    case 'lagg': case 'lport': return 'Drop on a VLAN to bridge it with an SEA';
    case 'sea': return `${e.s.deviceName} is an SEA: it is made by dropping an Ethernet port, a link aggregation or an HEA logical port of the VIOS on a VLAN`;
    case 'vlan': return 'Drop on a partition (virtual Ethernet adapter) or a VIOS Ethernet port (SEA)';
    case 'fabric': return 'Drop on an FC port, a LUN or a storage array';
    case 'array': return 'Drop on a SAN fabric';
    case 'lun': return 'Drop on a VIOS (hdisk), a vhost (hdisk + VTD) or a SAN fabric';
    case 'switch': return 'Drop on an Ethernet port or an HEA port';
    case 'heaPort': return 'Drop on a partition (HEA logical port) or an Ethernet switch';
    case 'vnic': return 'Drop on a VIOS, its SR-IOV logical port or an SR-IOV port: one more backing device (failover vNIC)';
    case 'sriovLport': return 'Drop on a client or its vNIC (vNIC backing device) or on a VLAN (SEA)';
    case 'sriovPort': return 'Drop on a partition (logical port), a client\'s vNIC (backing device on a VIOS) or an Ethernet switch';
    case 'sspPool': return 'Drop on a VIOS (cluster node), a client (new logical unit through its node vhosts) or a vhost of a node (lu -map)';
    default: return '';
  }
}
