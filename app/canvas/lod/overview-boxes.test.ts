import { describe, expect, it } from 'vitest';
import { absoluteBoxes, viewRect, visibleNodeIds } from './overview-boxes.ts';
import type { FlowNode } from '../project.ts';

const n = (id: string, type: string, x: number, y: number, parentId?: string): FlowNode =>
  ({ id, type, position: { x, y }, width: 100, height: 50, data: {}, ...(parentId ? { parentId } : {}) }) as unknown as FlowNode;

describe('culling for the detailed level', () => {
  const nodes = [n('f', 'frame', 0, 0), n('a', 'partition', 10, 10, 'f'), n('b', 'partition', 5000, 10, 'f'), n('lun', 'lun', 9000, 0)];
  it('places children relative to their frame', () => {
    expect(absoluteBoxes([n('f', 'frame', 100, 200), n('a', 'partition', 10, 20, 'f')]).get('a')).toMatchObject({ x: 110, y: 220 });
  });
  it('mounts frames and what meets the padded view', () => {
    const boxes = absoluteBoxes(nodes);
    expect([...visibleNodeIds(boxes, viewRect([0, 0, 1], 800, 600))].sort()).toEqual(['a', 'f']);
    expect([...visibleNodeIds(boxes, viewRect([-4800, 0, 1], 800, 600))].sort()).toEqual(['b', 'f']);
  });
});
