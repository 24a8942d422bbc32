/**
 * Paths over SR-IOV (MODERN.md 7.1, 7.2): a vNIC's backing devices (client vNIC -> hypervisor -> vnicserver on a VIOS
 * -> SR-IOV logical port -> physical port -> adapter -> switch), lowest failover_priority first, and a client's own
 * SR-IOV logical port (no VIOS, no hypervisor failover: lost with its physical port or its adapter).
 */
import type { Id, SriovLogicalPort, VnicAdapter, VnicBackingDevice } from '../../model/schema/index.ts';
import { push } from '../index-design.ts';
import { makePath, type BuildContext } from './context.ts';
import type { ModelPath, ModelUnit } from './model.ts';

/** The SR-IOV and vNIC records of a design by owner, built once per design. */
export interface SriovIndex {
  /** client partition id -> its vNIC adapters, by slot. */
  vnicsOf: Map<Id, VnicAdapter[]>;
  /** vNIC id -> its backing devices, in document order. */
  backingOf: Map<Id, VnicBackingDevice[]>;
  /** partition id -> the SR-IOV logical ports it owns, by device name. */
  logicalOf: Map<Id, SriovLogicalPort[]>;
}

export function sriovIndex(ctx: BuildContext): SriovIndex {
  const all = ctx.ix.all;
  const vnicsOf = new Map<Id, VnicAdapter[]>();
  const backingOf = new Map<Id, VnicBackingDevice[]>();
  const logicalOf = new Map<Id, SriovLogicalPort[]>();
  for (const v of all.vnicAdapters) push(vnicsOf, v.partitionId, v);
  for (const b of all.vnicBackingDevices) push(backingOf, b.vnicId, b);
  for (const lp of all.sriovLogicalPorts) push(logicalOf, lp.partitionId, lp);
  for (const list of vnicsOf.values()) list.sort((a, b) => a.slot - b.slot);
  for (const list of logicalOf.values()) list.sort((a, b) => (a.deviceName < b.deviceName ? -1 : a.deviceName > b.deviceName ? 1 : 0));
  return { vnicsOf, backingOf, logicalOf };
}

/** "SR-IOV adapter 1 port 0" (the adapter_id and phys_port_id the HMC shows). */
export function sriovPortName(ctx: BuildContext, lp: SriovLogicalPort): string {
  const d = ctx.design.domain;
  const port = d.sriovPhysicalPorts[lp.physicalPortId];
  const adapter = port ? d.sriovAdapters[port.adapterId] : undefined;
  return port ? `SR-IOV adapter ${adapter?.adapterId ?? '?'} port ${port.portIndex}` : 'an SR-IOV port not drawn';
}

function sriovElements(ctx: BuildContext, lp: SriovLogicalPort, into: Id[]): void {
  const port = ctx.design.domain.sriovPhysicalPorts[lp.physicalPortId];
  into.push(lp.id);
  if (port) {
    into.push(port.id, port.adapterId);
    if (port.cabledToId) into.push(port.cabledToId);
  }
}

/** The path of a client's own logical port: the client's frame, the logical port, its physical port, adapter and switch. */
export function sriovPath(ctx: BuildContext, clientFrame: number, lp: SriovLogicalPort): ModelPath {
  const elementIds: Id[] = [];
  sriovElements(ctx, lp, elementIds);
  return makePath({ through: sriovPortName(ctx, lp), via: lp.deviceName, kind: 'sriov', viosId: null, requires: [clientFrame, ...ctx.sriovComps(lp)], elementIds });
}

/** The paths of a vNIC, one per backing device whose logical port exists, lowest failover_priority first (then as listed). */
export function vnicPaths(ctx: BuildContext, clientFrame: number, vnic: VnicAdapter, backing: readonly VnicBackingDevice[]): ModelPath[] {
  const d = ctx.design.domain;
  const out: ModelPath[] = [];
  const sorted = backing.map((b, i) => ({ b, i })).sort((x, y) => x.b.failoverPriority - y.b.failoverPriority || x.i - y.i);
  for (const { b } of sorted) {
    const lp = d.sriovLogicalPorts[b.logicalPortId];
    if (!lp) continue;
    const vios = lp.partitionId;
    const elementIds: Id[] = [vnic.id, b.id, vios];
    sriovElements(ctx, lp, elementIds);
    out.push(makePath({
      through: `${lp.deviceName} on ${ctx.name(vios)}`, via: vnic.deviceName, kind: 'vnic', viosId: vios,
      requires: [clientFrame, ctx.frameOf(vios), ctx.comp(vios), ...ctx.sriovComps(lp)], elementIds, priority: b.failoverPriority,
    }));
  }
  return out;
}

/** A vNIC as a unit: its backing devices are the alternatives the hypervisor chooses between. */
export function vnicUnit(ctx: BuildContext, clientFrame: number, vnic: VnicAdapter, backing: readonly VnicBackingDevice[]): ModelUnit {
  return {
    label: `vNIC ${vnic.deviceName} (slot ${vnic.slot})`, mechanism: 'vnic-failover', paths: vnicPaths(ctx, clientFrame, vnic, backing),
    autoPriorityFailover: vnic.autoPriorityFailover,
  };
}
