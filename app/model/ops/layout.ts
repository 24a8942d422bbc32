import type { Id, NodeLayout } from '../schema/index.ts';
import { OpError } from '../errors.ts';
import { collectionOf } from '../ids.ts';
import { op } from './op.ts';

/** Moves or resizes drawn elements (one undo step for a whole drag, however many nodes moved). */
export const setLayout = op<{ nodes: Record<Id, Partial<NodeLayout>> }>((d, { nodes }) => {
  for (const [id, patch] of Object.entries(nodes)) {
    if (!collectionOf(d, id)) throw new OpError(`Cannot place ${id}: no such element`);
    const cur = d.layout.nodes[id] ?? { x: 0, y: 0 };
    const next = { ...cur, ...patch };
    if (!Number.isFinite(next.x) || !Number.isFinite(next.y)) throw new OpError('A position must be a finite number');
    d.layout.nodes[id] = next;
  }
});

/** Replaces the whole layout at once (automatic layout). */
export const applyAutoLayout = op<{ nodes: Record<Id, NodeLayout> }>((d, { nodes }) => {
  for (const [id, l] of Object.entries(nodes)) if (collectionOf(d, id)) d.layout.nodes[id] = l;
});
