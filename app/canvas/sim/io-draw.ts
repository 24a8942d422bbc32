/**
 * Draws the moving part of one animation frame of the simulated I/O on a 2D canvas laid over the flow: dots moving
 * along the connections that carry I/O (their density and speed following the throughput), the running timers
 * counted down near their paths, links over capacity with their percentage. The lines under them (each connection
 * in the colour of its state, its weight by utilisation, and zoomed out the partitions' tiles) are io-lines.ts's,
 * drawn progressively into a buffer of their own and copied under the dots (io-renderer.ts).
 */
import { SEG_ACTIVE } from '../../picture/io-paths.ts';
import { flowView, meets, midpoint, pointAt, type Polyline } from './io-geometry.ts';
import type { IoFrame, SegmentLines } from './io-plan.ts';

export interface IoColours { active: string; standby: string; failing: string; failed: string; over: string; dot: string; text: string; ok: string; degraded: string; outage: string }

export interface IoView {
  transform: readonly [number, number, number];
  width: number;
  height: number;
  dpr: number;
  /** Wall-clock milliseconds of playback (frozen while paused): the dots' phase. */
  phaseMs: number;
  /** Simulated clock, for the countdowns. */
  clockMs: number;
  motion: boolean;
  /** Type scale (presentation mode draws larger). */
  scale: number;
}

type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export interface DrawStats { dots: Map<string, number>; countdowns: string[]; overloaded: string[] }

/** Dots drawn per frame at most (about): beyond, they are spaced further apart. */
const MAX_DOTS = 1200;
/** Lines computed per frame for the dots (a connection that starts carrying I/O has its dots at once on a small design). */
const FRESH_LINES = 200;

/** What a frame's dots and labels go along in one view: found once per simulation look, view and lines computed. */
interface InView {
  state: Int8Array; util: Float32Array; countdowns: IoFrame['countdowns']; key: string;
  /** Segments carrying I/O in view, and their total length on screen. */
  visible: number[]; length: number;
  /** Countdowns and links over capacity in view, with where their label goes (flow coordinates). */
  timers: { cd: IoFrame['countdowns'][number]; x: number; y: number }[];
  over: { s: number; x: number; y: number }[];
}

export class IoPainter {
  private inView: InView | null = null;
  constructor(private readonly colours: IoColours) {}

  /**
   * The segments, countdowns and overloaded links in view: kept while the frame looks the same (frames between
   * events differ by their time only), the view stays and no line was added, so that a frame only moves dots.
   */
  private within(f: IoFrame, lines: SegmentLines, v: IoView): InView {
    const [tx, ty, z] = v.transform;
    const key = `${tx}|${ty}|${z}|${v.width}|${v.height}|${lines.computed}`;
    const known = this.inView;
    if (known && known.state === f.state && known.util === f.util && known.countdowns === f.countdowns && known.key === key) return known;
    const view = flowView(v.transform, v.width, v.height);
    const onScreen = (fx: number, fy: number) => {
      const x = fx * z + tx, y = fy * z + ty;
      return x >= -50 && y >= -20 && x <= v.width + 50 && y <= v.height + 20;
    };
    let fresh = 0;
    const out: InView = { state: f.state, util: f.util, countdowns: f.countdowns, key, visible: [], length: 0, timers: [], over: [] };
    for (let s = 0; s < f.state.length; s++) {
      if (f.state[s] !== SEG_ACTIVE) continue;
      if (!lines.overview && !lines.near(s, view)) continue;
      // Along the lines computed already (the lines layer computes them a slice per frame), and a few more a frame.
      let line = lines.peek(s);
      if (line === undefined && fresh < FRESH_LINES) { line = lines.get(s); fresh++; }
      if (!line || !meets(line, view)) continue;
      out.visible.push(s);
      out.length += line.length * z;
      if (f.over[s]) { const m = midpoint(line); if (onScreen(m.x, m.y)) out.over.push({ s, ...m }); }
    }
    for (const cd of f.countdowns) {
      const line = !lines.overview && !lines.near(cd.segment, view) ? null : lines.peek(cd.segment);
      if (!line) continue;
      const m = midpoint(line);
      if (onScreen(m.x, m.y)) out.timers.push({ cd, ...m });
    }
    return (this.inView = out);
  }

  /**
   * The moving part (over the lines, every animation frame; the caller clears the canvas first): dots on the connections carrying I/O, their spacing
   * and speed by utilisation (fewer when very many are in view, so a frame stays cheap), the countdowns and the
   * links over capacity.
   */
  drawDots(ctx: Ctx2D, f: IoFrame, lines: SegmentLines, v: IoView): DrawStats {
    const [tx, ty, z] = v.transform;
    const d = v.dpr;
    ctx.setTransform(d * z, 0, 0, d * z, d * tx, d * ty);
    const stats: DrawStats = { dots: new Map(), countdowns: [], overloaded: [] };
    const within = this.within(f, lines, v);
    // The dots (hot: every frame) and the labels (a few, now and then) are apart, so that the first countdown drawn
    // does not throw away the dots' optimised code.
    if (v.motion) this.movingDots(ctx, f, lines, v, within, stats);
    this.labels(ctx, f, v, within, stats);
    return stats;
  }

  /** Dots on the connections carrying I/O. */
  private movingDots(ctx: Ctx2D, f: IoFrame, lines: SegmentLines, v: IoView, within: InView, stats: DrawStats): void {
    const z = v.transform[2];
    ctx.fillStyle = this.colours.dot;
    const seconds = v.phaseMs / 1000;
    const { visible, length } = within;
    // At most about MAX_DOTS dots a frame: a whole large design gets sparser dots, not a slower frame.
    const thin = Math.max(1, length / 22 / MAX_DOTS);
    const big = !lines.overview && z > 0.6;
    const r = (big ? 3.2 : 2) / z;
    if (big) ctx.beginPath();
    for (const s of visible) {
      const line = lines.peek(s)!;
      const u = Math.min(1.5, f.util[s]!);
      const spacingPx = Math.max(lines.overview ? 16 : 14, 90 / (1 + 5 * u)) * thin;
      const speedPx = 30 + 110 * u;
      const n = placeDots(ctx, line, spacingPx / z, (seconds * speedPx) / z, r, big);
      const who = f.vios[s] || 'no VIOS';
      stats.dots.set(who, (stats.dots.get(who) ?? 0) + n);
    }
    if (big) ctx.fill();
  }

  /** Texts in screen pixels: countdowns and links over capacity. */
  private labels(ctx: Ctx2D, f: IoFrame, v: IoView, within: InView, stats: DrawStats): void {
    if (within.timers.length === 0 && within.over.length === 0) return;
    const c = this.colours;
    const [tx, ty, z] = v.transform;
    ctx.setTransform(v.dpr, 0, 0, v.dpr, 0, 0);
    const font = Math.round(13 * v.scale);
    ctx.font = `600 ${font}px system-ui, sans-serif`;
    ctx.textBaseline = 'middle';
    const taken: { x: number; y: number }[] = [];
    const label = (fx: number, fy: number, text: string, bg: string) => {
      const x = fx * z + tx, y = fy * z + ty;
      if (x < -50 || y < -20 || x > v.width + 50 || y > v.height + 20) return false;
      if (taken.some((p) => Math.abs(p.x - x) < 120 * v.scale && Math.abs(p.y - y) < font * 1.6)) return false;
      taken.push({ x, y });
      const w = ctx.measureText(text).width + 12 * v.scale;
      const h = font + 8 * v.scale;
      ctx.fillStyle = bg;
      ctx.beginPath();
      ctx.roundRect(x - w / 2, y - h / 2, w, h, 5 * v.scale);
      ctx.fill();
      ctx.fillStyle = c.text;
      ctx.textAlign = 'center';
      ctx.fillText(text, x, y + 0.5);
      return true;
    };
    for (const { cd, x, y } of within.timers) {
      if (stats.countdowns.length >= 60) break;
      const left = Math.max(0, cd.due - v.clockMs);
      const text = `${cd.name} ${left >= 10_000 ? Math.ceil(left / 1000) : (Math.ceil(left / 100) / 10).toFixed(1)} s`;
      if (label(x, y, text, c.failing)) stats.countdowns.push(text);
    }
    for (const { s, x, y } of within.over) {
      if (stats.overloaded.length >= 60) break;
      const text = `${Math.round(f.util[s]! * 100)} %`;
      if (label(x, y, text, c.over)) stats.overloaded.push(text);
    }
  }
}

/**
 * Dots along one line, drawn straight onto the context: one every `spacing` flow units, shifted by `phase`
 * (0..spacing) so they move as the phase grows; circles added to the current path when `big`, else small squares
 * filled at once. Returns how many. (No callback per dot: a callback that differs between calls throws the
 * optimised code away.)
 */
export function placeDots(ctx: Pick<Ctx2D, 'moveTo' | 'arc' | 'fillRect'>, p: Polyline, spacing: number, phase: number, r: number, big: boolean): number {
  if (p.length <= 0 || spacing <= 0) return 0;
  const o = { x: 0, y: 0, i: 1 };
  let n = 0;
  for (let s = phase % spacing; s <= p.length; s += spacing) {
    pointAt(p, s, o, o.i);
    if (big) { ctx.moveTo(o.x + r, o.y); ctx.arc(o.x, o.y, r, 0, Math.PI * 2); } else ctx.fillRect(o.x - r, o.y - r, 2 * r, 2 * r);
    n++;
  }
  return n;
}
