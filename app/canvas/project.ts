import type { Edge, Node } from '@xyflow/react';
import type { Design, Id } from '../model/index.ts';
import { designConnections, sameDeps, type Connection, type ConnectionKind } from '../picture/connections.ts';
import { buildRows, type Row } from '../picture/rows.ts';
import { contentExtent as extentOf, frameSize } from '../picture/boxes.ts';
import { NODE_SIZE, partitionHeightFor } from '../model/layout/tidy.ts';
import type { SmallType } from '../picture/boxes.ts';
import { sriovPortName } from '../picture/modern.ts';

const PARTITION_WIDTH = NODE_SIZE.partitionWidth;
const SMALL_NODE = NODE_SIZE.small;

export type FrameData = { systemId: Id };
export type PartitionData = { partitionId: Id; rows: Row[] };
export type SmallData = { refId: Id; label: string };
export type FlowNode =
  | Node<FrameData, 'frame'>
  | Node<PartitionData, 'partition'>
  | Node<SmallData, SmallType>;
export type EdgeKind = ConnectionKind;
/**
 * A connection drawn along its route (app/picture). `count` > 1: a bundle of parallel connections drawn
 * as one line (zoomed out); `kind` 'virtual' is a bundle of vSCSI and virtual FC pairs.
 */
export type FlowEdge = Edge<{ kind: EdgeKind | 'virtual'; count?: number; routeId?: string; countAt?: { x: number; y: number } }, 'route'>;

const partitionHeight = partitionHeightFor;

/** The name a small node shows (also used by the zoomed-out overview). */
function smallLabel(rec: unknown, type: string): string {
  const r = rec as { name?: string; vlanId?: number; index?: number };
  if (type === 'vlan') return `VLAN ${r.vlanId}`;
  if (type === 'heaPort') return `HEA port ${r.index}`;
  return r.name ?? '';
}

/** Keeps node and edge objects from the previous projection when nothing they show has changed. */
export interface ProjectionCache {
  nodes: Map<string, { deps: readonly unknown[]; node: FlowNode }>;
  edges: Map<string, { deps: readonly unknown[]; edge: FlowEdge }>;
}
export const newProjectionCache = (): ProjectionCache => ({ nodes: new Map(), edges: new Map() });

/**
 * Adapter rows depend on the adapter collections and on partition names (a row names its partner), not on
 * a partition's processors or memory: reuse them when none of those changed.
 */
const rowsCache = new WeakMap<ProjectionCache, { deps: readonly unknown[]; rows: Map<Id, Row[]> }>();
function cachedRows(design: Design, cache: ProjectionCache): Map<Id, Row[]> {
  const d = design.domain;
  const names = Object.values(d.partitions).map((p) => p.name).join('\u0001');
  const deps = [d.vscsiAdapters, d.vfcAdapters, d.vethAdapters, d.seas, d.physicalPorts, d.linkAggregations, d.backingDevices,
    d.heaLogicalPorts, d.vtds, d.luns, d.sanFabrics, d.ethernetSwitches, names,
    d.sriovLogicalPorts, d.sriovPhysicalPorts, d.sriovAdapters, d.vnicAdapters, d.vnicBackingDevices, d.sspLogicalUnits, d.sspClusters];
  const prev = rowsCache.get(cache);
  if (prev && sameDeps(prev.deps, deps)) return prev.rows;
  const rows = buildRows(design);
  rowsCache.set(cache, { deps, rows });
  return rows;
}

/** Whether two lists of rows show the same (rows are rebuilt when an adapter changes; most partitions' stay the same). */
function sameRows(a: readonly Row[], b: readonly Row[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!, y = b[i]!;
    if (x.id !== y.id || x.name !== y.name || x.detail !== y.detail || x.kind !== y.kind) return false;
  }
  return true;
}
const NO_ROWS: Row[] = [];

/** Frames take the pointer only on their header and resize handles (see the frame node below). */
const FRAME_STYLE = { pointerEvents: 'none' } as const;

/**
 * The canvas is a projection of the design: frames contain their partitions, VLANs and HEA ports;
 * SAN fabrics, arrays, LUNs and switches sit outside. Pure; object identity is kept for what did not change.
 */
export function projectDesign(design: Design, cache: ProjectionCache, selection: ReadonlySet<Id> = new Set()): { nodes: FlowNode[]; edges: FlowEdge[] } {
  return { nodes: projectNodes(design, cache, selection), edges: projectEdges(design, cache) };
}

/** The nodes of the projection (projectDesign without the edges: a large design zoomed out mounts no edge). */
export function projectNodes(design: Design, cache: ProjectionCache, selection: ReadonlySet<Id> = new Set()): FlowNode[] {
  const d = design.domain;
  const L = design.layout.nodes;
  const nodes: FlowNode[] = [];
  const nextNodes = new Map<string, { deps: readonly unknown[]; node: FlowNode }>();
  const emit = (id: string, deps: readonly unknown[], build: () => FlowNode) => {
    const prev = cache.nodes.get(id);
    const node = prev && sameDeps(prev.deps, deps) ? prev.node : build();
    nextNodes.set(id, { deps, node });
    nodes.push(node);
  };
  const rows = cachedRows(design, cache);
  const extent = contentExtent(design, rows);

  for (const s of Object.values(d.systems)) {
    const l = L[s.id] ?? { x: 0, y: 0 };
    const sel = selection.has(s.id);
    // A frame is drawn at least as large as what it holds (adapter rows make partitions grow).
    const { w, h } = frameSize(l, extent.get(s.id));
    emit(s.id, [s, l, sel, w, h], () => ({
      id: s.id, type: 'frame', position: { x: l.x, y: l.y }, data: { systemId: s.id },
      width: w, height: h, selected: sel, zIndex: -1, dragHandle: '.frame-header',
      // React Flow sets pointer-events inline on every node: only the header and the resize handles take
      // the pointer, so a drag on a frame's empty body pans the canvas (or box-selects with Shift).
      style: FRAME_STYLE,
    }));
  }
  for (const p of Object.values(d.partitions)) {
    const l = L[p.id] ?? { x: 20, y: 60 };
    const r = rows.get(p.id) ?? NO_ROWS;
    const sel = selection.has(p.id);
    // Kept while the partition, its place and selection are the same and its rows show the same (compared only
    // when there is a node to keep: a first projection compares nothing).
    const prev = cache.nodes.get(p.id);
    const deps = [p, l, r, sel];
    const node = prev && prev.deps[0] === p && prev.deps[1] === l && prev.deps[3] === sel && sameRows(prev.deps[2] as Row[], r)
      ? prev.node
      : {
        id: p.id, type: 'partition' as const, position: { x: l.x, y: l.y }, parentId: p.systemId, extent: 'parent' as const,
        data: { partitionId: p.id, rows: r }, width: PARTITION_WIDTH, height: partitionHeight(r.length), selected: sel,
      };
    nextNodes.set(p.id, { deps, node });
    nodes.push(node);
  }
  const small = (id: Id, type: SmallType, rec: unknown, parentId?: Id, label?: string) => {
    const l = L[id] ?? { x: 0, y: 0 };
    const sel = selection.has(id);
    // A label given here comes from other records too (an SR-IOV port's adapter name): it is a dependency of its own.
    emit(id, [rec, l, sel, label], () => ({
      id, type, position: { x: l.x, y: l.y }, data: { refId: id, label: label ?? smallLabel(rec, type) }, width: SMALL_NODE.w, height: SMALL_NODE.h, selected: sel,
      ...(parentId ? { parentId, extent: 'parent' as const } : {}),
    }));
  };
  for (const v of Object.values(d.vlans)) small(v.id, 'vlan', v, v.systemId);
  for (const h of Object.values(d.heaPorts)) small(h.id, 'heaPort', h, h.systemId);
  for (const f of Object.values(d.sanFabrics)) small(f.id, 'fabric', f);
  for (const a of Object.values(d.storageArrays)) small(a.id, 'array', a);
  for (const l of Object.values(d.luns)) small(l.id, 'lun', l);
  for (const s of Object.values(d.ethernetSwitches)) small(s.id, 'switch', s);
  for (const p of Object.values(d.sriovPhysicalPorts)) {
    const a = d.sriovAdapters[p.adapterId];
    if (a) small(p.id, 'sriovPort', p, a.systemId, sriovPortName(design, p.id));
  }
  for (const c of Object.values(d.sspClusters)) small(c.id, 'sspPool', c, undefined, c.poolName);
  cache.nodes = nextNodes;
  return nodes;
}

/** Right and bottom edge of the content of each frame (relative to the frame). */
export const contentExtent = (design: Design, rows: Map<Id, Row[]>) => extentOf(design, (id) => rows.get(id)?.length ?? 0);

/** One data and one class name per kind, shared by every edge of that kind (nothing writes to them). */
const KINDS: EdgeKind[] = ['vscsi', 'vfc', 'ethernet', 'cable', 'storage', 'hea', 'sriov', 'vnic', 'vnic-standby'];
const DATA = Object.fromEntries(KINDS.map((k) => [k, Object.freeze({ kind: k })])) as Record<EdgeKind, { kind: EdgeKind }>;
const CLASS = Object.fromEntries(KINDS.map((k) => [k, `edge-${k}`])) as Record<EdgeKind, string>;

/** How many rows each partition shows, from the rows of the last projection (the picture's boxes are as tall). */
export function projectedRowCount(cache: ProjectionCache): (id: Id) => number {
  const rows = rowsCache.get(cache)?.rows;
  return (id) => rows?.get(id)?.length ?? 0;
}

/** Every connection as a React Flow edge (one per connection), keeping the edge objects of unchanged connections. */
export function projectEdges(design: Design, cache: ProjectionCache): FlowEdge[] {
  const edges: FlowEdge[] = [];
  const next = new Map<string, { deps: readonly unknown[]; edge: FlowEdge }>();
  const isPartition = (id: Id) => id in design.domain.partitions;
  const emit = (c: Connection) => {
    const prev = cache.edges.get(c.id);
    let edge: FlowEdge;
    if (prev && sameDeps(prev.deps, c.deps)) edge = prev.edge;
    else {
      // Drawn along its route from the picture, whatever handle it was made with: a partition's header
      // handles are always mounted (its rows are not when zoomed out), so the edge always has its ends.
      edge = {
        id: c.id, source: c.source, target: c.target, sourceHandle: isPartition(c.source) ? 'out' : null, targetHandle: isPartition(c.target) ? 'in' : null,
        data: DATA[c.kind], className: CLASS[c.kind], type: 'route',
      };
      // The rows carry slots and PVIDs; a label on every line would cross other lines, so it is only read out.
      if (c.label) edge.ariaLabel = c.label;
    }
    next.set(c.id, { deps: c.deps, edge });
    edges.push(edge);
  };
  for (const c of designConnections(design)) emit(c);
  cache.edges = next;
  return edges;
}
