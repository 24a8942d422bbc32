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

  it('keeps the same boxes for a new array of nodes that sit where they sat, and new ones when one moves', () => {
    const a = [n('f', 'frame', 100, 200), n('p', 'partition', 10, 20, 'f')];
    const first = absoluteBoxes(a);
    const measured = a.map((x) => ({ ...x, measured: { width: 1, height: 1 } }));
    expect(absoluteBoxes(measured)).toBe(first);
    const moved = [a[0]!, { ...a[1]!, position: { x: 50, y: 20 } }];
    const next = absoluteBoxes(moved);
    expect(next).not.toBe(first);
    expect(next.get('p')).toMatchObject({ x: 150, y: 220 });
  });
});
