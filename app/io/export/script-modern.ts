import type { BackingDevice, Design, Partition, SspCluster, VirtualTargetDevice } from '../../model/index.ts';
import { backingDevicesOf, backingOfLogicalPort } from '../../model/modern-query.ts';
import { formatHmcListAttribute, formatHmcRecord } from '../hmc-fields.ts';
import { natural, partitionsOf, sh } from './order.ts';

/**
 * The parts of the build script for SR-IOV, vNIC and Shared Storage Pools (document version 3), with the commands of
 * MODERN.md 1.4, 2.2 and 3.3 only. What those commands cannot say (adapter mode and port settings, PVIDs, device names)
 * is written as comments that the script reader (script-parse.ts) reads back.
 */

const q = JSON.stringify;
const pct = (n: number) => String(Math.round(n * 100) / 100);

/** HMC part, after the partitions: adapter notes, logical ports for partitions, vNICs with their backing devices. */
export function sriovVnicLines(d: Design, systemId: string, systemName: string): string[] {
  const dom = d.domain;
  const lines: string[] = [];
  const adapters = Object.values(dom.sriovAdapters).filter((a) => a.systemId === systemId).sort((a, b) => a.adapterId - b.adapterId);
  if (adapters.length) lines.push('# SR-IOV adapters: the mode is set on the HMC (Hardware Virtualized I/O, adapter, Modify); so are the port settings below');
  for (const a of adapters) {
    lines.push(`# SR-IOV adapter ${a.adapterId} (${a.mode} mode, up to ${a.maxLogicalPorts} logical ports) name ${q(a.name)} location ${q(a.location ?? '')} model ${q(a.model ?? '')}`);
    for (const p of Object.values(dom.sriovPhysicalPorts).filter((x) => x.adapterId === a.id).sort((x, y) => x.portIndex - y.portIndex)) {
      lines.push(`#   SR-IOV port ${a.adapterId}/${p.portIndex}: ${pct(p.speedGbps)} Gb/s, up to ${p.maxLogicalPorts} logical ports, capacity granularity ${pct(p.capacityGranularity)} %, switch mode ${p.switchMode}${p.reflectiveRelay ? ' with reflective relay' : ''}${p.maxPromiscuousPorts !== null ? `, up to ${p.maxPromiscuousPorts} promiscuous` : ''}${p.location ? ` at ${p.location}` : ''}`);
    }
  }
  const parts = partitionsOf(d, systemId);
  const byId = new Map(parts.map((p) => [p.id, p]));
  const placeOf = (lpId: string) => {
    const lp = dom.sriovLogicalPorts[lpId]!;
    const port = dom.sriovPhysicalPorts[lp.physicalPortId]!;
    return { lp, port, adapter: dom.sriovAdapters[port.adapterId]! };
  };
  // Logical ports a partition uses directly (a vNIC's backing logical ports are created by the vNIC command below).
  const direct = Object.values(dom.sriovLogicalPorts).filter((l) => byId.has(l.partitionId) && !backingOfLogicalPort(d, l.id))
    .sort((a, b) => byId.get(a.partitionId)!.lparId - byId.get(b.partitionId)!.lparId || natural(a.deviceName, b.deviceName));
  const vnics = Object.values(dom.vnicAdapters).filter((v) => byId.has(v.partitionId))
    .sort((a, b) => byId.get(a.partitionId)!.lparId - byId.get(b.partitionId)!.lparId || a.slot - b.slot);
  if (direct.length || vnics.length) lines.push('# SR-IOV logical ports and vNICs: dynamic operations on the HMC (the partitions must be activated, with RMC active)');
  for (const l of direct) {
    const { adapter, port } = placeOf(l.id);
    const owner = byId.get(l.partitionId)!;
    lines.push(`# Logical port ${l.deviceName} of ${q(owner.name)}: max capacity ${pct(l.maxCapacity)} %, PVID ${l.pvid}, VLANs ${l.allowedVlans === 'all' ? 'all' : l.allowedVlans.join(' ') || 'none'}${l.promiscuous ? ', promiscuous' : ''}${l.logicalPortId ? `, id ${l.logicalPortId}` : ''}`);
    const fields: [string, string | number][] = [['adapter_id', adapter.adapterId], ['phys_port_id', port.portIndex], ['logical_port_type', 'eth'], ['capacity', pct(l.capacity)]];
    if (l.mac && /^[0-9a-f]{12}$/i.test(l.mac.replace(/[:.]/g, ''))) fields.push(['mac_addr', l.mac.replace(/[:.]/g, '').toLowerCase()]);
    if (l.migratable) fields.push(['migratable', 1], ['backup_device_type', 'veth'], ['backup_veth_vnetwork', '?']);
    const cmd = `chhwres -r sriov --rsubtype logport -m ${sh(systemName)} -o a -p ${sh(owner.name)} -a ${sh(formatHmcRecord(fields))}`;
    // HNV: MODERN.md 1.4 gives backup_veth_vnetwork=<virtual network>, a name the design does not hold.
    lines.push(l.migratable ? `# ${cmd}    (not run: name the virtual network of the backup adapter)` : cmd);
  }
  for (const v of vnics) {
    const client = byId.get(v.partitionId)!;
    const backs = backingDevicesOf(d, v.id).map((b) => {
      const { lp, port, adapter } = placeOf(b.logicalPortId);
      return { b, lp, port, adapter, vios: dom.partitions[lp.partitionId]! };
    });
    lines.push(`# vNIC ${v.deviceName} of ${q(client.name)} (slot ${v.slot}, PVID ${v.pvid}, VLANs ${v.allowedVlans === 'all' ? 'all' : v.allowedVlans.join(' ') || 'none'}): ${backs.map(({ b, lp, vios }) => `${vios.name} ${lp.deviceName} ${b.serverDeviceName ?? '-'} priority ${b.failoverPriority}`).join(', ') || 'no backing device'}`);
    const items = backs.map(({ b, lp, port, adapter, vios }) => `sriov/${vios.name}/${vios.lparId}/${adapter.adapterId}/${port.portIndex}/${pct(lp.capacity)}/${b.failoverPriority}`);
    const attrs = [`auto_priority_failover=${v.autoPriorityFailover ? 1 : 0}`, ...(v.mac && /^[0-9a-f]{12}$/i.test(v.mac.replace(/[:.]/g, '')) ? [`mac_addr=${v.mac.replace(/[:.]/g, '').toLowerCase()}`] : []), formatHmcListAttribute('backing_devices', items)];
    const cmd = `chhwres -r virtualio --rsubtype vnic -m ${sh(systemName)} -o a --id ${client.lparId} -s ${v.slot} -a ${sh(attrs.join(','))}`;
    lines.push(items.length ? cmd : `# ${cmd}    (not run: a vNIC needs a backing device)`);
  }
  return lines;
}

/** The cluster a VIOS creates: the first of its nodes in the order of the script (frames by name, partitions by id). */
export function clustersCreatedBy(d: Design, vios: Partition, order: Map<string, number>): SspCluster[] {
  return Object.values(d.domain.sspClusters).filter((c) => {
    const first = [...c.nodeIds].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9))[0];
    return first === vios.id;
  }).sort((a, b) => natural(a.name, b.name));
}

const sizeArg = (gb: number) => (Number.isInteger(gb) ? `${gb}G` : `${Math.max(1, Math.round(gb * 1024))}M`);

/** VIOS part of the first node: cluster -create with its disks, cluster -addnode for the other nodes, lu -create. */
export function sspCreateLines(d: Design, vios: Partition, cluster: SspCluster): string[] {
  const dom = d.domain;
  const nodes = cluster.nodeIds.map((n) => dom.partitions[n]?.name ?? '?');
  const disk = (lunId: string) => Object.values(dom.backingDevices).find((b) => b.partitionId === vios.id && b.lunId === lunId && b.kind === 'physical-volume')?.name;
  const disks = [...(cluster.repositoryLunId ? [cluster.repositoryLunId] : []), ...cluster.poolLunIds];
  const missing = disks.filter((l) => !disk(l)).map((l) => dom.luns[l]?.name ?? l);
  const name = (lunId: string) => disk(lunId) ?? dom.luns[lunId]?.name ?? '?';
  const lines = [`# Shared Storage Pool: cluster ${q(cluster.name)}, pool ${q(cluster.poolName)}, nodes ${nodes.join(' ')} (SSP-1: every node sees the repository and pool disks; -hostname is each node's host name, taken here as its partition name)`];
  const create = `cluster -create -clustername ${sh(cluster.name)} -repopvs ${cluster.repositoryLunId ? sh(name(cluster.repositoryLunId)) : '?'} -sp ${sh(cluster.poolName)} -sppvs ${cluster.poolLunIds.map((l) => sh(name(l))).join(' ') || '?'} -hostname ${sh(vios.name)}`;
  const runnable = missing.length === 0 && cluster.repositoryLunId && cluster.poolLunIds.length;
  lines.push(runnable ? create : `# ${create}    (not run: ${missing.length ? `the hdisk names of ${missing.join(', ')} on ${vios.name} are not in the design; the LUN names stand in` : 'the cluster needs a repository disk and pool disks'})`);
  for (const n of cluster.nodeIds) if (n !== vios.id) lines.push(`cluster -addnode -clustername ${sh(cluster.name)} -hostname ${sh(dom.partitions[n]?.name ?? '?')}`);
  for (const lu of Object.values(dom.sspLogicalUnits).filter((u) => u.clusterId === cluster.id).sort((a, b) => natural(a.name, b.name))) {
    lines.push(`lu -create -clustername ${sh(cluster.name)} -sp ${sh(cluster.poolName)} -lu ${sh(lu.name)} -size ${sizeArg(lu.sizeGB)}${lu.provisioning === 'thick' ? ' -thick' : ''}`);
  }
  return lines;
}

/** `lu -map` for a VTD whose backing device is a logical unit (on any node of its cluster). */
export function luMapLine(d: Design, bd: BackingDevice, vhost: string, vtd: VirtualTargetDevice): string {
  const lu = bd.logicalUnitId ? d.domain.sspLogicalUnits[bd.logicalUnitId] : undefined;
  const c = lu ? d.domain.sspClusters[lu.clusterId] : undefined;
  if (!lu || !c) return `# ${bd.name} is a logical unit the design does not hold; map it with lu -map -lu <name> -vadapter ${vhost} -vtd ${vtd.name}`;
  return `lu -map -clustername ${sh(c.name)} -sp ${sh(c.poolName)} -lu ${sh(lu.name)} -vadapter ${sh(vhost)} -vtd ${sh(vtd.name)}`;
}
