import type { Design } from '../schema/index.ts';
import * as ops from '../ops/index.ts';
import { DesignBuilder } from './build.ts';
import { tidyLayout } from '../layout/tidy.ts';

/**
 * The sample opened on first start: one POWER9 frame, a VIOS pair, three AIX/Linux clients with vSCSI
 * boot disks through both VIOS (MPIO, no_reserve), NPIV through both VIOS to two fabrics, and SEA
 * failover with a control channel on VLAN 10; two scenarios for the simulation (VIOS maintenance, Broadcast storm).
 */
export function buildDualViosTemplate(opts: { name?: string; clients?: number; haMode?: 'auto' | 'sharing' } = {}): Design {
  const b = new DesignBuilder(ops.emptyDesign(opts.name ?? 'Dual VIOS: vSCSI MPIO, NPIV and SEA failover'));
  b.apply(ops.addSystem, { name: 'p9-frame1', typeModel: '9009-42A', serial: '7812ABC', generation: 'POWER9', installedCores: 20, installedMemoryMB: 1024 * 1024, at: { x: 0, y: 0, w: 1400, h: 760 } });
  const sys = b.last('systems');
  b.design = ops.addViosPair(b.design, { systemId: sys, at: { x: 40, y: 60 }, seaFailover: { pvid: 10, controlChannelPvid: 99 } });
  const [v1, v2] = Object.values(b.design.domain.partitions).filter((p) => p.kind === 'vios').map((p) => p.id) as [string, string];
  b.apply(ops.updatePartition, { id: v1, patch: { name: 'vios1', osLevel: '3.1.4.10' } });
  b.apply(ops.updatePartition, { id: v2, patch: { name: 'vios2', osLevel: '3.1.4.10' } });
  if (opts.haMode === 'sharing') {
    for (const sea of Object.values(b.design.domain.seas)) b.apply(ops.updateSharedEthernet, { id: sea.id, patch: { haMode: 'sharing' } });
  }
  b.apply(ops.addVlan, { systemId: sys, vlanId: 10, name: 'production', at: { x: 980, y: 620 } });
  const vlan = b.last('vlans');

  // The SAN: two fabrics, one array; each VIOS FC port cabled to one fabric.
  b.apply(ops.addSanFabric, { name: 'fabric-A', at: { x: 1550, y: 80 } });
  const fabA = b.last('sanFabrics');
  b.apply(ops.addSanFabric, { name: 'fabric-B', at: { x: 1550, y: 420 } });
  const fabB = b.last('sanFabrics');
  b.apply(ops.addStorageArray, { name: 'ds8k-1', model: 'DS8950F', fabricIds: [fabA, fabB], at: { x: 1850, y: 200 } });
  const array = b.last('storageArrays');
  b.apply(ops.addEthernetSwitch, { name: 'core-sw1', vlans: [10], at: { x: 600, y: 900 } });
  const sw = b.last('ethernetSwitches');
  for (const v of [v1, v2]) {
    const fcs = Object.values(b.design.domain.physicalPorts).filter((p) => p.partitionId === v && p.kind === 'fc');
    b.apply(ops.cablePort, { portId: fcs[0]!.id, toId: fabA });
    b.apply(ops.cablePort, { portId: fcs[1]!.id, toId: fabB });
    const ent = b.find('physicalPorts', (p) => p.partitionId === v && p.kind === 'ethernet');
    b.apply(ops.cablePort, { portId: ent.id, toId: sw });
  }

  const clients = opts.clients ?? 3;
  for (let i = 0; i < clients; i++) {
    const kind = i === clients - 1 && clients > 2 ? 'linux' : 'aix';
    b.apply(ops.addPartition, { systemId: sys, kind, name: kind === 'aix' ? `aix0${i + 1}` : `lnx0${i + 1}`, at: { x: 40 + i * 300, y: 380 } });
    const c = b.last('partitions');
    b.apply(ops.updatePartition, { id: c, patch: { tunables: { hcheckInterval: 60, hcheckMode: 'nonactive', vscsiErrRecov: 'fast_fail', vscsiPathTimeout: 30, fcErrRecov: 'fast_fail', dynamicTracking: true } } });
    // rootvg LUN seen by both VIOS, mapped through a vhost on each (MPIO).
    b.apply(ops.addLun, { arrayId: array, name: `${kind}0${i + 1}_rootvg`, sizeGB: 100 });
    const lun = b.last('luns');
    for (const v of [v1, v2]) {
      b.apply(ops.addBackingDevice, { partitionId: v, kind: 'physical-volume', lunId: lun, reservePolicy: 'no_reserve', sizeGB: 100 });
      const bd = b.last('backingDevices');
      b.apply(ops.connectVirtualScsi, { serverPartitionId: v, clientPartitionId: c, preset: 'next-free' });
      const vhost = b.find('vscsiAdapters', (a) => a.partitionId === v && a.role === 'server' && a.remotePartitionId === c);
      b.apply(ops.mapBackingDevice, { serverAdapterId: vhost.id, backingDeviceId: bd });
    }
    // NPIV: one vFC per VIOS, VIOS1 to fabric A, VIOS2 to fabric B.
    for (const [v, fabric] of [[v1, fabA], [v2, fabB]] as const) {
      const port = b.find('physicalPorts', (p) => p.partitionId === v && p.kind === 'fc' && p.cabledToId === fabric);
      b.apply(ops.connectVirtualFc, { serverPartitionId: v, clientPartitionId: c, preset: 'next-free', physicalPortId: port.id });
    }
    // Through NPIV the client sees its data LUN itself (zoned and masked to its WWPNs on both fabrics): datavg.
    const name = kind === 'aix' ? `aix0${i + 1}` : `lnx0${i + 1}`;
    b.apply(ops.addLun, { arrayId: array, name: `${name}_data01`, sizeGB: 500 });
    const data = b.last('luns');
    b.apply(ops.zoneLunToPartition, { lunId: data, partitionId: c });
    b.apply(ops.addVolumeGroup, { partitionId: c, name: 'rootvg', diskIds: [lun] });
    b.apply(ops.addVolumeGroup, { partitionId: c, name: 'datavg', diskIds: [data] });
    b.apply(ops.connectPartitionToVlan, { partitionId: c, vlanId: vlan });
  }
  b.apply(ops.applyAutoLayout, { nodes: tidyLayout(b.design, 3) });
  // Two scenarios to play in the simulation (`npm run simulate -- sample.json --scenario "VIOS maintenance"`).
  b.apply(ops.saveScenario, {
    name: 'VIOS maintenance',
    description: 'vios1 shut down the planned way at t+10 s (its SEA put to standby first), back at t+300 s: every client keeps its disks and network through vios2, then the paths return.',
    events: [{ at: 10, action: 'shutdown', targetId: v1 }, { at: 300, action: 'restore', targetId: v1 }],
  });
  const channel = Object.values(b.design.domain.seas).find((s) => s.partitionId === v1)?.controlChannelId;
  if (channel) {
    b.apply(ops.saveScenario, {
      name: 'Broadcast storm',
      description: "vios1's control channel adapter fails at t+10 s: vios2 stops hearing keep-alives, both SEAs bridge VLAN 10 and the loop storms; restored at t+60 s, the SEAs agree again.",
      events: [{ at: 10, action: 'fail', targetId: channel }, { at: 60, action: 'restore', targetId: channel }],
    });
  }
  return b.design;
}
