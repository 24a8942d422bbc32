import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../model/templates/index.ts';
import { rowCounts } from '../model/layout/tidy.ts';
import { generateBenchDesign } from '../model/generate.ts';
import { createPicture } from './picture.ts';
import type { PictureBox } from './boxes.ts';

const inside = (b: PictureBox, x: number, y: number) => x > b.x + 0.5 && x < b.x + b.w - 0.5 && y > b.y + 0.5 && y < b.y + b.h - 0.5;

/** Points along every segment of a route, every 2 px. */
function samples(pts: { x: number; y: number }[]): { x: number; y: number }[] {
  const out = [];
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1]!, b = pts[i]!;
    const n = Math.max(1, Math.ceil((Math.abs(b.x - a.x) + Math.abs(b.y - a.y)) / 2));
    for (let k = 0; k <= n; k++) out.push({ x: a.x + ((b.x - a.x) * k) / n, y: a.y + ((b.y - a.y) * k) / n });
  }
  return out;
}

describe('the picture of a design', () => {
  for (const t of TEMPLATES) {
    it(`routes every connection of "${t.title}" at right angles and through no box`, () => {
      const design = t.build();
      const rows = rowCounts(design);
      const pic = createPicture(design, (id) => rows.get(id) ?? 0);
      const bodies = [...pic.boxes.values()].filter((b) => b.kind !== 'frame');
      expect(pic.connections.length).toBeGreaterThan(0);
      for (const c of pic.connections) {
        const r = pic.route(c.id)!;
        expect(r, c.id).not.toBeNull();
        for (let i = 1; i < r.points.length; i++) {
          const a = r.points[i - 1]!, b = r.points[i]!;
          expect(a.x === b.x || a.y === b.y, `${c.id} segment ${i} is not orthogonal`).toBe(true);
        }
        for (const p of samples(r.points)) {
          const hit = bodies.find((b) => inside(b, p.x, p.y));
          expect(hit?.id, `${c.id} passes through ${hit?.id} at ${p.x},${p.y}`).toBeUndefined();
        }
      }
    });
  }

  it('puts client adapters on the bottom edge of the client and server adapters on the top edge of the VIOS', () => {
    const design = TEMPLATES[0]!.build();
    const rows = rowCounts(design);
    const pic = createPicture(design, (id) => rows.get(id) ?? 0);
    const pairs = pic.connections.filter((c) => c.kind === 'vscsi' || c.kind === 'vfc');
    expect(pairs.length).toBeGreaterThan(0);
    for (const c of pairs) {
      expect(pic.port(c.id, 'source')?.side).toBe('top');
      expect(pic.port(c.id, 'target')?.side).toBe('bottom');
      // The VIOS stands below its clients.
      expect(pic.boxes.get(c.source)!.y).toBeGreaterThan(pic.boxes.get(c.target)!.y);
    }
  });

  it('bundles the parallel connections of one pair and routes the connections of a thousand partitions', () => {
    const design = generateBenchDesign(1000);
    const rows = rowCounts(design);
    const pic = createPicture(design, (id) => rows.get(id) ?? 0);
    const some = pic.connections.slice(0, 500);
    for (const c of some) expect(pic.route(c.id)).not.toBeNull();
    expect(pic.bundles().length).toBeLessThan(pic.connections.length);
  }, 30_000);

  it('keeps its routes when an edit moves nothing, and routes again when a box moves', async () => {
    const { updatePartition, setLayout } = await import('../model/index.ts');
    const design = TEMPLATES[0]!.build();
    const rc = (d: typeof design) => { const r = rowCounts(d); return (id: string) => r.get(id) ?? 0; };
    const first = createPicture(design, rc(design));
    const client = Object.values(design.domain.partitions).find((p) => p.kind !== 'vios')!;
    const edited = updatePartition(design, { id: client.id, patch: { memory: { ...client.memory, desiredMB: 4096 } } });
    expect(createPicture(edited, rc(edited), first)).toBe(first);
    const l = design.layout.nodes[client.id]!;
    const moved = setLayout(design, { nodes: { [client.id]: { x: l.x + 40, y: l.y } } });
    expect(createPicture(moved, rc(moved), first)).not.toBe(first);
  });
});
