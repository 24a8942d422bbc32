import {
  DEFAULT_FAILOVER_PRIORITY, sriovAdapterSchema, sriovLogicalPortSchema, sriovPhysicalPortSchema, sspClusterSchema, sspLogicalUnitSchema,
  vnicAdapterSchema, vnicBackingDeviceSchema,
} from '../../model/index.ts';
import { natural } from '../natural.ts';
import type { Inventory } from './inventory.ts';
import type { LuEntry } from './inventory-modern.ts';
import type { RecordBuilder } from './records.ts';

const some = (names: string[]) => `${names.slice(0, 6).join(', ')}${names.length > 6 ? ` and ${names.length - 6} more` : ''}`;

/**
 * SR-IOV adapters with their physical and logical ports, vNICs with their backing devices (document version 3), from
 * a finished inventory. What no output gave is assumed and said so in a warning, as for the other records.
 */
export function buildSriovAndVnic(b: RecordBuilder, inv: Inventory): void {
  const m = inv.modern;
  const adapterIds = new Map<string, string>();
  const portIds = new Map<string, string>();
  const granularity = new Map<string, number>();
  const bySystem = new Map<string, typeof m.adapters extends Map<string, infer A> ? A[] : never>();
  for (const a of m.adapters.values()) {
    if (!b.sysIds.has(a.sysKey)) continue;
    const list = bySystem.get(a.sysKey) ?? [];
    list.push(a);
    bySystem.set(a.sysKey, list);
  }
  for (const [sysKey, list] of bySystem) {
    const used = new Set(list.map((a) => a.adapterId).filter((x): x is number => x !== undefined));
    const sorted = [...list].sort((x, y) => (x.adapterId ?? 1e9) - (y.adapterId ?? 1e9) || natural(x.location ?? '', y.location ?? ''));
    for (const a of sorted) {
      if (a.adapterId === undefined) {
        let id = 1;
        while (used.has(id)) id++;
        used.add(id);
        a.adapterId = id;
        inv.warn(`SR-IOV adapter at ${a.location ?? 'an unknown location'}: its adapter id is not in these outputs (lsmap -vnic shows only locations); assumed ${id} (import lshwres -r sriov --rsubtype adapter for the real one)`);
      }
      const ports = [...m.ports.values()].filter((p) => p.adapterKey === a.key).sort((x, y) => x.portIndex - y.portIndex);
      const id = b.add('sriovAdapters', sriovAdapterSchema, {
        systemId: b.sysIds.get(sysKey), adapterId: a.adapterId, mode: a.mode ?? 'shared', name: a.name?.slice(0, 80) ?? '', location: a.location?.slice(0, 80) || undefined,
        model: a.model?.slice(0, 80) || undefined,
        ...(a.maxLogicalPorts !== undefined ? { maxLogicalPorts: a.maxLogicalPorts } : {}),
      }, `SR-IOV adapter ${a.adapterId}`);
      if (!id) continue;
      adapterIds.set(a.key, id);
      for (const p of ports) {
        const pid = b.add('sriovPhysicalPorts', sriovPhysicalPortSchema, {
          adapterId: id, portIndex: p.portIndex, location: p.location?.slice(0, 80),
          ...(p.maxLogicalPorts !== undefined ? { maxLogicalPorts: p.maxLogicalPorts } : {}),
          ...(p.maxPromiscuousPorts !== undefined ? { maxPromiscuousPorts: p.maxPromiscuousPorts } : {}),
          ...(p.capacityGranularity !== undefined ? { capacityGranularity: p.capacityGranularity } : {}),
          ...(p.switchMode ? { switchMode: p.switchMode } : {}), ...(p.speedGbps !== undefined ? { speedGbps: p.speedGbps } : {}),
          ...(p.reflectiveRelay !== undefined ? { reflectiveRelay: p.reflectiveRelay } : {}),
        }, `Port ${p.portIndex} of SR-IOV adapter ${a.adapterId}`);
        if (pid) { portIds.set(`${a.key}|${p.portIndex}`, pid); granularity.set(pid, p.capacityGranularity ?? 2); }
      }
    }
  }
  const lpIds = new Map<string, string>();
  const noCapacity: string[] = [];
  const lps = [...m.logicalPorts.values()].filter((l) => b.partIds.has(l.part))
    .sort((x, y) => b.order(x.part) - b.order(y.part) || natural(x.deviceName ?? '', y.deviceName ?? ''));
  for (const l of lps) {
    const port = portIds.get(`${l.adapterKey}|${l.portIndex}`);
    const what = `Logical port ${l.deviceName} on ${b.label(l.part)}`;
    if (!port) { inv.warn(`${what}: its SR-IOV adapter was left out; left out`); continue; }
    if (l.capacity === undefined) noCapacity.push(`${l.deviceName} on ${b.label(l.part)}`);
    const id = b.add('sriovLogicalPorts', sriovLogicalPortSchema, {
      physicalPortId: port, partitionId: b.partIds.get(l.part), deviceName: l.deviceName, logicalPortId: l.logicalPortId,
      capacity: l.capacity ?? granularity.get(port) ?? 2, maxCapacity: l.maxCapacity ?? 100, promiscuous: l.promiscuous ?? false,
      migratable: l.migratable ?? false, backupDevice: null, pvid: l.pvid ?? 0, allowedVlans: l.allowedVlans ?? 'all', mac: l.mac,
    }, what);
    if (id) lpIds.set(l.key, id);
  }
  if (noCapacity.length) inv.warn(`Assumed: the capacity of ${noCapacity.length} SR-IOV logical port(s) is not in these outputs (${some(noCapacity)}); the port's granularity is used (import lshwres -r sriov --rsubtype logport --level eth for the real values)`);
  const noPriority: string[] = [];
  const noAuto: string[] = [];
  const vnics = [...m.vnics.values()].filter((v) => b.partIds.has(v.part)).sort((x, y) => b.order(x.part) - b.order(y.part) || x.slot - y.slot);
  for (const v of vnics) {
    const what = `vNIC ${v.deviceName} (slot ${v.slot}) on ${b.label(v.part)}`;
    if (v.autoPriorityFailover === undefined) noAuto.push(`${v.deviceName} on ${b.label(v.part)}`);
    const id = b.add('vnicAdapters', vnicAdapterSchema, {
      partitionId: b.partIds.get(v.part), slot: v.slot, deviceName: v.deviceName, autoPriorityFailover: v.autoPriorityFailover ?? true,
      pvid: v.pvid ?? 0, allowedVlans: v.allowedVlans ?? 'all', mac: v.mac, required: false,
    }, what);
    if (!id) continue;
    for (const bk of v.backings) {
      const lp = lpIds.get(bk.logicalPortKey);
      if (!lp) { inv.warn(`${what}: a backing device's logical port was left out; left out`); continue; }
      if (bk.priority === undefined) noPriority.push(`${bk.serverName} for ${b.label(v.part)}`);
      b.add('vnicBackingDevices', vnicBackingDeviceSchema, {
        vnicId: id, logicalPortId: lp, failoverPriority: bk.priority ?? DEFAULT_FAILOVER_PRIORITY, serverDeviceName: bk.serverName, serverSlot: bk.serverSlot,
      }, `Backing device ${bk.serverName} of ${what}`);
    }
  }
  if (noPriority.length) inv.warn(`Assumed: the failover priority of ${noPriority.length} vNIC backing device(s) is not in these outputs (${some(noPriority)}); ${DEFAULT_FAILOVER_PRIORITY}, the HMC default, is used (import lshwres -r virtualio --rsubtype vnic for the real ones)`);
  if (noAuto.length) inv.warn(`Assumed: auto priority failover of ${noAuto.length} vNIC(s) is not in these outputs (${some(noAuto)}); on is used (import lshwres -r virtualio --rsubtype vnic for the real setting)`);
}

/**
 * Shared Storage Pool clusters with their nodes and pool, and their logical units (document version 3). An LU that a
 * VIOS maps (lsmap -all shows it as the backing device `<lu>.<udid>`) makes that VIOS a node of the LU's cluster.
 * Returns the record id of each logical unit, for the backing devices of the mappings.
 */
export function buildSsp(b: RecordBuilder, inv: Inventory): Map<LuEntry, string> {
  const m = inv.modern;
  const out = new Map<LuEntry, string>();
  if (m.clusters.size === 0 && m.lus.size === 0 && m.pools.size === 0) return out;
  const lone = () => (m.clusters.size === 1 ? [...m.clusters.values()][0]! : undefined);
  const clusterOfPool = (pool: string | undefined) => {
    const named = [...m.clusters.values()].find((c) => c.poolName === pool);
    if (named) return named;
    const one = lone();
    if (one && (!one.poolName || !pool)) { if (pool) one.poolName = pool; return one; }
    if (!pool) return undefined;
    inv.warn(`Pool ${pool} is listed, but no output names its cluster (import cluster -status); imported as a cluster named ${pool}`);
    const c = m.cluster(pool);
    c.poolName = pool;
    return c;
  };
  for (const pool of m.pools.keys()) clusterOfPool(pool);
  const luCluster = new Map<LuEntry, ReturnType<typeof clusterOfPool>>();
  for (const lu of m.lus.values()) luCluster.set(lu, clusterOfPool(lu.poolName));
  // A VIOS that maps an LU is a node of its cluster (only nodes map its logical units, SSP-1).
  for (const v of inv.vtds.values()) {
    const lu = v.backing ? m.luOfBacking(v.backing) : undefined;
    const c = lu ? luCluster.get(lu) : undefined;
    if (c && !c.nodes.includes(v.part)) {
      c.nodes.push(v.part);
      inv.warn(`${b.label(v.part)} maps logical unit ${lu!.name}, so it is a node of cluster ${c.name}, which no cluster -status output here lists`);
    }
  }
  const clusterIds = new Map<string, string>();
  for (const c of [...m.clusters.values()].sort((x, y) => natural(x.name, y.name))) {
    if (!c.poolName) inv.warn(`Cluster ${c.name}: its pool name is not in these outputs (import lssp -clustername ${c.name} or cluster -status -verbose); the cluster's name is used`);
    const nodes = c.nodes.filter((n) => b.partIds.has(n)).map((n) => b.partIds.get(n)!);
    const id = b.add('sspClusters', sspClusterSchema, {
      name: c.name, poolName: c.poolName ?? c.name, nodeIds: nodes, repositoryLunId: null, poolLunIds: [],
    }, `Cluster ${c.name}`);
    if (!id) continue;
    clusterIds.set(c.name, id);
    inv.warn(`Cluster ${c.name}: its repository disk and pool disks are SAN LUNs that these outputs do not list; add them to the design to have SSP-1 and SSP-2 checked`);
  }
  const thin: string[] = [];
  for (const lu of [...m.lus.values()].sort((x, y) => natural(x.name, y.name))) {
    const c = luCluster.get(lu);
    const clusterId = c ? clusterIds.get(c.name) : undefined;
    if (!clusterId || lu.sizeMB === undefined) { inv.warn(`Logical unit ${lu.name}: ${clusterId ? 'no size' : 'no cluster'} in these outputs; left out`); continue; }
    if (lu.thick === undefined) thin.push(lu.name);
    const id = b.add('sspLogicalUnits', sspLogicalUnitSchema, {
      clusterId, name: lu.name, sizeGB: Math.round((lu.sizeMB / 1024) * 1000) / 1000, provisioning: lu.thick ? 'thick' : 'thin', udid: lu.udid?.slice(0, 64),
    }, `Logical unit ${lu.name}`);
    if (id) out.set(lu, id);
  }
  if (thin.length) inv.warn(`Assumed: thin or thick provisioning of ${thin.length} logical unit(s) is not in plain lu -list (${some(thin)}); thin, the default of lu -create, is used`);
  return out;
}
