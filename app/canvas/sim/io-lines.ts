/**
 * The lines and tiles of the I/O animation (each simulated connection in the colour of its state, its weight by
 * utilisation; zoomed out, each client's storage and network tiles), drawn progressively so that no animation frame
 * pays for all of them: a large design has thousands of connections, and stroking them all in software rendering
 * costs 100 ms and more (this runs in the drawing worker, io.worker.ts, but its frames must stay short too: the
 * dots move in them). The lines are drawn into a back buffer a slice per animation frame (each slice rasterised at
 * once, so that the cost stays in its frame) and shown whole when done; meanwhile the lines shown follow the view
 * (copied scaled and shifted, as map tiles do), and the dots are drawn over them every frame.
 */
import { SEG_ACTIVE, SEG_FAILED, SEG_FAILING, SEG_STANDBY } from '../../picture/io-paths.ts';
import { flowView, meets } from './io-geometry.ts';
import { widthBucket, type IoFrame, type IoTopology, type LineSource, type SegmentLines } from './io-plan.ts';

/** Width buckets (screen px) by utilisation: light, medium, heavy, over capacity. */
export const WIDTHS = [2.5, 4, 6, 8];

export interface LineColours { active: string; standby: string; failing: string; failed: string; over: string; ok: string; degraded: string; outage: string }

/** What a slice needs of a path (Path2D in the browser; a recorder in tests). */
export interface PathLike { moveTo(x: number, y: number): void; lineTo(x: number, y: number): void; rect(x: number, y: number, w: number, h: number): void }

/** What a slice needs of a 2D context. */
export interface LinesContext {
  globalAlpha: number; strokeStyle: unknown; fillStyle: unknown; lineWidth: number; lineCap: CanvasLineCap; lineJoin: CanvasLineJoin;
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  clearRect(x: number, y: number, w: number, h: number): void;
  setLineDash(d: number[]): void;
  stroke(p: PathLike): void;
  fill(p: PathLike): void;
  /** Read back one pixel: forces the slice's drawing to be rasterised now, in this frame. */
  getImageData(x: number, y: number, w: number, h: number): unknown;
}

export interface LinesView { transform: readonly [number, number, number]; width: number; height: number; dpr: number }

/** How many segments (or tiles) a slice draws (the driver adapts it to the time they take), and how many it drew. */
export interface SliceSize { size: number; drawn?: number }

/** Draw order, bottom to top: standby, failed, failing over, carrying I/O. */
const PASSES = [SEG_STANDBY, SEG_FAILED, SEG_FAILING, SEG_ACTIVE] as const;

/** Stroke style of a state and width bucket: colour, width (screen px), dash (screen px), opacity. */
function styleOf(st: number, b: number, c: LineColours): [string, number, number[], number] {
  return st === SEG_STANDBY ? [c.standby, 2, [], 0.75] : st === SEG_FAILED ? [c.failed, 2.5, [], 1]
    : st === SEG_FAILING ? [c.failing, 4, [10, 5], 1] : [b === 3 ? c.over : c.active, WIDTHS[b]!, [], 0.85];
}

/**
 * One drawing of the lines and tiles, a slice at a time (see drawLinesInSteps). Plain methods and no closures: this
 * runs in every frame of the drawing worker while a drawing is under way, and a generator holding closures had its
 * optimised code thrown away at each new drawing (another closure called: "wrong call target"), then compiled again
 * for 100 to 200 ms on a background thread, beside the page's main thread, several times in 10 s of playback.
 */
class LineSlices {
  private pass = 0;
  private s = 0;
  private n = 0;
  private linesDone = false;
  private paths: (PathLike | null)[] = WIDTHS.map(() => null);
  private tiles: PathLike[] | null = null;
  private readonly seen = new Set<string>();
  private readonly view: { x1: number; y1: number; x2: number; y2: number };
  private readonly z: number;

  constructor(private readonly ctx: LinesContext, private readonly topo: IoTopology, private readonly f: IoFrame, private readonly lines: SegmentLines,
    private readonly source: LineSource, v: LinesView, private readonly c: LineColours, private readonly slice: SliceSize, private readonly newPath: () => PathLike) {
    const [tx, ty, z] = v.transform;
    const d = v.dpr;
    this.z = z;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, v.width * d, v.height * d);
    ctx.setTransform(d * z, 0, 0, d * z, d * tx, d * ty);
    ctx.lineCap = 'butt';
    ctx.lineJoin = 'miter';
    this.view = flowView(v.transform, v.width, v.height);
  }

  /** Draws the next slice; false when there was none left (the last tiles, if any, are drawn in that call). */
  step(): boolean {
    while (this.pass < PASSES.length) {
      const st = PASSES[this.pass]!;
      if (this.linesSlice(st)) return true;
      this.pass++;
      this.s = 0;
      if (this.n > 0) { this.strokeLines(st); return true; }
    }
    if (!this.linesDone) {
      this.linesDone = true;
      this.ctx.setLineDash([]);
      this.ctx.globalAlpha = 1;
      this.s = 0;
    }
    if (!this.lines.overview) return false;
    return this.tilesSlice();
  }

  /** Adds the lines of state `st` from where the last slice stopped; true when a slice is full and drawn. */
  private linesSlice(st: number): boolean {
    const { f, lines, view, topo } = this;
    for (let s = this.s; s < f.state.length; s++) {
      if (f.state[s] !== st) continue;
      if (!lines.overview && !lines.near(s, view)) continue;
      const b = st === SEG_ACTIVE ? widthBucket(f.util[s]!, f.over[s] === 1) : 0;
      if (lines.overview) {
        const seg = topo.io.segments[s]!;
        const k = `${st}${b}${seg.source < seg.target ? `${seg.source}|${seg.target}` : `${seg.target}|${seg.source}`}`;
        if (this.seen.has(k)) continue;
        this.seen.add(k);
      }
      const line = lines.get(s);
      if (!line || !meets(line, view)) continue;
      const p = (this.paths[b] ??= this.newPath());
      p.moveTo(line.xy[0]!, line.xy[1]!);
      for (let i = 2; i < line.xy.length; i += 2) p.lineTo(line.xy[i]!, line.xy[i + 1]!);
      if (++this.n >= this.slice.size) {
        this.strokeLines(st);
        this.s = s + 1;
        return true;
      }
    }
    return false;
  }

  /** Strokes the slice's paths (one per width bucket) and rasterises them now. */
  private strokeLines(st: number): void {
    const { ctx, paths, z } = this;
    this.slice.drawn = this.n;
    for (let b = 0; b < paths.length; b++) {
      const p = paths[b];
      if (!p) continue;
      const [colour, px, dash, alpha] = styleOf(st, b, this.c);
      ctx.globalAlpha = alpha;
      ctx.strokeStyle = colour;
      ctx.lineWidth = px / z;
      ctx.setLineDash(dash.map((x) => x / z));
      ctx.stroke(p);
      paths[b] = null;
    }
    this.n = 0;
    ctx.getImageData(0, 0, 1, 1);
  }

  /** Zoomed out: each client's storage and network tiles, from where the last slice stopped. */
  private tilesSlice(): boolean {
    const { f, topo, source, view, z } = this;
    this.tiles ??= this.newTiles();
    for (let i = this.s; i < topo.partitions.length; i++) {
      const b = source.box(topo.partitions[i]!);
      if (!b || b.x > view.x2 || b.y > view.y2 || b.x + b.w < view.x1 || b.y + b.h < view.y1) continue;
      const w = b.w * 0.42, h = Math.min(b.h * 0.3, Math.max(24, 9 / z)), y = b.y + 8;
      this.tiles[f.storageState[i] ?? 0]!.rect(b.x + 8, y, w, h);
      this.tiles[f.networkState[i] ?? 0]!.rect(b.x + b.w - 8 - w, y, w, h);
      if (++this.n >= this.slice.size) {
        this.fillTiles();
        this.s = i + 1;
        return true;
      }
    }
    if (this.n > 0) this.fillTiles();
    return false;
  }

  /** One path per tile colour: ok, degraded, outage, failing over. */
  private newTiles(): PathLike[] { return [this.newPath(), this.newPath(), this.newPath(), this.newPath()]; }

  /** Fills the slice's tiles, one path per colour, and rasterises them now. */
  private fillTiles(): void {
    const { ctx, c } = this;
    const fill = [c.ok, c.degraded, c.outage, c.failing];
    this.slice.drawn = this.n;
    for (let st = 0; st < fill.length; st++) { ctx.fillStyle = fill[st]!; ctx.fill(this.tiles![st]!); }
    ctx.getImageData(0, 0, 1, 1);
    this.tiles = this.newTiles();
    this.n = 0;
  }
}

/**
 * Draws the lines (and, zoomed out, the tiles) of `f` onto `ctx` in slices of `slice.size` segments: yields after
 * each slice, once it is rasterised. Standby and failed are thin solid lines (dashes cost much in software
 * rendering); failing over alone is dashed. Zoomed out, connections between the same two boxes are one line: it is
 * drawn once per state and weight.
 */
export function* drawLinesInSteps(ctx: LinesContext, topo: IoTopology, f: IoFrame, lines: SegmentLines, source: LineSource, v: LinesView,
  c: LineColours, slice: SliceSize, newPath: () => PathLike): Generator<void, void> {
  const slices = new LineSlices(ctx, topo, f, lines, source, v, c, slice, newPath);
  while (slices.step()) yield;
}

/**
 * How to copy lines drawn at view `drawn` so that they land where view `now` shows them: [scale, dx, dy] in screen
 * px (scale from the top left corner, then shift); null when the views are the same.
 */
export function followMatrix(drawn: readonly [number, number, number], now: readonly [number, number, number]): [number, number, number] | null {
  const [x0, y0, z0] = drawn;
  const [x1, y1, z1] = now;
  if (x0 === x1 && y0 === y1 && z0 === z1) return null;
  const k = z1 / z0;
  return [k, x1 - x0 * k, y1 - y0 * k];
}

/**
 * Segments per slice at most: thick lines carrying I/O cost far more to raster than thin standby ones, and a rate
 * learnt on the latter must not make a slice of the former long.
 */
export const MAX_SLICE = 400;

/**
 * The next slice size: as many segments as fit `targetMs` at the rate of the last slice (`drawn` segments in
 * `tookMs`), growing at most twofold from `size` at a time.
 */
export function nextSliceSize(size: number, drawn: number, tookMs: number, targetMs: number, min = 25, max = MAX_SLICE): number {
  const fit = drawn > 0 && tookMs > 0 ? (targetMs * drawn) / tookMs : 2 * size;
  return Math.round(Math.min(max, Math.max(min, Math.min(2 * size, fit))));
}

/** What the driver needs of a canvas (an OffscreenCanvas; a fake in tests). */
export interface CanvasLike { width: number; height: number; getContext(kind: '2d'): unknown }

/**
 * Runs the drawing of the lines in slices, a budget per animation frame, into the back one of two buffers, and
 * makes it the front one when done (no copy); the front one is what is shown (see `shown`: the caller copies it
 * onto the screen, following the view). One drawing at a time: a new wish (another look, another view) waits for
 * the current one to finish (during a pan the lines are redrawn as often as they can be, never in one long frame).
 */
export class ProgressiveLines {
  private job: { key: string; view: LinesView; steps: Generator<void, void> } | null = null;
  private front: { key: string; view: LinesView; canvas: CanvasLike } | null = null;
  private readonly buffers: readonly [CanvasLike, CanvasLike];
  readonly slice: SliceSize = { size: 150 };

  constructor(a: CanvasLike, b: CanvasLike, private readonly now: () => number = () => performance.now(), private readonly targetSliceMs = 2) {
    this.buffers = [a, b];
  }

  /** The buffer drawn into: the one not shown. */
  private get back(): CanvasLike { return this.front?.canvas === this.buffers[0] ? this.buffers[1] : this.buffers[0]; }

  /** Whether the lines of `key` are shown (tests, and the summary of what is drawn). */
  shows(key: string): boolean { return this.front?.key === key; }
  get drawing(): boolean { return this.job !== null; }
  /** The lines last drawn whole, and the view they were drawn at (null: none yet). */
  get shown(): { canvas: CanvasLike; view: LinesView } | null { return this.front; }

  /**
   * One animation frame: starts drawing `key` when nothing is being drawn and something else is shown, runs
   * slices for at most `budgetMs` (at least one), and makes the result the one shown when done. Returns whether
   * what is shown changed.
   */
  update(key: string, view: LinesView, draw: (ctx: LinesContext, slice: SliceSize) => Generator<void, void>, budgetMs: number): boolean {
    if (!this.job && this.front?.key !== key) {
      const w = Math.round(view.width * view.dpr), h = Math.round(view.height * view.dpr);
      if (this.back.width !== w || this.back.height !== h) { this.back.width = w; this.back.height = h; }
      this.job = { key, view, steps: draw(this.back.getContext('2d') as LinesContext, this.slice) };
    }
    if (!this.job) return false;
    const start = this.now();
    for (;;) {
      const t0 = this.now();
      this.slice.drawn = 0;
      const r = this.job.steps.next();
      const t1 = this.now();
      if (r.done) { this.show(); return true; }
      this.slice.size = nextSliceSize(this.slice.size, this.slice.drawn ?? 0, t1 - t0, this.targetSliceMs);
      if (t1 - start >= budgetMs) return false;
    }
  }

  private show(): void {
    const job = this.job!;
    this.job = null;
    this.front = { key: job.key, view: job.view, canvas: this.back };
  }

  /** Nothing shown, nothing being drawn (no frame; the screen was resized). */
  reset(): void {
    this.job = null;
    this.front = null;
  }
}
