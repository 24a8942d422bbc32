import { type Parsed, Refusal, toInt } from './report.ts';
import { CLIENT_HEADER, clientRow, walkLsmap } from './lsmap-walk.ts';

/**
 * One vnicserver of `lsmap -all -vnic` on a VIOS (MODERN.md 2.2): its slot (high HMC-assigned numbers such as 32897),
 * the client it serves, the SR-IOV logical port (entN) behind it and the client's end (device name, partition, slot).
 */
export interface VnicServerFact {
  line: number;
  name: string;
  physloc: string;
  /** Client partition id (decimal); null when none. */
  clientId: number | null;
  clientName?: string;
  clientOs?: string;
  /** The SR-IOV logical port on the VIOS (entN). */
  backing?: string;
  status?: string;
  /** Location of the logical port: the physical port's plus -S<n>, e.g. U78CD.001.FZHG310-P1-C1-T1-S1. */
  backingPhysloc?: string;
  clientDevice?: string;
  /** -V<client id>-C<client slot>: filled even when the client is not running. */
  clientPhysloc?: string;
}

export interface LsmapVnicFacts { servers: VnicServerFact[] }

const ROW = /^(vnicserver\d+)\s+(U\S+)(?:\s+(\d+))?(?:\s+(\S+))?(?:\s+(\S+))?\s*$/;
const FMT = /^(vnicserver\d+)([^\w\s])/;
const KEY = /^(Backing device|Status|Physloc|Client device name|Client device physloc):(.*)$/i;
/** How every line of the listing starts; anything else after a long line is the rest of that line, wrapped. */
const LINE_START = /^(vnicserver\d+|Name\s|[-\u2010-\u2015]{3}|(Backing device|Status|Physloc|Client device name|Client device physloc):)/i;
const NA = (v: string | undefined) => (v && v !== 'N/A' ? v : undefined);

function setField(v: VnicServerFact, key: string, value: string): boolean {
  switch (key.toLowerCase()) {
    case 'backing device': if (value) v.backing = value; return true;
    case 'status': if (value) v.status = value; return true;
    case 'physloc': if (value) v.backingPhysloc = value; return true;
    case 'client device name': if (NA(value)) v.clientDevice = value; return true;
    case 'client device physloc': if (value) v.clientPhysloc = value; return true;
    default: return false;
  }
}

/**
 * `-fmt <delimiter>`: name, physloc, client id, client name, client OS, backing device, status, backing physloc, client
 * device name, client device physloc (the order of the plain listing, as `lsmap -all -npiv -fmt` keeps it [D]).
 */
function fromFmt(line: string, n: number, delim: string): VnicServerFact | Refusal {
  const f = line.split(delim).map((x) => x.trim());
  if (f.length !== 10) return new Refusal(1, `${f.length} fields; lsmap -vnic -fmt prints 10 (name, physloc, client id, client name, client OS, backing device, status, backing physloc, client device, client physloc)`);
  if (!/^U\S+$/.test(f[1]!)) return new Refusal(f[0]!.length + 2, `${f[1]} is not a location code`);
  const id = toInt(f[2]);
  if (f[2] && id === undefined) return new Refusal(f[0]!.length + f[1]!.length + 3, `client id ${f[2]} is not a number`);
  const v: VnicServerFact = { line: n, name: f[0]!, physloc: f[1]!, clientId: id ? id : null };
  if (NA(f[3])) v.clientName = f[3];
  if (NA(f[4])) v.clientOs = f[4];
  ['Backing device', 'Status', 'Physloc', 'Client device name', 'Client device physloc'].forEach((k, i) => setField(v, k, f[5 + i]!));
  return v;
}

/** Parses `lsmap -all -vnic` (and `lsmap -vnic -vadapter vnicserverN`), plain or `-fmt <delimiter>`. */
export function parseLsmapVnic(text: string): Parsed<LsmapVnicFacts> {
  const { blocks: servers, ...res } = walkLsmap<VnicServerFact>(text, {
    header: CLIENT_HEADER,
    lineStart: LINE_START,
    fmt: { start: FMT, build: fromFmt },
    row: (line, n) => clientRow(ROW, line, n, (v) => !!NA(v)),
    attr(cur, line) {
      const kv = KEY.exec(line);
      if (!kv) return false;
      if (!cur) return new Refusal(1, `${kv[1]} before any vnicserver line`);
      const value = kv[2]!.trim();
      if (/\s/.test(value)) return new Refusal(kv[1]!.length + 2, `${kv[1]}: "${value}" holds a space`);
      return setField(cur, kv[1]!, value);
    },
  });
  return { facts: { servers }, ...res };
}
