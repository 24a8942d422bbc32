/**
 * The I/O topology as it travels to the drawing worker, pure: a few flat typed arrays (their buffers transferred,
 * not copied) and one table of names, instead of thousands of small arrays and objects, whose structured clone would
 * cost the main thread 100 ms and more at 1,000 partitions. `unpackTopology` gives back the same IoTopology, its
 * per-path and per-segment lists as views into the flat arrays.
 */
import type { IoSegment } from '../../picture/io-paths.ts';
import type { BoxRect, IoTopology } from './io-plan.ts';

export interface WireTopology {
  /** Every name once: connection ids, box ids, VIOS names, partition ids. */
  names: string[];
  /** Per segment: connection, source, target (indexes into names) and reverse (0/1). */
  segments: Int32Array;
  pathSegments: Lists;
  segmentPaths: Lists;
  pathComps: Lists;
  /** Per path: its VIOS id and VIOS name (indexes into names). */
  pathVios: Int32Array;
  viosName: Int32Array;
  segComp: Int32Array;
  labelSegment: Int32Array;
  partitions: Int32Array;
  /** Per name: the box of that id (x, y, w, h; NaN when it has none): the boxes lines join, the partitions' tiles. */
  boxes: Float64Array;
}

/** Lists of numbers, flat: list i is items[offsets[i] .. offsets[i + 1]). */
export interface Lists { offsets: Int32Array; items: Int32Array }

function packLists(lists: readonly ArrayLike<number>[]): Lists {
  const offsets = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) offsets[i + 1] = offsets[i]! + lists[i]!.length;
  const items = new Int32Array(offsets[lists.length]!);
  for (let i = 0; i < lists.length; i++) items.set(lists[i]!, offsets[i]!);
  return { offsets, items };
}

function unpackLists(l: Lists): Int32Array[] {
  const out = new Array<Int32Array>(l.offsets.length - 1);
  for (let i = 0; i < out.length; i++) out[i] = l.items.subarray(l.offsets[i]!, l.offsets[i + 1]!);
  return out;
}

export function packTopology(t: IoTopology, box: (id: string) => BoxRect | undefined): WireTopology {
  const steps = packTopologyInSteps(t, box);
  for (;;) { const r = steps.next(); if (r.done) return r.value; }
}

/** packTopology in steps (yields every `every` segments, paths or names): the page packs a large topology a slice per frame. */
export function* packTopologyInSteps(t: IoTopology, box: (id: string) => BoxRect | undefined, every = 2048): Generator<void, WireTopology> {
  const names: string[] = [];
  const index = new Map<string, number>();
  const name = (s: string) => {
    let i = index.get(s);
    if (i === undefined) { i = names.length; names.push(s); index.set(s, i); }
    return i;
  };
  const segs = t.io.segments;
  const segments = new Int32Array(segs.length * 4);
  for (let s = 0; s < segs.length; s++) {
    if (s > 0 && s % every === 0) yield;
    const g = segs[s]!;
    segments[4 * s] = name(g.connectionId);
    segments[4 * s + 1] = name(g.source);
    segments[4 * s + 2] = name(g.target);
    segments[4 * s + 3] = g.reverse ? 1 : 0;
  }
  yield;
  const pathSegments = packLists(t.io.pathSegments);
  yield;
  const segmentPaths = packLists(t.io.segmentPaths);
  yield;
  const pathComps = packLists(t.pathComps);
  yield;
  const pathVios = Int32Array.from(t.io.pathVios, name), viosName = Int32Array.from(t.viosName, name);
  const partitions = Int32Array.from(t.partitions, name);
  const boxes = new Float64Array(names.length * 4).fill(NaN);
  for (let i = 0; i < names.length; i++) {
    if (i > 0 && i % every === 0) yield;
    const b = box(names[i]!);
    if (b) boxes.set([b.x, b.y, b.w, b.h], 4 * i);
  }
  return {
    names, segments, boxes, partitions, pathSegments, segmentPaths, pathComps, pathVios, viosName,
    segComp: t.segComp.slice(), labelSegment: t.labelSegment.slice(),
  };
}

/** The buffers to transfer with a WireTopology. */
export function wireBuffers(w: WireTopology): ArrayBuffer[] {
  return [w.segments, w.pathSegments.offsets, w.pathSegments.items, w.segmentPaths.offsets, w.segmentPaths.items, w.pathComps.offsets,
    w.pathComps.items, w.pathVios, w.viosName, w.segComp, w.labelSegment, w.partitions, w.boxes].map((a) => a.buffer as ArrayBuffer);
}

/** The boxes of a WireTopology by id. */
export function unpackBoxes(w: WireTopology): Map<string, BoxRect> {
  const out = new Map<string, BoxRect>();
  for (let i = 0; i < w.names.length; i++) {
    const x = w.boxes[4 * i]!;
    if (!Number.isNaN(x)) out.set(w.names[i]!, { x, y: w.boxes[4 * i + 1]!, w: w.boxes[4 * i + 2]!, h: w.boxes[4 * i + 3]! });
  }
  return out;
}

export function unpackTopology(w: WireTopology): IoTopology {
  const n = w.segments.length / 4;
  const segments = new Array<IoSegment>(n);
  for (let s = 0; s < n; s++) {
    segments[s] = { connectionId: w.names[w.segments[4 * s]!]!, source: w.names[w.segments[4 * s + 1]!]!, target: w.names[w.segments[4 * s + 2]!]!, reverse: w.segments[4 * s + 3] === 1 };
  }
  const names = (a: Int32Array) => Array.from(a, (i) => w.names[i]!);
  return {
    io: { segments, pathSegments: unpackLists(w.pathSegments), pathVios: names(w.pathVios), segmentPaths: unpackLists(w.segmentPaths) },
    pathComps: unpackLists(w.pathComps), segComp: w.segComp, viosName: names(w.viosName), labelSegment: w.labelSegment, partitions: names(w.partitions),
  };
}
