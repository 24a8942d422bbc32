import { describe, expect, it } from 'vitest';
import { hitTest, overviewLabels, overviewShapes, rectsPath } from './overview-shapes.ts';
import { absoluteBoxes } from './overview-boxes.ts';
import type { FlowNode } from '../project.ts';

const n = (id: string, type: string, x: number, y: number, parentId?: string): FlowNode =>
  ({ id, type, position: { x, y }, width: 100, height: 50, data: {}, ...(parentId ? { parentId } : {}) }) as unknown as FlowNode;

describe('overview shapes', () => {
  const nodes = [n('f', 'frame', 0, 0), n('v', 'partition', 10, 10, 'f'), n('c', 'partition', 200, 10, 'f'), n('l', 'lun', 500, 0)];
  const boxes = absoluteBoxes(nodes);
  it('draws boxes as one path per class, stripes per kind, and labels partitions', () => {
    const s = overviewShapes(nodes, boxes, (id) => (id === 'v' ? 'vios' : 'aix'));
    expect(s.boxes.find((b) => b.cls === 'partition')?.d).toBe('M200 10h100v50h-100z');
    expect(s.boxes.find((b) => b.cls === 'vios')?.d).toBe('M10 10h100v50h-100z');
    expect(s.stripes.map((x) => x.cls).sort()).toEqual(['aix', 'vios']);
    const labels = overviewLabels(nodes, boxes, (x) => x.id.toUpperCase(), (x) => (x.type === 'partition' ? '2 vSCSI' : undefined));
    expect(labels.map((l) => l.name)).toEqual(['V', 'C', 'L']);
    expect(labels.map((l) => l.sub)).toEqual(['2 vSCSI', '2 vSCSI', undefined]);
  });
  it('finds the element under a point, never the frame', () => {
    expect(hitTest(boxes, 20, 20)).toBe('v');
    expect(hitTest(boxes, 150, 5)).toBeNull();
    expect(rectsPath([])).toBe('');
  });
});
