import type { Design, Generation, Id, SriovLogicalPort } from './schema/index.ts';

/**
 * Pure reads over the version-3 elements shared by operations (which refuse what the HMC refuses) and the rules
 * (which report what a file or an import holds): SR-IOV counts and capacities, vNIC backing devices, SSP nodes.
 */

/** Generations with SR-IOV shared mode (SRIOV-11: POWER7+ select models, POWER8 and later). */
export const SRIOV_GENERATIONS: readonly Generation[] = ['POWER7+', 'POWER8', 'POWER9', 'POWER10'];

/** Whether a capacity is a whole multiple of the granularity (HSCL1294), with a tolerance for decimal fractions. */
export function isMultipleOf(value: number, step: number): boolean {
  if (!(step > 0)) return true;
  const q = value / step;
  return Math.abs(q - Math.round(q)) < 1e-6;
}

/** Whether a frame has an SR-IOV adapter in shared mode: only then can a client get a vNIC (its backing devices are logical ports of such an adapter, VNIC-1). */
export const systemHasSharedSriov = (design: Design, systemId: Id): boolean => sharedSriovSystems(design.domain.sriovAdapters).has(systemId);

/** Frames with a shared-mode adapter, once per version of the adapters (every partition node asks on every edit). */
const sharedBySystem = new WeakMap<Design['domain']['sriovAdapters'], Set<Id>>();
function sharedSriovSystems(adapters: Design['domain']['sriovAdapters']): Set<Id> {
  let s = sharedBySystem.get(adapters);
  if (!s) sharedBySystem.set(adapters, (s = new Set(Object.values(adapters).filter((a) => a.mode === 'shared').map((a) => a.systemId))));
  return s;
}

export const logicalPortsOnPort = (design: Design, physicalPortId: Id): SriovLogicalPort[] =>
  Object.values(design.domain.sriovLogicalPorts).filter((l) => l.physicalPortId === physicalPortId);

export function logicalPortsOnAdapter(design: Design, adapterId: Id): SriovLogicalPort[] {
  const ports = new Set(Object.values(design.domain.sriovPhysicalPorts).filter((p) => p.adapterId === adapterId).map((p) => p.id));
  return Object.values(design.domain.sriovLogicalPorts).filter((l) => ports.has(l.physicalPortId));
}

/** Sum of the capacities (%) of the logical ports of a physical port, rounded to avoid decimal noise. */
export const capacitySum = (ports: readonly SriovLogicalPort[]): number =>
  Math.round(ports.reduce((s, l) => s + l.capacity, 0) * 1000) / 1000;

/** The SR-IOV adapter and physical port of a logical port. */
export function logicalPortPlace(design: Design, logicalPortId: Id) {
  const lp = design.domain.sriovLogicalPorts[logicalPortId];
  const port = lp ? design.domain.sriovPhysicalPorts[lp.physicalPortId] : undefined;
  const adapter = port ? design.domain.sriovAdapters[port.adapterId] : undefined;
  return { lp, port, adapter };
}

/** The vNIC backing device a logical port serves, if any. */
export const backingOfLogicalPort = (design: Design, logicalPortId: Id) =>
  Object.values(design.domain.vnicBackingDevices).find((b) => b.logicalPortId === logicalPortId);

/** The backing devices of a vNIC, most preferred first (lowest failover priority, then id). */
export const backingDevicesOf = (design: Design, vnicId: Id) =>
  Object.values(design.domain.vnicBackingDevices).filter((b) => b.vnicId === vnicId)
    .sort((a, b) => a.failoverPriority - b.failoverPriority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Whether a logical port is the real adapter of an SEA (directly or as a link aggregation member). */
export function isSeaRealAdapter(design: Design, logicalPortId: Id): boolean {
  const d = design.domain;
  return Object.values(d.seas).some((s) => {
    const r = s.realAdapter;
    if (!r) return false;
    if (r.kind === 'sriov-logical-port') return r.id === logicalPortId;
    if (r.kind === 'link-aggregation') {
      const la = d.linkAggregations[r.id];
      return !!la && (la.memberIds.includes(logicalPortId) || la.backupMemberId === logicalPortId);
    }
    return false;
  });
}

/** Every LUN a cluster uses (repository and pool disks of both failure groups). */
export const clusterLunIds = (c: { repositoryLunId: Id | null; poolLunIds: Id[]; mirrorLunIds: Id[] }): Id[] =>
  [...(c.repositoryLunId ? [c.repositoryLunId] : []), ...c.poolLunIds, ...c.mirrorLunIds];

/** The SSP cluster a VIOS is a node of, if any (a VIOS is a node of one cluster at most). */
export const clusterOfNode = (design: Design, partitionId: Id) =>
  Object.values(design.domain.sspClusters).find((c) => c.nodeIds.includes(partitionId));

/** SSP name limits (SSP-9): cluster 63, pool 127, failure group 63, LU 127 characters. */
export const SSP_NAME_LIMITS = { cluster: 63, pool: 127, failureGroup: 63, lu: 127 } as const;
