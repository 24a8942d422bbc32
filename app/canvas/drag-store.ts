import { create } from 'zustand';

/**
 * How far the nodes being dragged have moved from where the design has them (flow units), by node id;
 * null when nothing is dragged. Their connections follow with a simple orthogonal path while the drag
 * lasts and are routed again when the move is committed. UI state, never undone.
 */
export const useDragOffsets = create<{ offsets: ReadonlyMap<string, { dx: number; dy: number }> | null }>(() => ({ offsets: null }));
