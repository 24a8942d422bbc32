import type { Design, Id } from '../model/index.ts';
import type { PictureBox } from './boxes.ts';
import type { Connection } from './connections.ts';

export type Side = 'top' | 'bottom' | 'left' | 'right';
/** Where a connection meets a node: a point on one of its edges. */
export interface Port { x: number; y: number; side: Side }

export const DIR: Record<Side, [number, number]> = { top: [0, -1], bottom: [0, 1], left: [-1, 0], right: [1, 0] };
export const isVertical = (s: Side): boolean => s === 'top' || s === 'bottom';

/**
 * The fixed side of an adapter, as PowerVM people draw it: client adapters on the bottom edge of the
 * client, server adapters (vhost, vfchost) on the top edge of the VIOS, physical adapters and disks on
 * the bottom edge of the VIOS. Trunk adapters, HEA logical ports and the outside elements face the
 * other end (null here).
 */
export function fixedSide(design: Design, row: Id | null, kind?: Connection['kind']): Side | null {
  if (!row) return null;
  const d = design.domain;
  // A vNIC is a client adapter (bottom edge); its backing logical port on the VIOS is its server side (top edge).
  if (d.vnicAdapters[row]) return 'bottom';
  if (d.sriovLogicalPorts[row]) return kind === 'vnic' || kind === 'vnic-standby' ? 'top' : null;
  const v = d.vscsiAdapters[row] ?? d.vfcAdapters[row];
  if (v) return v.role === 'server' ? 'top' : 'bottom';
  if (d.physicalPorts[row] || d.backingDevices[row]) return 'bottom';
  const e = d.vethAdapters[row];
  if (e) return e.trunk ? null : 'bottom';
  return null;
}

/** The side of `a` that faces `b`. */
export function facingSide(a: PictureBox, b: PictureBox): Side {
  const ax = a.x + a.w / 2, ay = a.y + a.h / 2, bx = b.x + b.w / 2, by = b.y + b.h / 2;
  const apartX = b.x >= a.x + a.w || b.x + b.w <= a.x;
  const apartY = b.y >= a.y + a.h || b.y + b.h <= a.y;
  if (apartX && !apartY) return bx > ax ? 'right' : 'left';
  // Outside the frames the picture is layered (fabrics and switches over arrays and LUNs): lines leave and
  // enter those by their top and bottom edges, never between neighbours of a row.
  if (apartY && a.parent === null && a.kind !== 'partition' && a.kind !== 'frame') return by > ay ? 'bottom' : 'top';
  if (apartY && !apartX) return by > ay ? 'bottom' : 'top';
  return Math.abs(bx - ax) * a.h > Math.abs(by - ay) * a.w ? (bx > ax ? 'right' : 'left') : (by > ay ? 'bottom' : 'top');
}

/** Ports of one node's end of connections: [connection id + end] → port. */
export type PortMap = Map<string, Port>;
export const portKey = (id: string, end: 'source' | 'target'): string => `${end === 'source' ? 's' : 't'}:${id}`;

const SPACING = 22;
const INSET = 14;

/**
 * Places the ports of one node: each end gets its side (fixed or facing), and the ports of a side are
 * spread along it in the order of their far ends, so lines leave without crossing each other; parallel
 * connections to the same node lie side by side (a bundle).
 */
export function placePorts(design: Design, box: PictureBox, ends: readonly { c: Connection; end: 'source' | 'target' }[], boxes: ReadonlyMap<Id, PictureBox>, out: PortMap): void {
  const bySide = new Map<Side, { key: string; far: number; tie: string }[]>();
  for (const { c, end } of ends) {
    const row = end === 'source' ? c.sourceRow : c.targetRow;
    const other = boxes.get(end === 'source' ? c.target : c.source);
    const side = (box.kind === 'partition' ? fixedSide(design, row, c.kind) : null) ?? (other ? facingSide(box, other) : 'bottom');
    const far = other ? (isVertical(side) ? other.x + other.w / 2 : other.y + other.h / 2) : 0;
    const list = bySide.get(side) ?? [];
    list.push({ key: portKey(c.id, end), far, tie: `${other?.id ?? ''}|${c.kind}|${row ?? c.id}` });
    bySide.set(side, list);
  }
  for (const [side, list] of bySide) {
    list.sort((a, b) => a.far - b.far || (a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0));
    const length = isVertical(side) ? box.w : box.h;
    const step = Math.min(SPACING, (length - 2 * INSET) / Math.max(1, list.length));
    const start = length / 2 - (step * (list.length - 1)) / 2;
    list.forEach((p, i) => {
      const along = start + i * step;
      const pt = side === 'top' ? { x: box.x + along, y: box.y } : side === 'bottom' ? { x: box.x + along, y: box.y + box.h }
        : side === 'left' ? { x: box.x, y: box.y + along } : { x: box.x + box.w, y: box.y + along };
      out.set(p.key, { x: Math.round(pt.x * 10) / 10, y: Math.round(pt.y * 10) / 10, side });
    });
  }
}
