/**
 * Shared Storage Pools (document version 3, MODERN.md section 3): a cluster of VIOS nodes with its pool, created
 * together on a repository disk and pool disks (cluster -create), logical units (lu -create) and their mappings to
 * vhosts of several nodes (lu -map), each a backing device of kind "ssp-lu" on that node.
 */
import type { Design, Id, SspCluster, SspLogicalUnit } from '../schema/index.ts';
import { sspClusterSchema, sspLogicalUnitSchema } from '../schema/index.ts';
import { OpError } from '../errors.ts';
import { nextId } from '../ids.ts';
import { getPartition } from '../query.ts';
import { SSP_NAME_LIMITS, clusterLunIds, clusterOfNode } from '../modern-query.ts';
import { op } from './op.ts';
import { removeIn } from './remove.ts';
import { mapBackingDevice } from './storage.ts';

const invalid = (e: { issues: { path: PropertyKey[]; message: string }[] }) =>
  new OpError(`Invalid value for ${e.issues[0]?.path.join('.')}: ${e.issues[0]?.message}`);

function assertName(name: string, limit: number, what: string): void {
  if (!name.trim()) throw new OpError(`A ${what} needs a name`);
  if (name.length > limit) throw new OpError(`A ${what} name has at most ${limit} characters (${name.length} given)`, 'SSP-9');
}

function assertNode(d: Design, clusterId: Id | null, partitionId: Id): void {
  const p = getPartition(d, partitionId);
  if (p.kind !== 'vios') throw new OpError(`${p.name} is not a VIOS: the nodes of a cluster are VIOS partitions`, 'SSP-4');
  const other = clusterOfNode(d, p.id);
  if (other && other.id !== clusterId) throw new OpError(`${p.name} is already a node of cluster ${other.name}`);
}

/** Pool or repository disks: SAN LUNs not used by another cluster nor twice in this one (SSP-2, SSP-3). */
function assertDisks(d: Design, clusterId: Id | null, lunIds: readonly Id[]): void {
  const seen = new Set<Id>();
  for (const id of lunIds) {
    const lun = d.domain.luns[id];
    if (!lun) throw new OpError('Pool and repository disks are SAN LUNs');
    if (seen.has(id)) throw new OpError(`${lun.name} is used twice in the cluster (repository and pool disks are distinct)`, 'SSP-2');
    seen.add(id);
    const other = Object.values(d.domain.sspClusters).find((c) => c.id !== clusterId && clusterLunIds(c).includes(id));
    if (other) throw new OpError(`${lun.name} already belongs to cluster ${other.name}`, 'SSP-3');
  }
}

export interface CreateSspClusterArgs {
  id?: Id;
  name: string;
  poolName: string;
  nodeIds: Id[];
  repositoryLunId: Id | null;
  poolLunIds: Id[];
  mirrorLunIds?: Id[];
  at?: { x: number; y: number };
}

/** cluster -create -clustername c -repopvs hdiskR -sp pool -sppvs hdisk...: the cluster and its one pool. */
export const createSspCluster = op<CreateSspClusterArgs>((d, a) => {
  assertName(a.name, SSP_NAME_LIMITS.cluster, 'cluster');
  assertName(a.poolName, SSP_NAME_LIMITS.pool, 'pool');
  if (Object.values(d.domain.sspClusters).some((c) => c.name === a.name)) throw new OpError(`A cluster named ${a.name} already exists`);
  for (const n of a.nodeIds) assertNode(d, null, n);
  if (new Set(a.nodeIds).size !== a.nodeIds.length) throw new OpError('A VIOS is a node of the cluster once');
  assertDisks(d, null, [...(a.repositoryLunId ? [a.repositoryLunId] : []), ...a.poolLunIds, ...(a.mirrorLunIds ?? [])]);
  const id = a.id ?? nextId(d, 'sspClusters');
  const parsed = sspClusterSchema.safeParse({
    id, name: a.name, poolName: a.poolName, nodeIds: a.nodeIds, repositoryLunId: a.repositoryLunId,
    poolLunIds: a.poolLunIds, mirrorLunIds: a.mirrorLunIds ?? [],
  });
  if (!parsed.success) throw invalid(parsed.error);
  d.domain.sspClusters[id] = parsed.data;
  if (a.at) d.layout.nodes[id] = { x: a.at.x, y: a.at.y };
});

export type SspClusterPatch = Partial<Pick<SspCluster, 'name' | 'poolName' | 'failureGroupName' | 'mirrorFailureGroupName' | 'alertThresholdPct' | 'repositoryLunId'>>;

export const updateSspCluster = op<{ id: Id; patch: SspClusterPatch }>((d, { id, patch }) => {
  const cur = d.domain.sspClusters[id];
  if (!cur) throw new OpError('No such SSP cluster');
  if (patch.name !== undefined) {
    assertName(patch.name, SSP_NAME_LIMITS.cluster, 'cluster');
    if (Object.values(d.domain.sspClusters).some((c) => c.id !== id && c.name === patch.name)) throw new OpError(`A cluster named ${patch.name} already exists`);
  }
  if (patch.poolName !== undefined) assertName(patch.poolName, SSP_NAME_LIMITS.pool, 'pool');
  if (patch.failureGroupName !== undefined) assertName(patch.failureGroupName, SSP_NAME_LIMITS.failureGroup, 'failure group');
  if (patch.mirrorFailureGroupName !== undefined) assertName(patch.mirrorFailureGroupName, SSP_NAME_LIMITS.failureGroup, 'failure group');
  const parsed = sspClusterSchema.safeParse({ ...cur, ...patch });
  if (!parsed.success) throw invalid(parsed.error);
  assertDisks(d, id, clusterLunIds(parsed.data));
  d.domain.sspClusters[id] = parsed.data;
});

/** cluster -addnode -hostname viosN */
export const addSspNode = op<{ clusterId: Id; partitionId: Id }>((d, { clusterId, partitionId }) => {
  const c = d.domain.sspClusters[clusterId];
  if (!c) throw new OpError('No such SSP cluster');
  if (c.nodeIds.includes(partitionId)) throw new OpError('The VIOS is already a node of this cluster');
  assertNode(d, clusterId, partitionId);
  c.nodeIds.push(partitionId);
});

/** cluster -rmnode -hostname viosN: the node's LU mappings go with it (its ssp-lu backing devices and their VTDs). */
export const removeSspNode = op<{ clusterId: Id; partitionId: Id }>((d, { clusterId, partitionId }) => {
  const c = d.domain.sspClusters[clusterId];
  if (!c || !c.nodeIds.includes(partitionId)) throw new OpError('The VIOS is not a node of this cluster');
  c.nodeIds = c.nodeIds.filter((n) => n !== partitionId);
  const lus = new Set(Object.values(d.domain.sspLogicalUnits).filter((u) => u.clusterId === clusterId).map((u) => u.id));
  const gone = Object.values(d.domain.backingDevices)
    .filter((b) => b.partitionId === partitionId && b.kind === 'ssp-lu' && b.logicalUnitId && lus.has(b.logicalUnitId))
    .map((b) => ({ collection: 'backingDevices' as const, id: b.id }));
  removeIn(d, gone);
});

/** chsp -add / pv -add: a pool disk in the first failure group, or in the mirror failure group. */
export const addSspPoolDisk = op<{ clusterId: Id; lunId: Id; mirror?: boolean }>((d, { clusterId, lunId, mirror }) => {
  const c = d.domain.sspClusters[clusterId];
  if (!c) throw new OpError('No such SSP cluster');
  assertDisks(d, clusterId, [...clusterLunIds(c), lunId]);
  (mirror ? c.mirrorLunIds : c.poolLunIds).push(lunId);
});

export interface CreateLogicalUnitArgs {
  id?: Id;
  clusterId: Id;
  name: string;
  sizeGB: number;
  provisioning?: SspLogicalUnit['provisioning'];
}

/** lu -create -lu name -size nG [-thick] */
export const createLogicalUnit = op<CreateLogicalUnitArgs>((d, a) => {
  if (!d.domain.sspClusters[a.clusterId]) throw new OpError('A logical unit lives in the pool of an SSP cluster');
  assertName(a.name, SSP_NAME_LIMITS.lu, 'logical unit');
  if (!(a.sizeGB > 0)) throw new OpError('A logical unit size is a positive number of GB');
  const id = a.id ?? nextId(d, 'sspLogicalUnits');
  const parsed = sspLogicalUnitSchema.safeParse({ id, clusterId: a.clusterId, name: a.name, sizeGB: a.sizeGB, provisioning: a.provisioning ?? 'thin' });
  if (!parsed.success) throw invalid(parsed.error);
  d.domain.sspLogicalUnits[id] = parsed.data;
});

export const updateLogicalUnit = op<{ id: Id; patch: Partial<Pick<SspLogicalUnit, 'name' | 'sizeGB' | 'provisioning' | 'udid'>> }>((d, { id, patch }) => {
  const cur = d.domain.sspLogicalUnits[id];
  if (!cur) throw new OpError('No such logical unit');
  if (patch.name !== undefined) assertName(patch.name, SSP_NAME_LIMITS.lu, 'logical unit');
  const parsed = sspLogicalUnitSchema.safeParse({ ...cur, ...patch });
  if (!parsed.success) throw invalid(parsed.error);
  d.domain.sspLogicalUnits[id] = parsed.data;
  if (patch.name !== undefined) {
    for (const b of Object.values(d.domain.backingDevices)) if (b.logicalUnitId === id) b.name = patch.name;
  }
});

/**
 * lu -map -lu name -vadapter vhostN [-vtd name]: on the vhost's VIOS, which must be a node of the LU's cluster, the LU
 * becomes a backing device of kind "ssp-lu" (one per node) mapped through a new VTD.
 */
export const mapLogicalUnit = (design: Design, a: { logicalUnitId: Id; serverAdapterId: Id; vtdName?: string; backingDeviceId?: Id; vtdId?: Id }): Design => {
  const lu = design.domain.sspLogicalUnits[a.logicalUnitId];
  if (!lu) throw new OpError('No such logical unit');
  const vhost = design.domain.vscsiAdapters[a.serverAdapterId];
  if (!vhost || vhost.role !== 'server') throw new OpError('A logical unit is mapped to a virtual SCSI server adapter (vhost)');
  const cluster = design.domain.sspClusters[lu.clusterId]!;
  if (!cluster.nodeIds.includes(vhost.partitionId)) {
    throw new OpError(`${getPartition(design, vhost.partitionId).name} is not a node of cluster ${cluster.name}: only nodes map its logical units`, 'SSP-1');
  }
  let bd = Object.values(design.domain.backingDevices).find((b) => b.partitionId === vhost.partitionId && b.logicalUnitId === lu.id);
  let d = design;
  if (!bd) {
    const id = a.backingDeviceId ?? nextId(d, 'backingDevices');
    d = op<null>((dr) => {
      dr.domain.backingDevices[id] = {
        id, partitionId: vhost.partitionId, kind: 'ssp-lu', name: lu.name, lunId: null, physicalPortId: null, logicalUnitId: lu.id,
      };
    })(d, null);
    bd = d.domain.backingDevices[id]!;
  }
  return mapBackingDevice(d, {
    serverAdapterId: vhost.id, backingDeviceId: bd.id, ...(a.vtdName ? { name: a.vtdName } : {}), ...(a.vtdId ? { vtdId: a.vtdId } : {}),
  });
};
