import { describe, expect, it } from 'vitest';
import { settleMoves } from './settle-moves.ts';
import type { FlowNode } from './project.ts';

const part = (id: string, x: number, y: number, parentId = 'sys'): FlowNode =>
  ({ id, type: 'partition', position: { x, y }, parentId, width: 270, height: 200, data: { partitionId: id, rows: [] } });
const frame = (id: string, x: number, y: number): FlowNode => ({ id, type: 'frame', position: { x, y }, width: 900, height: 600, data: { systemId: id } });

describe('settleMoves', () => {
  const nodes = [frame('sys', 0, 0), frame('sys2', 1000, 0), part('a', 20, 60), part('b', 320, 60), part('c', 20, 60, 'sys2')];
  it('keeps a move onto free space', () => {
    expect(settleMoves(nodes, { b: { x: 600, y: 60 } })).toEqual({ moves: { b: { x: 600, y: 60 } }, pushed: [] });
  });
  it('pushes a partition dropped on a sibling aside; a partition of another frame is not in the way', () => {
    const r = settleMoves(nodes, { b: { x: 100, y: 80 } });
    expect(r.pushed).toEqual([{ id: 'b', covered: ['a'] }]);
    const b = r.moves.b!;
    expect(b.x >= 20 + 270 || b.y >= 60 + 200 || b.x + 270 <= 20 || b.y + 200 <= 60).toBe(true);
    expect(b.y).toBeGreaterThanOrEqual(44);
  });
  it('frames are siblings of each other at the top level', () => {
    const r = settleMoves(nodes, { sys2: { x: 500, y: 100 } });
    expect(r.pushed).toEqual([{ id: 'sys2', covered: ['sys'] }]);
  });
});
