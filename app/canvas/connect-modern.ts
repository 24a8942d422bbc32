import type { Design, Id, Partition, SspCluster, VnicAdapter } from '../model/index.ts';
import * as ops from '../model/index.ts';
import { backingDevicesOf, backingOfLogicalPort, isSeaRealAdapter, logicalPortsOnPort, capacitySum } from '../model/modern-query.ts';
import { sriovPortName } from '../picture/modern.ts';
import { checked, refuse, type Plan } from './plan.ts';
import type { End } from './endpoints.ts';

/**
 * Gestures of today's PowerVM (same planner as the others, app/canvas/connect.ts): a vNIC drag from a client, its
 * +vNIC chip or its vNIC row to a VIOS's SR-IOV logical port, to the VIOS itself or to an SR-IOV physical port makes
 * a backing device (connectVnic; a second one on another VIOS makes a failover vNIC); an SR-IOV port dropped on a
 * partition gives it a logical port; a Shared Storage Pool dropped on a VIOS makes it a node, on a client or a node's
 * vhost it maps a logical unit (lu -create / lu -map). Refusals carry the model's reason and rule id.
 */

/** The vNIC end of a gesture: a client (new vNIC) or one of its vNICs (one more backing device). */
function vnicSource(e: End, strict: boolean): { client: Partition; vnic: VnicAdapter | null } | null {
  if (e.t === 'vnic') return null;
  if (e.t !== 'partition' || e.p.kind === 'vios') return null;
  if (strict && e.handle !== 'vnic') return null;
  return { client: e.p, vnic: null };
}

function sourceOf(design: Design, e: End, strict: boolean): { client: Partition; vnic: VnicAdapter | null } | null {
  if (e.t === 'vnic') {
    const client = design.domain.partitions[e.a.partitionId];
    return client ? { client, vnic: e.a } : null;
  }
  return vnicSource(e, strict);
}

const labelFor = (design: Design, src: { client: Partition; vnic: VnicAdapter | null }, what: string): string => {
  if (!src.vnic) return `vNIC on ${src.client.name} backed by ${what}`;
  const n = backingDevicesOf(design, src.vnic.id).length;
  return n ? `Failover vNIC: ${src.vnic.deviceName} on ${src.client.name} gets backing device ${what}` : `${src.vnic.deviceName} on ${src.client.name} backed by ${what}`;
};

/** Physical ports of the vNIC's other backing devices, and their adapters (VNIC-4, VNIC-5). */
function usedBy(design: Design, vnic: VnicAdapter | null): { ports: Set<Id>; adapters: Set<Id>; vios: Set<Id> } {
  const out = { ports: new Set<Id>(), adapters: new Set<Id>(), vios: new Set<Id>() };
  if (!vnic) return out;
  for (const b of backingDevicesOf(design, vnic.id)) {
    const lp = design.domain.sriovLogicalPorts[b.logicalPortId];
    const port = lp ? design.domain.sriovPhysicalPorts[lp.physicalPortId] : undefined;
    if (!lp || !port) continue;
    out.ports.add(port.id);
    out.adapters.add(port.adapterId);
    out.vios.add(lp.partitionId);
  }
  return out;
}

/**
 * For a drop on a VIOS: a free logical port it owns (not backing a vNIC, not an SEA's, not migratable), else a
 * physical port of a shared adapter of its frame with room, on another port (and preferably another adapter) than
 * the vNIC's other backing devices.
 */
function pickOnVios(design: Design, vios: Partition, vnic: VnicAdapter | null): { logicalPortId: Id } | { physicalPortId: Id } | null {
  const d = design.domain;
  const used = usedBy(design, vnic);
  const free = Object.values(d.sriovLogicalPorts).filter((l) => l.partitionId === vios.id && !l.migratable && !used.ports.has(l.physicalPortId)
    && !backingOfLogicalPort(design, l.id) && !isSeaRealAdapter(design, l.id) && d.sriovAdapters[d.sriovPhysicalPorts[l.physicalPortId]?.adapterId ?? '']?.mode === 'shared');
  const score = (adapterId: Id) => (used.adapters.has(adapterId) ? 1 : 0);
  free.sort((a, b) => score(d.sriovPhysicalPorts[a.physicalPortId]!.adapterId) - score(d.sriovPhysicalPorts[b.physicalPortId]!.adapterId));
  if (free[0]) return { logicalPortId: free[0].id };
  const ports = Object.values(d.sriovPhysicalPorts).filter((p) => {
    const a = d.sriovAdapters[p.adapterId];
    if (!a || a.mode !== 'shared' || a.systemId !== vios.systemId || used.ports.has(p.id)) return false;
    const lps = logicalPortsOnPort(design, p.id);
    return lps.length < p.maxLogicalPorts && capacitySum(lps) + p.capacityGranularity <= 100;
  });
  ports.sort((a, b) => score(a.adapterId) - score(b.adapterId) || logicalPortsOnPort(design, a.id).length - logicalPortsOnPort(design, b.id).length
    || d.sriovAdapters[a.adapterId]!.adapterId - d.sriovAdapters[b.adapterId]!.adapterId || a.portIndex - b.portIndex);
  return ports[0] ? { physicalPortId: ports[0].id } : null;
}

function vnicPlan(design: Design, src: { client: Partition; vnic: VnicAdapter | null }, y: End): Plan | null {
  const d = design.domain;
  const base = { clientPartitionId: src.client.id, ...(src.vnic ? { vnicId: src.vnic.id } : {}) };
  if (y.t === 'sriovLport') {
    const owner = d.partitions[y.l.partitionId];
    return checked(design, labelFor(design, src, `${y.l.deviceName} on ${owner?.name ?? '?'}`), (z) => ops.connectVnic(z, { ...base, logicalPortId: y.l.id }));
  }
  if (y.t === 'partition' && y.p.kind === 'vios') {
    const vios = y.p;
    const pick = pickOnVios(design, vios, src.vnic);
    if (!pick) return refuse(`${vios.name} has no free SR-IOV logical port and its frame no shared-mode SR-IOV port with room left: add an SR-IOV adapter to the frame`, 'VNIC-1');
    if ('logicalPortId' in pick) {
      return checked(design, labelFor(design, src, `${d.sriovLogicalPorts[pick.logicalPortId]!.deviceName} on ${vios.name}`), (z) => ops.connectVnic(z, { ...base, logicalPortId: pick.logicalPortId }));
    }
    return checked(design, labelFor(design, src, `a new logical port on ${vios.name} (${sriovPortName(design, pick.physicalPortId)})`),
      (z) => ops.connectVnic(z, { ...base, viosId: vios.id, physicalPortId: pick.physicalPortId }));
  }
  if (y.t === 'sriovPort') {
    const port = y.port;
    const sys = d.sriovAdapters[port.adapterId]?.systemId;
    const used = usedBy(design, src.vnic);
    const vioses = Object.values(d.partitions).filter((p) => p.kind === 'vios' && p.systemId === sys).sort((a, b) => a.lparId - b.lparId);
    const vios = vioses.find((v) => !used.vios.has(v.id)) ?? vioses[0];
    if (!vios) return refuse(`A vNIC is backed by a logical port of a VIOS: the frame of ${y.name} has no VIOS`, 'VNIC-1');
    return checked(design, labelFor(design, src, `a new logical port on ${vios.name} (${y.name})`), (z) => ops.connectVnic(z, { ...base, viosId: vios.id, physicalPortId: port.id }));
  }
  return null;
}

/** The logical units of a client mapped through some node vhost but not through this one (a second path). */
function sspMapPlan(design: Design, cluster: SspCluster, vhostId: Id): Plan {
  const d = design.domain;
  const vhost = d.vscsiAdapters[vhostId]!;
  const client = vhost.remotePartitionId ? d.partitions[vhost.remotePartitionId] : undefined;
  if (!cluster.nodeIds.includes(vhost.partitionId)) {
    return refuse(`${d.partitions[vhost.partitionId]?.name ?? '?'} is not a node of cluster ${cluster.name}: only nodes map its logical units`, 'SSP-1');
  }
  const here = new Set(Object.values(d.vtds).filter((v) => v.serverAdapterId === vhost.id).map((v) => d.backingDevices[v.backingDeviceId ?? '']?.logicalUnitId));
  const elsewhere = client ? Object.values(d.vtds).flatMap((v) => {
    const a = d.vscsiAdapters[v.serverAdapterId];
    const b = v.backingDeviceId ? d.backingDevices[v.backingDeviceId] : undefined;
    const lu = b?.logicalUnitId ? d.sspLogicalUnits[b.logicalUnitId] : undefined;
    return a && a.id !== vhost.id && a.remotePartitionId === client.id && lu && lu.clusterId === cluster.id && !here.has(lu.id) ? [lu] : [];
  }) : [];
  const lu = elsewhere[0];
  if (lu) return checked(design, `lu -map ${lu.name} → ${vhost.deviceName} (second path for ${client?.name})`, (z) => ops.mapLogicalUnit(z, { logicalUnitId: lu.id, serverAdapterId: vhost.id }));
  return newLogicalUnitPlan(design, cluster, client?.name ?? d.partitions[vhost.partitionId]?.name ?? 'lu', [vhost.id]);
}

/** lu -create in the pool, mapped through the given vhosts (one VTD per node). */
export function newLogicalUnitPlan(design: Design, cluster: SspCluster, stem: string, vhostIds: Id[]): Plan {
  const names = new Set(Object.values(design.domain.sspLogicalUnits).filter((u) => u.clusterId === cluster.id).map((u) => u.name));
  let n = 1;
  while (names.has(`${stem}_lu${n}`)) n++;
  const name = `${stem}_lu${n}`;
  const where = vhostIds.map((v) => `${design.domain.vscsiAdapters[v]?.deviceName} on ${design.domain.partitions[design.domain.vscsiAdapters[v]?.partitionId ?? '']?.name}`);
  return checked(design, `lu -create ${name} (50 GB thin) in ${cluster.poolName}${where.length ? `, mapped to ${where.join(' and ')}` : ''}`, (z) => {
    const id = ops.nextId(z, 'sspLogicalUnits');
    let w = ops.createLogicalUnit(z, { id, clusterId: cluster.id, name, sizeGB: 50 });
    for (const v of vhostIds) w = ops.mapLogicalUnit(w, { logicalUnitId: id, serverAdapterId: v });
    return w;
  });
}

/** The vhosts on nodes of a cluster that serve a client partition. */
export const nodeVhostsOf = (design: Design, cluster: SspCluster, clientId: Id): Id[] =>
  Object.values(design.domain.vscsiAdapters).filter((a) => a.role === 'server' && a.remotePartitionId === clientId && cluster.nodeIds.includes(a.partitionId))
    .sort((a, b) => (design.domain.partitions[a.partitionId]?.lparId ?? 0) - (design.domain.partitions[b.partitionId]?.lparId ?? 0)).map((a) => a.id);

/** A new logical unit for a client, mapped through every node vhost that serves it (SSP-11: two nodes for dual-VIOS clients). */
export function luForClientPlan(design: Design, cluster: SspCluster, client: Partition): Plan {
  if (client.kind === 'vios') return refuse(`${client.name} is a VIOS: a logical unit reaches a client through a vhost of a node`);
  const vhosts = nodeVhostsOf(design, cluster, client.id);
  if (!vhosts.length) return refuse(`${client.name} has no vSCSI adapter served by a node of cluster ${cluster.name}: connect it by vSCSI to a node VIOS first`, 'SSP-11');
  return newLogicalUnitPlan(design, cluster, client.name, vhosts);
}

/** A rule for an ordered pair of ends, or null when none of today's gestures applies. */
export function modernRule(design: Design, x: End, y: End): Plan | null {
  const d = design.domain;
  if (x.t === 'partition' && y.t === 'partition' && y.handle === 'vnic' && x.handle !== 'vnic') return modernRule(design, y, x);
  // vNIC: from a client's +vNIC chip or its vNIC row to a VIOS, one of its logical ports or an SR-IOV port; from a
  // client's generic handle to a logical port (a drop on a VIOS from there stays a vSCSI pair).
  const strict = vnicSource(x, true) ?? (x.t === 'vnic' ? sourceOf(design, x, false) : null);
  if (strict) {
    return vnicPlan(design, strict, y)
      ?? refuse(`A vNIC is backed by an SR-IOV logical port of a VIOS: drop ${strict.vnic ? strict.vnic.deviceName : 'it'} on a VIOS, one of its logical ports or an SR-IOV port`, 'VNIC-1');
  }
  const loose = sourceOf(design, x, false);
  if (loose && y.t === 'sriovLport') return vnicPlan(design, loose, y);
  if (x.t === 'partition' && x.handle === 'vnic' && x.p.kind === 'vios') return refuse(`${x.p.name} is a VIOS: a vNIC is a client adapter`, 'VNIC-1');
  if (x.t === 'sriovPort' && y.t === 'partition' && y.handle !== 'vnic') {
    const port = x.port;
    return checked(design, `Logical port for ${y.p.name} on ${x.name}`, (z) => ops.addSriovLogicalPort(z, { physicalPortId: port.id, partitionId: y.p.id }));
  }
  if (x.t === 'sriovPort' && y.t === 'switch') {
    if (x.port.cabledToId === y.s.id) return refuse(`${x.name} is already cabled to ${y.s.name}`);
    const port = x.port;
    return checked(design, `Cable ${x.name} to ${y.s.name}`, (z) => ops.updateSriovPhysicalPort(z, { id: port.id, patch: { cabledToId: y.s.id } }));
  }
  if (x.t === 'sriovLport' && y.t === 'vlan') {
    const lp = x.l;
    const vlan = y.v;
    return checked(design, `SEA on ${d.partitions[lp.partitionId]?.name}: ${lp.deviceName} bridges VLAN ${vlan.vlanId}`,
      (z) => ops.bridgeVlan(z, { partitionId: lp.partitionId, realAdapter: { kind: 'sriov-logical-port', id: lp.id }, vlanId: vlan.id }));
  }
  if (x.t === 'sspPool' && y.t === 'partition') {
    const c = x.c;
    if (y.p.kind === 'vios') {
      if (c.nodeIds.includes(y.p.id)) return refuse(`${y.p.name} is already a node of cluster ${c.name}`);
      const vios = y.p;
      return checked(design, `cluster -addnode ${vios.name} to ${c.name}`, (z) => ops.addSspNode(z, { clusterId: c.id, partitionId: vios.id }));
    }
    return luForClientPlan(design, c, y.p);
  }
  if (x.t === 'sspPool' && y.t === 'vscsi') {
    if (y.a.role !== 'server') return refuse(`${y.a.deviceName} is a client adapter: a logical unit is mapped to the vhost on a node VIOS`);
    return sspMapPlan(design, x.c, y.a.id);
  }
  if (x.t === 'vscsi' && x.a.role === 'server' && y.t === 'backing' && y.b.kind === 'ssp-lu' && y.b.logicalUnitId && y.b.partitionId !== x.a.partitionId) {
    const vhost = x.a;
    const lu = y.b.logicalUnitId;
    return checked(design, `lu -map ${y.b.name} → ${vhost.deviceName} on ${d.partitions[vhost.partitionId]?.name}`, (z) => ops.mapLogicalUnit(z, { logicalUnitId: lu, serverAdapterId: vhost.id }));
  }
  return null;
}
