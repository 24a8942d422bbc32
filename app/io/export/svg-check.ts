import { textWidth } from './svg.ts';

/** Type sizes of the export's text classes (see the style in svg.ts). */
const SIZE: Record<string, number> = { title: 22, subtitle: 13, 'frame-name': 16, name: 15, muted: 11, badge: 10, role: 11, row: 11, icon: 10, 'legend-title': 12 };

interface Box { x1: number; y1: number; x2: number; y2: number; what: string }

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
const unescape = (s: string) => s.replace(/<title>[\s\S]*?<\/title>/g, '').replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|apos);/g, '_');

/**
 * What is wrong with an exported SVG as a picture: text that a line's segment crosses (text boxes from the
 * export's type sizes), and anything (text, box, line) outside the view box. Empty when the picture is clean.
 * Reads the SVG text itself, so it checks the real export.
 */
export function svgProblems(svg: string): string[] {
  const problems: string[] = [];
  const vb = (attr(svg.match(/<svg[^>]*>/)?.[0] ?? '', 'viewBox') ?? '0 0 0 0').split(/\s+/).map(Number) as [number, number, number, number];
  const inView = (x: number, y: number) => x >= vb[0] - 0.5 && y >= vb[1] - 0.5 && x <= vb[0] + vb[2] + 0.5 && y <= vb[1] + vb[3] + 0.5;
  const texts: Box[] = [];
  for (const m of svg.matchAll(/<text([^>]*)>([\s\S]*?)<\/text>/g)) {
    const tag = m[1]!;
    const size = SIZE[attr(tag, 'class') ?? ''] ?? 12;
    const x = Number(attr(tag, 'x')), y = Number(attr(tag, 'y'));
    // Runs: the text up to the first positioned tspan, then each positioned tspan on its own.
    const runs: { x: number; s: string }[] = [];
    const body = m[2]!.replace(/<title>[\s\S]*?<\/title>/g, '');
    const parts = body.split(/(?=<tspan[^>]*\sx=")/);
    parts.forEach((p, i) => {
      const tx = i === 0 ? x : Number(attr(p.match(/<tspan[^>]*>/)?.[0] ?? '', 'x'));
      runs.push({ x: tx, s: unescape(p) });
    });
    for (const r of runs) {
      if (!r.s) continue;
      const w = textWidth(r.s, size);
      const end = attr(tag, 'text-anchor') === 'end';
      const b = { x1: end ? r.x - w : r.x, x2: end ? r.x : r.x + w, y1: y - size * 0.8, y2: y + size * 0.2, what: `text "${r.s.slice(0, 40)}"` };
      texts.push(b);
      if (!inView(b.x1, b.y1) || !inView(b.x2, b.y2)) problems.push(`${b.what} is outside the view box`);
    }
  }
  for (const m of svg.matchAll(/<rect([^>]*)\/?>/g)) {
    const x = Number(attr(m[1]!, 'x')), y = Number(attr(m[1]!, 'y')), w = Number(attr(m[1]!, 'width')), h = Number(attr(m[1]!, 'height'));
    if ([x, y, w, h].some(Number.isNaN)) continue;
    if (!inView(x, y) || !inView(x + w, y + h)) problems.push(`a box at ${x},${y} is outside the view box`);
  }
  for (const m of svg.matchAll(/<path([^>]*)>/g)) {
    const d = attr(m[1]!, 'd') ?? '';
    const what = attr(m[1]!, 'data-edge') ?? 'a legend line';
    const pts = [...d.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((p) => ({ x: Number(p[1]), y: Number(p[2]) }));
    for (const p of pts) if (!inView(p.x, p.y)) { problems.push(`line ${what} leaves the view box at ${p.x},${p.y}`); break; }
    for (let i = 1; i < pts.length; i++) {
      const a = pts[i - 1]!, b = pts[i]!;
      const x1 = Math.min(a.x, b.x), x2 = Math.max(a.x, b.x), y1 = Math.min(a.y, b.y), y2 = Math.max(a.y, b.y);
      for (const tb of texts) {
        if (x1 < tb.x2 && x2 > tb.x1 && y1 < tb.y2 && y2 > tb.y1) problems.push(`line ${what} crosses ${tb.what}`);
      }
    }
  }
  return problems;
}
