import type { Design, Id, NodeLayout, Partition } from '../schema/index.ts';
import { frameSmalls } from './smalls.ts';
import { natural } from '../natural.ts';

/** Sizes the canvas draws with (kept here so layouts computed outside the browser match). */
export const NODE_SIZE = {
  partitionWidth: 270, header: 46, row: 20, pad: 8,
  small: { w: 170, h: 54 },
  frameHeader: 44, gap: 30, framePad: 20,
};

/** Room left for connections: between client rows, above the VIOS row, and between frame and outside. */
export const CHANNEL = { clients: 56, vios: 90, outside: 96, column: 40 };

/** A partition's height: its header and its rows (room for two at least, so the zoomed-out summary fits). */
export const MIN_ROWS = 2;
export const partitionHeightFor = (rows: number): number => NODE_SIZE.header + Math.max(MIN_ROWS, rows) * NODE_SIZE.row + NODE_SIZE.pad;

/** How many rows each partition shows (one per adapter or device), counted in one pass. */
export function rowCounts(design: Design): Map<Id, number> {
  const d = design.domain;
  const counts = new Map<Id, number>();
  const inc = (id: Id | null) => { if (id) counts.set(id, (counts.get(id) ?? 0) + 1); };
  for (const c of [d.vscsiAdapters, d.vfcAdapters, d.vethAdapters, d.seas, d.linkAggregations, d.backingDevices, d.heaLogicalPorts,
    d.sriovLogicalPorts, d.vnicAdapters] as Record<string, { partitionId: Id }>[]) {
    for (const r of Object.values(c)) inc(r.partitionId);
  }
  for (const p of Object.values(d.physicalPorts)) inc(p.partitionId);
  return counts;
}

const clientOrder = (a: Partition, b: Partition) => a.lparId - b.lparId || natural(a.name, b.name);

/** Clients per row: all in one row while few; several hundred wrap into a roughly 2.5 : 1 block. */
export function clientsPerRow(n: number, columns: number): number {
  if (n <= Math.max(columns, 6)) return Math.max(1, n);
  return Math.max(columns, 6, Math.ceil(Math.sqrt(n * 2.5)));
}

/**
 * The layered placement PowerVM people draw (IBM Redbooks): in each frame the client partitions in a row
 * on top (wrapped into several rows when there are many), the VIOS below them with the hypervisor's
 * VLANs and HEA ports between the VIOS pair; frames side by side; below the frames the SAN on the left
 * (fabrics, then each storage array over its LUNs) and the Ethernet switches on the right. Leaves
 * channels between the layers for the connections (see app/picture/routes.ts). Pure and deterministic:
 * templates, import and the benchmark generator use it in Node and in the browser, and Auto layout runs
 * it on demand (for the design or one frame).
 */
export function tidyLayout(design: Design, columns = 4): Record<Id, NodeLayout> {
  const d = design.domain;
  const S = NODE_SIZE;
  const out: Record<Id, NodeLayout> = {};
  const rows = rowCounts(design);
  const h = (id: Id) => partitionHeightFor(rows.get(id) ?? 0);
  const colW = S.partitionWidth + CHANNEL.column;
  // Frames side by side, wrapped into rows so that the whole picture has about a screen's proportions.
  const systems = Object.values(d.systems);
  const contents = systems.map((sys) => frameContent(design, sys.id, columns, h));
  const placed = placeFrames(contents);
  let frameRight = 0;
  let y = 0;
  systems.forEach((sys, i) => {
    const f = contents[i]!;
    const at = placed[i]!;
    Object.assign(out, f.nodes);
    out[sys.id] = { x: at.x, y: at.y, w: f.w, h: f.h };
    frameRight = Math.max(frameRight, at.x + f.w);
    y = Math.max(y, at.y + f.h + FRAME_GAP);
  });
  // Outside, below the frames: the SAN on the left (fabrics, then each array with its LUNs beside it),
  // the Ethernet switches on the right.
  const top = Math.max(0, y - FRAME_GAP) + CHANNEL.outside;
  let x = S.framePad;
  const fabrics = Object.values(d.sanFabrics);
  for (const fab of fabrics) { out[fab.id] = { x, y: top }; x += S.small.w + colW - S.partitionWidth; }
  // Shared Storage Pools beside the fabrics: their node VIOS link down to them, they to their pool disks below.
  for (const c of Object.values(d.sspClusters)) { out[c.id] = { x, y: top }; x += S.small.w + colW - S.partitionWidth; }
  const lunsByArray = new Map<Id, Id[]>();
  for (const l of Object.values(d.luns)) {
    const list = lunsByArray.get(l.arrayId) ?? [];
    list.push(l.id);
    lunsByArray.set(l.arrayId, list);
  }
  const arrayTop = fabrics.length ? top + S.small.h + CHANNEL.clients : top;
  const step = S.small.w + 24;
  // Each array with its LUNs beside it in one row, wrapped only where the picture would grow wider than a
  // screen's proportions (a second row of LUNs is reached through the gaps of the first); the switches
  // take the right end of the fabrics' row.
  const width = Math.max(frameRight, 4 * step, Math.round(1.45 * (top + S.small.h * 2 + CHANNEL.clients)));
  let ax = S.framePad;
  let rowTop = arrayTop;
  let rowBottom = arrayTop;
  let storageRight = x;
  for (const a of Object.values(d.storageArrays)) {
    const luns = lunsByArray.get(a.id) ?? [];
    const room = Math.max(1, Math.floor((width - S.framePad) / step) - 1);
    const cols = Math.max(1, Math.min(luns.length, room));
    if (ax > S.framePad && ax + (cols + 1) * step > width) { ax = S.framePad; rowTop = rowBottom + 24; }
    out[a.id] = { x: ax, y: rowTop };
    luns.forEach((id, i) => { out[id] = { x: ax + step + (i % cols) * step, y: rowTop + Math.floor(i / cols) * (S.small.h + 24) }; });
    rowBottom = Math.max(rowBottom, rowTop + Math.max(1, Math.ceil(luns.length / cols)) * (S.small.h + 24) - 24);
    ax += (luns.length ? cols + 1 : 1) * step + 16;
    storageRight = Math.max(storageRight, ax - 40);
  }
  // LUNs of no known array (an import may have them): in rows after the arrays.
  for (const l of Object.values(d.luns)) {
    if (out[l.id]) continue;
    if (ax + step > width && ax > S.framePad) { ax = S.framePad; rowTop = rowBottom + 24; rowBottom = rowTop; }
    out[l.id] = { x: ax, y: rowTop };
    rowBottom = Math.max(rowBottom, rowTop + S.small.h);
    ax += step;
    storageRight = Math.max(storageRight, ax - 24);
  }
  const switches = Object.values(d.ethernetSwitches);
  // At the right end of the frames or of the storage row, whichever reaches further (never widening the picture).
  let sx = Math.max(x + 40, Math.max(frameRight, storageRight) - switches.length * (S.small.w + 40) + 40);
  for (const s of switches) { out[s.id] = { x: sx, y: top }; sx += S.small.w + 40; }
  return out;
}

const FRAME_GAP = 120;

/** The zoom at which a picture of w × h fills a 1.45 : 1 screen (with room below for the SAN and LAN). */
const fitZoom = (w: number, h: number): number => Math.min(1.45 / w, 1 / (h + 250));

type Spot = { x: number; y: number };

/**
 * Where each frame goes: rows of frames in their order (as many per row as fill a screen best) or, when that is
 * clearly better, frames packed tallest first in shelves where a low frame stacks under another of its column
 * (an import of one large frame and several small ones: the small ones beside the large one, not in a row of their own).
 */
function placeFrames(frames: readonly { w: number; h: number }[]): Spot[] {
  const rows = inRows(frames, framesPerRow(frames));
  let best = rows;
  let bestZoom = fitZoom(rows.w, rows.h) * 1.05;
  const order = frames.map((_, i) => i).sort((a, b) => frames[b]!.h - frames[a]!.h || a - b);
  let width = 0;
  for (const i of order) {
    width += (width ? FRAME_GAP : 0) + frames[i]!.w;
    const packed = inShelves(frames, order, width);
    const zoom = fitZoom(packed.w, packed.h);
    if (zoom > bestZoom) { best = packed; bestZoom = zoom; }
  }
  return best.spots;
}

function inRows(frames: readonly { w: number; h: number }[], perRow: number): { spots: Spot[]; w: number; h: number } {
  const spots: Spot[] = [];
  let y = 0, w = 0;
  for (let i = 0; i < frames.length; i += perRow) {
    let x = 0, rowH = 0;
    frames.slice(i, i + perRow).forEach((f) => { spots.push({ x, y }); x += f.w + FRAME_GAP; rowH = Math.max(rowH, f.h); });
    w = Math.max(w, x - FRAME_GAP);
    y += rowH + FRAME_GAP;
  }
  return { spots, w, h: Math.max(0, y - FRAME_GAP) };
}

/** Shelves no wider than `width`, first fit: under a frame of a column when it fits there, else to the right, else a new shelf. */
function inShelves(frames: readonly { w: number; h: number }[], order: readonly number[], width: number): { spots: Spot[]; w: number; h: number } {
  const spots: Spot[] = [];
  const shelves: { y: number; h: number; right: number; cols: { x: number; w: number; bottom: number }[] }[] = [];
  let w = 0, h = 0;
  for (const i of order) {
    const f = frames[i]!;
    let at: Spot | null = null;
    for (const s of shelves) {
      const col = s.cols.find((c) => f.w <= c.w && c.bottom + FRAME_GAP + f.h <= s.y + s.h);
      if (col) { at = { x: col.x, y: col.bottom + FRAME_GAP }; col.bottom = at.y + f.h; break; }
      if (s.right + FRAME_GAP + f.w <= width && f.h <= s.h) {
        at = { x: s.right + FRAME_GAP, y: s.y };
        s.cols.push({ x: at.x, w: f.w, bottom: at.y + f.h });
        s.right = at.x + f.w;
        break;
      }
    }
    if (!at) {
      const y = shelves.length ? h + FRAME_GAP : 0;
      shelves.push({ y, h: f.h, right: f.w, cols: [{ x: 0, w: f.w, bottom: y + f.h }] });
      at = { x: 0, y };
    }
    spots[i] = at;
    w = Math.max(w, at.x + f.w);
    h = Math.max(h, at.y + f.h);
  }
  return { spots, w, h };
}

/** How many frames per row make the picture fill a 1.45 : 1 screen best (the largest zoom when fitted). */
function framesPerRow(frames: readonly { w: number; h: number }[]): number {
  let best = Math.max(1, frames.length);
  let bestZoom = 0;
  for (let k = 1; k <= frames.length; k++) {
    const { w, h } = inRows(frames, k);
    const zoom = fitZoom(w, h + FRAME_GAP);
    if (zoom > bestZoom * 1.0001) { bestZoom = zoom; best = k; }
  }
  return best;
}

/** The inside of one frame: client rows, then the VIOS row with VLANs and HEA ports between the VIOS. */
function frameContent(design: Design, systemId: Id, columns: number, h: (id: Id) => number): { nodes: Record<Id, NodeLayout>; w: number; h: number } {
  const d = design.domain;
  const S = NODE_SIZE;
  const nodes: Record<Id, NodeLayout> = {};
  const parts = Object.values(d.partitions).filter((p) => p.systemId === systemId);
  const vios = parts.filter((p) => p.kind === 'vios').sort(clientOrder);
  const clients = parts.filter((p) => p.kind !== 'vios').sort(clientOrder);
  const smalls = frameSmalls(design, systemId);
  const colW = S.partitionWidth + CHANNEL.column;
  const perRow = clientsPerRow(clients.length, columns);
  const clientW = Math.min(clients.length, perRow) * colW - CHANNEL.column;
  // The VIOS row: first half of the VIOS, a column of VLANs / HEA ports, the other half.
  const half = Math.ceil(vios.length / 2);
  const smallCols = smalls.length ? Math.max(1, Math.ceil(smalls.length / 6)) : 0;
  const smallW = smallCols * (S.small.w + CHANNEL.column);
  const viosW = vios.length * colW - (vios.length ? CHANNEL.column : 0) + (smallCols ? smallW + CHANNEL.column : 0);
  const inner = Math.max(clientW, viosW, 560);
  const left = S.framePad + CHANNEL.column / 2;
  let y = S.frameHeader + S.framePad + 10;
  const clientLeft = left + (inner - clientW) / 2;
  for (let i = 0; i < clients.length; i += perRow) {
    const row = clients.slice(i, i + perRow);
    let rowH = 0;
    row.forEach((p, j) => { nodes[p.id] = { x: Math.round(clientLeft + j * colW), y }; rowH = Math.max(rowH, h(p.id)); });
    y += rowH + CHANNEL.clients;
  }
  if (clients.length) y += CHANNEL.vios - CHANNEL.clients;
  let x = left + (inner - viosW) / 2;
  let rowH = 0;
  const placeVios = (p: Partition) => { nodes[p.id] = { x: Math.round(x), y }; x += colW; rowH = Math.max(rowH, h(p.id)); };
  vios.slice(0, half).forEach(placeVios);
  if (smallCols) {
    x += CHANNEL.column / 2;
    smalls.forEach((s, i) => {
      nodes[s.id] = { x: Math.round(x + Math.floor(i / 6) * (S.small.w + CHANNEL.column)), y: y + 30 + (i % 6) * (S.small.h + 40) };
      rowH = Math.max(rowH, 30 + ((i % 6) + 1) * (S.small.h + 40));
    });
    x += smallW + CHANNEL.column / 2;
  }
  vios.slice(half).forEach(placeVios);
  if (!vios.length && !smalls.length) rowH = 0;
  y += rowH;
  return { nodes, w: Math.round(inner + 2 * left), h: Math.max(300, Math.round(y + S.framePad + 10)) };
}

/** The layered placement of one frame's inside (Auto layout of a frame): positions and the frame's size. */
export function frameLayout(design: Design, systemId: Id, columns = 4): { nodes: Record<Id, NodeLayout>; w: number; h: number } {
  const rows = rowCounts(design);
  return frameContent(design, systemId, columns, (id) => partitionHeightFor(rows.get(id) ?? 0));
}
