import { type CollectorPart, isCollector, splitCollector } from './collector.ts';
import { splitOutputs } from './segments.ts';
import { type TextKind, detectKind } from './detect.ts';
import { parseLocation, parseVirtualLocation } from './location.ts';
import { frameOfMtm } from './observe-modern.ts';
import { type ParsedText, parseText } from './parse-text.ts';
import { type HmcError, type UnparsedLine, splitLines } from './report.ts';

/** One input file, parsed: a single command output, or the parts of a collector file. */
export interface Source {
  name: string;
  kind: TextKind;
  parts: ParsedText[];
  /** `uname -n` / `hostname` of a collector file: the VIOS host name. */
  hostname?: string;
  /** `ioslevel` of a collector file. */
  iosLevel?: string;
  /** Kinds of the parts of a collector file or of several pasted outputs, for the report. */
  partKinds?: { command: string; kind: TextKind }[];
  unparsed: UnparsedLine[];
  errors: HmcError[];
}

/** 96 MB: a million lines of `lsmap -all` are about 50 MB. */
export const MAX_TEXT_CHARS = 96 * 1024 * 1024;

const remap = <T extends { line: number }>(items: T[], lines: number[]): T[] =>
  items.map((x) => ({ ...x, line: lines[x.line - 1] ?? x.line }));

function readCollectorPart(src: Source, part: CollectorPart, known?: TextKind): void {
  const cmd = part.command.split(/\s+/)[0] ?? '';
  const first = splitLines(part.text).find((l) => l.trim() !== '')?.trim();
  if (cmd === 'uname' || cmd === 'hostname') { if (first) src.hostname = first; return; }
  if (cmd === 'ioslevel') { if (first) src.iosLevel = first; return; }
  if (cmd === 'date' || cmd === 'echo') return;
  const kind = known ?? detectKind(part.text);
  if (kind === 'collector' || kind === 'several') {
    src.unparsed.push({ line: part.lines[0] ?? 1, text: `(${part.command}: a collector file inside a collector file is not read)` });
    return;
  }
  const parsed = parseText(part.text, kind);
  src.partKinds!.push({ command: part.command, kind: parsed.kind });
  // Loops, not push(...list): a spread of a long list overflows the call stack.
  for (const u of remap(parsed.unparsed, part.lines)) src.unparsed.push(u);
  for (const e of remap(parsed.errors, part.lines)) src.errors.push(e);
  src.parts.push(parsed);
}

/** Parses one input: detects its kind, splits a collector file, keeps line numbers of the file. */
export function readSource(input: { name: string; text: string }): Source {
  const name = String(input.name ?? 'input');
  const text = typeof input.text === 'string' ? input.text : '';
  if (text.length > MAX_TEXT_CHARS) {
    return { name, kind: 'unknown', parts: [], unparsed: [{ line: 1, text: `(file larger than ${MAX_TEXT_CHARS / 1024 / 1024} MB, not read)` }], errors: [] };
  }
  if (!isCollector(text)) {
    const outputs = splitOutputs(text);
    if (outputs.length <= 1) {
      const parsed = parseText(text, outputs[0]?.kind ?? 'unknown');
      return { name, kind: parsed.kind, parts: [parsed], unparsed: parsed.unparsed, errors: parsed.errors };
    }
    // Several outputs pasted together: each is read as its own kind and reported on its own.
    const src: Source = { name, kind: 'several', parts: [], partKinds: [], unparsed: [], errors: [] };
    for (const o of outputs) {
      const first = o.lines[0]!;
      const last = o.lines[o.lines.length - 1]!;
      readCollectorPart(src, { command: first === last ? `line ${first}` : `lines ${first}–${last}`, text: o.text, lines: o.lines }, o.kind);
    }
    return src;
  }
  const split = splitCollector(text);
  const src: Source = { name, kind: 'collector', parts: [], partKinds: [], unparsed: [...split.unparsed], errors: [] };
  for (const part of split.parts) readCollectorPart(src, part);
  src.unparsed.sort((a, b) => a.line - b.line);
  src.errors.sort((a, b) => a.line - b.line);
  return src;
}

/** What a source tells about the frame it comes from and the partitions in it. */
export interface SourceClues {
  /** Serials in virtual location codes of server-side devices (vhost, vfchost, SVEA, slot DRC). */
  serials: Map<string, { count: number; typeModel: string }>;
  /** Serials only seen in client-side locations (VFC client DRC). */
  clientSerials: Map<string, { count: number; typeModel: string }>;
  /** Frame serial read from lssyscfg logical serial numbers (serial + partition id). */
  logicalSerials: Map<string, number>;
  /** (partition id, name) pairs the source names. */
  names: Map<number, string>;
  /** Partition ids of the VIOS whose devices the source lists. */
  viosIds: Set<number>;
}

function count(map: Map<string, { count: number; typeModel: string }>, loc: { serial: string; typeModel: string } | null): void {
  if (!loc) return;
  const cur = map.get(loc.serial);
  if (cur) cur.count++; else map.set(loc.serial, { count: 1, typeModel: loc.typeModel });
}

export function cluesOf(src: Source): SourceClues {
  const c: SourceClues = { serials: new Map(), clientSerials: new Map(), logicalSerials: new Map(), names: new Map(), viosIds: new Set() };
  const server = (physloc: string | undefined) => {
    const loc = parseVirtualLocation(physloc);
    count(c.serials, loc);
    if (loc) c.viosIds.add(loc.lparId);
  };
  const name = (id: number | null | undefined, n: string | undefined) => { if (id && n && !c.names.has(id)) c.names.set(id, n); };
  /** A server adapter of an lsmap listing with its client's location and name. */
  const served = (physloc: string | undefined, clientLoc: string | undefined, id: number | null | undefined, n: string | undefined) => {
    server(physloc);
    count(c.clientSerials, parseVirtualLocation(clientLoc));
    name(id, n);
  };
  for (const p of src.parts) {
    switch (p.kind) {
      case 'lsmap-vscsi': p.facts.vhosts.forEach((v) => server(v.physloc)); break;
      case 'lsmap-net': p.facts.sveas.forEach((v) => server(v.physloc)); break;
      case 'lsmap-npiv': p.facts.vfchosts.forEach((v) => served(v.physloc, v.vfcClientDrc, v.clientId, v.clientName)); break;
      case 'lshwres-slot':
        if (p.facts.rsubtype === 'slot') for (const s of p.facts.slots) count(c.serials, parseLocation(s.drcName));
        break;
      case 'lssyscfg-lpar':
        for (const l of p.facts.partitions) {
          name(l.lparId, l.name);
          const suffix = String(l.lparId);
          if (l.logicalSerial && l.logicalSerial.length > suffix.length && l.logicalSerial.endsWith(suffix)) {
            const serial = l.logicalSerial.slice(0, -suffix.length);
            c.logicalSerials.set(serial, (c.logicalSerials.get(serial) ?? 0) + 1);
          }
        }
        break;
      case 'lssyscfg-prof': p.facts.profiles.forEach((f) => name(f.lparId, f.lparName)); break;
      case 'lsmap-vnic': p.facts.servers.forEach((v) => served(v.physloc, v.clientPhysloc, v.clientId, v.clientName)); break;
      case 'lshwres-sriov-logport':
        if (p.facts.rsubtype === 'logport') p.facts.logicalPorts.forEach((l) => name(l.lparId, l.lparName));
        break;
      case 'lshwres-vnic':
        for (const v of p.facts.vnics) { name(v.lparId, v.lparName); v.backings.forEach((b) => name(b.viosId, b.viosName)); }
        break;
      case 'cluster-status':
        for (const cl of p.facts.clusters) for (const n of cl.nodes) { const f = frameOfMtm(n.mtm); if (f) count(c.serials, f); }
        break;
      case 'lshwres-scsi': case 'lshwres-fc': case 'lshwres-eth': case 'lshwres-serial':
        for (const a of p.facts.rsubtype === 'slot' ? [] : p.facts.adapters) {
          name(a.lparId, a.lparName);
          if ('remoteLparId' in a) name(a.remoteLparId, a.remoteLparName);
        }
        break;
      case 'lshwres-proc': case 'lshwres-mem': p.facts.partitions.forEach((f) => name(f.lparId, f.lparName)); break;
      default: break;
    }
  }
  if (src.hostname && c.viosIds.size === 1) name([...c.viosIds][0], src.hostname);
  return c;
}

/** The most frequent key of a count map (first seen wins a tie). */
export function mostFrequent<T>(map: Map<string, T>, countOf: (v: T) => number): string | undefined {
  let best: string | undefined;
  for (const [k, v] of map) if (best === undefined || countOf(v) > countOf(map.get(best)!)) best = k;
  return best;
}
