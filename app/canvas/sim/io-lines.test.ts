import { describe, expect, it } from 'vitest';
import { buildDualViosTemplate } from '../../model/templates/sample.ts';
import { rowCounts } from '../../model/layout/tidy.ts';
import { createSimulation } from '../../engine/sim/index.ts';
import { createPicture } from '../../picture/picture.ts';
import { SEG_ACTIVE } from '../../picture/io-paths.ts';
import { ioFrame, ioTopology, pictureSource, SegmentLines } from './io-plan.ts';
import { drawLinesInSteps, followMatrix, MAX_SLICE, nextSliceSize, ProgressiveLines, type CanvasLike, type LinesContext, type PathLike } from './io-lines.ts';

/** A path that counts its sub-paths (moveTo) and rectangles. */
class CountingPath implements PathLike {
  moves = 0;
  rects = 0;
  moveTo(): void { this.moves++; }
  lineTo(): void {}
  rect(): void { this.rects++; }
}

/** A 2D context that records what was stroked and filled, and each read back (a slice made to raster). */
function recordingContext() {
  const log: { op: 'stroke' | 'fill' | 'flush' | 'drawImage' | 'clear'; colour?: unknown; subpaths?: number }[] = [];
  const ctx = {
    globalAlpha: 1, strokeStyle: '', fillStyle: '', lineWidth: 1, lineCap: 'butt', lineJoin: 'miter',
    setTransform() {}, setLineDash() {},
    clearRect() { log.push({ op: 'clear' }); },
    stroke(p: CountingPath) { log.push({ op: 'stroke', colour: ctx.strokeStyle, subpaths: p.moves }); },
    fill(p: CountingPath) { log.push({ op: 'fill', colour: ctx.fillStyle, subpaths: p.rects }); },
    getImageData() { log.push({ op: 'flush' }); return null; },
    drawImage() { log.push({ op: 'drawImage' }); },
  };
  return { ctx: ctx as unknown as LinesContext & { drawImage(): void }, log };
}

const COLOURS = { active: 'green', standby: 'grey', failing: 'orange', failed: 'red', over: 'magenta', ok: 'ok', degraded: 'deg', outage: 'out' };

describe('the lines layer drawn in slices', () => {
  const d = buildDualViosTemplate();
  const rc = rowCounts(d);
  const picture = createPicture(d, (id) => rc.get(id) ?? 0);
  const src = pictureSource(picture);
  const sim = createSimulation(d);
  const topo = ioTopology(d, picture, sim.paths(), sim.model.components.map((c) => c.id), sim.model.partitions.map((p) => p.partitionId));
  sim.runUntil(0);
  const f = ioFrame(topo, sim.frame());
  // The whole design in view, at 1:1.
  const xs = [...picture.boxes.values()];
  const x0 = Math.min(...xs.map((b) => b.x)), y0 = Math.min(...xs.map((b) => b.y));
  const view = { transform: [-x0 + 10, -y0 + 10, 1] as const, width: 20_000, height: 20_000, dpr: 1 };
  const drawn = (log: ReturnType<typeof recordingContext>['log']) => log.filter((e) => e.op === 'stroke').reduce((a, e) => a + e.subpaths!, 0);

  it('draws every line in view, a slice of at most `size` lines at a time, each slice rasterised before it yields', () => {
    const whole = recordingContext();
    const all = [...drawLinesInSteps(whole.ctx, topo, f, new SegmentLines(topo, src, false), src, view, COLOURS, { size: 1e9 }, () => new CountingPath())];
    const total = drawn(whole.log);
    expect(total).toBe([...f.state].filter((s) => s >= 0).length);
    expect(all.length).toBeLessThanOrEqual(4);

    const sliced = recordingContext();
    const slice = { size: 3 };
    const steps = drawLinesInSteps(sliced.ctx, topo, f, new SegmentLines(topo, src, false), src, view, COLOURS, slice, () => new CountingPath());
    let yields = 0;
    let sinceFlush = 0;
    for (let r = steps.next(); !r.done; r = steps.next()) {
      yields++;
      // What was stroked since the last yield was read back (rasterised) before this yield, and is at most a slice.
      const last = sliced.log.at(-1)!;
      expect(last.op).toBe('flush');
      const strokes = sliced.log.slice(sinceFlush).filter((e) => e.op === 'stroke').reduce((a, e) => a + e.subpaths!, 0);
      expect(strokes).toBeLessThanOrEqual(3);
      sinceFlush = sliced.log.length;
    }
    expect(yields).toBeGreaterThanOrEqual(Math.ceil(total / 3));
    expect(drawn(sliced.log)).toBe(total);
    // Lines carrying I/O are drawn last (on top).
    const colours = sliced.log.filter((e) => e.op === 'stroke').map((e) => e.colour);
    expect(colours.at(-1)).toBe('green');
    expect(colours.indexOf('green')).toBeGreaterThan(colours.lastIndexOf('grey'));
  });

  it('zoomed out, connections between the same two boxes are one line, and every client gets its two tiles', () => {
    const rec = recordingContext();
    const lines = new SegmentLines(topo, src, true);
    [...drawLinesInSteps(rec.ctx, topo, f, lines, src, view, COLOURS, { size: 1e9 }, () => new CountingPath())];
    const pairs = new Set<string>();
    for (let s = 0; s < f.state.length; s++) {
      if (f.state[s]! < 0) continue;
      const g = topo.io.segments[s]!;
      const b = f.state[s] === SEG_ACTIVE ? 'a' : f.state[s];
      pairs.add(`${f.state[s]}${b}${[g.source, g.target].sort().join('|')}`);
    }
    expect(drawn(rec.log)).toBeLessThanOrEqual(pairs.size);
    expect(drawn(rec.log)).toBeGreaterThan(0);
    const tiles = rec.log.filter((e) => e.op === 'fill').reduce((a, e) => a + e.subpaths!, 0);
    expect(tiles).toBe(2 * topo.partitions.length);
  });
});

describe('following the view while the next drawing is under way', () => {
  it('moves lines drawn at one view to where another view shows them', () => {
    expect(followMatrix([10, 20, 1], [10, 20, 1])).toBeNull();
    expect(followMatrix([10, 20, 1], [40, 5, 1])).toEqual([1, 30, -15]);
    // A flow point p drawn at 10 + 1 * p must land at 0 + 2 * p: scale 2 from the corner, then shift by -20.
    expect(followMatrix([10, 20, 1], [0, 0, 2])).toEqual([2, -20, -40]);
  });

  it('sizes slices to the time their segments take', () => {
    // 400 segments in 10 ms: 200 fit 5 ms.
    expect(nextSliceSize(400, 400, 10, 5)).toBe(200);
    // Faster: at most twice as many at a time, and never more than MAX_SLICE.
    expect(nextSliceSize(100, 100, 1, 5)).toBe(200);
    expect(nextSliceSize(400, 400, 1, 5)).toBe(MAX_SLICE);
    // A slice that ended early (its pass had few segments) says the rate, not that the size was too small.
    expect(nextSliceSize(400, 10, 1, 5)).toBe(50);
    expect(nextSliceSize(30, 30, 100, 5)).toBe(25);
    expect(nextSliceSize(MAX_SLICE, 0, 0, 5)).toBe(MAX_SLICE);
  });
});

describe('the progressive lines driver', () => {
  const fakeCanvas = () => {
    const rec = recordingContext();
    const c: CanvasLike & { log: typeof rec.log } = { width: 100, height: 50, getContext: () => rec.ctx, log: rec.log };
    return c;
  };
  /** A drawing of `n` slices, each taking `ms` on the fake clock. */
  const clock = { t: 0 };
  const drawing = (n: number, ms: number) => function* (_c: unknown, slice: { drawn?: number }) { for (let i = 0; i < n; i++) { clock.t += ms; slice.drawn = 10; yield; } };
  const view = (tx: number, z = 1) => ({ transform: [tx, 0, z] as const, width: 100, height: 50, dpr: 1 });

  it('runs slices within the budget per frame in the back buffer, and shows it in place of the other when done', () => {
    const a = fakeCanvas(), b = fakeCanvas();
    const p = new ProgressiveLines(a, b, () => clock.t);
    expect(p.shown).toBeNull();
    let frames = 0;
    let changed = false;
    while (!p.shows('a')) {
      const t0 = clock.t;
      changed = p.update('a', view(0), drawing(20, 4), 6);
      frames++;
      // At most the budget, plus the one slice that crossed it.
      expect(clock.t - t0).toBeLessThanOrEqual(6 + 4);
      if (!p.shows('a')) { expect(p.shown).toBeNull(); expect(changed).toBe(false); }
    }
    expect(changed).toBe(true);
    expect(frames).toBeGreaterThanOrEqual(20 * 4 / 8);
    expect(p.shown?.canvas).toBe(a);
    // Nothing more to draw for the same wish.
    const t = clock.t;
    expect(p.update('a', view(0), drawing(20, 4), 6)).toBe(false);
    expect(clock.t).toBe(t);
    // The next drawing goes into the other buffer, the first one still shown meanwhile.
    p.update('b', view(10), drawing(3, 4), 6);
    expect(p.shown?.canvas).toBe(a);
    while (!p.shows('b')) p.update('b', view(10), drawing(3, 4), 6);
    expect(p.shown?.canvas).toBe(b);
    expect(p.shown?.view.transform).toEqual([10, 0, 1]);
  });

  it('lets a drawing finish before the next starts, what is shown keeping the view it was drawn at', () => {
    const p = new ProgressiveLines(fakeCanvas(), fakeCanvas(), () => clock.t);
    while (!p.shows('a')) p.update('a', view(0), drawing(2, 1), 6);
    // The view pans: the old lines stay shown (the caller moves them with the view) until the new ones are drawn.
    p.update('b', view(30), drawing(10, 4), 6);
    expect(p.drawing).toBe(true);
    expect(p.shown?.view.transform).toEqual([0, 0, 1]);
    // Another wish while drawing waits its turn.
    p.update('c', view(50), drawing(10, 4), 6);
    while (p.drawing) p.update('c', view(50), drawing(1, 1), 6);
    expect(p.shows('b')).toBe(true);
    expect(followMatrix(p.shown!.view.transform, [50, 0, 1])).toEqual([1, 20, 0]);
    while (!p.shows('c')) p.update('c', view(50), drawing(1, 1), 6);
    expect(followMatrix(p.shown!.view.transform, [50, 0, 1])).toBeNull();
    p.reset();
    expect(p.shows('c')).toBe(false);
    expect(p.shown).toBeNull();
  });
});
