import { describe, expect, it } from 'vitest';
import { elbowPoints, overviewPaths } from './overview-paths.ts';
import { absoluteBoxes } from './overview-boxes.ts';
import type { FlowNode } from '../project.ts';
import type { OverviewLine } from './overview-paths.ts';

const node = (id: string, x: number, y: number, parentId?: string): FlowNode => ({
  id, type: 'partition', position: { x, y }, width: 100, height: 40, data: { partitionId: id, rows: [] }, ...(parentId ? { parentId } : {}),
}) as FlowNode;
interface Seg { horizontal: boolean; at: number; from: number; to: number }
/** The segments of path data made of `Mx yHx2` and `Mx yVy2` pieces (what overviewPaths writes). */
function segments(d: string): Seg[] {
  return [...d.matchAll(/M(-?\d+) (-?\d+)([HV])(-?\d+)/g)].map((m) => {
    const [x, y, t] = [Number(m[1]), Number(m[2]), Number(m[4])];
    return m[3] === 'H' ? { horizontal: true, at: y, from: Math.min(x, t), to: Math.max(x, t) } : { horizontal: false, at: x, from: Math.min(y, t), to: Math.max(y, t) };
  });
}
/** Every unit step a path covers (its coordinates are whole numbers), sorted. */
function cover(d: string): string[] {
  const out = new Set<string>();
  for (const s of segments(d)) for (let k = s.from; k < s.to; k++) out.add(s.horizontal ? `h${k},${s.at}` : `v${s.at},${k}`);
  return [...out].sort();
}
function polylineCover(pts: { x: number; y: number }[]): string[] {
  const out = new Set<string>();
  for (let i = 1; i < pts.length; i++) {
    const [a, b] = [pts[i - 1]!, pts[i]!];
    if (a.y === b.y) for (let k = Math.min(a.x, b.x); k < Math.max(a.x, b.x); k++) out.add(`h${k},${a.y}`);
    else for (let k = Math.min(a.y, b.y); k < Math.max(a.y, b.y); k++) out.add(`v${a.x},${k}`);
  }
  return [...out].sort();
}
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
      expect(cover(d!.d)).toEqual(polylineCover(elbowPoints(a, b)));
    }
  });

  it('joins the legs that lie on one line: the same pixels, each drawn once', () => {
    // A row of clients above two VIOS: every line to a VIOS shares its middle leg and its last leg.
    const boxes = new Map<string, { id: string; type: string; x: number; y: number; w: number; h: number }>();
    const lines: OverviewLine[] = [];
    for (const v of [0, 1]) boxes.set(`v${v}`, { id: `v${v}`, type: 'partition', x: 200 + 400 * v, y: 500, w: 100, h: 40 });
    for (let i = 0; i < 12; i++) {
      boxes.set(`c${i}`, { id: `c${i}`, type: 'partition', x: 110 * i, y: 0, w: 100, h: 40 });
      for (const v of [0, 1]) lines.push({ source: `c${i}`, target: `v${v}`, kind: 'vscsi' });
    }
    const [p] = overviewPaths(boxes, lines);
    const expected = new Set<string>();
    for (const l of lines) for (const k of polylineCover(elbowPoints(boxes.get(l.source)!, boxes.get(l.target)!))) expected.add(k);
    expect(cover(p!.d)).toEqual([...expected].sort());
    expect(p!.count).toBe(24);
    // 12 drops from the clients (the two lines of a client leave by one), one shared leg across, one into each VIOS.
    expect(p!.d.split('M').length - 1).toBe(12 + 1 + 2);
    // No two segments of the path overlap.
    const segs = segments(p!.d);
    for (let i = 0; i < segs.length; i++) for (let j = i + 1; j < segs.length; j++) {
      const [a, b] = [segs[i]!, segs[j]!];
      if (a.horizontal === b.horizontal && a.at === b.at) expect(a.to < b.from || b.to < a.from).toBe(true);
    }
  });


  it('draws one segment per node pair and kind, in absolute positions', () => {
    const frame = { ...node('f', 1000, 500), type: 'frame', data: { systemId: 'f' } } as FlowNode;
    const nodes = [frame, node('v', 10, 10, 'f'), node('c', 300, 10, 'f')];
    const edges = [edge('1', 'v', 'c', 'vscsi'), edge('2', 'v', 'c', 'vscsi'), edge('3', 'v', 'c', 'vfc')];
    const paths = overviewPaths(absoluteBoxes(nodes), edges);
    // Side by side at one height: the elbow's two legs lie on one line and are drawn as one.
    expect(paths).toEqual([
      { kind: 'vscsi', d: 'M1110 530H1300', count: 1 },
      { kind: 'vfc', d: 'M1110 530H1300', count: 1 },
    ]);
  });
  it('skips edges whose nodes are missing', () => {
    expect(overviewPaths(absoluteBoxes([node('a', 0, 0)]), [edge('1', 'a', 'zz', 'vfc')])).toEqual([]);
  });
});
