import { describe, expect, it } from 'vitest';
import { overviewPaths } from './overview-paths.ts';
import { absoluteBoxes } from './overview-boxes.ts';
import type { FlowEdge, FlowNode } from '../project.ts';

const node = (id: string, x: number, y: number, parentId?: string): FlowNode => ({
  id, type: 'partition', position: { x, y }, width: 100, height: 40, data: { partitionId: id, rows: [] }, ...(parentId ? { parentId } : {}),
}) as FlowNode;
const edge = (id: string, source: string, target: string, kind: 'vscsi' | 'vfc'): FlowEdge => ({ id, source, target, data: { kind } });

describe('overviewPaths', () => {
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
