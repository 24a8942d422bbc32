import { describe, expect, it } from 'vitest';
import { BADGE_HALF, badgeSpots } from './badges.ts';
import type { PictureBox } from './boxes.ts';

const box = (id: string, x: number, y: number, w: number, h: number): PictureBox => ({ id, kind: 'partition', x, y, w, h, parent: null });
const clear = (spot: { x: number; y: number }, pts: { x: number; y: number }[]) => pts.every((p, i) => {
  if (i === 0) return true;
  const q = pts[i - 1]!;
  const x1 = Math.min(p.x, q.x) - 2, x2 = Math.max(p.x, q.x) + 2, y1 = Math.min(p.y, q.y) - 2, y2 = Math.max(p.y, q.y) + 2;
  return !(spot.x - BADGE_HALF < x2 && spot.x + BADGE_HALF > x1 && spot.y - BADGE_HALF < y2 && spot.y + BADGE_HALF > y1);
});

describe('badgeSpots', () => {
  it('writes a count on its own line where no other line passes under it and no box is covered', () => {
    // A vertical bundle from y 0 to 300; a horizontal line crosses it at y 150; a box stands at its bottom.
    const bundle = [{ x: 100, y: 0 }, { x: 100, y: 300 }];
    const other = [{ x: 0, y: 150 }, { x: 400, y: 150 }];
    const spots = badgeSpots([{ id: 'b', points: bundle, badge: true }, { id: 'o', points: other, badge: false }], [box('p', 50, 260, 120, 80)]);
    const s = spots.get('b')!;
    expect(s.x).toBe(100);
    expect(clear(s, other)).toBe(true);
    expect(s.y + BADGE_HALF).toBeLessThanOrEqual(260);
    expect(spots.has('o')).toBe(false);
  });
  it('keeps two counts apart, and falls back to the middle of the longest segment when nothing is free', () => {
    const a = [{ x: 0, y: 0 }, { x: 0, y: 100 }];
    const b = [{ x: 4, y: 0 }, { x: 4, y: 100 }];
    const spots = badgeSpots([{ id: 'a', points: a, badge: true }, { id: 'b', points: b, badge: true }], []);
    const sa = spots.get('a')!, sb = spots.get('b')!;
    expect(Math.abs(sa.x - sb.x) >= 2 * BADGE_HALF || Math.abs(sa.y - sb.y) >= 2 * BADGE_HALF || (sb.x === 4 && sb.y === 50)).toBe(true);
    const boxed = badgeSpots([{ id: 'c', points: a, badge: true }], [box('x', -100, -100, 300, 300)]);
    expect(boxed.get('c')).toEqual({ x: 0, y: 50 });
  });
});
