/**
 * Where the simulation's paths are drawn: each path of the timed simulation (PathInfo, one per path of every
 * mechanism's unit) as the picture's connections it runs along, each oriented away from the client partition (the
 * way a write goes: client, VLAN, VIOS, fabric or switch, array and LUN). The animation layer moves its dots along the
 * drawn orthogonal routes of these connections, and colours them (zoomed out: the overview's box-to-box lines) by the
 * path's state. Pure: design, picture connections and path list in, indexes out; computed once per topology.
 */
import type { Design, Id } from '../model/index.ts';
import type { PathInfo } from '../engine/sim/types.ts';
import type { Connection } from './connections.ts';

/** One drawn connection of the simulated paths: `reverse` when I/O runs from its target to its source. */
export interface IoSegment { connectionId: string; source: Id; target: Id; reverse: boolean }

export interface IoPaths {
  /** The connections any path runs along (each once). */
  segments: IoSegment[];
  /** Per path (PathInfo order): indexes into `segments`. */
  pathSegments: Int32Array[];
  /** Per path: the VIOS it goes through ('' for none: the hypervisor, a client's own adapter, HEA). */
  pathVios: string[];
  /** Per segment: the paths drawn along it. */
  segmentPaths: Int32Array[];
}

/** Above this many connections an element is a hub (see ioPaths). */
const HUB = 64;

/** How far from the client an element is: I/O is drawn running from lower to higher. */
function rankOf(design: Design, id: Id): number {
  const d = design.domain;
  const p = d.partitions[id];
  if (p) return p.kind === 'vios' ? 2 : 0;
  if (d.vlans[id]) return 1;
  if (d.heaPorts[id]) return 2;
  if (d.sanFabrics[id] || d.ethernetSwitches[id]) return 3;
  if (d.storageArrays[id] || d.luns[id]) return 4;
  return 2;
}

const end = (c: Connection, which: 'source' | 'target'): Id => (which === 'source' ? c.sourceRow ?? c.source : c.targetRow ?? c.target);
const vlanOfConnection = (c: Connection): number | null => {
  if (c.kind !== 'ethernet') return null;
  const vid = Number(c.id.slice(c.id.lastIndexOf(':') + 1));
  return Number.isFinite(vid) ? vid : null;
};
const vlanOfUnit = (label: string): number | null => {
  const m = /^VLAN (\d+)/.exec(label);
  return m ? Number(m[1]) : null;
};

/**
 * Maps every path to the connections drawn along it: a connection belongs to a path when both its ends (adapter rows
 * or nodes) are records of the path. A bridged network path also takes the VLAN its trunk adapters carry for the
 * unit's VLAN, and the client partitions' virtual Ethernet connections to that VLAN.
 */
export function ioPaths(design: Design, connections: readonly Connection[], paths: readonly PathInfo[]): IoPaths {
  return finish(ioPathsInSteps(design, connections, paths));
}

/** Runs a stepwise computation to its end at once. */
export function finish<T>(steps: Generator<unknown, T>): T {
  for (;;) { const r = steps.next(); if (r.done) return r.value; }
}

/**
 * ioPaths in steps: yields after every few paths, so that the animation can map a 1,000-partition design across
 * several animation frames (a time budget per frame) instead of in one long task; returns the same IoPaths.
 */
export function* ioPathsInSteps(design: Design, connections: readonly Connection[], paths: readonly PathInfo[], every = 32): Generator<void, IoPaths> {
  const byEnd = new Map<Id, Connection[]>();
  for (let i = 0; i < connections.length; i++) {
    if (i > 0 && i % (every * 64) === 0) yield;
    const c = connections[i]!;
    for (const w of ['source', 'target'] as const) {
      const k = end(c, w);
      const list = byEnd.get(k);
      if (list) list.push(c); else byEnd.set(k, [c]);
    }
  }
  const segIndex = new Map<string, number>();
  const segments: IoSegment[] = [];
  const segPathLists: number[][] = [];
  const segmentOf = (c: Connection): number => {
    let i = segIndex.get(c.id);
    if (i === undefined) {
      i = segments.length;
      segIndex.set(c.id, i);
      segments.push({ connectionId: c.id, source: c.source, target: c.target, reverse: rankOf(design, c.target) < rankOf(design, c.source) });
      segPathLists.push([]);
    }
    return i;
  };
  const vios = new Set(Object.values(design.domain.partitions).filter((p) => p.kind === 'vios').map((p) => p.id));
  const pathSegments: Int32Array[] = [];
  const pathVios: string[] = [];
  for (let k = 0; k < paths.length; k++) {
    if (k > 0 && k % every === 0) yield;
    const p = paths[k]!;
    const ids = new Set<Id>(p.elementIds);
    const found = new Set<number>();
    const vlan = vlanOfUnit(p.unit);
    const vlanNodes = new Set<Id>();
    for (const id of p.elementIds) {
      // A hub (a fabric, a switch, a VLAN) meets thousands of connections in a large design: its connections on the
      // path are found from their other end (an adapter row, a LUN, an array), never by walking the hub's list.
      const list = byEnd.get(id);
      if (!list || list.length > HUB) continue;
      for (const c of list) {
        const a = end(c, 'source'), b = end(c, 'target');
        if (ids.has(a) && ids.has(b)) found.add(segmentOf(c));
        else if (vlan !== null && vlanOfConnection(c) === vlan && ids.has(a) && design.domain.vlans[b]) {
          found.add(segmentOf(c));
          vlanNodes.add(b);
        }
      }
    }
    if (vlanNodes.size > 0) {
      const clients = new Set(p.partitionIds);
      for (const v of vlanNodes) {
        for (const c of byEnd.get(v) ?? []) if (clients.has(c.source) && vlanOfConnection(c) === vlan) found.add(segmentOf(c));
      }
    }
    const list = Int32Array.from([...found].sort((x, y) => x - y));
    for (const s of list) segPathLists[s]!.push(k);
    pathSegments.push(list);
    pathVios.push(p.elementIds.find((id) => vios.has(id)) ?? '');
  }
  yield;
  return { segments, pathSegments, pathVios, segmentPaths: segPathLists.map((l) => Int32Array.from(l)) };
}

/** Segment drawing states, in the order the worst-of picks them for a connection several paths share. */
export const SEG_STANDBY = 0;
export const SEG_FAILED = 1;
export const SEG_FAILING = 2;
export const SEG_ACTIVE = 3;
/** PathState code (standby, active, failing, failed) to segment state. */
const SEG_OF_PATH = [SEG_STANDBY, SEG_ACTIVE, SEG_FAILING, SEG_FAILED] as const;

/**
 * Each segment's state from the frame's path states: carrying I/O when one of its paths is active, else failing over
 * when one is, else failed when one is, else standby. -1 for a segment no path of the frame knows.
 */
export function segmentStates(io: IoPaths, pathState: Uint8Array): Int8Array {
  const out = new Int8Array(io.segments.length).fill(-1);
  for (let p = 0; p < io.pathSegments.length; p++) {
    const st = SEG_OF_PATH[pathState[p] ?? 0] ?? SEG_STANDBY;
    for (const s of io.pathSegments[p]!) if (st > out[s]!) out[s] = st;
  }
  return out;
}
