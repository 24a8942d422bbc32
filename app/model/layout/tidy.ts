import type { Design, Id, NodeLayout } from '../schema/index.ts';

/** Sizes the canvas draws with (kept here so layouts computed outside the browser match). */
export const NODE_SIZE = {
  partitionWidth: 270, header: 46, row: 20, pad: 8,
  small: { w: 170, h: 54 },
  frameHeader: 44, gap: 30, framePad: 20,
};

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

/**
 * A tidy, deterministic layout: in each frame the VIOS side by side on top, client partitions in rows
 * of `columns` below, VLANs and HEA ports along the bottom; frames side by side; outside the frames
 * SAN fabrics, arrays with their LUNs, and switches in columns to the right and below.
 */
export function tidyLayout(design: Design, columns = 4): Record<Id, NodeLayout> {
  const d = design.domain;
  const S = NODE_SIZE;
  const out: Record<Id, NodeLayout> = {};
  const rows = rowCounts(design);
  const h = (id: Id) => partitionHeightFor(rows.get(id) ?? 0);
  let frameX = 0;
  let maxFrameH = 0;
  for (const sys of Object.values(d.systems)) {
    const parts = Object.values(d.partitions).filter((p) => p.systemId === sys.id);
    const vios = parts.filter((p) => p.kind === 'vios');
    const clients = parts.filter((p) => p.kind !== 'vios');
    let y = S.frameHeader + S.framePad;
    let width = 0;
    // VIOS serving many clients are tall: then they stand in a column on the left and the clients
    // fill a grid beside them instead of below.
    const tallVios = vios.some((p) => h(p.id) > 1500);
    const left = tallVios ? S.framePad + vios.length * (S.partitionWidth + S.gap) + S.gap * 2 : S.framePad;
    const placeRow = (list: typeof parts, x0 = left) => {
      let x = x0;
      let rowH = 0;
      for (const p of list) {
        out[p.id] = { x, y };
        x += S.partitionWidth + S.gap;
        rowH = Math.max(rowH, h(p.id));
      }
      width = Math.max(width, x);
      y += rowH + S.gap * 2;
    };
    const cols = Math.max(columns, vios.length);
    const top = y;
    if (vios.length) placeRow(vios, S.framePad);
    let viosBottom = y;
    if (tallVios) { viosBottom = y; y = top; }
    for (let i = 0; i < clients.length; i += cols) placeRow(clients.slice(i, i + cols));
    if (tallVios) y = Math.max(y, viosBottom);
    let x = S.framePad;
    const smalls = [...Object.values(d.vlans).filter((v) => v.systemId === sys.id), ...Object.values(d.heaPorts).filter((p) => p.systemId === sys.id)];
    for (const s of smalls) { out[s.id] = { x, y }; x += S.small.w + S.gap; }
    if (smalls.length) y += S.small.h + S.gap;
    width = Math.max(width, x, 600);
    const frame = { x: frameX, y: 0, w: width + S.framePad, h: Math.max(y + S.framePad, 300) };
    out[sys.id] = frame;
    frameX += frame.w + 120;
    maxFrameH = Math.max(maxFrameH, frame.h);
  }
  // Outside: fabrics, then arrays with their LUNs under them, to the right of the frames; switches below.
  let x = frameX;
  let y = 0;
  for (const f of Object.values(d.sanFabrics)) { out[f.id] = { x, y }; y += S.small.h + S.gap * 3; }
  x += S.small.w + 120;
  y = 0;
  const lunsByArray = new Map<Id, Id[]>();
  for (const l of Object.values(d.luns)) {
    const list = lunsByArray.get(l.arrayId) ?? [];
    list.push(l.id);
    lunsByArray.set(l.arrayId, list);
  }
  for (const a of Object.values(d.storageArrays)) {
    out[a.id] = { x, y };
    y += S.small.h + S.gap;
    // LUNs in a grid under their array (one column while there are few).
    const luns = lunsByArray.get(a.id) ?? [];
    const cols = Math.max(1, Math.ceil(Math.sqrt(luns.length / 3)));
    luns.forEach((id, i) => { out[id] = { x: x + 40 + (i % cols) * (S.small.w + 10), y: y + Math.floor(i / cols) * (S.small.h + 10) }; });
    y += Math.ceil(luns.length / cols) * (S.small.h + 10) + S.gap;
  }
  x = 0;
  for (const s of Object.values(d.ethernetSwitches)) { out[s.id] = { x, y: maxFrameH + 80 }; x += S.small.w + S.gap * 2; }
  return out;
}
