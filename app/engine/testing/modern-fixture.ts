import { produce } from 'immer';
import type { Design, Id } from '../../model/schema/index.ts';
import * as ops from '../../model/ops/index.ts';
import { modernDesign } from '../../model/testing/modern-design.ts';

/**
 * Designs for the SR-IOV, vNIC, SSP and LPM rule tests. `modern()` is app/model/testing/modern-design.ts (one POWER9
 * frame sys-1: vios1 lpar-1, vios2 lpar-2, aix01 lpar-3 with vnic-1 on logport-1 / logport-2, aix02 lpar-4 with LU lu-1
 * of cluster ssp-1 through both VIOS, lnx03 lpar-5 with the migratable logport-3). `twoFrames()` adds a second POWER9
 * frame (Enterprise, same LMB) with its own VIOS pair, both mover service partitions, FC ports on both fabrics, SEA
 * failover bridging VLAN 10 (as frame 1 does), a shared SR-IOV adapter and one client aix09.
 */
let one: Design | null = null;
let two: { design: Design; sys2: Id; vios3: Id; vios4: Id; aix09: Id } | null = null;

export const modern = (): Design => (one ??= modernDesign());

export function twoFramesIds() {
  if (two) return two;
  let d = modern();
  d = ops.addSystem(d, { name: 'p9-frame2', typeModel: '9009-42A', generation: 'POWER9', installedCores: 20, installedMemoryMB: 1024 * 1024 });
  const sys2 = Object.values(d.domain.systems).find((s) => s.name === 'p9-frame2')!.id;
  d = ops.updateSystem(d, { id: sys2, patch: { powervmEdition: 'enterprise', firmware: '950', hmcLevel: 'V10R3M1050' } });
  d = ops.addViosPair(d, { systemId: sys2 });
  const [vios3, vios4] = Object.values(d.domain.partitions).filter((p) => p.systemId === sys2).map((p) => p.id) as [Id, Id];
  for (const [v, name] of [[vios3, 'vios3'], [vios4, 'vios4']] as const) {
    d = ops.updatePartition(d, { id: v, patch: { name, osLevel: '3.1.4.10', msp: true } });
    const fcs = Object.values(d.domain.physicalPorts).filter((p) => p.partitionId === v && p.kind === 'fc');
    d = ops.cablePort(d, { portId: fcs[0]!.id, toId: 'fabric-1' });
    d = ops.cablePort(d, { portId: fcs[1]!.id, toId: 'fabric-2' });
  }
  const eth = (v: Id) => Object.values(d.domain.physicalPorts).find((p) => p.partitionId === v && p.kind === 'ethernet')!.id;
  d = ops.createSeaFailover(d, {
    primary: { partitionId: vios3, realAdapter: { kind: 'physical-port', id: eth(vios3) } },
    backup: { partitionId: vios4, realAdapter: { kind: 'physical-port', id: eth(vios4) } },
    pvid: 10, controlChannelPvid: 99,
  });
  d = ops.addSriovAdapter(d, { systemId: sys2, ports: 2 });
  d = ops.addPartition(d, { systemId: sys2, kind: 'aix', name: 'aix09' });
  const aix09 = Object.values(d.domain.partitions).find((p) => p.name === 'aix09')!.id;
  two = { design: d, sys2, vios3, vios4, aix09 };
  return two;
}

export const twoFrames = (): Design => twoFramesIds().design;

/** A changed copy of a base design (modern() unless given). */
export const mEdit = (recipe: (d: Design) => void, from: Design = modern()): Design => produce(from, (draft) => { recipe(draft as Design); });
