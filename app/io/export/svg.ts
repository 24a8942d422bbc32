import type { Design, Id } from '../../model/index.ts';
import { NODE_SIZE, partitionHeightFor } from '../../model/layout/tidy.ts';
import { buildRows, partitionKindLabel, type Row } from '../../canvas/rows.ts';
import { contentExtent } from '../../canvas/project.ts';
import { designConnections } from '../../canvas/connections.ts';

/**
 * An SVG picture of the design drawn from the design itself (not from the DOM, which culls and
 * simplifies at low zoom): frames, partitions with their adapter rows, VLANs, HEA ports, fabrics,
 * arrays, LUNs, switches, and every connection the canvas draws (see app/canvas/project.ts). Pure.
 */
export interface SvgImage { svg: string; width: number; height: number }
export interface SvgOptions {
  /** Only these elements (a selected frame brings its contents); edges only between drawn nodes. */
  only?: ReadonlySet<Id>;
  title?: string;
}

type SmallType = 'vlan' | 'fabric' | 'array' | 'lun' | 'switch' | 'heaPort';
interface Box { id: Id; x: number; y: number; w: number; h: number; kind: 'frame' | 'partition' | SmallType }

const S = NODE_SIZE;
const PAD = 24;
const ICON: Record<SmallType, string> = { vlan: 'VLAN', fabric: 'SAN', array: 'ARR', lun: 'LUN', switch: 'SW', heaPort: 'HEA' };
const COLORS: Record<string, string> = { vscsi: '#2f6fdb', vfc: '#c2410c', ethernet: '#0f8a6b', cable: '#4b5563', storage: '#8b5cf6', hea: '#b45309' };
const KIND_COLOR: Record<string, string> = { vios: '#7b4fc9', aix: '#2f6fdb', linux: '#1f8a5b', ibmi: '#b26a00' };

/** Escapes text for XML content and attribute values. */
export const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    // Characters XML 1.0 does not allow at all.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

const n = (v: number) => Math.round(v * 10) / 10;

/** Every node with its absolute position and size (children of a frame are placed relative to it). */
function boxes(design: Design, rows: Map<Id, Row[]>): Map<Id, Box> {
  const d = design.domain;
  const L = design.layout.nodes;
  const out = new Map<Id, Box>();
  const extent = contentExtent(design, rows);
  for (const s of Object.values(d.systems)) {
    const l = L[s.id] ?? { x: 0, y: 0 };
    const e = extent.get(s.id);
    out.set(s.id, { id: s.id, kind: 'frame', x: l.x, y: l.y, w: Math.max(l.w ?? 900, (e?.w ?? 0) + S.framePad), h: Math.max(l.h ?? 600, (e?.h ?? 0) + S.framePad) });
  }
  const child = (id: Id, parent: Id | null, kind: Box['kind'], w: number, h: number, def = { x: 0, y: 0 }) => {
    const l = L[id] ?? def;
    const f = parent ? out.get(parent) : undefined;
    out.set(id, { id, kind, x: l.x + (f?.x ?? 0), y: l.y + (f?.y ?? 0), w, h });
  };
  for (const p of Object.values(d.partitions)) child(p.id, p.systemId, 'partition', S.partitionWidth, partitionHeightFor(rows.get(p.id)?.length ?? 0), { x: 20, y: 60 });
  for (const v of Object.values(d.vlans)) child(v.id, v.systemId, 'vlan', S.small.w, S.small.h);
  for (const h of Object.values(d.heaPorts)) child(h.id, h.systemId, 'heaPort', S.small.w, S.small.h);
  for (const f of Object.values(d.sanFabrics)) child(f.id, null, 'fabric', S.small.w, S.small.h);
  for (const a of Object.values(d.storageArrays)) child(a.id, null, 'array', S.small.w, S.small.h);
  for (const l of Object.values(d.luns)) child(l.id, null, 'lun', S.small.w, S.small.h);
  for (const s of Object.values(d.ethernetSwitches)) child(s.id, null, 'switch', S.small.w, S.small.h);
  return out;
}

/** Which nodes to draw: everything, or the selection (a selected frame brings what it holds). */
function chosen(design: Design, all: Map<Id, Box>, only?: ReadonlySet<Id>): Set<Id> {
  if (!only || only.size === 0) return new Set(all.keys());
  const d = design.domain;
  const out = new Set([...only].filter((id) => all.has(id)));
  const frames = new Set([...out].filter((id) => d.systems[id]));
  for (const c of [...Object.values(d.partitions), ...Object.values(d.vlans), ...Object.values(d.heaPorts)]) if (frames.has(c.systemId)) out.add(c.id);
  return out.size ? out : new Set(all.keys());
}

function smallText(design: Design, kind: SmallType, id: Id): [string, string] {
  const d = design.domain;
  switch (kind) {
    case 'vlan': { const v = d.vlans[id]!; return [`VLAN ${v.vlanId}`, `${v.name ? `${v.name} · ` : ''}${v.vswitch}`]; }
    case 'heaPort': { const h = d.heaPorts[id]!; return [`HEA port ${h.index}`, `group ${h.portGroup} · ${h.speedGbps} Gb`]; }
    case 'fabric': { const f = d.sanFabrics[id]!; return [f.name, f.npivSupport ? 'SAN fabric · NPIV' : 'SAN fabric']; }
    case 'array': { const a = d.storageArrays[id]!; return [a.name, a.model || 'storage array']; }
    case 'lun': { const l = d.luns[id]!; return [l.name, `${l.sizeGB} GB · ${d.storageArrays[l.arrayId]?.name ?? ''}`]; }
    case 'switch': { const s = d.ethernetSwitches[id]!; return [s.name, s.vlans.length ? `VLANs ${s.vlans.join(',')}` : 'Ethernet switch']; }
  }
}

function drawNode(design: Design, b: Box, rows: Row[], clip: string): string {
  const d = design.domain;
  const t = escapeXml;
  if (b.kind === 'frame') {
    const s = d.systems[b.id]!;
    return `<g class="frame" data-id="${t(b.id)}"><rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${n(b.h)}" rx="12" class="frame-box"/>`
      + `<line x1="${n(b.x)}" y1="${n(b.y + 36)}" x2="${n(b.x + b.w)}" y2="${n(b.y + 36)}" class="frame-rule"/>`
      + `<text x="${n(b.x + 12)}" y="${n(b.y + 23)}" class="frame-name">${t(s.name)}</text>`
      + `<text x="${n(b.x + 12 + s.name.length * 8.5 + 12)}" y="${n(b.y + 23)}" class="muted">${t(`${s.typeModel} · ${s.generation}${s.hea ? ` · HEA ${s.hea.type}` : ''}`)}</text></g>`;
  }
  if (b.kind === 'partition') {
    const p = d.partitions[b.id]!;
    const cpu = p.processor.mode === 'shared' ? `${p.processor.desiredUnits} EC · ${p.processor.desiredVirtualProcessors} VP` : `${p.processor.desiredUnits} ded`;
    const parts = [`<g class="partition" data-id="${t(b.id)}" clip-path="url(#${clip})">`,
      `<clipPath id="${clip}"><rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${n(b.h)}"/></clipPath>`,
      `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${n(b.h)}" rx="8" class="node-box"/>`,
      `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="4" fill="${KIND_COLOR[p.kind]}"/>`,
      `<text x="${n(b.x + 8)}" y="${n(b.y + 20)}" class="badge" fill="${KIND_COLOR[p.kind]}">${t(partitionKindLabel(p))}</text>`,
      `<text x="${n(b.x + 48)}" y="${n(b.y + 20)}" class="name">${t(p.name)}</text>`,
      `<text x="${n(b.x + b.w - 8)}" y="${n(b.y + 20)}" class="muted" text-anchor="end">id ${p.lparId}</text>`,
      `<text x="${n(b.x + 8)}" y="${n(b.y + 37)}" class="muted">${t(`${cpu} · ${Math.round(p.memory.desiredMB / 1024)} GB · ${p.state === 'running' ? 'Running' : 'Not activated'}`)}</text>`];
    rows.forEach((r, i) => {
      const y = b.y + S.header + i * S.row + 14;
      parts.push(`<text x="${n(b.x + 8)}" y="${n(y)}" class="row" data-row="${t(r.id)}"><tspan class="row-name">${t(r.name)}</tspan><tspan class="muted" dx="6">${t(r.detail)}</tspan><title>${t(`${r.name} · ${r.detail}`)}</title></text>`);
    });
    if (!rows.length) parts.push(`<text x="${n(b.x + 8)}" y="${n(b.y + S.header + 14)}" class="muted">no adapters yet</text>`);
    parts.push('</g>');
    return parts.join('');
  }
  const [title, sub] = smallText(design, b.kind, b.id);
  return `<g class="small ${b.kind}" data-id="${t(b.id)}"><rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${n(b.h)}" rx="10" class="node-box"/>`
    + `<text x="${n(b.x + 10)}" y="${n(b.y + 22)}" class="icon">${ICON[b.kind]}</text>`
    + `<text x="${n(b.x + 48)}" y="${n(b.y + 22)}" class="name">${t(title)}</text>`
    + `<text x="${n(b.x + 48)}" y="${n(b.y + 40)}" class="muted">${t(sub)}</text></g>`;
}

/** Where an edge meets a node: the row's handle for adapter rows, else the header (partitions) or the middle. */
function anchor(b: Box, rows: Row[] | undefined, row: Id | null, side: 'left' | 'right'): [number, number] {
  const x = side === 'right' ? b.x + b.w : b.x;
  if (b.kind === 'partition') {
    const i = row && rows ? rows.findIndex((r) => r.id === row) : -1;
    return [x, i >= 0 ? b.y + S.header + i * S.row + S.row / 2 : b.y + 23];
  }
  return [x, b.y + b.h / 2];
}

const STYLE = `text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:12px;fill:#1d2733}`
  + `.frame-box{fill:#eef2f8;stroke:#8ea3bd;stroke-width:2}.frame-rule{stroke:#8ea3bd}.frame-name{font-weight:700;font-size:14px}`
  + `.node-box{fill:#fff;stroke:#d5dce4}.name{font-weight:600}.muted{fill:#5c6b7a;font-size:11px}.badge{font-size:10px;font-weight:700}`
  + `.row-name{font-weight:500}.icon{font-size:10px;font-weight:800;fill:#4b5563}.edge{fill:none;stroke-width:1.5}`
  + `.edge-label{font-size:10px;fill:#5c6b7a}`;

/** Draws the design (or the selection) as a standalone SVG document. */
export function designSvg(design: Design, opts: SvgOptions = {}): SvgImage {
  const rows = buildRows(design);
  const all = boxes(design, rows);
  const keep = chosen(design, all, opts.only);
  const drawn = [...all.values()].filter((b) => keep.has(b.id));
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const b of drawn) { minX = Math.min(minX, b.x); minY = Math.min(minY, b.y); maxX = Math.max(maxX, b.x + b.w); maxY = Math.max(maxY, b.y + b.h); }
  if (!drawn.length) { minX = minY = 0; maxX = maxY = 100; }
  const width = Math.ceil(maxX - minX + PAD * 2);
  const height = Math.ceil(maxY - minY + PAD * 2);
  const order = (b: Box) => (b.kind === 'frame' ? 0 : 1);
  const nodes = drawn.sort((a, b) => order(a) - order(b)).map((b, i) => drawNode(design, b, rows.get(b.id) ?? [], `clip${i}`));
  const edges: string[] = [];
  for (const e of designConnections(design)) {
    const s = all.get(e.source);
    const t = all.get(e.target);
    if (!s || !t || !keep.has(s.id) || !keep.has(t.id)) continue;
    const [sx, sy] = anchor(s, rows.get(s.id), e.sourceRow, 'right');
    const [tx, ty] = anchor(t, rows.get(t.id), e.targetRow, 'left');
    const dx = Math.max(40, Math.abs(tx - sx) / 2);
    const color = COLORS[e.kind] ?? COLORS.cable;
    edges.push(`<path class="edge edge-${e.kind}" data-edge="${escapeXml(e.id)}" stroke="${color}"${e.kind === 'cable' ? ' stroke-dasharray="5 3"' : ''} d="M${n(sx)},${n(sy)} C${n(sx + dx)},${n(sy)} ${n(tx - dx)},${n(ty)} ${n(tx)},${n(ty)}">`
      + `${e.label ? `<title>${escapeXml(e.label)}</title>` : ''}</path>`);
    if (e.label && e.kind !== 'vscsi' && e.kind !== 'vfc') edges.push(`<text class="edge-label" x="${n((sx + tx) / 2)}" y="${n((sy + ty) / 2 - 3)}" text-anchor="middle">${escapeXml(e.label)}</text>`);
  }
  const title = escapeXml(opts.title ?? design.name);
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n`
    + `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${n(minX - PAD)} ${n(minY - PAD)} ${width} ${height}">\n`
    + `<title>${title}</title><style>${STYLE}</style>\n`
    + `<rect x="${n(minX - PAD)}" y="${n(minY - PAD)}" width="${width}" height="${height}" fill="#f5f7fa"/>\n`
    + `${nodes.join('\n')}\n<g class="edges">\n${edges.join('\n')}\n</g>\n</svg>\n`;
  return { svg, width, height };
}
