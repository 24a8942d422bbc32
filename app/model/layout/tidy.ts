import type { Design, Id, NodeLayout, Partition } from '../schema/index.ts';

/** Sizes the canvas draws with (kept here so layouts computed outside the browser match). */
export const NODE_SIZE = {
  partitionWidth: 270, header: 46, row: 20, pad: 8,
  small: { w: 170, h: 54 },
  frameHeader: 44, gap: 30, framePad: 20,
};

/** Room left for connections: between client rows, above the VIOS row, and between frame and outside. */
export const CHANNEL = { clients: 56, vios: 96, outside: 110, column: 40 };

export const partitionHeightFor = (rows: number): number => NODE_SIZE.header + Math.max(1, rows) * NODE_SIZE.row + NODE_SIZE.pad;

/** How many rows each partition shows (one per adapter or device), counted in one pass. */
export function rowCounts(design: Design): Map<Id, number> {
  const d = design.domain;
  const counts = new Map<Id, number>();
  const inc = (id: Id | null) => { if (id) counts.set(id, (counts.get(id) ?? 0) + 1); };
  for (const c of [d.vscsiAdapters, d.vfcAdapters, d.vethAdapters, d.seas, d.linkAggregations, d.backingDevices, d.heaLogicalPorts] as Record<string, { partitionId: Id }>[]) {
    for (const r of Object.values(c)) inc(r.partitionId);
  }
  for (const p of Object.values(d.physicalPorts)) inc(p.partitionId);
  return counts;
}

const byName = new Intl.Collator(undefined, { numeric: true });
const clientOrder = (a: Partition, b: Partition) => a.lparId - b.lparId || byName.compare(a.name, b.name);

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
  let frameX = 0;
  let maxFrameH = 0;
  for (const sys of Object.values(d.systems)) {
    const f = frameContent(design, sys.id, columns, h);
    Object.assign(out, f.nodes);
    out[sys.id] = { x: frameX, y: 0, w: f.w, h: f.h };
    frameX += f.w + 120;
    maxFrameH = Math.max(maxFrameH, f.h);
  }
  // Outside, below the frames: storage on the left, network on the right.
  const top = maxFrameH + CHANNEL.outside;
  let x = S.framePad;
  const fabrics = Object.values(d.sanFabrics);
  for (const fab of fabrics) { out[fab.id] = { x, y: top }; x += S.small.w + colW - S.partitionWidth; }
  const lunsByArray = new Map<Id, Id[]>();
  for (const l of Object.values(d.luns)) {
    const list = lunsByArray.get(l.arrayId) ?? [];
    list.push(l.id);
    lunsByArray.set(l.arrayId, list);
  }
  const arrayTop = fabrics.length ? top + S.small.h + CHANNEL.clients : top;
  let ax = S.framePad;
  let storageRight = x;
  for (const a of Object.values(d.storageArrays)) {
    out[a.id] = { x: ax, y: arrayTop };
    const luns = lunsByArray.get(a.id) ?? [];
    const cols = Math.max(1, Math.min(luns.length, Math.ceil(Math.sqrt(luns.length * 3))));
    const step = S.small.w + 24;
    luns.forEach((id, i) => { out[id] = { x: ax + (i % cols) * step, y: arrayTop + S.small.h + 40 + Math.floor(i / cols) * (S.small.h + 24) }; });
    ax += Math.max(1, cols) * step + 40;
    storageRight = Math.max(storageRight, ax);
  }
  // LUNs of no known array (an import may have them): in a row after the arrays.
  for (const l of Object.values(d.luns)) if (!out[l.id]) { out[l.id] = { x: ax, y: arrayTop }; ax += S.small.w + 24; storageRight = Math.max(storageRight, ax); }
  const switches = Object.values(d.ethernetSwitches);
  let sx = Math.max(storageRight + 80, frameX - 120 - switches.length * (S.small.w + 40));
  for (const s of switches) { out[s.id] = { x: sx, y: top }; sx += S.small.w + 40; }
  return out;
}

/** The inside of one frame: client rows, then the VIOS row with VLANs and HEA ports between the VIOS. */
function frameContent(design: Design, systemId: Id, columns: number, h: (id: Id) => number): { nodes: Record<Id, NodeLayout>; w: number; h: number } {
  const d = design.domain;
  const S = NODE_SIZE;
  const nodes: Record<Id, NodeLayout> = {};
  const parts = Object.values(d.partitions).filter((p) => p.systemId === systemId);
  const vios = parts.filter((p) => p.kind === 'vios').sort(clientOrder);
  const clients = parts.filter((p) => p.kind !== 'vios').sort(clientOrder);
  const smalls = [...Object.values(d.vlans).filter((v) => v.systemId === systemId).sort((a, b) => a.vlanId - b.vlanId),
    ...Object.values(d.heaPorts).filter((p) => p.systemId === systemId)];
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
      nodes[s.id] = { x: Math.round(x + Math.floor(i / 6) * (S.small.w + CHANNEL.column)), y: y + 30 + (i % 6) * (S.small.h + 24) };
      rowH = Math.max(rowH, 30 + ((i % 6) + 1) * (S.small.h + 24));
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
