import type { Design, Id } from '../../model/index.ts';
import { NODE_SIZE } from '../../model/layout/tidy.ts';
import { frameSmalls } from '../../model/layout/smalls.ts';
import { buildRows, partitionKindLabel, type Row } from '../../picture/rows.ts';
import { createPicture } from '../../picture/picture.ts';
import type { PictureBox, SmallType } from '../../picture/boxes.ts';
import { pathOf, type Pt } from '../../picture/routes.ts';
import { viosRole } from '../../picture/roles.ts';
import { sriovPortText, sspPoolText } from '../../picture/modern.ts';
import { LINE_KINDS, PALETTE, type PictureTheme } from '../../picture/line-kinds.ts';

/**
 * The design as a standalone SVG document, drawn from the picture the canvas draws (app/picture: the same
 * boxes, ports, orthogonal routes and, at 100 %, the same level of detail: every adapter row), with a title
 * block (design name, date, frames) above and a legend of the line kinds below. Nothing is clipped: the
 * view box holds every box and every route. Lines never cross text: routes go around every box and the
 * frame headers, and no text is written on a line. Pure.
 */
export interface SvgImage { svg: string; width: number; height: number }
export interface SvgOptions {
  /** Only these elements (a selected frame brings its contents); edges only between drawn nodes. */
  only?: ReadonlySet<Id>;
  title?: string;
  theme?: PictureTheme;
  /** The date written in the title block (default: today). */
  date?: Date;
}

const S = NODE_SIZE;
const PAD = 32;
const ICON: Record<SmallType, string> = { vlan: 'VLAN', fabric: 'SAN', array: 'ARR', lun: 'LUN', switch: 'SW', heaPort: 'HEA', sriovPort: 'SR-IOV', sspPool: 'SSP' };

/** Escapes text for XML content and attribute values. */
export const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    // Characters XML 1.0 does not allow at all.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

const n = (v: number) => Math.round(v * 10) / 10;
const t = escapeXml;
/** About how wide a text is (system-ui, average glyph); used to fit and to keep text off the lines. */
export const textWidth = (s: string, size: number): number => s.length * size * 0.6;
const fit = (s: string, size: number, room: number): string => {
  if (textWidth(s, size) <= room) return s;
  const keep = Math.max(1, Math.floor(room / (size * 0.6)) - 1);
  return `${s.slice(0, keep)}…`;
};

/** Which nodes to draw: everything, or the selection (a selected frame brings what it holds). */
function chosen(design: Design, all: ReadonlyMap<Id, PictureBox>, only?: ReadonlySet<Id>): Set<Id> {
  if (!only || only.size === 0) return new Set(all.keys());
  const d = design.domain;
  const out = new Set([...only].filter((id) => all.has(id)));
  const frames = new Set([...out].filter((id) => d.systems[id]));
  for (const c of [...Object.values(d.partitions), ...frameSmalls(design)]) if (frames.has(c.systemId)) out.add(c.id);
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
    case 'sriovPort': return sriovPortText(design, id);
    case 'sspPool': return sspPoolText(design, id);
  }
}

function drawFrame(design: Design, b: PictureBox): string {
  const s = design.domain.systems[b.id]!;
  const model = `${s.typeModel} · ${s.generation}${s.hea ? ` · HEA ${s.hea.type}` : ''}`;
  return `<g class="frame" data-id="${t(b.id)}"><rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${n(b.h)}" rx="12" class="frame-box"/>`
    + `<line x1="${n(b.x)}" y1="${n(b.y + 38)}" x2="${n(b.x + b.w)}" y2="${n(b.y + 38)}" class="frame-rule"/>`
    + `<text x="${n(b.x + 14)}" y="${n(b.y + 26)}" class="frame-name">${t(s.name)}</text>`
    + `<text x="${n(b.x + 14 + textWidth(s.name, 16) + 14)}" y="${n(b.y + 26)}" class="muted">${t(fit(model, 11, b.w - textWidth(s.name, 16) - 48))}</text></g>`;
}

function drawPartition(design: Design, b: PictureBox, rows: Row[]): string {
  const p = design.domain.partitions[b.id]!;
  const cpu = p.processor.mode === 'shared' ? `${p.processor.desiredUnits} EC · ${p.processor.desiredVirtualProcessors} VP` : `${p.processor.desiredUnits} ded`;
  const kind = partitionKindLabel(p);
  const badgeW = textWidth(kind, 10) + 10;
  const role = viosRole(design, p.id);
  const nameX = b.x + 8 + badgeW + 6;
  const idText = `id ${p.lparId}`;
  const parts = [`<g class="partition kind-${p.kind}" data-id="${t(b.id)}">`,
    `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${n(b.h)}" rx="8" class="node-box"/>`,
    `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="4" class="stripe"/>`,
    `<rect x="${n(b.x + 8)}" y="${n(b.y + 10)}" width="${n(badgeW)}" height="15" rx="4" class="stripe"/>`,
    `<text x="${n(b.x + 13)}" y="${n(b.y + 21.5)}" class="badge">${t(kind)}</text>`,
    `<text x="${n(nameX)}" y="${n(b.y + 23)}" class="name">${t(p.name)}</text>`];
  const afterName = nameX + textWidth(p.name, 15) + 8;
  if (role) parts.push(`<text x="${n(afterName)}" y="${n(b.y + 23)}" class="role">${t(fit(role, 11, b.x + b.w - 44 - afterName))}</text>`);
  else parts.push(`<text x="${n(b.x + b.w - 8)}" y="${n(b.y + 22)}" class="muted" text-anchor="end">${idText}</text>`);
  parts.push(`<text x="${n(b.x + 8)}" y="${n(b.y + 39)}" class="muted">${t(fit(`${role ? `${idText} · ` : ''}${cpu} · ${Math.round(p.memory.desiredMB / 1024)} GB · ${p.state === 'running' ? 'Running' : 'Not activated'}`, 11, b.w - 16))}</text>`);
  rows.forEach((r, i) => {
    const y = b.y + S.header + i * S.row + 14;
    const nameW = Math.max(56, textWidth(r.name, 11) + 6);
    parts.push(`<text x="${n(b.x + 10)}" y="${n(y)}" class="row" data-row="${t(r.id)}"><tspan class="row-name">${t(r.name)}</tspan>`
      + `<tspan class="muted" x="${n(b.x + 10 + nameW)}">${t(fit(r.detail, 11, b.w - 20 - nameW))}</tspan><title>${t(`${r.name} · ${r.detail}`)}</title></text>`);
  });
  if (!rows.length) parts.push(`<text x="${n(b.x + 10)}" y="${n(b.y + S.header + 14)}" class="muted">no adapters yet</text>`);
  parts.push('</g>');
  return parts.join('');
}

function drawSmall(design: Design, b: PictureBox): string {
  const kind = b.kind as SmallType;
  const [title, sub] = smallText(design, kind, b.id);
  return `<g class="small ${kind}" data-id="${t(b.id)}"><rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${n(b.h)}" rx="10" class="node-box"/>`
    + `<text x="${n(b.x + 10)}" y="${n(b.y + 23)}" class="icon">${ICON[kind]}</text>`
    + `<text x="${n(b.x + 48)}" y="${n(b.y + 23)}" class="name">${t(fit(title, 15, b.w - 56))}</text>`
    + `<text x="${n(b.x + 48)}" y="${n(b.y + 41)}" class="muted">${t(fit(sub, 11, b.w - 56))}</text></g>`;
}

function style(theme: PictureTheme): string {
  const c = PALETTE[theme];
  const kinds = LINE_KINDS.map((k) => `.edge-${k.kind}{stroke:${c[k.kind]};stroke-width:${k.width}${k.dash ? `;stroke-dasharray:${k.dash}` : ''}}.port-${k.kind}{stroke:${c[k.kind]}}`).join('');
  return `text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:12px;fill:${c.text}}`
    + `.frame-box{fill:${c.frame};stroke:${c.frameBorder};stroke-width:2}.frame-rule{stroke:${c.frameBorder}}.frame-name{font-weight:700;font-size:16px}`
    + `.node-box{fill:${c.node};stroke:${c.border}}.name{font-weight:700;font-size:15px}.muted{fill:${c.muted};font-size:11px}`
    + `.badge{font-size:10px;font-weight:700;fill:#fff}.role{font-size:11px;font-weight:600;fill:${c.vios}}.row{font-size:11px}.row-name{font-weight:600}`
    + `.stripe{fill:${c.aix}}.kind-vios .stripe{fill:${c.vios}}.kind-linux .stripe{fill:${c.linux}}.kind-ibmi .stripe{fill:${c.ibmi}}`
    + `.icon{font-size:10px;font-weight:800;fill:${c.muted}}.edge,.legend-line{fill:none}.port{fill:${c.node};stroke-width:1.5}`
    + `.title{font-size:22px;font-weight:700}.subtitle{font-size:13px;fill:${c.muted}}.legend-title{font-size:12px;font-weight:700}`
    + `.bg{fill:${c.bg}}.sheet{fill:none;stroke:${c.border}}${kinds}`;
}

/** Splits a list of phrases into lines no wider than `room` at a type size. */
function wrap(words: string[], size: number, room: number, sep = ' · '): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    const next = cur ? `${cur}${sep}${w}` : w;
    if (cur && textWidth(next, size) > room) { lines.push(cur); cur = w; } else cur = next;
  }
  if (cur) lines.push(cur);
  return lines;
}

/** Draws the design (or the selection) as a standalone SVG document. */
export function designSvg(design: Design, opts: SvgOptions = {}): SvgImage {
  const theme = opts.theme ?? 'light';
  const rows = buildRows(design);
  const picture = createPicture(design, (id) => rows.get(id)?.length ?? 0);
  const keep = chosen(design, picture.boxes, opts.only);
  const drawn = [...picture.boxes.values()].filter((b) => keep.has(b.id));
  const routes = picture.connections.filter((c) => keep.has(c.source) && keep.has(c.target)).map((c) => ({ c, r: picture.route(c.id) }));
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const grow = (x: number, y: number) => { minX = Math.min(minX, x); minY = Math.min(minY, y); maxX = Math.max(maxX, x); maxY = Math.max(maxY, y); };
  for (const b of drawn) { grow(b.x, b.y); grow(b.x + b.w, b.y + b.h); }
  for (const { r } of routes) for (const p of r?.points ?? []) { grow(p.x - 6, p.y - 6); grow(p.x + 6, p.y + 6); }
  if (!drawn.length) { minX = minY = 0; maxX = maxY = 100; }
  const d = design.domain;
  // Title block above the picture, legend below; the sheet is at least wide enough for them.
  const width = Math.ceil(Math.max(maxX - minX + PAD * 2, 720));
  const room = width - PAD * 2;
  const date = (opts.date ?? new Date()).toISOString().slice(0, 10);
  const frames = Object.values(d.systems).filter((s) => keep.has(s.id)).map((s) => `${s.name} (${s.typeModel}, ${s.generation})`);
  const counts = `${Object.values(d.partitions).filter((p) => keep.has(p.id)).length} partitions`;
  const sub = wrap([`Exported ${date}`, counts, ...(frames.length ? [`${frames.length === 1 ? 'frame' : 'frames'}: ${frames[0]}`, ...frames.slice(1)] : [])], 13, room);
  const titleH = 40 + sub.length * 18 + 12;
  const legendItems = LINE_KINDS.filter((k) => routes.some(({ c }) => c.kind === k.kind));
  const legendLines: (typeof LINE_KINDS)[] = [[]];
  let lx = 0;
  for (const k of legendItems) {
    const w = 44 + textWidth(k.label, 12) + 24;
    if (lx + w > room && legendLines[legendLines.length - 1]!.length) { legendLines.push([]); lx = 0; }
    legendLines[legendLines.length - 1]!.push(k);
    lx += w;
  }
  const legendH = legendItems.length ? 30 + legendLines.length * 22 : 0;
  const x0 = minX - (width - (maxX - minX)) / 2;
  const y0 = minY - PAD - titleH;
  const height = Math.ceil(titleH + (maxY - minY) + PAD * 2 + legendH);
  const title = t(opts.title ?? design.name);

  const head = [`<text x="${n(x0 + PAD)}" y="${n(y0 + PAD + 4)}" class="title">${t(fit(opts.title ?? design.name, 22, room))}</text>`,
    ...sub.map((line, i) => `<text x="${n(x0 + PAD)}" y="${n(y0 + PAD + 28 + i * 18)}" class="subtitle">${t(line)}</text>`)];
  const order = (b: PictureBox) => (b.kind === 'frame' ? 0 : 1);
  const nodes = drawn.sort((a, b) => order(a) - order(b)).map((b) => (b.kind === 'frame' ? drawFrame(design, b)
    : b.kind === 'partition' ? drawPartition(design, b, rows.get(b.id) ?? []) : drawSmall(design, b)));
  const edges: string[] = [];
  const ports: string[] = [];
  for (const { c, r } of routes) {
    if (!r) continue;
    edges.push(`<path class="edge edge-${c.kind}" data-edge="${t(c.id)}" d="${pathOf(r.points.map((p): Pt => ({ x: n(p.x), y: n(p.y) })))}">${c.label ? `<title>${t(c.label)}</title>` : ''}</path>`);
    for (const p of [r.from, r.to]) ports.push(`<rect class="port port-${c.kind}" x="${n(p.x - 3.5)}" y="${n(p.y - 3.5)}" width="7" height="7"/>`);
  }
  const ly = y0 + titleH + (maxY - minY) + PAD * 2;
  const legend: string[] = [];
  if (legendItems.length) {
    legend.push(`<text x="${n(x0 + PAD)}" y="${n(ly + 14)}" class="legend-title">Lines</text>`);
    legendLines.forEach((line, i) => {
      let x = x0 + PAD;
      const y = ly + 34 + i * 22;
      for (const k of line) {
        legend.push(`<path class="legend-line edge-${k.kind}" d="M${n(x)} ${n(y - 4)}L${n(x + 36)} ${n(y - 4)}"/><text x="${n(x + 44)}" y="${n(y)}">${t(k.label)}</text>`);
        x += 44 + textWidth(k.label, 12) + 24;
      }
    });
  }
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n`
    + `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${n(x0)} ${n(y0)} ${width} ${height}">\n`
    + `<title>${title}</title><style>${style(theme)}</style>\n`
    + `<rect x="${n(x0)}" y="${n(y0)}" width="${width}" height="${height}" class="bg"/>\n`
    + `<g class="title-block">${head.join('')}</g>\n`
    + `${nodes.join('\n')}\n<g class="edges">\n${edges.join('\n')}\n</g>\n<g class="ports">${ports.join('')}</g>\n`
    + `<g class="legend">${legend.join('')}</g>\n</svg>\n`;
  return { svg, width, height };
}
