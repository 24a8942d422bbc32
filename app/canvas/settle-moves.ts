import type { Id } from '../model/index.ts';
import { NODE_SIZE } from '../model/layout/tidy.ts';
import { settleWithoutOverlap, type Rect } from '../model/layout/overlap.ts';
import type { FlowNode } from './project.ts';

type XY = { x: number; y: number };

const rectOf = (n: FlowNode, at: XY = n.position): Rect => ({ id: n.id, x: at.x, y: at.y, w: n.width ?? n.measured?.width ?? 0, h: n.height ?? n.measured?.height ?? 0 });

/**
 * Moves of drawn elements, settled so that no two siblings (in one frame, or at the top level) end
 * overlapping: an element dropped on another is pushed aside to the nearest free place. Returns the
 * positions to commit and, for each element pushed aside, what it would have covered.
 */
export function settleMoves(all: readonly FlowNode[], moves: Record<Id, XY>): { moves: Record<Id, XY>; pushed: { id: Id; covered: Id[] }[] } {
  const byId = new Map(all.map((n) => [n.id, n]));
  const groups = new Map<string, Rect[]>();
  for (const [id, at] of Object.entries(moves)) {
    const n = byId.get(id);
    if (!n) continue;
    const key = n.parentId ?? '';
    groups.set(key, [...(groups.get(key) ?? []), rectOf(n, at)]);
  }
  const out = { ...moves };
  const pushed: { id: Id; covered: Id[] }[] = [];
  for (const [parent, moved] of groups) {
    const siblings = all.filter((n) => (n.parentId ?? '') === parent && !(n.id in moves)).map((n) => rectOf(n));
    const bounds = parent ? { minX: 0, minY: NODE_SIZE.frameHeader } : {};
    for (const p of settleWithoutOverlap(moved, siblings, NODE_SIZE.gap, bounds)) {
      out[p.id] = { x: p.x, y: p.y };
      pushed.push({ id: p.id, covered: p.covered });
    }
  }
  return { moves: out, pushed };
}
