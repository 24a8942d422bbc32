import type { FlowNode } from '../project.ts';
import type { Box } from './overview-boxes.ts';

/** Rectangles as one path string: thousands of boxes cost one element, not thousands. */
export const rectsPath = (boxes: readonly Box[]): string =>
  boxes.map((b) => `M${Math.round(b.x)} ${Math.round(b.y)}h${Math.round(b.w)}v${Math.round(b.h)}h${-Math.round(b.w)}z`).join('');

export interface OverviewShapes {
  /** Box outlines per class ("partition" for clients, "vios", "lun", ...). */
  boxes: { cls: string; d: string }[];
  /** Coloured top stripes of partitions per kind. */
  stripes: { cls: string; d: string }[];
  /** Labels worth drawing (partitions and the few outside elements; not hundreds of LUNs). */
  labels: { id: string; x: number; y: number; name: string; sub?: string }[];
}

const MAX_SMALL_LABELS = 300;

/**
 * The zoomed-out drawing of a design in a few paths (boxes and stripes; `labels` is left empty: see overviewLabels,
 * which the overview asks for only once names can be read).
 */
export function overviewShapes(
  nodes: readonly FlowNode[], boxes: ReadonlyMap<string, Box>, kindOf: (id: string) => string | undefined,
): OverviewShapes {
  // Each box's rectangle as rectsPath draws it, straight into its class's list (no copies of the boxes).
  const groups = new Map<string, string[]>();
  const stripes = new Map<string, string[]>();
  const r = Math.round;
  for (const n of nodes) {
    if (n.type === 'frame') continue;
    const b = boxes.get(n.id);
    if (!b) continue;
    // A VIOS is its own class: seen whole, a large frame's VIOS columns must stand out from the client rows.
    const kind = n.type === 'partition' ? kindOf(n.id) ?? 'aix' : '';
    const cls = n.type === 'partition' ? (kind === 'vios' ? 'vios' : 'partition') : n.type ?? 'node';
    const x = r(b.x), y = r(b.y), w = r(b.w);
    (groups.get(cls) ?? groups.set(cls, []).get(cls)!).push(`M${x} ${y}h${w}v${r(b.h)}h${-w}z`);
    if (n.type === 'partition') {
      (stripes.get(kind) ?? stripes.set(kind, []).get(kind)!).push(`M${x} ${y}h${w}v8h${-w}z`);
    }
  }
  return {
    boxes: [...groups].map(([cls, list]) => ({ cls, d: list.join('') })),
    stripes: [...stripes].map(([cls, list]) => ({ cls, d: list.join('') })),
    labels: [],
  };
}

/** One label per partition and per outside element (not hundreds of LUNs): name, and a summary line where given. */
export function overviewLabels(
  nodes: readonly FlowNode[], boxes: ReadonlyMap<string, Box>, nameOf: (n: FlowNode) => string, subOf: (n: FlowNode) => string | undefined,
): OverviewShapes['labels'] {
  const labels: OverviewShapes['labels'] = [];
  const small = nodes.filter((n) => n.type !== 'frame' && n.type !== 'partition');
  const labelSmall = (type: string | undefined) => small.length <= MAX_SMALL_LABELS || type !== 'lun';
  for (const n of nodes) {
    if (n.type === 'frame') continue;
    const b = boxes.get(n.id);
    if (!b) continue;
    if (n.type === 'partition' || labelSmall(n.type)) {
      const sub = subOf(n);
      labels.push(sub ? { id: n.id, x: b.x + 12, y: b.y, name: nameOf(n), sub } : { id: n.id, x: b.x + 12, y: b.y, name: nameOf(n) });
    }
  }
  return labels;
}

/** The element under a point of the flow (the smallest box that holds it). */
export function hitTest(boxes: ReadonlyMap<string, Box>, x: number, y: number): string | null {
  let best: Box | null = null;
  for (const b of boxes.values()) {
    if (b.type === 'frame' || x < b.x || y < b.y || x > b.x + b.w || y > b.y + b.h) continue;
    if (!best || b.w * b.h < best.w * best.h) best = b;
  }
  return best?.id ?? null;
}
