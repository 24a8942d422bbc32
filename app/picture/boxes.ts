import type { Design, Id } from '../model/index.ts';
import { NODE_SIZE, partitionHeightFor } from '../model/layout/tidy.ts';
import { frameSmalls } from '../model/layout/smalls.ts';

/** What a box draws. */
export type SmallType = 'vlan' | 'fabric' | 'array' | 'lun' | 'switch' | 'heaPort' | 'sriovPort' | 'sspPool';
export type BoxKind = 'frame' | 'partition' | SmallType;

/** A node's rectangle in absolute picture coordinates (children of a frame already offset by the frame). */
export interface PictureBox { id: Id; kind: BoxKind; x: number; y: number; w: number; h: number; parent: Id | null }

const S = NODE_SIZE;

/** Right and bottom edge of the content of each frame (relative to the frame). */
export function contentExtent(design: Design, rowCount: (id: Id) => number): Map<Id, { w: number; h: number }> {
  const d = design.domain;
  const L = design.layout.nodes;
  const out = new Map<Id, { w: number; h: number }>();
  const grow = (sys: Id, r: number, b: number) => {
    const cur = out.get(sys) ?? { w: 0, h: 0 };
    out.set(sys, { w: Math.max(cur.w, r), h: Math.max(cur.h, b) });
  };
  for (const p of Object.values(d.partitions)) {
    const l = L[p.id] ?? { x: 20, y: 60 };
    grow(p.systemId, l.x + S.partitionWidth, l.y + partitionHeightFor(rowCount(p.id)));
  }
  for (const s of frameSmalls(design)) {
    const l = L[s.id] ?? { x: 0, y: 0 };
    grow(s.systemId, l.x + S.small.w, l.y + S.small.h);
  }
  return out;
}

/** A frame's drawn size: at least its layout size, and at least as large as what it holds. */
export function frameSize(layout: { w?: number; h?: number }, ext: { w: number; h: number } | undefined): { w: number; h: number } {
  return { w: Math.max(layout.w ?? 900, (ext?.w ?? 0) + S.framePad), h: Math.max(layout.h ?? 600, (ext?.h ?? 0) + S.framePad) };
}

/**
 * Every node of the picture with its absolute rectangle: frames, partitions (height from their rows),
 * VLANs, HEA ports, fabrics, arrays, LUNs, switches. The canvas's projection, its router and the SVG/PNG
 * export all read these boxes. Pure.
 */
export function pictureBoxes(design: Design, rowCount: (id: Id) => number): Map<Id, PictureBox> {
  const d = design.domain;
  const L = design.layout.nodes;
  const out = new Map<Id, PictureBox>();
  const extent = contentExtent(design, rowCount);
  for (const s of Object.values(d.systems)) {
    const l = L[s.id] ?? { x: 0, y: 0 };
    out.set(s.id, { id: s.id, kind: 'frame', x: l.x, y: l.y, ...frameSize(l, extent.get(s.id)), parent: null });
  }
  const child = (id: Id, parent: Id | null, kind: BoxKind, w: number, h: number, def = { x: 0, y: 0 }) => {
    const l = L[id] ?? def;
    const f = parent ? out.get(parent) : undefined;
    out.set(id, { id, kind, x: l.x + (f?.x ?? 0), y: l.y + (f?.y ?? 0), w, h, parent: f ? parent : null });
  };
  for (const p of Object.values(d.partitions)) child(p.id, p.systemId, 'partition', S.partitionWidth, partitionHeightFor(rowCount(p.id)), { x: 20, y: 60 });
  for (const v of Object.values(d.vlans)) child(v.id, v.systemId, 'vlan', S.small.w, S.small.h);
  for (const h of Object.values(d.heaPorts)) child(h.id, h.systemId, 'heaPort', S.small.w, S.small.h);
  for (const p of Object.values(d.sriovPhysicalPorts)) {
    const sys = d.sriovAdapters[p.adapterId]?.systemId;
    if (sys) child(p.id, sys, 'sriovPort', S.small.w, S.small.h);
  }
  for (const c of Object.values(d.sspClusters)) child(c.id, null, 'sspPool', S.small.w, S.small.h);
  for (const f of Object.values(d.sanFabrics)) child(f.id, null, 'fabric', S.small.w, S.small.h);
  for (const a of Object.values(d.storageArrays)) child(a.id, null, 'array', S.small.w, S.small.h);
  for (const l of Object.values(d.luns)) child(l.id, null, 'lun', S.small.w, S.small.h);
  for (const s of Object.values(d.ethernetSwitches)) child(s.id, null, 'switch', S.small.w, S.small.h);
  return out;
}
