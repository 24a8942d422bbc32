/**
 * For the equivalence and determinism tests (not used by the app): adds MODERN.md's elements to a generated design,
 * varied by a seeded random function. Per frame two shared-mode SR-IOV adapters of two ports cabled to the first switch
 * and, often, an SSP cluster of its VIOS (sometimes mirrored); per client, at random: a vNIC with one to three backing
 * devices on logical ports of random VIOS, ports and priorities, auto priority failover on or off; a direct logical port,
 * alone, bonded by NIB with a second one, or migratable (HNV) with a virtual Ethernet backup; an LU mapped through one
 * or every node that serves the client a vhost.
 */
import type { Design, Id, SriovLogicalPort } from '../../model/schema/index.ts';

export function addModernElements(d: Design, rnd: () => number): Design {
  const dom = d.domain;
  let k = 0;
  const id = (p: string) => `${p}-m${++k}`;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const switchId = Object.keys(dom.ethernetSwitches)[0] ?? null;
  const arrayId = Object.keys(dom.storageArrays)[0];
  const fabrics = Object.keys(dom.sanFabrics);
  const partitions = Object.values(dom.partitions);
  const inChannel = new Set<Id>();
  for (const e of Object.values(dom.etherChannels)) { inChannel.add(e.primaryId); if (e.backupId) inChannel.add(e.backupId); }
  for (const sys of Object.values(dom.systems)) {
    const vios = partitions.filter((p) => p.systemId === sys.id && p.kind === 'vios');
    const clients = partitions.filter((p) => p.systemId === sys.id && p.kind !== 'vios');
    const ports: Id[] = [];
    for (let a = 1; a <= 2; a++) {
      const adapter = id('sriov');
      dom.sriovAdapters[adapter] = { id: adapter, systemId: sys.id, adapterId: a, name: '', mode: 'shared', ownerPartitionId: null, maxLogicalPorts: 64 };
      for (let n = 0; n < 2; n++) {
        const port = id('sriovport');
        dom.sriovPhysicalPorts[port] = {
          id: port, adapterId: adapter, portIndex: n, speedGbps: 25, maxLogicalPorts: 40, capacityGranularity: 2, maxPromiscuousPorts: null,
          switchMode: 'veb', reflectiveRelay: false, cabledToId: switchId,
        };
        ports.push(port);
      }
    }
    const logicalPort = (owner: Id, deviceName: string, extra: Partial<SriovLogicalPort> = {}): Id => {
      const lp = id('logport');
      dom.sriovLogicalPorts[lp] = {
        id: lp, physicalPortId: pick(ports), partitionId: owner, deviceName, capacity: 2, maxCapacity: 100, promiscuous: false,
        migratable: false, backupDevice: null, pvid: 0, allowedVlans: 'all', ...extra,
      };
      return lp;
    };
    let cluster: Id | null = null;
    if (vios.length > 0 && arrayId && rnd() < 0.7) {
      const lun = (name: string) => { const l = id('lun'); dom.luns[l] = { id: l, arrayId, name, sizeGB: 500, fabricIds: fabrics, npivClientIds: [] }; return l; };
      cluster = id('ssp');
      const nodes = vios.filter(() => rnd() < 0.85);
      dom.sspClusters[cluster] = {
        id: cluster, name: `ssp_${sys.name}`, poolName: `pool_${sys.name}`, nodeIds: (nodes.length > 0 ? nodes : vios).map((v) => v.id), repositoryLunId: lun(`repo_${sys.name}`),
        poolLunIds: [lun(`pool1_${sys.name}`)], failureGroupName: 'Default', mirrorLunIds: rnd() < 0.3 ? [lun(`pool2_${sys.name}`)] : [], mirrorFailureGroupName: 'FG2', alertThresholdPct: 35,
      };
    }
    clients.forEach((c, i) => {
      if (vios.length > 0 && rnd() < 0.6) {
        const vnic = id('vnic');
        dom.vnicAdapters[vnic] = { id: vnic, partitionId: c.id, slot: 60 + i, deviceName: 'ent8', autoPriorityFailover: rnd() < 0.7, pvid: 10, allowedVlans: 'all', required: false };
        const count = 1 + Math.floor(rnd() * 3);
        for (let b = 0; b < count; b++) {
          const bd = id('vnicbd');
          dom.vnicBackingDevices[bd] = { id: bd, vnicId: vnic, logicalPortId: logicalPort(pick(vios).id, `ent${20 + k}`), failoverPriority: 1 + Math.floor(rnd() * 100) };
        }
      }
      const r = rnd();
      if (r < 0.5) {
        const lp = logicalPort(c.id, 'ent9');
        const veth = Object.values(dom.vethAdapters).find((v) => v.partitionId === c.id && !v.trunk && !inChannel.has(v.id));
        const how = rnd();
        if (how < 0.35) {
          const second = logicalPort(c.id, 'ent10');
          const e = id('ech');
          dom.etherChannels[e] = { id: e, partitionId: c.id, deviceName: 'ent11', mode: 'netif_backup', primaryId: lp, backupId: second, pollUplink: false };
        } else if (veth && how < 0.7) {
          dom.sriovLogicalPorts[lp]!.migratable = true;
          dom.sriovLogicalPorts[lp]!.backupDevice = { kind: 'veth', id: veth.id };
          inChannel.add(veth.id);
        }
      }
      const nodes = cluster ? dom.sspClusters[cluster]!.nodeIds : [];
      const vhosts = Object.values(dom.vscsiAdapters).filter((a) => a.role === 'server' && a.remotePartitionId === c.id && nodes.includes(a.partitionId));
      if (cluster && vhosts.length > 0 && rnd() < 0.6) {
        const lu = id('lu');
        dom.sspLogicalUnits[lu] = { id: lu, clusterId: cluster, name: `${c.name}_lu`, sizeGB: 50, provisioning: 'thin' };
        for (const vh of rnd() < 0.3 ? vhosts.slice(0, 1) : vhosts) {
          const bd = id('bd');
          dom.backingDevices[bd] = { id: bd, partitionId: vh.partitionId, kind: 'ssp-lu', name: `${c.name}_lu`, lunId: null, physicalPortId: null, logicalUnitId: lu };
          const vtd = id('vtd');
          dom.vtds[vtd] = { id: vtd, serverAdapterId: vh.id, backingDeviceId: bd, name: `vtscsi_lu${k}`, lun: 20 + k, optical: false };
        }
      }
    });
  }
  return d;
}
