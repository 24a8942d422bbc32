import { type Design, emptyDesign } from '../../model/index.ts';
import { assembleDesign } from './assemble.ts';
import type { TextKind } from './detect.ts';
import { kindOf } from './finalize.ts';
import { Inventory } from './inventory.ts';
import { type ObserveContext, observeLpars, observeMem, observeProc, observeProfiles, observeVirtualio } from './observe-hmc.ts';
import { observeClusterStatus, observeLsmapVnic, observeLssp, observeLuList, observeSriov, observeVnics } from './observe-modern.ts';
import { observeEntstat, observeLsmapNet, observeLsmapNpiv, observeLsmapVscsi, observeLsnports } from './observe-vios.ts';
import type { ParsedText } from './parse-text.ts';
import type { HmcError, UnparsedLine } from './report.ts';
import { type Source, type SourceClues, cluesOf, mostFrequent, readSource } from './sources.ts';

export interface ImportInput { name: string; text: string }
export interface ImportFileReport {
  name: string;
  kind: TextKind;
  /** Collector files: the command outputs found in them. */
  parts?: { command: string; kind: TextKind }[];
  unparsed: UnparsedLine[];
  errors: HmcError[];
}
export interface ImportReport { files: ImportFileReport[]; warnings: string[] }
export interface ImportResult { design: Design; report: ImportReport }

/** Most authoritative first: HMC configuration, then profiles, then what the VIOS shows. */
const ORDER: TextKind[] = [
  'lssyscfg-lpar', 'lshwres-slot', 'lshwres-proc', 'lshwres-mem', 'lshwres-serial', 'lshwres-scsi', 'lshwres-fc', 'lshwres-eth',
  'lshwres-sriov-adapter', 'lshwres-sriov-physport', 'lshwres-sriov-logport', 'lshwres-vnic',
  'lssyscfg-prof', 'lsmap-vscsi', 'lsmap-npiv', 'lsmap-net', 'lsmap-vnic', 'cluster-status', 'lssp', 'lu-list',
];
const PLACEHOLDER = '?';

const hasFacts = (s: Source) => s.parts.some((p) => p.facts !== null);
const sameName = (a: string, b: string) => a === b || a.startsWith(b) || b.startsWith(a);

/** The frame each source belongs to: from its location codes, its logical serials, or the partitions it names. */
function resolveSystems(inv: Inventory, sources: Source[], clues: SourceClues[]): string[] {
  const keys = sources.map((s, i) => {
    const c = clues[i]!;
    const serial = mostFrequent(c.serials, (v) => v.count) ?? mostFrequent(c.clientSerials, (v) => v.count);
    if (serial) {
      inv.system(serial, (c.serials.get(serial) ?? c.clientSerials.get(serial))!.typeModel, serial);
      const others = [...new Set([...c.serials.keys(), ...c.clientSerials.keys()])].filter((k) => k !== serial);
      if (others.length) inv.warn(`${s.name}: location codes name several frames (${[serial, ...others].join(', ')}); all of it is imported into ${serial}`);
      return serial;
    }
    const logical = mostFrequent(c.logicalSerials, (v) => v);
    if (logical) inv.system(logical, '', logical);
    return logical;
  });
  const known = new Map<string, Map<number, string>>();
  keys.forEach((k, i) => {
    if (!k) return;
    const m = known.get(k) ?? new Map<number, string>();
    for (const [id, n] of clues[i]!.names) if (!m.has(id)) m.set(id, n);
    known.set(k, m);
  });
  return keys.map((k, i) => {
    if (k) return k;
    let best: string | undefined;
    let bestScore = 0;
    for (const [sys, names] of known) {
      let score = 0;
      for (const [id, n] of clues[i]!.names) if (names.has(id) && sameName(names.get(id)!, n)) score++;
      if (score > bestScore) { best = sys; bestScore = score; }
    }
    if (best) return best;
    if (known.size === 1) return [...known.keys()][0]!;
    if (hasFacts(sources[i]!)) inv.system(PLACEHOLDER, '', '', true);
    return PLACEHOLDER;
  });
}

function observe(ctx: ObserveContext, p: ParsedText): void {
  switch (p.kind) {
    case 'lssyscfg-lpar': observeLpars(ctx, p.facts.partitions); break;
    case 'lssyscfg-prof': observeProfiles(ctx, p.facts.profiles); break;
    case 'lshwres-proc': observeProc(ctx, p.facts.partitions); break;
    case 'lshwres-mem': observeMem(ctx, p.facts.partitions); break;
    case 'lshwres-scsi': case 'lshwres-fc': case 'lshwres-eth': case 'lshwres-serial': case 'lshwres-slot': observeVirtualio(ctx, p.facts); break;
    case 'lsmap-vscsi': observeLsmapVscsi(ctx, p.facts); break;
    case 'lsmap-npiv': observeLsmapNpiv(ctx, p.facts); break;
    case 'lsmap-net': observeLsmapNet(ctx, p.facts); break;
    case 'lshwres-sriov-adapter': case 'lshwres-sriov-physport': case 'lshwres-sriov-logport': observeSriov(ctx, p.facts); break;
    case 'lshwres-vnic': observeVnics(ctx, p.facts); break;
    case 'lsmap-vnic': observeLsmapVnic(ctx, p.facts); break;
    case 'cluster-status': observeClusterStatus(ctx, p.facts); break;
    case 'lssp': observeLssp(ctx, p.facts); break;
    case 'lu-list': observeLuList(ctx, p.facts); break;
    default: break;
  }
}

/** The VIOS an output without location codes (entstat, lsnports) comes from. */
function viosOf(inv: Inventory, src: Source, clue: SourceClues, sysKey: string, placeholders: Map<string, string>): string {
  if (clue.viosIds.size === 1) return inv.partition(sysKey, [...clue.viosIds][0]!).key;
  const parts = inv.partitionsOf(sysKey);
  const byName = src.hostname ? parts.find((p) => p.name?.value === src.hostname) : undefined;
  if (byName) return byName.key;
  const trunkOwners = new Set<string>();
  for (const p of src.parts) {
    if (p.kind !== 'entstat') continue;
    for (const a of p.facts.adapters) {
      if (!a.trunk || a.pvid === undefined) continue;
      for (const e of inv.eths) {
        if (e.trunk && e.pvid === a.pvid && (a.trunkPriority === undefined || e.trunkPriority === a.trunkPriority) && parts.some((x) => x.key === e.part)) trunkOwners.add(e.part);
      }
    }
  }
  if (trunkOwners.size === 1) return [...trunkOwners][0]!;
  const portOwners = new Set<string>();
  for (const p of src.parts) {
    if (p.kind !== 'lsnports') continue;
    for (const n of p.facts.ports) {
      for (const port of inv.ports.values()) if (port.location === n.physloc && parts.some((x) => x.key === port.part)) portOwners.add(port.part);
    }
  }
  if (portOwners.size === 1) return [...portOwners][0]!;
  const vios = parts.filter((p) => kindOf(p) === 'vios' && !p.placeholder);
  if (vios.length === 1) return vios[0]!.key;
  const existing = placeholders.get(`${sysKey}|${src.hostname ?? ''}`);
  if (existing) return existing;
  let id = 1;
  while (inv.parts.has(`${sysKey}#${id}`)) id++;
  const p = inv.partition(sysKey, id);
  Object.assign(p, { serves: true, placeholder: true, env: 'vioserver' });
  inv.claimName(p, src.hostname ?? 'vios-unknown', 0);
  placeholders.set(`${sysKey}|${src.hostname ?? ''}`, p.key);
  inv.warn(`${src.name}: no output names the VIOS it comes from (partition id unknown); imported into ${p.name!.value} with partition id ${id}`);
  return p.key;
}

/**
 * Imports command outputs from several sources into one design. Never throws: what could not be read
 * is in the report (unparsed lines with their numbers, HMC errors, warnings about assumptions).
 */
export function importTexts(inputs: ImportInput[], onStage?: (stage: 'merging' | 'assembling') => void): ImportResult {
  const sources = inputs.map((input) => readSource(input));
  onStage?.('merging');
  const files: ImportFileReport[] = sources.map((s) => ({
    name: s.name, kind: s.kind, ...(s.partKinds ? { parts: s.partKinds } : {}), unparsed: s.unparsed, errors: s.errors,
  }));
  const inv = new Inventory();
  try {
    const clues = sources.map(cluesOf);
    const keys = resolveSystems(inv, sources, clues);
    for (const kind of ORDER) {
      sources.forEach((s, i) => s.parts.filter((p) => p.kind === kind).forEach((p) => observe({ inv, sysKey: keys[i]!, file: s.name }, p)));
    }
    const placeholders = new Map<string, string>();
    sources.forEach((s, i) => {
      const needsVios = s.parts.some((p) => p.kind === 'lsnports' || p.kind === 'entstat');
      if (!needsVios && !(s.hostname && clues[i]!.viosIds.size === 1)) return;
      const ctx = { inv, sysKey: keys[i]!, file: s.name };
      const vios = viosOf(inv, s, clues[i]!, ctx.sysKey, placeholders);
      const p = inv.parts.get(vios)!;
      if (s.hostname) inv.claimName(p, s.hostname, 1);
      if (s.iosLevel) p.os ??= s.iosLevel;
      for (const part of s.parts) {
        if (part.kind === 'lsnports') observeLsnports(ctx, vios, part.facts);
        if (part.kind === 'entstat') observeEntstat(ctx, vios, part.facts);
      }
    });
    onStage?.('assembling');
    const title = `Imported: ${inputs.map((i) => i.name).join(', ')}`;
    const design = assembleDesign(inv, title, `Imported from ${inputs.length} command output file(s).`);
    return { design, report: { files, warnings: inv.warnings } };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { design: emptyDesign('Import failed'), report: { files, warnings: [...inv.warnings, `The import stopped: ${message}`] } };
  }
}
