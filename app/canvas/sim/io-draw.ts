/**
 * Draws one animation frame of the simulated I/O on a 2D canvas laid over the flow: each simulated connection in
 * the colour of its state (carrying I/O, standby, failing over, failed), its weight following the utilisation of the
 * busiest link its I/O crosses, dots moving along the connections that carry I/O (their density and speed following
 * the throughput), the running timers counted down near their paths, links over capacity with their percentage, and
 * zoomed out each client's storage and network state as two tiles. Lines are cached as Path2D per frame and view;
 * only the dots and the countdowns are computed per animation frame.
 */
import { SEG_ACTIVE, SEG_FAILED, SEG_FAILING, SEG_STANDBY } from '../../picture/io-paths.ts';
import type { Picture } from '../../picture/picture.ts';
import { dotsAlong, flowView, meets, midpoint } from './io-geometry.ts';
import { widthBucket, type IoFrame, type IoTopology, type SegmentLines } from './io-plan.ts';

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

export interface DrawStats { dots: Map<string, number>; countdowns: string[]; overloaded: string[] }

/** Width buckets (screen px) by utilisation: light, medium, heavy, over capacity. */
const WIDTHS = [2.5, 4, 6, 8];
/** Dots drawn per frame at most (about): beyond, they are spaced further apart. */
const MAX_DOTS = 1200;

interface Cached { key: string; byState: Path2D[][]; tiles: Path2D[] }

export class IoPainter {
  private cache: Cached | null = null;
  constructor(private readonly colours: IoColours) {}

  /** The lines (per state and width bucket) of the segments near the view, kept while frame and view stay. */
  private paths(topo: IoTopology, f: IoFrame, lines: SegmentLines, picture: Picture, v: IoView, key: string): Cached {
    if (this.cache?.key === key) return this.cache;
    const [, , z] = v.transform;
    // A padded view (half a screen each side) so small pans reuse the lines.
    const view = flowView(v.transform, v.width, v.height, Math.max(v.width, v.height) / 2);
    const byState = [0, 1, 2, 3].map(() => WIDTHS.map(() => new Path2D()));
    for (let s = 0; s < f.state.length; s++) {
      const st = f.state[s]!;
      if (st < 0) continue;
      if (!lines.overview && !lines.near(s, view)) continue;
      const line = lines.get(s);
      if (!line || !meets(line, view)) continue;
      const p = byState[st]![st === SEG_ACTIVE ? widthBucket(f.util[s]!, f.over[s] === 1) : 0]!;
      p.moveTo(line.xy[0]!, line.xy[1]!);
      for (let i = 2; i < line.xy.length; i += 2) p.lineTo(line.xy[i]!, line.xy[i + 1]!);
    }
    const tiles = [0, 1, 2, 3].map(() => new Path2D());
    if (lines.overview) {
      topo.partitions.forEach((id, i) => {
        const b = picture.boxes.get(id);
        if (!b) return;
        const w = b.w * 0.42, h = Math.min(b.h * 0.3, Math.max(24, 9 / z)), y = b.y + 8;
        tiles[f.storageState[i] ?? 0]!.rect(b.x + 8, y, w, h);
        tiles[f.networkState[i] ?? 0]!.rect(b.x + b.w - 8 - w, y, w, h);
      });
    }
    return (this.cache = { key, byState, tiles });
  }

  /**
   * The lines and tiles (on their own canvas): redrawn only when what they look like, the view or the size changed,
   * never for the dots alone. Standby and failed are thin solid lines (dashes cost much in software rendering);
   * failing over alone is dashed.
   */
  drawLines(ctx: CanvasRenderingContext2D, topo: IoTopology, f: IoFrame, lines: SegmentLines, picture: Picture, v: IoView, viewKey: string): void {
    const c = this.colours;
    const [tx, ty, z] = v.transform;
    const d = v.dpr;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, v.width * d, v.height * d);
    const cached = this.paths(topo, f, lines, picture, v, viewKey);
    ctx.setTransform(d * z, 0, 0, d * z, d * tx, d * ty);
    ctx.lineCap = 'butt';
    ctx.lineJoin = 'miter';
    const stroke = (p: Path2D, colour: string, px: number, dash: number[] = [], alpha = 1) => {
      ctx.globalAlpha = alpha;
      ctx.strokeStyle = colour;
      ctx.lineWidth = px / z;
      ctx.setLineDash(dash.map((x) => x / z));
      ctx.stroke(p);
    };
    cached.byState[SEG_STANDBY]!.forEach((p) => stroke(p, c.standby, 2, [], 0.75));
    cached.byState[SEG_FAILED]!.forEach((p) => stroke(p, c.failed, 2.5));
    cached.byState[SEG_FAILING]!.forEach((p) => stroke(p, c.failing, 4, [10, 5]));
    cached.byState[SEG_ACTIVE]!.forEach((p, b) => stroke(p, b === 3 ? c.over : c.active, WIDTHS[b]!, [], 0.85));
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
    if (lines.overview) {
      const fill = [c.ok, c.degraded, c.outage, c.failing];
      cached.tiles.forEach((p, st) => { ctx.fillStyle = fill[st]!; ctx.fill(p); });
    }
  }

  /**
   * The moving part (its own canvas, every animation frame): dots on the connections carrying I/O, their spacing
   * and speed by utilisation (fewer when very many are in view, so a frame stays cheap), the countdowns and the
   * links over capacity.
   */
  drawDots(ctx: CanvasRenderingContext2D, f: IoFrame, lines: SegmentLines, v: IoView): DrawStats {
    const c = this.colours;
    const [tx, ty, z] = v.transform;
    const d = v.dpr;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, v.width * d, v.height * d);
    ctx.setTransform(d * z, 0, 0, d * z, d * tx, d * ty);
    const stats: DrawStats = { dots: new Map(), countdowns: [], overloaded: [] };
    const view = flowView(v.transform, v.width, v.height);
    // Dots on the connections carrying I/O.
    if (v.motion) {
      ctx.fillStyle = c.dot;
      const seconds = v.phaseMs / 1000;
      const visible: number[] = [];
      let length = 0;
      for (let s = 0; s < f.state.length; s++) {
        if (f.state[s] !== SEG_ACTIVE) continue;
        if (!lines.overview && !lines.near(s, view)) continue;
        const line = lines.get(s);
        if (!line || !meets(line, view)) continue;
        visible.push(s);
        length += line.length * z;
      }
      // At most about MAX_DOTS dots a frame: a whole large design gets sparser dots, not a slower frame.
      const thin = Math.max(1, length / 22 / MAX_DOTS);
      const big = !lines.overview && z > 0.6;
      const r = (big ? 3.2 : 2) / z;
      if (big) ctx.beginPath();
      for (const s of visible) {
        const line = lines.get(s)!;
        const u = Math.min(1.5, f.util[s]!);
        const spacingPx = Math.max(lines.overview ? 16 : 14, 90 / (1 + 5 * u)) * thin;
        const speedPx = 30 + 110 * u;
        const n = dotsAlong(line, spacingPx / z, (seconds * speedPx) / z, big
          ? (x, y) => { ctx.moveTo(x + r, y); ctx.arc(x, y, r, 0, Math.PI * 2); }
          : (x, y) => ctx.fillRect(x - r, y - r, 2 * r, 2 * r));
        const who = f.vios[s] || 'no VIOS';
        stats.dots.set(who, (stats.dots.get(who) ?? 0) + n);
      }
      if (big) ctx.fill();
    }

    // Texts in screen pixels: countdowns and links over capacity.
    ctx.setTransform(d, 0, 0, d, 0, 0);
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
    for (const cd of f.countdowns) {
      if (stats.countdowns.length >= 60) break;
      const left = Math.max(0, cd.due - v.clockMs);
      const line = !lines.overview && !lines.near(cd.segment, view) ? null : lines.get(cd.segment);
      if (!line) continue;
      const m = midpoint(line);
      const text = `${cd.name} ${left >= 10_000 ? Math.ceil(left / 1000) : (Math.ceil(left / 100) / 10).toFixed(1)} s`;
      if (label(m.x, m.y, text, c.failing)) stats.countdowns.push(text);
    }
    for (let s = 0; s < f.over.length && stats.overloaded.length < 60; s++) {
      if (!f.over[s] || f.state[s] !== SEG_ACTIVE) continue;
      if (!lines.overview && !lines.near(s, view)) continue;
      const line = lines.get(s);
      if (!line || !meets(line, view)) continue;
      const m = midpoint(line);
      const text = `${Math.round(f.util[s]! * 100)} %`;
      if (label(m.x, m.y, text, c.over)) stats.overloaded.push(text);
    }
    return stats;
  }
}
