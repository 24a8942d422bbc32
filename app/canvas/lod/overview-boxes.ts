import type { FlowNode } from '../project.ts';

export interface Box { id: string; type: string; x: number; y: number; w: number; h: number }

const boxCache = new WeakMap<readonly FlowNode[], Map<string, Box>>();

/**
 * Absolute rectangles of nodes (children are placed relative to their frame). Kept per nodes array: the
 * level of detail, the overview paths, the minimap and the view fitting all ask for the same array.
 * The map is shared: do not change it.
 */
export function absoluteBoxes(nodes: readonly FlowNode[]): Map<string, Box> {
  let out = boxCache.get(nodes);
  if (!out) {
    // A new array whose nodes sit where they sat (React Flow reporting what it measured, a selection):
    // the same boxes, so that nothing derived from them is drawn again.
    out = last && sameGeometry(last.nodes, nodes) ? last.boxes : computeBoxes(nodes);
    boxCache.set(nodes, out);
  }
  last = { nodes, boxes: out };
  return out;
}

let last: { nodes: readonly FlowNode[]; boxes: Map<string, Box> } | null = null;

function sameGeometry(a: readonly FlowNode[], b: readonly FlowNode[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (x.id !== y.id || x.parentId !== y.parentId || x.type !== y.type || x.width !== y.width || x.height !== y.height
      || x.position.x !== y.position.x || x.position.y !== y.position.y) return false;
  }
  return true;
}

function computeBoxes(nodes: readonly FlowNode[]): Map<string, Box> {
  const byId = new Map<string, FlowNode>();
  for (const n of nodes) byId.set(n.id, n);
  const out = new Map<string, Box>();
  const place = (n: FlowNode): Box => {
    const known = out.get(n.id);
    if (known) return known;
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    const o = parent ? place(parent) : { x: 0, y: 0 };
    const b = { id: n.id, type: n.type ?? '', x: o.x + n.position.x, y: o.y + n.position.y, w: n.width ?? 0, h: n.height ?? 0 };
    out.set(n.id, b);
    return b;
  };
  for (const n of nodes) place(n);
  return out;
}

export interface ViewRect { x: number; y: number; w: number; h: number }

/** The part of the flow the screen shows, padded by half a screen on every side (in flow coordinates). */
export function viewRect(transform: readonly [number, number, number], width: number, height: number): ViewRect {
  const [tx, ty, zoom] = transform;
  const w = width / zoom;
  const h = height / zoom;
  return { x: -tx / zoom - w / 2, y: -ty / zoom - h / 2, w: w * 2, h: h * 2 };
}

export const intersects = (b: Box, r: ViewRect): boolean => b.x < r.x + r.w && b.x + b.w > r.x && b.y < r.y + r.h && b.y + b.h > r.y;

/**
 * Which nodes React Flow mounts: frames always, other nodes when they meet the padded view. (Mounting
 * the far ends of their connections too would mount every client of a VIOS.) Connections whose far
 * end is out of view are not drawn; the adapter rows still name the partner and its slot.
 */
export function visibleNodeIds(boxes: Map<string, Box>, r: ViewRect): Set<string> {
  const ids = new Set<string>();
  for (const b of boxes.values()) if (b.type === 'frame' || intersects(b, r)) ids.add(b.id);
  return ids;
}

/** The rectangle around some elements (adapters count as their partition), to zoom the view onto them. */
export function focusBounds(nodes: readonly import('../project.ts').FlowNode[], ids: readonly string[]): ViewRect | null {
  const boxes = absoluteBoxes(nodes);
  let r: ViewRect | null = null;
  for (const id of ids) {
    const b = boxes.get(id);
    if (!b) continue;
    if (!r) r = { x: b.x, y: b.y, w: b.w, h: b.h };
    else {
      const x2 = Math.max(r.x + r.w, b.x + b.w);
      const y2 = Math.max(r.y + r.h, b.y + b.h);
      r = { x: Math.min(r.x, b.x), y: Math.min(r.y, b.y), w: 0, h: 0 };
      r.w = x2 - r.x;
      r.h = y2 - r.y;
    }
  }
  return r;
}

/** The rectangle around everything drawn. */
export function allBounds(nodes: readonly import('../project.ts').FlowNode[]): ViewRect | null {
  return focusBounds(nodes, nodes.filter((n) => !n.parentId).map((n) => n.id));
}
