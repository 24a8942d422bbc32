import { describe, expect, it } from 'vitest';
import { fitMinimap, fromMinimap, minimapPaths, screenRect, toMinimap } from './minimap-geometry.ts';
import type { Box } from './overview-boxes.ts';

const boxes: Box[] = [
  { id: 'f', type: 'frame', x: 0, y: 0, w: 1000, h: 500 },
  { id: 'v', type: 'partition', x: 20, y: 60, w: 270, h: 300 },
  { id: 'c', type: 'partition', x: 400, y: 60, w: 270, h: 100 },
  { id: 'l', type: 'lun', x: 1200, y: 0, w: 170, h: 54 },
];

describe('minimap geometry', () => {
  it('fits every box inside the minimap, centred, and maps both ways', () => {
    const f = fitMinimap(boxes, 200, 150);
    for (const b of boxes) {
      const a = toMinimap(f, b.x, b.y);
      const z = toMinimap(f, b.x + b.w, b.y + b.h);
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(z.x).toBeLessThanOrEqual(200);
      expect(z.y).toBeLessThanOrEqual(150);
    }
    // The design is wider than tall: full width used, centred vertically.
    expect(f.offsetX).toBeCloseTo(0);
    expect(f.offsetY).toBeGreaterThan(0);
    const back = fromMinimap(f, 100, 75);
    const again = toMinimap(f, back.x, back.y);
    expect(again.x).toBeCloseTo(100);
    expect(again.y).toBeCloseTo(75);
  });

  it('gives an empty design a usable fit', () => {
    const f = fitMinimap([], 200, 150);
    expect(Number.isFinite(f.scale)).toBe(true);
    expect(f.scale).toBeGreaterThan(0);
  });

  it('reads the visible rectangle from the viewport transform', () => {
    expect(screenRect([-200, -100, 2], 800, 600)).toEqual({ x: 100, y: 50, w: 400, h: 300 });
  });

  it('draws each class of box in its own path, the selection apart', () => {
    const f = fitMinimap(boxes, 200, 150);
    const p = minimapPaths(boxes, f, (id) => id === 'v', new Set(['c']));
    expect(p.frames.match(/M/g)).toHaveLength(1);
    expect(p.vios.match(/M/g)).toHaveLength(1);
    expect(p.clients).toBe('');
    expect(p.selected.match(/M/g)).toHaveLength(1);
    expect(p.other.match(/M/g)).toHaveLength(1);
  });

  it('keeps a tiny partition at least a pixel wide', () => {
    const big = [...boxes, { id: 'far', type: 'frame', x: 0, y: 0, w: 400_000, h: 100_000 }];
    const f = fitMinimap(big, 200, 150);
    const p = minimapPaths(big, f, () => false, new Set());
    // 10 tenths of a pixel = 1 px.
    expect(p.clients).toMatch(/h10v10h-10z/);
  });
});
