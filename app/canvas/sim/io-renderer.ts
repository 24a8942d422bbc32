/**
 * One animation frame of the simulated I/O, drawn onto one canvas: the lines (drawn progressively into a buffer,
 * io-lines.ts, and copied following the view) and over them the dots, countdowns and percentages (io-draw.ts).
 * It runs in the drawing worker (io.worker.ts) on the canvas the page handed over, so that neither the drawing nor
 * the handing of its pixels to the compositor takes the page's main thread: a large design has thousands of
 * connections. It only needs a canvas, so the page can run it itself where a canvas cannot be handed over.
 */
import type { SimFrame } from '../../engine/sim/types.ts';
import { IoPainter, type DrawStats, type IoColours, type IoView } from './io-draw.ts';
import { drawLinesInSteps, followMatrix, ProgressiveLines, type CanvasLike, type PathLike } from './io-lines.ts';
import { ioFrame, sameLook, SegmentLines, type IoFrame, type IoTopology, type LineSource } from './io-plan.ts';
import { ioAttributes, ioSentence } from './io-summary.ts';

/** Time per animation frame for drawing the lines (a large design's take several frames; the dots are drawn every frame). */
const LINES_BUDGET_MS = 2;
/** The summary (data attributes, the sentence) is told at most this often. */
const SUMMARY_MS = 200;

export interface RendererOptions { colours: IoColours; overview: boolean; motion: boolean; scale: number }

/** The view and the clocks of one drawn frame, as the host makes them (the painter's view, with playing instead of its motion and scale). */
export interface ScreenView extends Omit<IoView, 'motion' | 'scale'> {
  playing: boolean;
}

/** What the layer says in words and data attributes (for screen readers and tests). */
export interface IoSummaryMessage { attrs: Record<string, string>; sentence: string }

/** The screen canvas as the renderer needs it (an OffscreenCanvas or an HTMLCanvasElement). */
export interface ScreenCanvas { width: number; height: number; getContext(kind: '2d'): unknown }

type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export class IoRenderer {
  private readonly ctx: Ctx2D;
  private readonly painter: IoPainter;
  private readonly progressive: ProgressiveLines;
  private topo: IoTopology | null = null;
  private source: LineSource | null = null;
  private lines: SegmentLines | null = null;
  private topoSeq = 0;
  private routesSeq = 0;
  private sim: SimFrame | null = null;
  private frameOf: { frame: SimFrame; io: IoFrame; seq: number } | null = null;
  private seq = 0;
  private view: ScreenView | null = null;
  private deferred = false;
  private lastKey = '';
  private blank = true;
  private stats: DrawStats | null = null;
  private lastSummaryAt = -Infinity;
  private lastSummary = '';

  constructor(private readonly screen: ScreenCanvas, buffer: () => CanvasLike, private readonly opts: RendererOptions,
    private readonly tell: (s: IoSummaryMessage) => void, private readonly now: () => number = () => performance.now(),
    private readonly newPath: () => PathLike = () => new Path2D()) {
    this.ctx = screen.getContext('2d') as Ctx2D;
    this.painter = new IoPainter(opts.colours);
    this.progressive = new ProgressiveLines(buffer(), buffer(), now);
  }

  /** A new topology (a new design or picture) and where its lines go. */
  setTopology(topo: IoTopology, source: LineSource): void {
    this.topo = topo;
    this.source = source;
    this.lines = new SegmentLines(topo, source, this.opts.overview);
    this.topoSeq++;
    this.frameOf = null;
    this.lastKey = '';
  }

  /** More routes are known (zoomed in, they come as the view needs them): the lines are drawn again with them. */
  routesArrived(): void { this.routesSeq++; this.lastKey = ''; }

  setFrame(frame: SimFrame | null): void { this.sim = frame; }
  setView(view: ScreenView): void { this.view = view; }

  /** One animation frame: draws what changed (nothing when nothing did: a paused, unmoved view costs nothing). */
  draw(): void {
    const { sim, topo, view, lines, source } = this;
    if (!sim || !topo || !view || !lines || !source) { this.clear(); return; }
    let derived = false;
    if (this.frameOf?.frame !== sim) {
      // Between events the frames differ only by their time: keep what was derived, with the new time.
      const known = this.frameOf;
      derived = !(known && sameLook(known.frame, sim));
      this.frameOf = !derived ? { frame: sim, io: { ...known!.io, t: sim.t }, seq: known!.seq } : { frame: sim, io: ioFrame(topo, sim), seq: ++this.seq };
    }
    const { width: w, height: h, dpr, transform } = view;
    const W = Math.round(w * dpr), H = Math.round(h * dpr);
    if (this.screen.width !== W || this.screen.height !== H) {
      this.screen.width = W;
      this.screen.height = H;
      this.progressive.reset();
      this.lastKey = '';
    }
    const io = this.frameOf!.io;
    const linesView = { transform, width: w, height: h, dpr };
    const wasDrawing = this.progressive.drawing;
    // Not in the frame that derived a new look (that was this frame's work): from the next (unless every frame does).
    const later = derived && !this.deferred;
    this.deferred = later;
    if (later) { this.lastKey = ''; return; }
    const [tx, ty, z] = transform;
    const linesChanged = this.progressive.update(`${tx}|${ty}|${z}|${w}|${h}|${dpr}|${this.topoSeq}|${this.routesSeq}|${io.look}`, linesView,
      (c, slice) => drawLinesInSteps(c, topo, io, lines, source, linesView, this.opts.colours, slice, this.newPath), LINES_BUDGET_MS);
    const key = `${tx}|${ty}|${z}|${w}|${h}|${view.clockMs}|${this.frameOf!.seq}`;
    const moving = this.opts.motion && view.playing;
    // Dots go along the lines computed so far: while the lines are drawn, the dots are too.
    if (!moving && key === this.lastKey && !wasDrawing && !linesChanged) { this.summarise(io); return; }
    this.lastKey = key;
    this.blank = false;
    const ctx = this.ctx;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, W, H);
    const shown = this.progressive.shown;
    if (shown) {
      // The lines last drawn whole, moved to where this view shows them until the next drawing is done.
      const m = followMatrix(shown.view.transform, transform);
      if (m) ctx.setTransform(m[0], 0, 0, m[0], m[1] * dpr, m[2] * dpr);
      ctx.drawImage(shown.canvas as CanvasImageSource, 0, 0);
    }
    this.stats = this.painter.drawDots(ctx as CanvasRenderingContext2D, io, lines, { transform, width: w, height: h, dpr, phaseMs: view.phaseMs, clockMs: view.clockMs, motion: this.opts.motion, scale: this.opts.scale });
    this.summarise(io);
  }

  private clear(): void {
    if (this.blank) return;
    this.blank = true;
    this.ctx.setTransform(1, 0, 0, 1, 0, 0);
    this.ctx.clearRect(0, 0, this.screen.width, this.screen.height);
    this.progressive.reset();
    this.lastKey = '';
  }

  private summarise(io: IoFrame): void {
    const t = this.now();
    if (t - this.lastSummaryAt < SUMMARY_MS) return;
    this.lastSummaryAt = t;
    const attrs = ioAttributes(io, this.stats, this.opts.motion);
    const sentence = ioSentence(io, this.stats?.countdowns ?? [], this.opts.motion);
    const said = JSON.stringify([attrs, sentence]);
    if (said === this.lastSummary) return;
    this.lastSummary = said;
    this.tell({ attrs, sentence });
  }
}
