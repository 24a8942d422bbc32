import type { Design, Id, ManagedSystem, Partition } from '../model/index.ts';
import * as ops from '../model/index.ts';
import { NODE_SIZE } from '../model/layout/tidy.ts';
import { clusterOfNode } from '../model/modern-query.ts';
import { checked, refuse, type Plan } from './plan.ts';
import { frameOrigin, freeSpotInFrame, freeSpotOutside } from './geometry.ts';
import { luForClientPlan, nodeVhostsOf } from './connect-modern.ts';

/** Palette items of today's PowerVM (document version 3). */
export const MODERN_ITEMS = ['SR-IOV adapter', 'vNIC', 'SSP cluster', 'Logical unit'] as const;
export type ModernItem = (typeof MODERN_ITEMS)[number];
export const isModernItem = (s: string): s is ModernItem => (MODERN_ITEMS as readonly string[]).includes(s);

export const MODERN_HINTS: Record<ModernItem, string> = {
  'SR-IOV adapter': 'Shared-mode SR-IOV adapter with two physical ports; drop on a POWER8 or later frame (or POWER7+)',
  vNIC: 'vNIC client adapter; drop on a client partition, then drag it to a VIOS for each backing device',
  'SSP cluster': 'Shared Storage Pool; drop on a VIOS (it and the other VIOS of its frame become the nodes)',
  'Logical unit': 'Drop on a Shared Storage Pool (lu -create), or on a client served by its nodes (mapped through each node)',
};

type XY = { x: number; y: number };
export interface ModernWhere { frame: ManagedSystem | null; partition: Partition | null; overId: Id | null; at: XY | null }

function clusterName(design: Design): { name: string; pool: string } {
  const names = new Set(Object.values(design.domain.sspClusters).map((c) => c.name));
  let n = 1;
  while (names.has(`cluster${n}`)) n++;
  return { name: `cluster${n}`, pool: `pool${n}` };
}

/** What dropping (or adding with Enter) one of today's items means at a place; refusals say where it goes. */
export function modernPalettePlan(design: Design, item: ModernItem, w: ModernWhere, enter: boolean): Plan {
  const d = design.domain;
  const frames = Object.values(d.systems);
  if (item === 'SR-IOV adapter') {
    const frame = w.frame ?? (enter ? frames.find((f) => ['POWER7+', 'POWER8', 'POWER9', 'POWER10'].includes(f.generation)) ?? frames[0] ?? null : null);
    if (!frame) return refuse('An SR-IOV adapter sits in a frame: drop it on one');
    const onFrame = Object.values(d.sriovAdapters).filter((a) => a.systemId === frame.id).length;
    const o = frameOrigin(design, frame.id);
    const base = !enter && w.at && w.frame ? { x: Math.max(NODE_SIZE.framePad, Math.round(w.at.x - o.x - NODE_SIZE.small.w / 2)), y: Math.max(NODE_SIZE.frameHeader + 6, Math.round(w.at.y - o.y - 20)) }
      : freeSpotInFrame(design, frame.id, { w: NODE_SIZE.small.w, h: 2 * NODE_SIZE.small.h + 16 });
    return checked(design, `Add a shared-mode SR-IOV adapter to ${frame.name}`, (x) => {
      const id = ops.nextId(x, 'sriovAdapters');
      const y = ops.addSriovAdapter(x, { id, systemId: frame.id, name: `sriov${onFrame + 1}`, ports: 2 });
      const ports = Object.values(y.domain.sriovPhysicalPorts).filter((p) => p.adapterId === id).sort((a, b) => a.portIndex - b.portIndex);
      return ops.setLayout(y, { nodes: Object.fromEntries(ports.map((p, i) => [p.id, { x: base.x, y: base.y + i * (NODE_SIZE.small.h + 16) }])) });
    });
  }
  if (item === 'vNIC') {
    const p = w.partition ?? (enter ? Object.values(d.partitions).find((q) => q.kind !== 'vios') ?? null : null);
    if (!p) return refuse('A vNIC is a client adapter: drop it on a client partition');
    return checked(design, `Add a vNIC to ${p.name}`, (x) => ops.addVnic(x, { partitionId: p.id }));
  }
  if (item === 'SSP cluster') {
    const frame = w.frame ?? (enter ? frames[0] ?? null : null);
    const free = (q: Partition) => q.kind === 'vios' && !clusterOfNode(design, q.id);
    if (w.partition && w.partition.kind !== 'vios') return refuse(`${w.partition.name} is not a VIOS: the nodes of a cluster are VIOS partitions`, 'SSP-4');
    if (w.partition && !free(w.partition)) return refuse(`${w.partition.name} is already a node of cluster ${clusterOfNode(design, w.partition.id)!.name}`);
    if (!frame) return refuse('A Shared Storage Pool is a cluster of VIOS: drop it on a VIOS or on a frame with VIOS');
    const nodes = [...(w.partition ? [w.partition] : []), ...Object.values(d.partitions).filter((q) => q.systemId === frame.id && free(q) && q.id !== w.partition?.id).sort((a, b) => a.lparId - b.lparId)];
    if (!nodes.length) return refuse(`${frame.name} has no VIOS outside a cluster: a cluster's nodes are VIOS`, 'SSP-4');
    const { name, pool } = clusterName(design);
    const at = freeSpotOutside(design, 3);
    return checked(design, `cluster -create ${name} (pool ${pool}) on ${nodes.map((q) => q.name).join(', ')}`,
      (x) => ops.createSspCluster(x, { name, poolName: pool, nodeIds: nodes.map((q) => q.id), repositoryLunId: null, poolLunIds: [], at }));
  }
  // Logical unit: into a pool, or for a client through its node vhosts.
  const pool = w.overId ? d.sspClusters[w.overId] : undefined;
  const clusters = Object.values(d.sspClusters);
  if (pool || (enter && !w.partition && clusters[0])) {
    const c = pool ?? clusters[0]!;
    const names = new Set(Object.values(d.sspLogicalUnits).filter((u) => u.clusterId === c.id).map((u) => u.name));
    let n = 1;
    while (names.has(`lu${n}`)) n++;
    return checked(design, `lu -create lu${n} (50 GB thin) in ${c.poolName}`, (x) => ops.createLogicalUnit(x, { clusterId: c.id, name: `lu${n}`, sizeGB: 50 }));
  }
  if (w.partition) {
    if (!clusters.length) return refuse('No Shared Storage Pool yet: add an SSP cluster first (drop it on a VIOS)');
    const served = clusters.find((c) => nodeVhostsOf(design, c, w.partition!.id).length > 0) ?? clusters[0]!;
    return luForClientPlan(design, served, w.partition);
  }
  return refuse('A logical unit lives in a Shared Storage Pool: drop it on the pool, or on a client served by its nodes');
}
