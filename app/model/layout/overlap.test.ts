import { describe, expect, it } from 'vitest';
import { covered, overlaps, settleWithoutOverlap, type Rect } from './overlap.ts';

const box = (id: string, x: number, y: number, w = 100, h = 50): Rect => ({ id, x, y, w, h });

describe('boxes without overlap', () => {
  it('touching is not overlapping', () => {
    expect(overlaps(box('a', 0, 0), box('b', 100, 0))).toBe(false);
    expect(overlaps(box('a', 0, 0), box('b', 99, 49))).toBe(true);
    expect(covered(box('a', 0, 0), [box('a', 0, 0), box('b', 50, 0), box('c', 500, 0)]).map((r) => r.id)).toEqual(['b']);
  });
  it('a box dropped on a free place stays there', () => {
    expect(settleWithoutOverlap([box('m', 300, 0)], [box('a', 0, 0)])).toEqual([]);
  });
  it('a box dropped on another is pushed aside to the nearest free place, gap apart', () => {
    const r = settleWithoutOverlap([box('m', 80, 10)], [box('a', 0, 0)], 20);
    expect(r).toEqual([{ id: 'm', x: 120, y: 10, covered: ['a'] }]);
  });
  it('finds a place between several boxes, and never crosses the bounds', () => {
    const fixed = [box('a', 0, 0), box('b', 120, 0), box('c', 240, 0), box('d', 0, 70)];
    const [r] = settleWithoutOverlap([box('m', 10, 10)], fixed, 20, { minX: 0, minY: 0 });
    const at = box('m', r!.x, r!.y);
    expect(fixed.some((f) => overlaps(at, f))).toBe(false);
    expect(at.x).toBeGreaterThanOrEqual(0);
    expect(at.y).toBeGreaterThanOrEqual(0);
    // the nearest free spot: under b, right of d (rather than past c or under d)
    expect(r).toMatchObject({ x: 120, y: 70, covered: ['a'] });
  });
  it('boxes moved together do not land on each other', () => {
    const r = settleWithoutOverlap([box('m', 0, 0), box('n', 10, 0)], [box('a', 0, 0)], 20);
    const placed = [box('a', 0, 0), ...r.map((p) => box(p.id, p.x, p.y))];
    for (const p of placed) expect(covered(p, placed)).toEqual([]);
  });
  it('with no room beside, goes below everything', () => {
    const wall = Array.from({ length: 40 }, (_, i) => box(`w${i}`, (i % 8) * 100, Math.floor(i / 8) * 50));
    const [r] = settleWithoutOverlap([box('m', 350, 100)], wall, 0, { minX: 0, minY: 0 });
    expect(wall.some((f) => overlaps(box('m', r!.x, r!.y), f))).toBe(false);
  });
});
