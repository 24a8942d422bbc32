/**
 * The drawing side of the I/O animation: what the page tells it (the canvas, the topology and the boxes and routes
 * its lines go along, the simulation's frames, the view when it moves, the clock when it is set) and the renderer it
 * drives in its own requestAnimationFrame. Between two settings of the clock (the page's clock moves ten times a
 * second while playing), it moves the clock itself at the speed it was told, and the dots' phase with the wall
 * clock: the page's main thread has nothing to do per animation frame. It runs in the drawing worker
 * (io.worker.ts); the page runs one itself only where a canvas cannot be handed over to a worker.
 */
import type { SimFrame } from '../../engine/sim/types.ts';
import type { Pt } from '../../picture/routes.ts';
import type { CanvasLike, PathLike } from './io-lines.ts';
import type { BoxRect, IoTopology, LineSource } from './io-plan.ts';
import { unpackBoxes, unpackTopology, type WireTopology } from './io-wire.ts';
import { IoRenderer, type IoSummaryMessage, type RendererOptions, type ScreenCanvas, type ScreenView } from './io-renderer.ts';

/** Where the view is (React Flow's transform and the canvas's size). */
export type ScreenGeometry = Pick<ScreenView, 'transform' | 'width' | 'height' | 'dpr'>;

/**
 * The simulated clock as the page last set it: `clockMs` at `at` (ms since the epoch, performance.timeOrigin +
 * performance.now(): the page's and the worker's performance clocks have different origins), moving `speed` times
 * faster than the wall clock while `playing`.
 */
export interface PlayClock { clockMs: number; at: number; speed: number; playing: boolean }

/**
 * How far past the page's last setting the drawing moves the clock on its own (wall ms): the page's clock moves at
 * most 250 ms of wall time per step, so the drawing never runs ahead of where the page will set it next.
 */
export const CLOCK_AHEAD_MS = 250;
/** The dots' phase moves at most this much per drawn frame (a stall does not make them jump). */
const PHASE_STEP_MS = 100;

/** The simulated clock at `now` (epoch ms), from the page's last setting of it. */
export function clockAt(c: PlayClock, now: number): number {
  return c.playing ? Math.round(c.clockMs + Math.min(CLOCK_AHEAD_MS, Math.max(0, now - c.at)) * c.speed) : c.clockMs;
}

export type ToDrawing =
  | { type: 'attach'; canvas: ScreenCanvas; options: RendererOptions }
  | { type: 'detach' }
  /** The topology, with the boxes its segments join and the client partitions' (their tiles). */
  | { type: 'topology'; wire: WireTopology }
  /** Routes of connections (by id; null: none), zoomed in, as the view comes to need them. */
  | { type: 'routes'; ids: string[]; points: (Pt[] | null)[] }
  | { type: 'frame'; frame: SimFrame | null }
  /** The last frame again at a later time (nothing else in it changed: the page does not copy its arrays again). */
  | { type: 'time'; t: number; eventCount: number }
  /** The view, when it moved. */
  | { type: 'view'; view: ScreenGeometry }
  /** The simulated clock, when the page set it (between settings the drawing moves it itself). */
  | { type: 'clock'; clock: PlayClock };

export type FromDrawing = { type: 'summary' } & IoSummaryMessage;

export interface Scheduler { request(cb: () => void): number; cancel(id: number): void }

export class IoHost {
  private renderer: IoRenderer | null = null;
  private topology: { topo: IoTopology; boxes: Map<string, BoxRect> } | null = null;
  private readonly routes = new Map<string, readonly Pt[] | null>();
  private frame: SimFrame | null = null;
  private view: ScreenGeometry | null = null;
  private clock: PlayClock = { clockMs: 0, at: 0, speed: 1, playing: false };
  private phaseMs = 0;
  private lastDrawn = 0;
  private raf = 0;
  private readonly source: LineSource = {
    box: (id) => this.topology?.boxes.get(id),
    route: (id) => this.routes.get(id),
  };

  constructor(private readonly tell: (m: FromDrawing) => void, private readonly buffer: () => CanvasLike, private readonly frames: Scheduler,
    private readonly newPath?: () => PathLike, private readonly now: () => number = () => performance.timeOrigin + performance.now()) {}

  handle(m: ToDrawing): void {
    switch (m.type) {
      case 'attach': {
        this.stop();
        this.renderer = new IoRenderer(m.canvas, this.buffer, m.options, (s) => this.tell({ type: 'summary', ...s }), undefined, this.newPath);
        if (this.topology) this.renderer.setTopology(this.topology.topo, this.source);
        this.renderer.setFrame(this.frame);
        this.lastDrawn = this.now();
        const loop = () => { this.raf = this.frames.request(loop); this.draw(); };
        this.raf = this.frames.request(loop);
        break;
      }
      case 'detach': this.stop(); break;
      case 'topology':
        this.topology = { topo: unpackTopology(m.wire), boxes: unpackBoxes(m.wire) };
        this.routes.clear();
        this.renderer?.setTopology(this.topology.topo, this.source);
        break;
      case 'routes':
        m.ids.forEach((id, i) => this.routes.set(id, m.points[i] ?? null));
        this.renderer?.routesArrived();
        break;
      case 'frame': this.frame = m.frame; this.renderer?.setFrame(m.frame); break;
      case 'time':
        if (!this.frame) break;
        this.frame = { ...this.frame, t: m.t, eventCount: m.eventCount };
        this.renderer?.setFrame(this.frame);
        break;
      case 'view': this.view = m.view; break;
      case 'clock': this.clock = m.clock; break;
    }
  }

  /** One animation frame: the view with the clock and the dots' phase now, then what the renderer draws of it. */
  private draw(): void {
    const r = this.renderer;
    if (!r) return;
    const now = this.now();
    const wall = Math.max(0, now - this.lastDrawn);
    this.lastDrawn = now;
    const c = this.clock;
    if (c.playing) this.phaseMs += Math.min(wall, PHASE_STEP_MS);
    if (this.view) r.setView({ ...this.view, phaseMs: this.phaseMs, clockMs: clockAt(c, now), playing: c.playing });
    r.draw();
  }

  private stop(): void {
    if (this.raf) this.frames.cancel(this.raf);
    this.raf = 0;
    this.renderer = null;
  }
}
