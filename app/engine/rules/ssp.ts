import type { Id, SspCluster } from '../../model/schema/index.ts';
import { isAssumed } from '../../model/schema/index.ts';
import { SSP_NAME_LIMITS, clusterLunIds } from '../../model/modern-query.ts';
import { atLeast } from '../levels.ts';
import type { DesignIndex } from '../index-design.ts';
import { defineRule, type Rule } from './types.ts';
import { listing } from './common.ts';
import { SRC, mb, viosSeesLun } from './modern-common.ts';

const lunName = (ix: DesignIndex, id: Id): string => ix.design.domain.luns[id]?.name ?? id;

/** Client partition -> the VIOS it has vSCSI paths to. */
function vscsiServersOf(ix: DesignIndex): Map<Id, Set<Id>> {
  const out = new Map<Id, Set<Id>>();
  for (const c of ix.clients.vscsi) {
    const s = ix.serverOf('vscsi', c);
    if (!s) continue;
    const set = out.get(c.partitionId) ?? new Set<Id>();
    set.add(s.partitionId);
    out.set(c.partitionId, set);
  }
  return out;
}

/** For each LU: the clients it is mapped to, each with the VIOS (nodes) serving it. */
function luClients(ix: DesignIndex): Map<Id, Map<Id, Set<Id>>> {
  const d = ix.design.domain;
  const out = new Map<Id, Map<Id, Set<Id>>>();
  for (const vtd of ix.all.vtds) {
    const bd = vtd.backingDeviceId ? d.backingDevices[vtd.backingDeviceId] : undefined;
    if (bd?.kind !== 'ssp-lu' || !bd.logicalUnitId) continue;
    const vhost = d.vscsiAdapters[vtd.serverAdapterId];
    if (!vhost) continue;
    const client = ix.clientOf('vscsi', vhost)?.partitionId ?? vhost.remotePartitionId;
    if (!client) continue;
    const byClient = out.get(bd.logicalUnitId) ?? new Map<Id, Set<Id>>();
    const nodes = byClient.get(client) ?? new Set<Id>();
    nodes.add(vhost.partitionId);
    byClient.set(client, nodes);
    out.set(bd.logicalUnitId, byClient);
  }
  return out;
}

/** Usable pool size in GB: the first failure group, or the smaller group when the pool is mirrored. */
function poolGB(ix: DesignIndex, c: SspCluster): number {
  const sum = (ids: Id[]) => ids.reduce((s, id) => s + (ix.design.domain.luns[id]?.sizeGB ?? 0), 0);
  return c.mirrorLunIds.length > 0 ? Math.min(sum(c.poolLunIds), sum(c.mirrorLunIds)) : sum(c.poolLunIds);
}

export const SSP_1: Rule = defineRule({
  id: 'SSP-1', family: 'ssp', severity: 'error', tag: 'C',
  title: 'Cluster node that does not see a pool or repository disk, or an LU served by a non-node',
  explanation: 'A Shared Storage Pool is distributed: every node of the cluster must reach the repository disk and '
    + 'every pool disk over the SAN (an FC port cabled to a fabric that presents the LUN). Only nodes of the cluster '
    + 'map its logical units.',
  source: `${SRC.SSP_CONFIG} ; https://www.ibm.com/support/knowledgecenter/ja/ssw_aix_72/m_commands/mkcluster.htm`,
  run({ index: ix, design }, emit) {
    const d = design.domain;
    for (const c of ix.all.sspClusters) {
      for (const node of c.nodeIds) {
        const missing = clusterLunIds(c).filter((id) => d.luns[id] && !viosSeesLun(ix, node, d.luns[id]!));
        if (missing.length > 0) emit(`${ix.partitionName(node)}, node of cluster ${c.name}, does not see ${listing(missing.map((id) => lunName(ix, id)))} over the SAN`, [c.id, node, ...missing]);
      }
    }
    for (const bd of ix.all.backingDevices) {
      if (bd.kind !== 'ssp-lu') continue;
      const lu = bd.logicalUnitId ? d.sspLogicalUnits[bd.logicalUnitId] : undefined;
      const c = lu ? d.sspClusters[lu.clusterId] : undefined;
      if (!lu) emit(`${bd.name} on ${ix.partitionName(bd.partitionId)} is an SSP logical unit without a logical unit`, [bd.id]);
      else if (c && !c.nodeIds.includes(bd.partitionId)) emit(`${ix.partitionName(bd.partitionId)} maps LU ${lu.name} but is not a node of cluster ${c.name}`, [bd.id, lu.id, c.id]);
    }
  },
});

export const SSP_2: Rule = defineRule({
  id: 'SSP-2', family: 'ssp', severity: 'error', tag: 'C',
  title: 'Cluster without its one repository disk or pool disks, or a disk in two roles',
  explanation: 'A cluster and its single pool are created together (cluster -create) on exactly one repository disk '
    + '(-repopvs) and at least one pool disk (-sppvs); the repository is not a pool disk.',
  source: `${SRC.SSP_CREATE} ; ${SRC.SSP_CLUSTERS}`,
  run({ index: ix }, emit) {
    for (const c of ix.all.sspClusters) {
      if (c.repositoryLunId === null) emit(`Cluster ${c.name} has no repository disk`, [c.id]);
      if (c.poolLunIds.length === 0) emit(`Cluster ${c.name} has no pool disk in its first failure group`, [c.id]);
      const all = clusterLunIds(c);
      const twice = all.filter((id, i) => all.indexOf(id) !== i);
      if (twice.length > 0) emit(`Cluster ${c.name} uses ${listing([...new Set(twice)].map((id) => lunName(ix, id)))} in two roles`, [c.id, ...twice]);
    }
  },
});

export const SSP_3: Rule = defineRule({
  id: 'SSP-3', family: 'ssp', severity: 'error', tag: 'C',
  title: 'Pool or repository disk that is also used elsewhere',
  explanation: 'A pool disk cannot be the VIOS rootvg disk nor belong to another volume group, another Shared Storage '
    + 'Pool or a shared memory pool (chsp refuses it): a LUN of the cluster may not also be exported to a client as a '
    + 'vSCSI disk, seen by a client through NPIV, or used by another cluster.',
  source: `${SRC.SSP_CONFIG} ; ${SRC.CHSP}`,
  run({ index: ix, design }, emit) {
    const d = design.domain;
    const owner = new Map<Id, SspCluster>();
    for (const c of ix.all.sspClusters) {
      for (const id of new Set(clusterLunIds(c))) {
        const first = owner.get(id);
        if (first) emit(`${lunName(ix, id)} belongs to clusters ${first.name} and ${c.name}`, [id, first.id, c.id]);
        else owner.set(id, c);
      }
    }
    if (owner.size === 0) return;
    const mapped = new Set(ix.all.vtds.map((v) => v.backingDeviceId));
    for (const bd of ix.all.backingDevices) {
      const c = bd.lunId ? owner.get(bd.lunId) : undefined;
      if (c && mapped.has(bd.id)) emit(`${lunName(ix, bd.lunId!)} is a disk of cluster ${c.name} and is also exported as ${bd.name} by ${ix.partitionName(bd.partitionId)}`, [bd.lunId!, bd.id, c.id]);
    }
    for (const [id, c] of owner) {
      const lun = d.luns[id];
      if (lun && lun.npivClientIds.length > 0) emit(`${lun.name} is a disk of cluster ${c.name} and is also seen through NPIV by ${listing(lun.npivClientIds.map((p) => ix.partitionName(p)))}`, [id, c.id, ...lun.npivClientIds]);
    }
    for (const vg of ix.all.volumeGroups) {
      const used = [...vg.diskIds, ...vg.mirrorDiskIds, ...vg.thirdCopyDiskIds].filter((id) => owner.has(id));
      if (used.length > 0) emit(`${vg.name} of ${ix.partitionName(vg.partitionId)} holds ${listing(used.map((id) => lunName(ix, id)))}, disk(s) of a Shared Storage Pool`, [vg.id, ...used]);
    }
  },
});

export const SSP_4: Rule = defineRule({
  id: 'SSP-4', family: 'ssp', severity: 'error', tag: 'C',
  title: 'Cluster node below the VIOS prerequisites of a Shared Storage Pool',
  explanation: 'A node of a cluster is a VIOS with at least 4 GB of memory, at least one processor with an entitlement '
    + 'of 1.0, at least one physical Fibre Channel adapter and VIOS 2.2.2.0 or later (IBM\'s prerequisites). Assumed or '
    + 'unknown values are not judged.',
  source: `${SRC.SSP_CONFIG} ; ${SRC.SSP_P7}`,
  run({ index: ix, design }, emit) {
    for (const c of ix.all.sspClusters) {
      for (const node of c.nodeIds) {
        const p = design.domain.partitions[node];
        if (!p) continue;
        const why: string[] = [];
        if (p.kind !== 'vios') why.push('it is not a VIOS');
        if (!isAssumed(p, 'memory.desiredMB') && p.memory.desiredMB < 4096) why.push(`${mb(p.memory.desiredMB)} of memory (4 GB needed)`);
        if (!isAssumed(p, 'processor.desiredUnits') && p.processor.desiredUnits < 1) why.push(`an entitlement of ${p.processor.desiredUnits} (1.0 needed)`);
        if (!(ix.part(node)?.ports ?? []).some((x) => x.kind === 'fc')) why.push('no physical FC port');
        if (p.osLevel && atLeast(p.osLevel, [2, 2, 2, 0]) === false) why.push(`VIOS ${p.osLevel} (2.2.2.0 needed)`);
        if (why.length > 0) emit(`${p.name}, node of cluster ${c.name}, has ${listing(why)}`, [node, c.id]);
      }
    }
  },
});

/** Nodes per cluster by VIOS level: 1 (2.2.0.11), 4 (2.2.1.3), 16 (2.2.2.0), 24 (PowerVC 2.0 planning, VIOS 3). */
export function nodeLimit(level: string | undefined): number {
  if (!level) return 24;
  if (atLeast(level, [3, 0]) !== false) return 24;
  if (atLeast(level, [2, 2, 2, 0])) return 16;
  if (atLeast(level, [2, 2, 1, 3])) return 4;
  return 1;
}

export const SSP_5: Rule = defineRule({
  id: 'SSP-5', family: 'ssp', severity: 'error', tag: 'C',
  title: 'More cluster nodes than the VIOS level allows',
  explanation: 'Nodes per cluster: 1 with VIOS 2.2.0.11, 4 with 2.2.1.3, 16 with 2.2.2.0 and up to 24 in current '
    + 'planning documentation (taken for VIOS 3 and later). The lowest VIOS level of the nodes decides.',
  source: `${SRC.SSP_P7} ; ${SRC.POWERVC_SSP}`,
  run({ index: ix, design }, emit) {
    for (const c of ix.all.sspClusters) {
      const limit = Math.min(24, ...c.nodeIds.map((n) => nodeLimit(design.domain.partitions[n]?.osLevel)));
      if (c.nodeIds.length > limit) emit(`Cluster ${c.name} has ${c.nodeIds.length} nodes; its VIOS levels allow ${limit}`, [c.id]);
    }
  },
});

export const SSP_6: Rule = defineRule({
  id: 'SSP-6', family: 'ssp', severity: 'info', tag: 'U',
  title: 'Pool disk seen by a node with a reserve policy other than no_reserve',
  explanation: 'Every node opens the pool disks at once, so practitioners set reserve_policy=no_reserve on them; the '
    + 'advice is widely repeated but no IBM source was found, so this is only information.',
  source: 'http://aix4admins.blogspot.com/2013/04/shared-storage-pools-shared-storage.html (practitioner; unconfirmed)',
  run({ index: ix }, emit) {
    const pool = new Map<Id, SspCluster>();
    for (const c of ix.all.sspClusters) for (const id of clusterLunIds(c)) pool.set(id, c);
    for (const bd of ix.all.backingDevices) {
      const c = bd.lunId ? pool.get(bd.lunId) : undefined;
      if (c && c.nodeIds.includes(bd.partitionId) && bd.reservePolicy && bd.reservePolicy !== 'no_reserve') {
        emit(`${bd.name} on ${ix.partitionName(bd.partitionId)} (${lunName(ix, bd.lunId!)}, cluster ${c.name}) has reserve_policy=${bd.reservePolicy}`, [bd.id]);
      }
    }
  },
});

export const SSP_7: Rule = defineRule({
  id: 'SSP-7', family: 'ssp', severity: 'warning', tag: 'C',
  title: 'SEA on a cluster node not in threaded mode',
  explanation: 'IBM requires the Shared Ethernet Adapters of the VIOS that are nodes of a Shared Storage Pool cluster to '
    + 'run in threaded mode (thread=1), which keeps cluster communication responsive.',
  source: SRC.SSP_P7,
  run({ index: ix }, emit) {
    const nodes = new Map<Id, SspCluster>();
    for (const c of ix.all.sspClusters) for (const n of c.nodeIds) nodes.set(n, c);
    for (const s of ix.all.seas) {
      const c = nodes.get(s.partitionId);
      if (c && !s.thread) emit(`SEA ${s.deviceName} on ${ix.partitionName(s.partitionId)} (node of cluster ${c.name}) is not threaded`, [s.id]);
    }
  },
});

export const SSP_8: Rule = defineRule({
  id: 'SSP-8', family: 'ssp', severity: 'info', tag: 'C',
  title: 'Shared-memory partitions beside a Shared Storage Pool: LUs are no paging devices',
  explanation: 'Logical units of a Shared Storage Pool cannot be paging devices of Active Memory Sharing nor '
    + 'Suspend/Resume devices. The design does not model paging devices; this reminds where both are used.',
  source: SRC.SSP_P7,
  run({ index: ix }, emit) {
    if (ix.all.sspClusters.length === 0) return;
    const frames = new Set(ix.all.sspClusters.flatMap((c) => c.nodeIds.map((n) => ix.systemOf(n)?.id)));
    for (const p of ix.partitions) {
      if (p.sharedMemory && frames.has(p.systemId)) emit(`${p.name} uses shared memory (AMS) on a frame with a Shared Storage Pool: its paging devices cannot be SSP logical units`, [p.id]);
    }
  },
});

export const SSP_9: Rule = defineRule({
  id: 'SSP-9', family: 'ssp', severity: 'error', tag: 'C',
  title: 'Cluster, pool, failure group or LU name too long',
  explanation: `Name lengths: cluster ${SSP_NAME_LIMITS.cluster}, pool ${SSP_NAME_LIMITS.pool}, failure group `
    + `${SSP_NAME_LIMITS.failureGroup} and logical unit ${SSP_NAME_LIMITS.lu} characters at most.`,
  source: SRC.SSP_CONFIG,
  run({ index: ix }, emit) {
    for (const c of ix.all.sspClusters) {
      const long: string[] = [];
      if (c.name.length > SSP_NAME_LIMITS.cluster) long.push(`cluster name (${c.name.length} > ${SSP_NAME_LIMITS.cluster})`);
      if (c.poolName.length > SSP_NAME_LIMITS.pool) long.push(`pool name (${c.poolName.length} > ${SSP_NAME_LIMITS.pool})`);
      for (const fg of [c.failureGroupName, c.mirrorFailureGroupName]) if (fg.length > SSP_NAME_LIMITS.failureGroup) long.push(`failure group ${fg.slice(0, 20)}… (${fg.length} > ${SSP_NAME_LIMITS.failureGroup})`);
      if (long.length > 0) emit(`Cluster ${c.name.slice(0, 40)}: ${listing(long)} characters`, [c.id]);
    }
    for (const lu of ix.all.sspLogicalUnits) {
      if (lu.name.length > SSP_NAME_LIMITS.lu) emit(`LU ${lu.name.slice(0, 40)}… has ${lu.name.length} characters; at most ${SSP_NAME_LIMITS.lu}`, [lu.id]);
    }
  },
});

export const SSP_10: Rule = defineRule({
  id: 'SSP-10', family: 'ssp', severity: 'warning', tag: 'C',
  title: 'Logical units larger than the pool (thin overcommit)',
  explanation: 'Thin logical units take blocks as they are written, so their sizes may add up to more than the pool '
    + '(overcommit, shown by the pool\'s OverCommitSpace): writes fail once the pool fills, so watch the pool alert '
    + 'threshold. Thick LUs reserve their blocks at creation and cannot exceed the free space.',
  source: `${SRC.SSP_REST_POOL} ; ${SRC.LU_CMD}`,
  run({ index: ix }, emit) {
    const byCluster = new Map<Id, { thin: number; thick: number; ids: Id[] }>();
    for (const lu of ix.all.sspLogicalUnits) {
      const e = byCluster.get(lu.clusterId) ?? { thin: 0, thick: 0, ids: [] };
      if (lu.provisioning === 'thin') e.thin += lu.sizeGB; else e.thick += lu.sizeGB;
      e.ids.push(lu.id);
      byCluster.set(lu.clusterId, e);
    }
    for (const c of ix.all.sspClusters) {
      const e = byCluster.get(c.id);
      const size = poolGB(ix, c);
      if (!e || size <= 0) continue;
      if (e.thick > size) emit(`Cluster ${c.name}: thick LUs take ${e.thick} GB of a ${size} GB pool`, [c.id, ...e.ids]);
      else if (e.thin + e.thick > size) emit(`Cluster ${c.name}: its LUs add up to ${e.thin + e.thick} GB on a ${size} GB pool (thin overcommit); set the alert threshold (${c.alertThresholdPct} %) and watch it`, [c.id]);
    }
  },
});

export const SSP_11: Rule = defineRule({
  id: 'SSP-11', family: 'ssp', severity: 'warning', tag: 'D',
  title: 'LU of a dual-VIOS client mapped through one node only',
  explanation: 'A client served by two VIOS should see each logical unit through both: lu -map it on two nodes, to the '
    + 'client\'s vhost on each, and set the client\'s MPIO health checks as for vSCSI. Mapped through one node, the LU '
    + 'is lost with that VIOS. Derived from lu -map and the confirmed vSCSI MPIO rules.',
  source: `${SRC.LU_CMD} ; https://www.ibm.com/docs/en/power8/8248-21A?topic=adapters-virtual-scsi`,
  run({ index: ix, design }, emit) {
    const servers = vscsiServersOf(ix);
    for (const [luId, clients] of luClients(ix)) {
      for (const [client, nodes] of clients) {
        if ((servers.get(client)?.size ?? 0) >= 2 && nodes.size === 1) {
          emit(`LU ${design.domain.sspLogicalUnits[luId]?.name ?? luId} reaches ${ix.partitionName(client)} only through ${ix.partitionName([...nodes][0])}, though the client has vSCSI paths to two VIOS`, [luId, client]);
        }
      }
    }
  },
});

export const SSP_12: Rule = defineRule({
  id: 'SSP-12', family: 'ssp', severity: 'info', tag: 'C',
  title: 'SSP client outside what IBM documents (AIX or Linux with at least 1 GB)',
  explanation: 'IBM documents AIX and Linux clients of Shared Storage Pools with at least 1 GB of minimum memory; IBM i '
    + 'clients are not confirmed in the sources read.',
  source: SRC.SSP_CONFIG,
  run({ index: ix, design }, emit) {
    const seen = new Set<Id>();
    for (const clients of luClients(ix).values()) for (const c of clients.keys()) seen.add(c);
    for (const id of seen) {
      const p = design.domain.partitions[id];
      if (!p) continue;
      if (p.kind === 'ibmi') emit(`${p.name} is an IBM i client of a Shared Storage Pool: not confirmed by the sources`, [p.id]);
      else if (p.memory.minMB < 1024 && !isAssumed(p, 'memory.minMB')) emit(`${p.name} gets SSP logical units with ${mb(p.memory.minMB)} minimum memory; IBM documents at least 1 GB`, [p.id]);
    }
  },
});

export const SSP_RULES: Rule[] = [SSP_1, SSP_2, SSP_3, SSP_4, SSP_5, SSP_6, SSP_7, SSP_8, SSP_9, SSP_10, SSP_11, SSP_12];
