import { describe, expect, it } from 'vitest';
import { elbowPoints, overviewPaths } from './overview-paths.ts';
import { absoluteBoxes } from './overview-boxes.ts';
import type { FlowNode } from '../project.ts';
import type { OverviewLine } from './overview-paths.ts';

const node = (id: string, x: number, y: number, parentId?: string): FlowNode => ({
  id, type: 'partition', position: { x, y }, width: 100, height: 40, data: { partitionId: id, rows: [] }, ...(parentId ? { parentId } : {}),
}) as FlowNode;
const edge = (_id: string, source: string, target: string, kind: 'vscsi' | 'vfc'): OverviewLine => ({ source, target, kind });

describe('overviewPaths', () => {
  it('draws each line through the points the I/O animation follows (elbowPoints), below, above, beside, at odd halves', () => {
    const boxes = [
      { id: 'a', type: 'partition', x: 10.5, y: 20.25, w: 101, h: 41 }, { id: 'b', type: 'partition', x: 300.7, y: 400.5, w: 99, h: 39 },
      { id: 'c', type: 'partition', x: 600.5, y: 25.5, w: 77, h: 33 }, { id: 'd', type: 'partition', x: -50.5, y: -300.5, w: 55, h: 21 },
    ];
    const map = new Map(boxes.map((b) => [b.id, b]));
    for (const a of boxes) for (const b of boxes) {
      if (a === b) continue;
      const [d] = overviewPaths(map, [edge('e', a.id, b.id, 'vscsi')]);
      const [p, q, s, t] = elbowPoints(a, b) as [{ x: number; y: number }, { x: number; y: number }, { x: number; y: number }, { x: number; y: number }];
      expect(d!.d).toBe(p.x === q.x ? `M${p.x} ${p.y}V${q.y}H${s.x}V${t.y}` : `M${p.x} ${p.y}H${q.x}V${s.y}H${t.x}`);
    }
  });


  it('draws one segment per node pair and kind, in absolute positions', () => {
    const frame = { ...node('f', 1000, 500), type: 'frame', data: { systemId: 'f' } } as FlowNode;
    const nodes = [frame, node('v', 10, 10, 'f'), node('c', 300, 10, 'f')];
    const edges = [edge('1', 'v', 'c', 'vscsi'), edge('2', 'v', 'c', 'vscsi'), edge('3', 'v', 'c', 'vfc')];
    const paths = overviewPaths(absoluteBoxes(nodes), edges);
    expect(paths).toEqual([
      { kind: 'vscsi', d: 'M1110 530H1205V530H1300', count: 1 },
      { kind: 'vfc', d: 'M1110 530H1205V530H1300', count: 1 },
    ]);
  });
  it('skips edges whose nodes are missing', () => {
    expect(overviewPaths(absoluteBoxes([node('a', 0, 0)]), [edge('1', 'a', 'zz', 'vfc')])).toEqual([]);
  });
});
