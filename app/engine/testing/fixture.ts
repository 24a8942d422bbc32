import { produce } from 'immer';
import type { Design, Id } from '../../model/schema/index.ts';
import * as ops from '../../model/ops/index.ts';
import { DesignBuilder } from '../../model/templates/build.ts';
import { validate, type ValidateOptions } from '../validate.ts';
import type { Diagnostic } from '../rules/types.ts';

/**
 * The designs the rule tests start from, built with the operations: one POWER9 frame, vios1/vios2 with SEA failover
 * (control channel on VLAN 99), two fabrics, and clients aix01/aix02 each with a rootvg LUN through both VIOS (MPIO,
 * no_reserve), NPIV through vios1 to fabric A and vios2 to fabric B, and one adapter on VLAN 10. It validates clean;
 * each rule test changes one thing.
 */
export interface Base {
  design: Design;
  id: {
    sys: Id; vios1: Id; vios2: Id; aix01: Id; aix02: Id; sea1: Id; sea2: Id; trunk1: Id; trunk2: Id; ctl1: Id; ctl2: Id;
    vhost1: Id; vscsi1: Id; vhost2: Id; vscsi2: Id; hdisk1: Id; hdisk2: Id; lun1: Id; vfchost1: Id; vfc1: Id; vfchost2: Id; vfc2: Id;
    fcsA1: Id; fcsB1: Id; fcsA2: Id; fcsB2: Id; ent1: Id; ent2: Id; eth1: Id; eth2: Id; fabA: Id; fabB: Id; array: Id; sw: Id; vlan10: Id;
  };
}

let cached: Base | null = null;

/** The outside world of the test designs: fabric-A and fabric-B, array1 presented on both, switch sw1 with `switchVlans`. */
export function addSanAndLan(b: DesignBuilder, switchVlans: number[]): { fabA: Id; fabB: Id; array: Id; sw: Id } {
  b.apply(ops.addSanFabric, { name: 'fabric-A' });
  const fabA = b.last('sanFabrics');
  b.apply(ops.addSanFabric, { name: 'fabric-B' });
  const fabB = b.last('sanFabrics');
  b.apply(ops.addStorageArray, { name: 'array1', fabricIds: [fabA, fabB] });
  const array = b.last('storageArrays');
  b.apply(ops.addEthernetSwitch, { name: 'sw1', vlans: switchVlans });
  return { fabA, fabB, array, sw: b.last('ethernetSwitches') };
}

/** A physical port of a VIOS of a given kind: the n-th of that kind, or the first cabled to a given fabric. */
export function portOf(d: Design, viosId: Id, kind: 'fc' | 'ethernet', which: Id | number = 0): Id {
  const ports = Object.values(d.domain.physicalPorts).filter((x) => x.partitionId === viosId && x.kind === kind);
  const p = typeof which === 'number' ? ports[which] : ports.find((x) => x.cabledToId === which);
  if (!p) throw new Error(`no ${kind} port ${which} on ${viosId}`);
  return p.id;
}

export function base(): Base {
  if (cached) return cached;
  const b = new DesignBuilder(ops.emptyDesign('engine test base'));
  b.apply(ops.addSystem, { name: 'p9-test', typeModel: '9009-42A', generation: 'POWER9', installedCores: 20, installedMemoryMB: 1024 * 1024 });
  const sys = b.last('systems');
  b.design = ops.addViosPair(b.design, { systemId: sys, seaFailover: { pvid: 10, controlChannelPvid: 99 } });
  const [vios1, vios2] = Object.values(b.design.domain.partitions).map((p) => p.id) as [Id, Id];
  b.apply(ops.updatePartition, { id: vios1, patch: { name: 'vios1', osLevel: '3.1.4.10' } });
  b.apply(ops.updatePartition, { id: vios2, patch: { name: 'vios2', osLevel: '3.1.4.10' } });
  b.apply(ops.addVlan, { systemId: sys, vlanId: 10, name: 'production' });
  const vlan10 = b.last('vlans');
  const { fabA, fabB, array, sw } = addSanAndLan(b, [10]);
  const port = (vios: Id, kind: 'fc' | 'ethernet', n: number) => portOf(b.design, vios, kind, n);
  for (const v of [vios1, vios2]) {
    b.apply(ops.cablePort, { portId: port(v, 'fc', 0), toId: fabA });
    b.apply(ops.cablePort, { portId: port(v, 'fc', 1), toId: fabB });
    b.apply(ops.cablePort, { portId: port(v, 'ethernet', 0), toId: sw });
  }
  const clients: Id[] = [];
  for (const name of ['aix01', 'aix02']) {
    b.apply(ops.addPartition, { systemId: sys, kind: 'aix', name });
    const c = b.last('partitions');
    clients.push(c);
    b.apply(ops.updatePartition, { id: c, patch: { osLevel: '7.2 TL5', tunables: { hcheckInterval: 60, hcheckMode: 'nonactive', vscsiErrRecov: 'fast_fail', vscsiPathTimeout: 30, fcErrRecov: 'fast_fail', dynamicTracking: true } } });
    b.apply(ops.addLun, { arrayId: array, name: `${name}_rootvg` });
    const lun = b.last('luns');
    for (const v of [vios1, vios2]) {
      b.apply(ops.addBackingDevice, { partitionId: v, kind: 'physical-volume', lunId: lun, reservePolicy: 'no_reserve' });
      const bd = b.last('backingDevices');
      b.apply(ops.connectVirtualScsi, { serverPartitionId: v, clientPartitionId: c, preset: 'next-free' });
      const vhost = b.find('vscsiAdapters', (a) => a.partitionId === v && a.role === 'server' && a.remotePartitionId === c);
      b.apply(ops.mapBackingDevice, { serverAdapterId: vhost.id, backingDeviceId: bd });
    }
    b.apply(ops.connectVirtualFc, { serverPartitionId: vios1, clientPartitionId: c, preset: 'next-free', physicalPortId: port(vios1, 'fc', 0) });
    b.apply(ops.connectVirtualFc, { serverPartitionId: vios2, clientPartitionId: c, preset: 'next-free', physicalPortId: port(vios2, 'fc', 1) });
    b.apply(ops.connectPartitionToVlan, { partitionId: c, vlanId: vlan10 });
  }
  const d = b.design.domain;
  const [aix01, aix02] = clients as [Id, Id];
  const sea = (v: Id) => Object.values(d.seas).find((s) => s.partitionId === v)!;
  const vscsi = (p: Id, remote: Id) => Object.values(d.vscsiAdapters).find((a) => a.partitionId === p && a.remotePartitionId === remote)!.id;
  const vfc = (p: Id, remote: Id) => Object.values(d.vfcAdapters).find((a) => a.partitionId === p && a.remotePartitionId === remote)!.id;
  const lun1 = Object.values(d.luns).find((l) => l.name === 'aix01_rootvg')!.id;
  const hdisk = (v: Id) => Object.values(d.backingDevices).find((x) => x.partitionId === v && x.lunId === lun1)!.id;
  const eth = (p: Id) => Object.values(d.vethAdapters).find((a) => a.partitionId === p)!.id;
  cached = {
    design: b.design,
    id: {
      sys, vios1, vios2, aix01, aix02, sea1: sea(vios1).id, sea2: sea(vios2).id,
      trunk1: sea(vios1).trunkAdapterIds[0]!, trunk2: sea(vios2).trunkAdapterIds[0]!, ctl1: sea(vios1).controlChannelId!, ctl2: sea(vios2).controlChannelId!,
      vhost1: vscsi(vios1, aix01), vscsi1: vscsi(aix01, vios1), vhost2: vscsi(vios2, aix01), vscsi2: vscsi(aix01, vios2),
      hdisk1: hdisk(vios1), hdisk2: hdisk(vios2), lun1,
      vfchost1: vfc(vios1, aix01), vfc1: vfc(aix01, vios1), vfchost2: vfc(vios2, aix01), vfc2: vfc(aix01, vios2),
      fcsA1: port(vios1, 'fc', 0), fcsB1: port(vios1, 'fc', 1), fcsA2: port(vios2, 'fc', 0), fcsB2: port(vios2, 'fc', 1),
      ent1: port(vios1, 'ethernet', 0), ent2: port(vios2, 'ethernet', 0), eth1: eth(aix01), eth2: eth(aix02),
      fabA, fabB, array, sw, vlan10,
    },
  };
  return cached;
}

/** A copy of the base design changed by an immer recipe (for states the operations refuse to build). */
export const edit = (recipe: (d: Design, id: Base['id']) => void, from: Design = base().design): Design =>
  produce(from, (draft) => { recipe(draft as Design, base().id); });

/** One rule test: a design that triggers the rule and a close variant that does not. */
export interface RuleCase {
  rule: string;
  name: string;
  trigger: () => Design;
  near: () => Design;
  opts?: ValidateOptions;
}

export const diagnosticsOf = (design: Design, rule: string, opts?: ValidateOptions): Diagnostic[] =>
  validate(design, { ...opts, rules: [rule] }).diagnostics;
