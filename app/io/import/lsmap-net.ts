import type { Parsed } from './report.ts';
import { walkLsmap } from './lsmap-walk.ts';

/** One server virtual Ethernet adapter (SVEA) block of `lsmap -all -net`. */
export interface SveaFact {
  line: number;
  /** entN: the virtual (trunk) adapter. */
  name: string;
  physloc: string;
  /** The SEA it belongs to; null when "NO SHARED ETHERNET ADAPTER FOUND". */
  sea: string | null;
  /** The SEA's real adapter (entN) and its location. */
  backing?: string;
  backingPhysloc?: string;
  status?: string;
}

export interface LsmapNetFacts {
  sveas: SveaFact[];
}

const HEADER = /^SVEA\s+Physloc\s*$/i;
const SVEA = /^(ent\d+)\s+(U\S+)\s*$/;
const ATTR = /^(SEA|Backing device|Status|Physloc)(?:\s+(.*?))?\s*$/;
/** How every line of the listing starts; anything else after a long line is the rest of that line, wrapped. */
const LINE_START = /^(ent\d+\s|SVEA\b|[-\u2010-\u2015]{3}|SEA\b|Backing device\b|Status\b|Physloc\b)/;

/** Parses `lsmap -all -net` (and `lsmap -vadapter entN -net`). */
export function parseLsmapNet(text: string): Parsed<LsmapNetFacts> {
  const { blocks: sveas, ...res } = walkLsmap<SveaFact>(text, {
    header: HEADER,
    lineStart: LINE_START,
    row(line, n) {
      const s = SVEA.exec(line);
      return s ? { line: n, name: s[1]!, physloc: s[2]!, sea: null } : null;
    },
    attr(cur, line) {
      const a = ATTR.exec(line);
      if (!a || !cur) return false;
      const value = a[2] ?? '';
      switch (a[1]) {
        case 'SEA':
          if (/^ent\d+$/.test(value)) cur.sea = value;
          else if (!/NO SHARED ETHERNET ADAPTER FOUND/i.test(value)) return false;
          return true;
        case 'Backing device': if (value) cur.backing = value; return true;
        case 'Status': if (value) cur.status = value; return true;
        default: if (value) cur.backingPhysloc = value; return true;
      }
    },
  });
  return { facts: { sveas }, ...res };
}
