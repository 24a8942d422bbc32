import { type Parsed, toInt, walkLines } from './report.ts';

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
const RULE = /^[-\u2010-\u2015\s]+$/;
const VHOST = /^(\S+)\s+(U\S+)\s+(0x[0-9a-f]+)\s*$/i;
const ATTR = /^(VTD|Status|LUN|Backing device|Physloc|Mirrored)(?:\s+(.*?))?\s*$/;

/** 0x8100000000000000 -> 1, 0x8200... -> 2 (REFERENCE 1.6). */
export function lunNumber(hex: string): number | undefined {
  const m = /^0x([0-9a-f]{2})[0-9a-f]*$/i.exec(hex);
  if (!m) return undefined;
  const n = parseInt(m[1]!, 16) - 0x80;
  return n >= 1 && n <= 255 ? n : undefined;
}

/** Parses `lsmap -all` and `lsmap -vadapter vhostN` (the virtual SCSI form). */
export function parseLsmapVscsi(text: string): Parsed<LsmapVscsiFacts> {
  const vhosts: VhostFact[] = [];
  let vhost: VhostFact | null = null;
  let vtd: VtdFact | null = null;
  const res = walkLines(text, (raw, n) => {
    const line = raw.trim();
    if (HEADER.test(line) || RULE.test(line)) return true;
    const vh = VHOST.exec(line);
    if (vh) {
      const id = toInt(vh[3], 16);
      vhost = { line: n, name: vh[1]!, physloc: vh[2]!, clientId: id ? id : null, vtds: [] };
      vhosts.push(vhost);
      vtd = null;
      return true;
    }
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
  });
  return { facts: { vhosts }, ...res };
}
