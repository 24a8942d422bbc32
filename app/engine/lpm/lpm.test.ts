import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import type { Design } from '../../model/schema/index.ts';
import * as ops from '../../model/ops/index.ts';
import { aixToB, lpmBase, portOf, type LpmBase } from './fixture.ts';
import { runLpmCases, type LpmCase as Case } from './harness.ts';

/**
 * One case per reason: `trigger` makes aix01's move from p9-a to p9-b fail (or warn) under `rule`; `near` is the
 * closest design that does not, and the base design moves cleanly.
 */
const d = (x: LpmBase) => x.b.design;
const apply = <A>(x: LpmBase, fn: ops.Op<A>, args: A): Design => fn(d(x), args);

/** Free slots on p9-b's VIOS: max_virtual_slots 14 (slots 2..13), trunk and control channel in 11 and 12, `fill` more adapters. */
function slotsLeft(x: LpmBase, fill: number): Design {
  let design = d(x);
  for (const v of x.bFrame.vios) {
    design = ops.updatePartition(design, { id: v, patch: { maxVirtualSlots: 14 } });
    for (let i = 0; i < fill; i++) design = ops.addVirtualEthernet(design, { partitionId: v, pvid: 3000 + i, slot: 2 + i });
  }
  return design;
}

const setCapacity = (x: LpmBase, cores: number, memoryGB: number) => apply(x, ops.updateSystem, { id: x.bFrame.sys, patch: { installedCores: cores, installedMemoryMB: memoryGB * 1024 } });
const aixPatch = (design: Design, x: LpmBase, patch: Parameters<typeof ops.updatePartition>[1]['patch']) => ops.updatePartition(design, { id: x.aix01, patch });

const CASES: Case[] = [
  {
    name: 'a physical adapter port owned by the partition', rule: 'LPM-3',
    trigger: (x) => apply(x, ops.addPhysicalPort, { systemId: x.a.sys, partitionId: x.aix01, kind: 'ethernet' }),
    near: (x) => apply(x, ops.addPhysicalPort, { systemId: x.a.sys, partitionId: null, kind: 'ethernet' }),
    text: /owns physical I\/O/,
  },
  {
    name: 'an HEA logical port of the partition', rule: 'LPM-4',
    trigger: (x) => {
      let design = ops.updateSystem(d(x), { id: x.a.sys, patch: { generation: 'POWER7', hea: { type: '4x1G', portGroups: [{ index: 0, mcs: 4 }] } } });
      design = ops.addHeaPort(design, { systemId: x.a.sys });
      const port = Object.keys(design.domain.heaPorts)[0]!;
      return ops.assignHeaLogicalPort(design, { heaPortId: port, partitionId: x.aix01 });
    },
    near: (x) => {
      let design = ops.updateSystem(d(x), { id: x.a.sys, patch: { generation: 'POWER7', hea: { type: '4x1G', portGroups: [{ index: 0, mcs: 4 }] } } });
      design = ops.addHeaPort(design, { systemId: x.a.sys });
      const port = Object.keys(design.domain.heaPorts)[0]!;
      return ops.assignHeaLogicalPort(design, { heaPortId: port, partitionId: x.a.vios[0] });
    },
  },
  {
    name: 'a logical-volume disk served by a VIOS', rule: 'LPM-7', text: /not on the SAN/,
    trigger: (x) => {
      let design = ops.addBackingDevice(d(x), { partitionId: x.a.vios[0], kind: 'logical-volume', name: 'aix01_lv', volumeGroup: 'clientvg', sizeGB: 50 });
      const bd = Object.keys(design.domain.backingDevices).at(-1)!;
      const vhost = Object.values(design.domain.vscsiAdapters).find((a) => a.partitionId === x.a.vios[0] && a.remotePartitionId === x.aix01)!;
      design = ops.mapBackingDevice(design, { serverAdapterId: vhost.id, backingDeviceId: bd });
      return design;
    },
    near: (x) => ops.addBackingDevice(d(x), { partitionId: x.a.vios[0], kind: 'logical-volume', name: 'aix01_lv', volumeGroup: 'clientvg', sizeGB: 50 }),
  },
  {
    name: 'an hdisk not linked to a SAN LUN (cannot be checked)', rule: 'LPM-7', severity: 'warning', text: /not linked to a SAN LUN/,
    trigger: (x) => produce(d(x), (dr) => { const bd = Object.values(dr.domain.backingDevices).find((b) => b.partitionId === x.a.vios[0])!; bd.lunId = null; }),
    near: (x) => d(x),
  },
  {
    name: 'a vSCSI LUN presented on a fabric no destination VIOS reaches', rule: 'LPM-7', text: /not reachable from any VIOS of p9-b/,
    trigger: (x) => lunOnFabricC(x, false),
    near: (x) => lunOnFabricC(x, true),
  },
  {
    name: 'a source disk with reserve_policy=single_path', rule: 'LPM-8',
    trigger: (x) => reserve(x, x.a.vios[0], 'single_path'),
    near: (x) => reserve(x, x.a.vios[0], 'PR_shared'),
  },
  {
    name: 'the destination VIOS opens the LUN with single_path', rule: 'LPM-8', text: /On p9-b/,
    trigger: (x) => destDisk(x, 'single_path'),
    near: (x) => destDisk(x, 'no_reserve'),
  },
  {
    name: 'a client vFC with the same WWPN twice', rule: 'LPM-9',
    trigger: (x) => wwpns(x, 'same'),
    near: (x) => d(x),
  },
  {
    name: 'a client vFC without WWPNs (cannot be checked)', rule: 'LPM-9', severity: 'warning',
    trigger: (x) => wwpns(x, 'none'),
    near: (x) => d(x),
  },
  {
    name: 'no NPIV-capable port on the fabric on the destination', rule: 'LPM-7', text: /no VIOS of p9-b has an NPIV-capable FC port/,
    trigger: (x) => npivCapable(x, [false, false]),
    near: (x) => npivCapable(x, [true, false]),
  },
  {
    name: 'the only NPIV port on the fabric has no free login', rule: 'LPM-7', text: /NPIV-capable FC port there with a free login/,
    trigger: (x) => npivFull(x, 1),
    near: (x) => npivFull(x, 2),
  },
  {
    name: 'a VLAN not bridged on the destination', rule: 'LPM-10', text: /VLAN 20 \(aix01 ent1\) is not bridged by an SEA on any VIOS of p9-b/,
    trigger: (x) => apply(x, ops.connectPartitionToVlan, { partitionId: x.aix01, vlanId: x.a.vlans.get(20)! }),
    near: (x) => apply(x, ops.connectPartitionToVlan, { partitionId: x.aix01, vlanId: x.a.vlans.get(20)! }),
    destVlans: [10], nearDestVlans: [10, 20],
  },
  {
    name: 'a virtual switch the destination does not have', rule: 'LPM-10', text: /no virtual switch ETHERNET1/,
    trigger: (x) => vswitch(x, false),
    near: (x) => vswitch(x, true),
  },
  {
    name: 'an untagged VLAN that is a non-default trunk PVID on the destination', rule: 'LPM-10', text: /not its SEA's default adapter/,
    trigger: (x) => nonDefaultTrunk(x, true),
    near: (x) => nonDefaultTrunk(x, false),
  },
  {
    name: 'no running VIOS on the destination for the active migration', rule: 'LPM-11',
    trigger: (x) => viosState(x, x.bFrame.vios, 'not-activated'),
    near: (x) => aixPatch(viosState(x, x.bFrame.vios, 'not-activated'), x, { state: 'not-activated' }),
  },
  {
    name: 'no running VIOS on the source', rule: 'LPM-11', text: /at home|p9-a has no running VIOS/,
    trigger: (x) => viosState(x, x.a.vios, 'not-activated'),
    near: (x) => aixPatch(viosState(x, x.a.vios, 'not-activated'), x, { state: 'not-activated' }),
  },
  {
    name: 'one VIOS left on the destination (redundancy lost)', rule: 'LPM-12', severity: 'warning',
    trigger: (x) => viosState(x, [x.bFrame.vios[1]], 'not-activated'),
    near: (x) => d(x),
  },
  {
    name: 'not enough free processing units in the destination pool', rule: 'LPM-14', text: /processing units/,
    // p9-b: 3 cores, its VIOS entitled to 2.0: 1.0 free.
    trigger: (x) => aixPatch(setCapacity(x, 3, 512), x, { processor: { ...d(x).domain.partitions[x.aix01]!.processor, desiredUnits: 1.5, maxUnits: 2 } }),
    near: (x) => aixPatch(setCapacity(x, 3, 512), x, { processor: { ...d(x).domain.partitions[x.aix01]!.processor, desiredUnits: 1, maxUnits: 2 } }),
  },
  {
    name: 'not enough free cores for a dedicated partition', rule: 'LPM-14', text: /dedicated cores/,
    trigger: (x) => dedicated(x, 3),
    near: (x) => dedicated(x, 4),
  },
  {
    name: 'not enough free memory on the destination', rule: 'LPM-14', text: /memory/,
    // p9-b: 24 GB, its VIOS use 16 GB: 8 GB free.
    trigger: (x) => aixPatch(setCapacity(x, 20, 24), x, { memory: { minMB: 2048, desiredMB: 9216, maxMB: 16384 } }),
    near: (x) => aixPatch(setCapacity(x, 20, 24), x, { memory: { minMB: 2048, desiredMB: 8192, maxMB: 16384 } }),
  },
  {
    name: 'free resources are not asked of an inactive migration', rule: 'LPM-14',
    trigger: (x) => aixPatch(setCapacity(x, 20, 24), x, { memory: { minMB: 2048, desiredMB: 9216, maxMB: 16384 } }),
    near: (x) => aixPatch(aixPatch(setCapacity(x, 20, 24), x, { memory: { minMB: 2048, desiredMB: 9216, maxMB: 16384 } }), x, { state: 'not-activated' }),
  },
  {
    name: 'a different logical memory block size', rule: 'LPM-15',
    trigger: (x) => apply(x, ops.updateSystem, { id: x.bFrame.sys, patch: { lmbMB: 128 } }),
    near: (x) => ops.updateSystem(apply(x, ops.updateSystem, { id: x.bFrame.sys, patch: { lmbMB: 128 } }), { id: x.a.sys, patch: { lmbMB: 128 } }),
  },
  {
    name: 'too few free virtual slots on the destination VIOS', rule: 'LPM-16',
    // aix01 needs a vhost and a vfchost on each VIOS: 2 slots.
    trigger: (x) => slotsLeft(x, 9),
    near: (x) => slotsLeft(x, 8),
  },
  {
    name: 'a partition of the same name on the destination', rule: 'LPM-17',
    trigger: (x) => apply(x, ops.addPartition, { systemId: x.bFrame.sys, kind: 'aix', name: 'aix01' }),
    near: (x) => apply(x, ops.addPartition, { systemId: x.bFrame.sys, kind: 'aix', name: 'aix01b' }),
  },
  {
    name: 'a POWER5 destination', rule: 'LPM-1',
    trigger: (x) => apply(x, ops.updateSystem, { id: x.bFrame.sys, patch: { generation: 'POWER5' } }),
    near: (x) => apply(x, ops.updateSystem, { id: x.bFrame.sys, patch: { generation: 'POWER6' } }),
  },
];

function lunOnFabricC(x: LpmBase, destReaches: boolean): Design {
  let design = ops.addSanFabric(d(x), { name: 'fabric-C' });
  const fabC = Object.keys(design.domain.sanFabrics).at(-1)!;
  design = ops.addStorageArray(design, { name: 'array-c', fabricIds: [fabC] });
  const arr = Object.keys(design.domain.storageArrays).at(-1)!;
  design = ops.addLun(design, { arrayId: arr, name: 'aix01_app', sizeGB: 50, fabricIds: [fabC] });
  const lun = Object.keys(design.domain.luns).at(-1)!;
  const cable = (vios: string) => {
    design = ops.addPhysicalPort(design, { systemId: design.domain.partitions[vios]!.systemId, partitionId: vios, kind: 'fc', speedGbps: 16 });
    design = ops.cablePort(design, { portId: Object.keys(design.domain.physicalPorts).at(-1)!, toId: fabC });
  };
  cable(x.a.vios[0]);
  if (destReaches) cable(x.bFrame.vios[0]);
  design = ops.addBackingDevice(design, { partitionId: x.a.vios[0], kind: 'physical-volume', lunId: lun, reservePolicy: 'no_reserve' });
  const bd = Object.keys(design.domain.backingDevices).at(-1)!;
  const vhost = Object.values(design.domain.vscsiAdapters).find((a) => a.partitionId === x.a.vios[0] && a.remotePartitionId === x.aix01)!;
  return ops.mapBackingDevice(design, { serverAdapterId: vhost.id, backingDeviceId: bd });
}

function reserve(x: LpmBase, vios: string, policy: 'single_path' | 'PR_shared'): Design {
  const bd = Object.values(d(x).domain.backingDevices).find((b) => b.partitionId === vios)!;
  return ops.updateBackingDevice(d(x), { id: bd.id, patch: { reservePolicy: policy } });
}

function destDisk(x: LpmBase, policy: 'single_path' | 'no_reserve'): Design {
  const lun = Object.values(d(x).domain.luns).find((l) => l.name === 'aix01_rootvg')!;
  return ops.addBackingDevice(d(x), { partitionId: x.bFrame.vios[0], kind: 'physical-volume', lunId: lun.id, reservePolicy: policy });
}

function wwpns(x: LpmBase, how: 'same' | 'none'): Design {
  return produce(d(x), (dr) => {
    const c = Object.values(dr.domain.vfcAdapters).find((a) => a.partitionId === x.aix01)!;
    if (how === 'none') delete c.wwpns;
    else c.wwpns = [c.wwpns![0], c.wwpns![0]];
  });
}

/** Whether the fabric-A ports of vios-b1 and vios-b2 are NPIV-capable. */
function npivCapable(x: LpmBase, capable: [boolean, boolean]): Design {
  let design = d(x);
  x.bFrame.vios.forEach((v, i) => { design = ops.updatePhysicalPort(design, { portId: portOf(design, v, 'fc', x.fabA), patch: { npivCapable: capable[i]! } }); });
  return design;
}

/** Fabric A on p9-b only through vios-b1's port, which takes `max` logins and already serves one client. */
function npivFull(x: LpmBase, max: number): Design {
  let design = npivCapable(x, [true, false]);
  design = ops.updatePhysicalPort(design, { portId: portOf(design, x.bFrame.vios[0], 'fc', x.fabA), patch: { npivMaxClients: max } });
  design = ops.addPartition(design, { systemId: x.bFrame.sys, kind: 'aix', name: 'aix09' });
  const c = Object.keys(design.domain.partitions).at(-1)!;
  return ops.connectVirtualFc(design, { serverPartitionId: x.bFrame.vios[0], clientPartitionId: c, preset: 'next-free', physicalPortId: portOf(design, x.bFrame.vios[0], 'fc', x.fabA) });
}

/** aix01 on VLAN 30 of ETHERNET1, bridged on p9-a; p9-b has the switch and bridges it too when `dest`. */
function vswitch(x: LpmBase, dest: boolean): Design {
  let design = d(x);
  const frames = dest ? [x.a, x.bFrame] : [x.a];
  for (const f of frames) {
    design = ops.updateSystem(design, { id: f.sys, patch: { vswitches: ['ETHERNET0', 'ETHERNET1'] } });
    design = ops.addPhysicalPort(design, { systemId: f.sys, partitionId: f.vios[0], kind: 'ethernet', speedGbps: 10 });
    const port = Object.keys(design.domain.physicalPorts).at(-1)!;
    design = ops.createSharedEthernet(design, { partitionId: f.vios[0], realAdapter: { kind: 'physical-port', id: port }, pvid: 30, vswitch: 'ETHERNET1' });
  }
  return ops.addVirtualEthernet(design, { partitionId: x.aix01, pvid: 30, vswitch: 'ETHERNET1' });
}

/** p9-b's SEAs also carry VLAN 20 on a second trunk adapter (PVID 20, not the default); aix01 on VLAN 20 untagged or tagged. */
function nonDefaultTrunk(x: LpmBase, untagged: boolean): Design {
  let design = d(x);
  x.bFrame.vios.forEach((v, i) => {
    design = ops.addVirtualEthernet(design, { partitionId: v, pvid: 20, trunk: true, trunkPriority: i + 1 });
    const trunk = Object.keys(design.domain.vethAdapters).at(-1)!;
    const sea = Object.values(design.domain.seas).find((s) => s.partitionId === v)!;
    design = ops.updateSharedEthernet(design, { id: sea.id, patch: { trunkAdapterIds: [...sea.trunkAdapterIds, trunk] } });
  });
  if (untagged) return ops.connectPartitionToVlan(design, { partitionId: x.aix01, vlanId: x.a.vlans.get(20)! });
  const eth = Object.values(design.domain.vethAdapters).find((a) => a.partitionId === x.aix01)!;
  return ops.updateVirtualEthernet(design, { id: eth.id, patch: { ieee8021q: true, additionalVlans: [20] } });
}

function viosState(x: LpmBase, vios: readonly string[], state: 'running' | 'not-activated'): Design {
  let design = d(x);
  for (const v of vios) design = ops.updatePartition(design, { id: v, patch: { state } });
  return design;
}

/** aix01 with 2 dedicated cores; p9-b has `cores` installed, its VIOS entitled to 2.0 of them. */
function dedicated(x: LpmBase, cores: number): Design {
  const design = setCapacity(x, cores, 512);
  const p = design.domain.partitions[x.aix01]!;
  return aixPatch(design, x, { processor: { ...p.processor, mode: 'dedicated', minUnits: 1, desiredUnits: 2, maxUnits: 2, minVirtualProcessors: 1, desiredVirtualProcessors: 2, maxVirtualProcessors: 2 } });
}

describe('LPM readiness: the base design', () => {
  it('aix01 can move from p9-a to p9-b, and the VIOS are no rows', () => {
    const x = lpmBase();
    const { row, cell, reasons } = aixToB(d(x), x);
    expect(cell.status).toBe('ready');
    expect(reasons).toEqual([]);
    expect(row.cells.find((c) => c.destinationId === x.a.sys)!.status).toBe('source');
    expect(row.migration).toBe('active');
  });
});

runLpmCases(CASES);
