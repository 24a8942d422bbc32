import type { Design, Id } from '../model/index.ts';
import { backingDevicesOf } from '../model/modern-query.ts';
import type { Row } from './rows.ts';
import type { Connection } from './connections.ts';

/**
 * The picture of today's PowerVM (document version 3): SR-IOV logical ports as rows of their owner, vNIC client
 * adapters as rows of the client, each backing device as a line from the vNIC to its VIOS logical port (the active
 * one, the most preferred by failover priority, drawn solid; the standby ones dashed), SR-IOV physical ports as
 * boxes in the frame (like HEA ports) with a line to each logical port carved from them, and a Shared Storage Pool
 * as one box outside the frames that every node VIOS links to (an LU mapped on two nodes reads as one pool). Pure.
 */

/** "sriov1 port 0" (the adapter's name, or its HMC adapter id). */
export function sriovPortName(design: Design, physicalPortId: Id): string {
  const d = design.domain;
  const port = d.sriovPhysicalPorts[physicalPortId];
  const adapter = port ? d.sriovAdapters[port.adapterId] : undefined;
  if (!port || !adapter) return '?';
  return `${adapter.name || `SR-IOV ${adapter.adapterId}`} port ${port.portIndex}`;
}

/** The small box of an SR-IOV physical port: title and one line under it. */
export function sriovPortText(design: Design, physicalPortId: Id): [string, string] {
  const d = design.domain;
  const port = d.sriovPhysicalPorts[physicalPortId];
  const adapter = port ? d.sriovAdapters[port.adapterId] : undefined;
  if (!port || !adapter) return ['?', ''];
  let used = 0;
  for (const l of Object.values(d.sriovLogicalPorts)) if (l.physicalPortId === port.id) used++;
  // Short enough for the box (the rest is in the inspector): "sriov1 P0", "25 Gb · 2 LP" (VEPA said when set).
  const mode = adapter.mode === 'dedicated' ? 'dedicated' : `${used} LP${port.switchMode === 'vepa' ? ' · VEPA' : ''}`;
  return [`${adapter.name || `SR-IOV ${adapter.adapterId}`} P${port.portIndex}`, `${port.speedGbps} Gb · ${mode}`];
}

/** The small box of a Shared Storage Pool: its pool name and what it holds. */
export function sspPoolText(design: Design, clusterId: Id): [string, string] {
  const d = design.domain;
  const c = d.sspClusters[clusterId];
  if (!c) return ['?', ''];
  let lus = 0;
  for (const u of Object.values(d.sspLogicalUnits)) if (u.clusterId === c.id) lus++;
  return [c.poolName, `${lus} LU${lus === 1 ? '' : 's'} · ${c.nodeIds.length} node${c.nodeIds.length === 1 ? '' : 's'}`];
}

/** The SR-IOV physical ports drawn in a frame (a shared-mode adapter's ports; a dedicated one's too). */
export function sriovPortsOf(design: Design, systemId: Id): Id[] {
  const d = design.domain;
  return Object.values(d.sriovPhysicalPorts)
    .filter((p) => d.sriovAdapters[p.adapterId]?.systemId === systemId)
    .sort((a, b) => (d.sriovAdapters[a.adapterId]!.adapterId - d.sriovAdapters[b.adapterId]!.adapterId) || a.portIndex - b.portIndex)
    .map((p) => p.id);
}

/** Which backing device of each vNIC is active in the picture: the most preferred (lowest failover priority). */
function activeBacking(design: Design): Set<Id> {
  const out = new Set<Id>();
  for (const v of Object.keys(design.domain.vnicAdapters)) {
    const first = backingDevicesOf(design, v)[0];
    if (first) out.add(first.id);
  }
  return out;
}

/** Rows of the version-3 elements, as [owner partition, row]: logical ports and vNIC client adapters. */
export function modernRows(design: Design): [Id, Row][] {
  const d = design.domain;
  const out: [Id, Row][] = [];
  const active = activeBacking(design);
  const backingByPort = new Map<Id, Id>();
  for (const b of Object.values(d.vnicBackingDevices)) backingByPort.set(b.logicalPortId, b.id);
  for (const l of Object.values(d.sriovLogicalPorts)) {
    const bid = backingByPort.get(l.id);
    const b = bid ? d.vnicBackingDevices[bid] : undefined;
    const vnic = b ? d.vnicAdapters[b.vnicId] : undefined;
    const client = vnic ? d.partitions[vnic.partitionId]?.name : undefined;
    // What matters first (the rows are narrow): which vNIC it backs and whether it is the active one.
    const use = b && vnic ? `→ ${client} ${vnic.deviceName} prio ${b.failoverPriority}${active.has(b.id) ? ' active' : ''} · ` : '';
    const flags = `${l.promiscuous ? ' · promiscuous' : ''}${l.migratable ? ' · migratable' : ''}`;
    out.push([l.partitionId, {
      id: l.id, kind: 'sriov-lport', name: l.deviceName,
      detail: `${use}${sriovPortName(design, l.physicalPortId)} · ${l.capacity} %${l.maxCapacity < 100 ? ` (max ${l.maxCapacity} %)` : ''}${flags}${b?.serverDeviceName ? ` · ${b.serverDeviceName}` : ''}`,
    }]);
  }
  for (const v of Object.values(d.vnicAdapters)) {
    const backs = backingDevicesOf(design, v.id).map((b) => {
      const lp = d.sriovLogicalPorts[b.logicalPortId];
      const vios = lp ? d.partitions[lp.partitionId]?.name : '?';
      return `${vios} prio ${b.failoverPriority}${active.has(b.id) ? ' active' : ''}`;
    });
    out.push([v.partitionId, {
      id: v.id, kind: 'vnic', name: v.deviceName,
      detail: `${backs.length ? backs.join(', ') : 'vNIC without backing device'} · slot ${v.slot}${v.pvid ? ` · PVID ${v.pvid}` : ''}`,
    }]);
  }
  return out;
}

/** The detail of an SSP logical-unit backing device row: the LU, its pool, size and provisioning. */
export function sspBackingDetail(design: Design, logicalUnitId: Id | null | undefined): string | null {
  const lu = logicalUnitId ? design.domain.sspLogicalUnits[logicalUnitId] : undefined;
  if (!lu) return null;
  const c = design.domain.sspClusters[lu.clusterId];
  return `SSP LU · ${c?.poolName ?? '?'} · ${lu.sizeGB} GB ${lu.provisioning}`;
}

/** Lines of the version-3 elements. */
export function modernConnections(design: Design): Connection[] {
  const d = design.domain;
  const out: Connection[] = [];
  const active = activeBacking(design);
  for (const l of Object.values(d.sriovLogicalPorts)) {
    const port = d.sriovPhysicalPorts[l.physicalPortId];
    if (!port) continue;
    out.push({ id: `sriov:${l.id}`, kind: 'sriov', source: port.id, sourceRow: null, target: l.partitionId, targetRow: l.id,
      label: `${l.deviceName} logical port on ${sriovPortName(design, port.id)} · ${l.capacity} %`, deps: [l, port] });
  }
  for (const b of Object.values(d.vnicBackingDevices)) {
    const vnic = d.vnicAdapters[b.vnicId];
    const lp = d.sriovLogicalPorts[b.logicalPortId];
    if (!vnic || !lp) continue;
    const on = active.has(b.id);
    const vios = d.partitions[lp.partitionId]?.name ?? '?';
    out.push({ id: `vnic:${b.id}`, kind: on ? 'vnic' : 'vnic-standby', source: vnic.partitionId, sourceRow: vnic.id, target: lp.partitionId, targetRow: lp.id,
      label: `vNIC ${vnic.deviceName} backing device ${lp.deviceName} on ${vios} · priority ${b.failoverPriority} · ${on ? 'active' : 'standby'}`, deps: [b, vnic, lp, on] });
  }
  const linked = new Set<string>();
  for (const b of Object.values(d.backingDevices)) {
    if (b.kind !== 'ssp-lu' || !b.logicalUnitId) continue;
    const lu = d.sspLogicalUnits[b.logicalUnitId];
    if (!lu || !d.sspClusters[lu.clusterId]) continue;
    linked.add(`${lu.clusterId}|${b.partitionId}`);
    out.push({ id: `ssp:${b.id}`, kind: 'storage', source: b.partitionId, sourceRow: b.id, target: lu.clusterId, targetRow: null,
      label: `${b.name}: logical unit of ${d.sspClusters[lu.clusterId]!.poolName}`, deps: [b, lu] });
  }
  for (const c of Object.values(d.sspClusters)) {
    for (const n of c.nodeIds) {
      if (!linked.has(`${c.id}|${n}`) && d.partitions[n]) {
        out.push({ id: `ssp-node:${c.id}:${n}`, kind: 'storage', source: n, sourceRow: null, target: c.id, targetRow: null, label: `node of cluster ${c.name}`, deps: [c] });
      }
    }
    const disks = [...(c.repositoryLunId ? [c.repositoryLunId] : []), ...c.poolLunIds, ...c.mirrorLunIds];
    for (const lun of disks) {
      if (!d.luns[lun]) continue;
      out.push({ id: `ssp-disk:${c.id}:${lun}`, kind: 'cable', source: c.id, sourceRow: null, target: lun, targetRow: null,
        label: `${d.luns[lun]!.name}: ${lun === c.repositoryLunId ? 'repository disk' : 'pool disk'} of ${c.name}`, deps: [c] });
    }
  }
  return out;
}
