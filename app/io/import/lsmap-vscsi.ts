import { type Parsed, toInt } from './report.ts';
import { walkLsmap } from './lsmap-walk.ts';

/** A virtual target device under a vhost in `lsmap -all` / `lsmap -vadapter vhostN`. */
export interface VtdFact {
  line: number;
  name: string;
  status?: string;
  /** LUN number on the vhost: 0x8100000000000000 -> 1. */
  lun?: number;
  lunHex?: string;
  /** Null for an empty virtual optical device. */
  backing: string | null;
  backingPhysloc?: string;
  mirrored?: boolean;
}

export interface VhostFact {
  line: number;
  /** vhostN (the SVSA). */
  name: string;
  physloc: string;
  /** Client partition id (printed in hex); null for 0x00000000 (no client). */
  clientId: number | null;
  vtds: VtdFact[];
}

export interface LsmapVscsiFacts {
  vhosts: VhostFact[];
}

const HEADER = /^SVSA\s+Physloc\s+Client\s+Partition\s+ID\s*$/i;
const VHOST = /^(\S+)\s+(U\S+)\s+(0x[0-9a-f]+)\s*$/i;
const ATTR = /^(VTD|Status|LUN|Backing device|Physloc|Mirrored)(?:\s+(.*?))?\s*$/;
/** How every line of the listing starts; anything else after a long line is the rest of that line, wrapped. */
const LINE_START = /^(vhost\d+[^\w\s]|SVSA\b|[-\u2010-\u2015]{3}|VTD\b|Status\b|LUN\b|Backing device\b|Physloc\b|Mirrored\b|\S+\s+U\S+\s+0x)/;

/** 0x8100000000000000 -> 1, 0x8200... -> 2 (REFERENCE 1.6). */
export function lunNumber(hex: string): number | undefined {
  const m = /^0x([0-9a-f]{2})[0-9a-f]*$/i.exec(hex);
  if (!m) return undefined;
  const n = parseInt(m[1]!, 16) - 0x80;
  return n >= 1 && n <= 255 ? n : undefined;
}

const FMT = /^(vhost\d+)([^\w\s])/;
const HEX = /^0x[0-9a-f]+$/i;

/** The VTD fields of one `-fmt` line, by how many fields each VTD has: all of them, without Mirrored, or `-field vtd backing`. */
function fmtVtds(rest: string[], n: number): VtdFact[] | null {
  if (rest.length === 0 || (rest.length === 1 && /^NO VIRTUAL TARGET DEVICE FOUND$/i.test(rest[0]!.trim()))) return [];
  for (const size of [6, 5, 2]) {
    if (rest.length % size !== 0) continue;
    const chunks = Array.from({ length: rest.length / size }, (_, i) => rest.slice(i * size, i * size + size).map((x) => x.trim()));
    if (size > 2 && !chunks.every((c) => HEX.test(c[2]!))) continue;
    if (!chunks.every((c) => c[0])) continue;
    return chunks.map((c) => {
      const backing = size === 2 ? c[1]! : c[3]!;
      const v: VtdFact = { line: n, name: c[0]!, backing: backing && !/^no media$/i.test(backing) ? backing : null };
      if (size > 2) {
        if (c[1]) v.status = c[1];
        v.lunHex = c[2]!;
        const lun = lunNumber(c[2]!);
        if (lun !== undefined) v.lun = lun;
        if (c[4]) v.backingPhysloc = c[4];
        if (size === 6 && /^(true|false)$/i.test(c[5]!)) v.mirrored = c[5]!.toLowerCase() === 'true';
      }
      return v;
    });
  }
  return null;
}

/**
 * One line of `lsmap -all -fmt <delimiter>` (REFERENCE 1.6): svsa, physloc, client id, then per VTD
 * its name, status, LUN, backing device, backing physloc and (VIOS 2.2 and later) mirrored.
 */
function fromFmt(line: string, n: number, delim: string): VhostFact | null {
  const f = line.split(delim);
  if (f.length < 3 || !/^U\S+$/.test(f[1]!.trim()) || !HEX.test(f[2]!.trim())) return null;
  const vtds = fmtVtds(f.slice(3), n);
  if (!vtds) return null;
  const id = toInt(f[2]!.trim(), 16);
  return { line: n, name: f[0]!, physloc: f[1]!.trim(), clientId: id ? id : null, vtds };
}

/** Parses `lsmap -all` and `lsmap -vadapter vhostN` (the virtual SCSI form), plain or `-fmt <delimiter>`. */
export function parseLsmapVscsi(text: string): Parsed<LsmapVscsiFacts> {
  /** The VTD the next Status, LUN, Backing device ... lines are of. */
  let vtd: VtdFact | null = null;
  const { blocks: vhosts, ...res } = walkLsmap<VhostFact>(text, {
    header: HEADER,
    lineStart: LINE_START,
    fmt: {
      start: FMT,
      build(line, n, delimiter) {
        const v = fromFmt(line, n, delimiter);
        if (v) vtd = null;
        return v;
      },
    },
    row(line, n) {
      const vh = VHOST.exec(line);
      if (!vh) return null;
      const id = toInt(vh[3], 16);
      vtd = null;
      return { line: n, name: vh[1]!, physloc: vh[2]!, clientId: id ? id : null, vtds: [] };
    },
    attr(vhost, line, n) {
      const a = ATTR.exec(line);
      if (!a || !vhost) return false;
      const key = a[1]!;
      const value = a[2] ?? '';
      if (key === 'VTD') {
        if (/^NO VIRTUAL TARGET DEVICE FOUND$/i.test(value)) { vtd = null; return true; }
        if (!value) return false;
        vtd = { line: n, name: value, backing: null };
        vhost.vtds.push(vtd);
        return true;
      }
      if (!vtd) return false;
      if (key === 'Status') vtd.status = value;
      else if (key === 'LUN') {
        vtd.lunHex = value;
        const lun = lunNumber(value);
        if (lun !== undefined) vtd.lun = lun;
      } else if (key === 'Backing device') vtd.backing = value && !/^no media$/i.test(value) ? value : null;
      else if (key === 'Physloc') { if (value) vtd.backingPhysloc = value; } else {
        if (/^(true|false)$/i.test(value)) vtd.mirrored = value.toLowerCase() === 'true';
      }
      return true;
    },
  });
  return { facts: { vhosts }, ...res };
}
