/**
 * The drawing side of the I/O animation: what the page tells it (the canvas, the topology and the boxes and routes
 * its lines go along, each simulation frame, the view every animation frame) and the renderer it drives in its own
 * requestAnimationFrame. It runs in the drawing worker (io.worker.ts); the page runs one itself only where a canvas
 * cannot be handed over to a worker.
 */
import type { SimFrame } from '../../engine/sim/types.ts';
import type { Pt } from '../../picture/routes.ts';
import type { CanvasLike, PathLike } from './io-lines.ts';
import type { BoxRect, IoTopology, LineSource } from './io-plan.ts';
import { unpackBoxes, unpackTopology, type WireTopology } from './io-wire.ts';
import { IoRenderer, type IoSummaryMessage, type RendererOptions, type ScreenCanvas, type ScreenView } from './io-renderer.ts';

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
  | { type: 'view'; view: ScreenView };

export type FromDrawing = { type: 'summary' } & IoSummaryMessage;

export interface Scheduler { request(cb: () => void): number; cancel(id: number): void }

export class IoHost {
  private renderer: IoRenderer | null = null;
  private topology: { topo: IoTopology; boxes: Map<string, BoxRect> } | null = null;
  private readonly routes = new Map<string, readonly Pt[] | null>();
  private frame: SimFrame | null = null;
  private view: ScreenView | null = null;
  private raf = 0;
  private readonly source: LineSource = {
    box: (id) => this.topology?.boxes.get(id),
    route: (id) => this.routes.get(id),
  };

  constructor(private readonly tell: (m: FromDrawing) => void, private readonly buffer: () => CanvasLike, private readonly frames: Scheduler,
    private readonly newPath?: () => PathLike) {}

  handle(m: ToDrawing): void {
    switch (m.type) {
      case 'attach': {
        this.stop();
        this.renderer = new IoRenderer(m.canvas, this.buffer, m.options, (s) => this.tell({ type: 'summary', ...s }), undefined, this.newPath);
        if (this.topology) this.renderer.setTopology(this.topology.topo, this.source);
        this.renderer.setFrame(this.frame);
        if (this.view) this.renderer.setView(this.view);
        const loop = () => { this.raf = this.frames.request(loop); this.renderer?.draw(); };
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
      case 'view': this.view = m.view; this.renderer?.setView(m.view); break;
    }
  }

  private stop(): void {
    if (this.raf) this.frames.cancel(this.raf);
    this.raf = 0;
    this.renderer = null;
  }
}
