/**
 * What the I/O animation draws, pure: per topology, the simulated connections and their polylines (zoomed in the
 * picture's routes, zoomed out the overview's box-to-box lines); per simulation frame, each connection's state,
 * throughput and utilisation, the VIOS its I/O goes through, and the running timers to count down.
 */
import type { Design } from '../../model/index.ts';
import type { PathInfo, SimFrame } from '../../engine/sim/types.ts';
import { LINK_OVERLOADED, PATH_ACTIVE, PATH_FAILING, TIMER_NAMES } from '../../engine/sim/types.ts';
import { sameArray } from '../../engine/sim/frame-wire.ts';
import type { Picture } from '../../picture/picture.ts';
import { finish, ioPathsInSteps, SEG_ACTIVE, segmentStates, type IoPaths } from '../../picture/io-paths.ts';
import { elbowPoints } from '../lod/overview-paths.ts';
import { polyline, type Polyline } from './io-geometry.ts';
import type { Pt } from '../../picture/routes.ts';

export interface IoTopology {
  io: IoPaths;
  /** Per path: the component indexes (frame order) among its records. */
  pathComps: Int32Array[];
  /** Per segment: the component the connection itself is (a cabled port), -1 none. */
  segComp: Int32Array;
  /** Per path: the VIOS's name ('' none). */
  viosName: string[];
  /** Per path: the segment its countdown is written on (next to the client). */
  labelSegment: Int32Array;
  /** Client partition id -> its index in the frame's storage/network arrays. */
  partitions: readonly string[];
}

export function ioTopology(design: Design, picture: Picture, paths: readonly PathInfo[], componentIds: readonly string[], partitionIds: readonly string[]): IoTopology {
  return finish(ioTopologyInSteps(design, picture, paths, componentIds, partitionIds));
}

/** ioTopology in steps (see ioPathsInSteps): the animation runs it within a time budget per animation frame. */
export function* ioTopologyInSteps(design: Design, picture: Picture, paths: readonly PathInfo[], componentIds: readonly string[], partitionIds: readonly string[]): Generator<void, IoTopology> {
  const io = yield* ioPathsInSteps(design, picture.connections, paths);
  const compIndex = new Map(componentIds.map((id, i) => [id, i]));
  yield;
  const pathComps: Int32Array[] = [];
  const labelSegment = new Int32Array(paths.length);
  for (let k = 0; k < paths.length; k++) {
    if (k > 0 && k % 256 === 0) yield;
    const p = paths[k]!;
    pathComps.push(Int32Array.from(p.elementIds.map((id) => compIndex.get(id) ?? -1).filter((c) => c >= 0)));
    const segs = io.pathSegments[k]!;
    const clients = new Set(p.partitionIds);
    let label = segs[0] ?? -1;
    for (const s of segs) { const g = io.segments[s]!; if (clients.has(g.source) || clients.has(g.target)) { label = s; break; } }
    labelSegment[k] = label;
  }
  const segComp = new Int32Array(io.segments.length);
  for (let s = 0; s < io.segments.length; s++) {
    if (s > 0 && s % 512 === 0) yield;
    const c = picture.connection(io.segments[s]!.connectionId);
    segComp[s] = c?.sourceRow ? compIndex.get(c.sourceRow) ?? -1 : -1;
  }
  const viosName = io.pathVios.map((id) => (id ? design.domain.partitions[id]?.name ?? id : ''));
  return { io, pathComps, segComp, viosName, labelSegment, partitions: partitionIds };
}

/**
 * Runs a stepwise computation for at most `budgetMs` (at least one step); returns its value once done, else null
 * (call again on the next animation frame).
 */
export function runFor<T>(steps: Generator<unknown, T>, budgetMs: number, now: () => number = () => performance.now()): T | null {
  const until = now() + budgetMs;
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (now() >= until) return null;
  }
}

/** Line weight buckets by utilisation: light, medium, heavy, over capacity. */
export const widthBucket = (u: number, over: boolean): number => (over || u > 1 ? 3 : u >= 0.5 ? 2 : u >= 0.2 ? 1 : 0);

export interface Countdown { segment: number; due: number; name: string }

export interface IoFrame {
  t: number;
  /** Per segment: -1 unknown, SEG_STANDBY, SEG_FAILED, SEG_FAILING, SEG_ACTIVE. */
  state: Int8Array;
  /** Per segment: throughput (Mb/s) and utilisation (0..) of the busiest link its active I/O crosses. */
  load: Float32Array;
  util: Float32Array;
  /** Per segment: a link over capacity on it. */
  over: Uint8Array;
  /** Per segment: the VIOS the I/O on it goes through ('' none). */
  vios: string[];
  countdowns: Countdown[];
  /** Per client partition (IoTopology.partitions order): storage and network state codes (0 OK 1 Degraded 2 Outage 3 failing over). */
  storageState: Uint8Array;
  networkState: Uint8Array;
  /** A hash of what the lines and tiles look like (states, width buckets): equal hashes draw the same lines. */
  look: number;
  /** Paths per state per VIOS, for the accessible summary. */
  summary: { active: Map<string, number>; failing: Map<string, number>; failed: Map<string, number> };
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/** Whether two frames draw the same (only their time differs): the animation then keeps its IoFrame. */
export function sameLook(a: SimFrame, b: SimFrame): boolean {
  return sameArray(a.pathState, b.pathState) && sameArray(a.linkState, b.linkState) && sameArray(a.linkUtilisation, b.linkUtilisation)
    && sameArray(a.storage, b.storage) && sameArray(a.network, b.network) && sameArray(a.pathDue, b.pathDue) && sameArray(a.pathTimer, b.pathTimer);
}

export function ioFrame(topo: IoTopology, frame: SimFrame): IoFrame {
  const { io } = topo;
  const n = io.segments.length;
  const state = segmentStates(io, frame.pathState);
  const load = new Float32Array(n);
  const util = new Float32Array(n);
  const over = new Uint8Array(n);
  const vios = new Array<string>(n).fill('');
  const summary = { active: new Map<string, number>(), failing: new Map<string, number>(), failed: new Map<string, number>() };
  const best = new Map<number, Countdown>();
  for (let p = 0; p < io.pathSegments.length; p++) {
    const st = frame.pathState[p]!;
    const name = topo.viosName[p] || 'no VIOS';
    if (st === PATH_ACTIVE) bump(summary.active, name);
    else if (st === PATH_FAILING) bump(summary.failing, name);
    else if (st === 3) bump(summary.failed, name);
    const due = frame.pathDue?.[p];
    const timer = frame.pathTimer?.[p] ?? 0;
    if (timer && due !== undefined && !Number.isNaN(due)) {
      const seg = topo.labelSegment[p]!;
      const known = best.get(seg);
      if (seg >= 0 && (!known || due < known.due)) best.set(seg, { segment: seg, due, name: TIMER_NAMES[timer] ?? '' });
    }
    if (st !== PATH_ACTIVE) continue;
    let pl = 0, pu = 0, po = 0;
    for (const c of topo.pathComps[p]!) {
      const u = frame.linkUtilisation[c] ?? 0;
      if (u > pu) { pu = u; pl = frame.linkLoad[c] ?? 0; }
      if (frame.linkState[c] === LINK_OVERLOADED) po = 1;
    }
    for (const s of io.pathSegments[p]!) {
      if (!vios[s]) vios[s] = topo.viosName[p]!;
      const own = topo.segComp[s]!;
      if (own >= 0) {
        load[s] = frame.linkLoad[own] ?? 0;
        util[s] = frame.linkUtilisation[own] ?? 0;
        over[s] = frame.linkState[own] === LINK_OVERLOADED ? 1 : 0;
      } else {
        if (pu > util[s]!) { util[s] = pu; load[s] = pl; }
        if (po) over[s] = 1;
      }
    }
  }
  let look = 2166136261;
  const mix = (x: number) => { look = Math.imul(look ^ x, 16777619); };
  for (let s = 0; s < n; s++) {
    if (state[s] !== SEG_ACTIVE) { load[s] = 0; util[s] = 0; }
    mix(state[s]! + 4 * widthBucket(util[s]!, over[s] === 1));
  }
  for (const x of frame.storage) mix(x);
  for (const x of frame.network) mix(x);
  return { t: frame.t, state, load, util, over, vios, countdowns: [...best.values()], storageState: frame.storage, networkState: frame.network, look, summary };
}

/** A box's place and size (flow coordinates). */
export interface BoxRect { x: number; y: number; w: number; h: number }

/**
 * Where the lines go: the boxes connections join, and the routes of connections. In the page it is the picture
 * itself; in the drawing worker, what the page sent of it (a route not sent yet is `undefined`: it comes later).
 */
export interface LineSource {
  box(id: string): BoxRect | undefined;
  /** The route's points; null: the connection has none; undefined: not known yet. */
  route(connectionId: string): readonly Pt[] | null | undefined;
}

/** The picture as a LineSource (every route known: computed when first asked for). */
export const pictureSource = (picture: Picture): LineSource => ({
  box: (id) => picture.boxes.get(id),
  route: (id) => picture.route(id)?.points ?? null,
});

/** The polylines of every segment, zoomed in (routes) or out (box to box), computed when first asked for. */
export class SegmentLines {
  private readonly lines: (Polyline | null | undefined)[];
  /** How many polylines were computed so far (what is drawn along them changes with it). */
  computed = 0;
  constructor(private readonly topo: IoTopology, private readonly source: LineSource, readonly overview: boolean) {
    this.lines = new Array(topo.io.segments.length);
  }
  /** The polyline if it was computed already (undefined: not yet; the lines layer computes them a slice at a time). */
  peek(s: number): Polyline | null | undefined {
    return this.lines[s];
  }
  /** The polyline of segment `s` (null: none; undefined: its route is not known yet). */
  get(s: number): Polyline | null | undefined {
    const known = this.lines[s];
    if (known !== undefined) return known;
    const seg = this.topo.io.segments[s]!;
    let line: Polyline | null = null;
    if (this.overview) {
      const a = this.source.box(seg.source), b = this.source.box(seg.target);
      if (a && b) line = polyline(elbowPoints(a, b), seg.reverse);
    } else {
      const r = this.source.route(seg.connectionId);
      if (r === undefined) return undefined;
      if (r) line = polyline(r, seg.reverse);
    }
    this.lines[s] = line;
    this.computed++;
    return line;
  }
  /** A cheap bounding box before the route is computed (the two ends' boxes). */
  near(s: number, v: { x1: number; y1: number; x2: number; y2: number }): boolean {
    return nearView(this.topo, this.source, s, v);
  }
}

/** Whether segment `s` may be in view `v`: its two ends' boxes, widened, meet it (before its route is known). */
export function nearView(topo: IoTopology, source: LineSource, s: number, v: { x1: number; y1: number; x2: number; y2: number }): boolean {
  const seg = topo.io.segments[s]!;
  const a = source.box(seg.source), b = source.box(seg.target);
  if (!a || !b) return false;
  const x1 = Math.min(a.x, b.x) - 200, y1 = Math.min(a.y, b.y) - 200, x2 = Math.max(a.x + a.w, b.x + b.w) + 200, y2 = Math.max(a.y + a.h, b.y + b.h) + 200;
  return x2 >= v.x1 && x1 <= v.x2 && y2 >= v.y1 && y1 <= v.y2;
}
