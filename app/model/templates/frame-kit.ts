/**
 * Building blocks for multi-frame templates and tests: a frame (PowerVM Enterprise) with a VIOS pair (both mover
 * service partitions) cabled to two fabrics and a switch, SEA failover over its VLANs; a client with a rootvg LUN through both VIOS (vSCSI MPIO, no_reserve), NPIV through
 * each VIOS to one fabric and a data LUN zoned to it. Everything through the operations.
 */
import type { Generation, Id } from '../schema/index.ts';
import * as ops from '../ops/index.ts';
import type { DesignBuilder } from './build.ts';

export interface DualViosFrame { sys: Id; vios: [Id, Id]; vlans: Map<number, Id> }

export interface DualViosFrameArgs {
  name: string;
  typeModel: string;
  generation: Generation;
  cores: number;
  memoryGB: number;
  viosNames: [string, string];
  /** Fabric A (first FC port of each VIOS) and fabric B (second). */
  fabrics: [Id, Id];
  switchId: Id;
  /** VLANs bridged by the SEA failover pair (the first is the PVID), control channel on VLAN 99. */
  vlans: number[];
  at?: { x: number; y: number };
}

export function addDualViosFrame(b: DesignBuilder, a: DualViosFrameArgs): DualViosFrame {
  b.apply(ops.addSystem, { name: a.name, typeModel: a.typeModel, generation: a.generation, installedCores: a.cores, installedMemoryMB: a.memoryGB * 1024, at: { x: a.at?.x ?? 0, y: a.at?.y ?? 0, w: 1400, h: 760 } });
  const sys = b.last('systems');
  b.apply(ops.updateSystem, { id: sys, patch: { powervmEdition: 'enterprise' } });
  b.design = ops.addViosPair(b.design, { systemId: sys, at: { x: 40, y: 60 } });
  const vios = Object.values(b.design.domain.partitions).filter((p) => p.systemId === sys && p.kind === 'vios').map((p) => p.id) as [Id, Id];
  vios.forEach((v, i) => b.apply(ops.updatePartition, { id: v, patch: { name: a.viosNames[i]!, osLevel: '3.1.4.10', msp: true } }));
  const ports = (v: Id, kind: 'fc' | 'ethernet') => Object.values(b.design.domain.physicalPorts).filter((p) => p.partitionId === v && p.kind === kind);
  for (const v of vios) {
    const fcs = ports(v, 'fc');
    b.apply(ops.cablePort, { portId: fcs[0]!.id, toId: a.fabrics[0] });
    b.apply(ops.cablePort, { portId: fcs[1]!.id, toId: a.fabrics[1] });
    b.apply(ops.cablePort, { portId: ports(v, 'ethernet')[0]!.id, toId: a.switchId });
  }
  const [pvid, ...more] = a.vlans as [number, ...number[]];
  b.apply(ops.createSeaFailover, {
    primary: { partitionId: vios[0], realAdapter: { kind: 'physical-port', id: ports(vios[0], 'ethernet')[0]!.id } },
    backup: { partitionId: vios[1], realAdapter: { kind: 'physical-port', id: ports(vios[1], 'ethernet')[0]!.id } },
    pvid, additionalVlans: more, controlChannelPvid: 99,
  });
  const vlans = new Map<number, Id>();
  for (const v of a.vlans) {
    b.apply(ops.addVlan, { systemId: sys, vlanId: v });
    vlans.set(v, b.last('vlans'));
  }
  return { sys, vios, vlans };
}

export interface MobileClientArgs {
  frame: DualViosFrame;
  name: string;
  kind?: 'aix' | 'linux';
  arrayId: Id;
  fabrics: [Id, Id];
  /** VLAN ids of the frame the client joins (one virtual Ethernet adapter each). */
  vlans: number[];
}

/** A client that can move: SAN disks only (vSCSI MPIO and NPIV through both VIOS), virtual Ethernet only. */
export function addMobileClient(b: DesignBuilder, a: MobileClientArgs): Id {
  const { sys, vios } = a.frame;
  const kind = a.kind ?? 'aix';
  b.apply(ops.addPartition, { systemId: sys, kind, name: a.name });
  const c = b.last('partitions');
  b.apply(ops.updatePartition, {
    id: c, patch: {
      osLevel: kind === 'aix' ? '7.3 TL2' : 'RHEL 9.4',
      tunables: { hcheckInterval: 60, hcheckMode: 'nonactive', vscsiErrRecov: 'fast_fail', vscsiPathTimeout: 30, fcErrRecov: 'fast_fail', dynamicTracking: true },
    },
  });
  b.apply(ops.addLun, { arrayId: a.arrayId, name: `${a.name}_rootvg`, sizeGB: 100 });
  const root = b.last('luns');
  for (const v of vios) {
    b.apply(ops.addBackingDevice, { partitionId: v, kind: 'physical-volume', lunId: root, reservePolicy: 'no_reserve', sizeGB: 100 });
    const bd = b.last('backingDevices');
    b.apply(ops.connectVirtualScsi, { serverPartitionId: v, clientPartitionId: c, preset: 'next-free' });
    const vhost = b.find('vscsiAdapters', (x) => x.partitionId === v && x.role === 'server' && x.remotePartitionId === c);
    b.apply(ops.mapBackingDevice, { serverAdapterId: vhost.id, backingDeviceId: bd });
  }
  vios.forEach((v, i) => {
    const port = b.find('physicalPorts', (p) => p.partitionId === v && p.kind === 'fc' && p.cabledToId === a.fabrics[i]);
    b.apply(ops.connectVirtualFc, { serverPartitionId: v, clientPartitionId: c, preset: 'next-free', physicalPortId: port.id });
  });
  b.apply(ops.addLun, { arrayId: a.arrayId, name: `${a.name}_data01`, sizeGB: 500 });
  const data = b.last('luns');
  b.apply(ops.zoneLunToPartition, { lunId: data, partitionId: c });
  b.apply(ops.addVolumeGroup, { partitionId: c, name: 'rootvg', diskIds: [root] });
  b.apply(ops.addVolumeGroup, { partitionId: c, name: 'datavg', diskIds: [data] });
  for (const v of a.vlans) {
    const vlan = a.frame.vlans.get(v);
    if (!vlan) throw new Error(`VLAN ${v} is not on the frame`);
    b.apply(ops.connectPartitionToVlan, { partitionId: c, vlanId: vlan });
  }
  return c;
}
