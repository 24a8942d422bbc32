import { NODE_SIZE } from '../model/layout/tidy.ts';
import { absoluteBoxes, focusBounds, type ViewRect } from './lod/overview-boxes.ts';
import type { FlowNode } from './project.ts';

/**
 * The rectangle to frame for some elements: nodes by their box; an adapter or device by its row inside its
 * partition (a vfchost deep in a VIOS of a thousand rows is framed where it is, not at the VIOS's top).
 */
export function focusRect(nodes: readonly FlowNode[], ids: readonly string[]): ViewRect | null {
  const nodeIds = new Set(nodes.map((n) => n.id));
  const rowIds = ids.filter((id) => !nodeIds.has(id));
  let r = focusBounds(nodes, ids.filter((id) => nodeIds.has(id)));
  if (rowIds.length === 0) return r;
  const boxes = absoluteBoxes(nodes);
  const want = new Set(rowIds);
  for (const n of nodes) {
    if (n.type !== 'partition') continue;
    n.data.rows.forEach((row, i) => {
      if (!want.has(row.id)) return;
      const b = boxes.get(n.id);
      if (!b) return;
      const rowBox = { x: b.x, y: b.y + NODE_SIZE.header + i * NODE_SIZE.row, w: b.w, h: NODE_SIZE.row };
      if (!r) { r = rowBox; return; }
      const x2 = Math.max(r.x + r.w, rowBox.x + rowBox.w);
      const y2 = Math.max(r.y + r.h, rowBox.y + rowBox.h);
      const x = Math.min(r.x, rowBox.x);
      const y = Math.min(r.y, rowBox.y);
      r = { x, y, w: x2 - x, h: y2 - y };
    });
  }
  return r;
}
