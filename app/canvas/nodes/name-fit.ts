import { NODE_SIZE } from '../../model/layout/tidy.ts';

/** Zoomed out, a partition's header: padding above (room for the +vSCSI / +NPIV chips), at the sides and below (canvas.css). */
const PAD_TOP = 20, PAD_SIDE = 10, PAD_BOTTOM = 8;
/** A bold character's width and the line height, in em (DejaVu Sans Bold's capitals and digits are about 0.72 em; 0.78 leaves a margin). */
const CHAR_EM = 0.78, LINE_EM = 1.1;
/** The kind badge (type at 0.84 of the name's): its width in em of the name's type, for a label of `n` characters. */
const badgeEm = (n: number) => 0.84 * (0.76 * n + 0.6) + 0.3;
/** A cut at "_", "-" or "." is preferred while it keeps at least this much of the type an even cut allows. */
const CLEAN = 0.8;

const BREAK = /[_\-.]/;

/** The name cut into `lines` lines: as even as can be, or (`clean`) at the "_", "-" or "." nearest the even cut. */
export function nameLines(name: string, lines: number, clean = true): string[] {
  const out: string[] = [];
  let rest = name;
  for (let l = lines; l > 1 && rest.length > 1; l--) {
    const ideal = Math.ceil(rest.length / l);
    let cut = ideal;
    for (let d = 0; clean && d <= ideal; d++) {
      if (ideal + d < rest.length && BREAK.test(rest[ideal + d - 1]!)) { cut = ideal + d; break; }
      if (ideal - d > 0 && BREAK.test(rest[ideal - d - 1]!)) { cut = ideal - d; break; }
    }
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) out.push(rest);
  return out;
}

export interface NameFit {
  /** The largest type (flow px) that keeps the name whole inside the box. */
  px: number;
  /** Where the name may wrap at that size: character offsets of the cuts. */
  cuts: number[];
}

/**
 * Zoomed out, a partition shows its whole name, never cut short: on one to three lines, with its kind badge
 * beside it or below it, in the largest type that fits the box (a long name gets smaller type or more lines);
 * `height` is the box's; a VIOS keeps a line for its role (the summary below takes what is left).
 */
export function nameFit(name: string, kind: string, height: number, vios: boolean): NameFit {
  const width = NODE_SIZE.partitionWidth - 2 * PAD_SIDE;
  const room = height - PAD_TOP - PAD_BOTTOM;
  const badge = badgeEm(kind.length);
  // A VIOS's role ("SEA primary") takes a line of its own below the name, in the badge's type.
  const role = vios ? 0.9 : 0;
  const size = (parts: string[]) => {
    const w = Math.max(...parts.map((p) => p.length * CHAR_EM));
    const beside = Math.min(width / (w + badge), room / (LINE_EM * (parts.length + role)));
    const below = Math.min(width / Math.max(w, badge), room / (LINE_EM * (parts.length + 0.9 + role)));
    return Math.max(beside, below);
  };
  let best: NameFit = { px: 0, cuts: [] };
  for (let lines = 1; lines <= 3; lines++) {
    const even = nameLines(name, lines, false);
    const clean = nameLines(name, lines, true);
    const evenPx = size(even);
    const cleanPx = size(clean);
    const [parts, px] = cleanPx >= CLEAN * evenPx ? [clean, cleanPx] : [even, evenPx];
    if (px > best.px * 1.02) best = { px: Math.floor(px * 10) / 10, cuts: offsets(parts) };
  }
  return best;
}

const offsets = (parts: string[]) => parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('').length);
