import { type Parsed, toInt } from './report.ts';
import { CLIENT_HEADER, clientRow, walkLsmap } from './lsmap-walk.ts';

/** One vfchost of `lsmap -all -npiv` (plain or `-fmt <delimiter>`). */
export interface VfchostFact {
  line: number;
  name: string;
  physloc: string;
  /** Client partition id (decimal in this output); null when none. */
  clientId: number | null;
  clientName?: string;
  clientOs?: string;
  /** LOGGED_IN, NOT_LOGGED_IN ... */
  status?: string;
  /** The physical FC port (fcsN) the vfchost is mapped to with vfcmap; absent when NOT_MAPPED. */
  fcName?: string;
  fcLocation?: string;
  portsLoggedIn?: number;
  flags?: string;
  /** The client's device name for its end (fcsN on AIX, hostN on Linux). */
  vfcClientName?: string;
  /** Location of the client adapter: partition id and slot. */
  vfcClientDrc?: string;
}

export interface LsmapNpivFacts {
  vfchosts: VfchostFact[];
}

const ROW = /^(vfchost\d+)\s+(U\S+)(?:\s+(\d+))?(?:\s+(\S+))?(?:\s+(\S+))?\s*$/;
const KEYS = /\b(Status|FC name|FC loc code|Ports logged in|Flags|VFC client name|VFC client DRC):/gi;
const FMT = /^(vfchost\d+)([^\w\s])/;
/** How every line of the listing starts; anything else after a long line is the rest of that line, wrapped by a terminal or mail. */
const LINE_START = /^(vfchost\d+|Name\s|[-\u2010-\u2015]{3}|(Status|FC name|FC loc code|Ports logged in|Flags|VFC client name|VFC client DRC):)/i;

function setField(v: VfchostFact, key: string, value: string): boolean {
  switch (key.toLowerCase()) {
    case 'status': if (value) v.status = value; return true;
    case 'fc name': if (value) v.fcName = value; return true;
    case 'fc loc code': if (value) v.fcLocation = value; return true;
    case 'ports logged in': { const n = toInt(value); if (n !== undefined) v.portsLoggedIn = n; return true; }
    case 'flags': if (value) v.flags = value; return true;
    case 'vfc client name': if (value) v.vfcClientName = value; return true;
    case 'vfc client drc': if (value) v.vfcClientDrc = value; return true;
    default: return false;
  }
}

/** Reads `Key:value   Key:value` lines; each value runs to the next known key. */
function readPairs(v: VfchostFact, line: string): boolean {
  const keys = [...line.matchAll(KEYS)];
  if (keys.length === 0 || keys[0]!.index !== 0) return false;
  return keys.every((k, i) => {
    const end = keys[i + 1]?.index ?? line.length;
    const value = line.slice(k.index + k[0].length, end).trim();
    return !/\s/.test(value) && setField(v, k[1]!, value);
  });
}

/** `-fmt :` field order: name, physloc, client id, client name, client OS, status, FC name, FC loc code, ports logged in, flags, VFC client name, VFC client DRC. */
function fromFmt(line: string, n: number, delim: string): VfchostFact | null {
  const f = line.split(delim);
  if (f.length < 3 || !/^U\S+$/.test(f[1] ?? '')) return null;
  const id = toInt(f[2]);
  const v: VfchostFact = { line: n, name: f[0]!, physloc: f[1]!, clientId: id ? id : null };
  const keys = ['', '', '', 'clientName', 'clientOs', 'status', 'fcName', 'fcLocation', 'portsLoggedIn', 'flags', 'vfcClientName', 'vfcClientDrc'] as const;
  keys.forEach((k, i) => {
    const value = f[i]?.trim();
    if (!k || !value) return;
    if (k === 'portsLoggedIn') { const p = toInt(value); if (p !== undefined) v.portsLoggedIn = p; } else v[k] = value;
  });
  return v;
}

/** Parses `lsmap -all -npiv` in its plain form and in its `-fmt <delimiter>` form. */
export function parseLsmapNpiv(text: string): Parsed<LsmapNpivFacts> {
  const { blocks: vfchosts, ...res } = walkLsmap<VfchostFact>(text, {
    header: CLIENT_HEADER,
    lineStart: LINE_START,
    fmt: { start: FMT, build: fromFmt },
    row: (line, n) => clientRow(ROW, line, n),
    attr: (cur, line) => cur !== null && readPairs(cur, line),
  });
  return { facts: { vfchosts }, ...res };
}
