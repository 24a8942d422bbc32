import type { Design, Id } from '../model/index.ts';
import { NODE_SIZE } from '../model/layout/tidy.ts';
import { pictureBoxes, type PictureBox } from './boxes.ts';
import { designConnections, type Connection, type ConnectionKind } from './connections.ts';
import { placePorts, portKey, type Port, type PortMap } from './ports.ts';
import { obstaclesOf, orthogonalRoute, type Obstacles, type Pt } from './routes.ts';

/** Lines of different kinds leave a node at different distances, so they never lie on each other. */
export const LANE: Record<ConnectionKind, number> = { vscsi: 0, vfc: 1, ethernet: 2, storage: 2, cable: 0, hea: 1, sriov: 1, vnic: 2, 'vnic-standby': 2 };

export interface Route { id: string; kind: ConnectionKind; points: Pt[]; from: Port; to: Port }

/**
 * A bundle: the parallel connections between the same two nodes (the vSCSI and virtual FC pairs of one
 * client and one VIOS together; other kinds each apart). `kind` is 'virtual' when it mixes vSCSI and vFC.
 */
export interface Bundle { id: string; kind: ConnectionKind | 'virtual'; source: Id; target: Id; members: Connection[] }

/**
 * The picture's geometry, the one the canvas and the exports both draw: boxes, ports on their sides,
 * orthogonal routes around every box, bundles. Ports and routes are computed when first asked for and
 * kept (a large design's canvas asks only for what it shows). Routes are derived from positions on every
 * load, never stored in the document. Pure.
 */
export interface Picture {
  boxes: ReadonlyMap<Id, PictureBox>;
  connections: readonly Connection[];
  connection(id: string): Connection | undefined;
  port(id: string, end: 'source' | 'target'): Port | undefined;
  route(id: string): Route | null;
  bundles(): Bundle[];
}

/** The same boxes (places and sizes) and the same connections (ends and adapters): routes and ports still hold. */
function sameGeometry(a: Picture, boxes: ReadonlyMap<Id, PictureBox>, connections: readonly Connection[]): boolean {
  if (a.boxes.size !== boxes.size || a.connections.length !== connections.length) return false;
  for (let i = 0; i < connections.length; i++) {
    const x = a.connections[i]!, y = connections[i]!;
    if (x !== y && (x.id !== y.id || x.source !== y.source || x.target !== y.target || x.sourceRow !== y.sourceRow || x.targetRow !== y.targetRow)) return false;
  }
  for (const [id, b] of boxes) {
    const o = a.boxes.get(id);
    if (!o || o.x !== b.x || o.y !== b.y || o.w !== b.w || o.h !== b.h) return false;
  }
  return true;
}

/**
 * The picture of a design. Given the previous picture, it is returned as it is when neither a box nor a
 * connection changed (an edit of a partition's memory re-routes nothing).
 */
export function createPicture(design: Design, rowCount: (id: Id) => number, prev?: Picture | null): Picture {
  const boxes = pictureBoxes(design, rowCount);
  const connections = designConnections(design);
  if (prev && sameGeometry(prev, boxes, connections)) return prev;
  // Connections by id, made the first time one is asked for (a large design's fitted view asks for none).
  let byIdMap: Map<string, Connection> | null = null;
  const byId = { get: (id: string) => (byIdMap ??= new Map(connections.map((c) => [c.id, c]))).get(id) };
  let endsByNode: Map<Id, { c: Connection; end: 'source' | 'target' }[]> | null = null;
  const ports: PortMap = new Map();
  const placed = new Set<Id>();
  const routes = new Map<string, Route | null>();
  let obstacles: Obstacles | null = null;
  let bundles: Bundle[] | null = null;
  const portsOf = (node: Id) => {
    if (placed.has(node)) return;
    placed.add(node);
    if (!endsByNode) {
      endsByNode = new Map();
      for (const c of connections) {
        for (const end of ['source', 'target'] as const) {
          const n = end === 'source' ? c.source : c.target;
          const list = endsByNode.get(n);
          if (list) list.push({ c, end }); else endsByNode.set(n, [{ c, end }]);
        }
      }
    }
    const box = boxes.get(node);
    if (box) placePorts(design, box, endsByNode.get(node) ?? [], boxes, ports);
  };
  const port = (id: string, end: 'source' | 'target') => {
    const c = byId.get(id);
    if (!c) return undefined;
    portsOf(end === 'source' ? c.source : c.target);
    return ports.get(portKey(id, end));
  };
  return {
    boxes, connections,
    connection: (id) => byId.get(id),
    port,
    route(id) {
      const known = routes.get(id);
      if (known !== undefined) return known;
      const c = byId.get(id);
      const from = port(id, 'source');
      const to = port(id, 'target');
      let r: Route | null = null;
      if (c && from && to) {
        obstacles ??= obstaclesOf(boxes.values(), NODE_SIZE.frameHeader);
        r = { id, kind: c.kind, points: orthogonalRoute(from, to, obstacles, LANE[c.kind]), from, to };
      }
      routes.set(id, r);
      return r;
    },
    bundles() {
      if (bundles) return bundles;
      const map = new Map<string, Bundle>();
      for (const c of connections) {
        const group = c.kind === 'vscsi' || c.kind === 'vfc' ? 'virtual' : c.kind;
        const key = `${group}|${c.source}|${c.target}`;
        const b = map.get(key);
        if (b) { b.members.push(c); if (b.kind !== c.kind) b.kind = 'virtual'; }
        else map.set(key, { id: `bundle:${group}:${c.source}:${c.target}`, kind: c.kind, source: c.source, target: c.target, members: [c] });
      }
      return (bundles = [...map.values()]);
    },
  };
}
