import { splitHmcList } from '../hmc-fields.ts';
import {
  type ProfileEthAdapter, type ProfilePairAdapter, parseEthAdapterString, parseFcAdapterString, parseScsiAdapterString,
} from '../profile-adapters.ts';
import { lparOf, readHmcRows } from './hmc-records.ts';
import { type Parsed, type UnparsedLine, splitLines, toInt, toNumber } from './report.ts';

export type LparEnv = 'aixlinux' | 'vioserver' | 'os400';

/** One partition of `lssyscfg -r lpar`. */
export interface LparFact {
  line: number;
  name: string;
  lparId: number;
  env?: LparEnv;
  state?: string;
  osVersion?: string;
  /** Serial of the managed system followed by the partition id, e.g. 6535CCG5. */
  logicalSerial?: string;
  defaultProfile?: string;
  currentProfile?: string;
}

/** One partition profile of `lssyscfg -r prof`. */
export interface ProfileFact {
  line: number;
  name: string;
  lparName: string;
  lparId: number;
  env?: LparEnv;
  procMode?: 'shared' | 'ded';
  minProcUnits?: number; desiredProcUnits?: number; maxProcUnits?: number;
  minProcs?: number; desiredProcs?: number; maxProcs?: number;
  sharingMode?: string;
  uncapWeight?: number;
  sharedPoolId?: number;
  minMem?: number; desiredMem?: number; maxMem?: number;
  maxVirtualSlots?: number;
  scsi: ProfilePairAdapter[];
  fc: ProfilePairAdapter[];
  eth: ProfileEthAdapter[];
}

const envOf = (v: string | undefined): LparEnv | undefined =>
  v === 'aixlinux' || v === 'vioserver' || v === 'os400' ? v : undefined;

export function parseLssyscfgLpar(text: string): Parsed<{ partitions: LparFact[] }> {
  const r = readHmcRows(text, ['name', 'lpar_id'], ({ line, rec }) => {
    const lpar = lparOf(rec);
    if (!lpar || 'lpar_name' in rec) return null;
    const f: LparFact = { line, name: lpar.lparName, lparId: lpar.lparId };
    const env = envOf(rec.lpar_env);
    if (env) f.env = env;
    if (rec.state) f.state = rec.state;
    if (rec.os_version) f.osVersion = rec.os_version;
    if (rec.logical_serial_num) f.logicalSerial = rec.logical_serial_num;
    if (rec.default_profile) f.defaultProfile = rec.default_profile;
    if (rec.curr_profile) f.currentProfile = rec.curr_profile;
    return f;
  });
  return { facts: { partitions: r.rows }, unparsed: r.unparsed, errors: r.errors };
}

/** Reads one adapter list attribute; false when an item cannot be read. */
function readList<T>(value: string | undefined, parse: (s: string) => T | null, into: T[]): boolean {
  if (value === undefined) return true;
  const items = splitHmcList(value);
  if (!items) return false;
  let ok = true;
  for (const item of items) {
    const a = parse(item);
    if (a) into.push(a); else ok = false;
  }
  return ok;
}

/**
 * One profile from its record (also what `mksyscfg -i` carries, with name = profile name and lpar_name
 * = partition name). `complete` is false when an adapter item could not be read.
 */
export function profileFromRecord(line: number, rec: Record<string, string>): { profile: ProfileFact; complete: boolean } | null {
  const lpar = lparOf(rec);
  if (!lpar || !rec.name) return null;
  const f: ProfileFact = { line, name: rec.name, ...lpar, scsi: [], fc: [], eth: [] };
  const env = envOf(rec.lpar_env);
  if (env) f.env = env;
  if (rec.proc_mode === 'shared' || rec.proc_mode === 'ded') f.procMode = rec.proc_mode;
  const nums: [keyof ProfileFact, number | undefined][] = [
    ['minProcUnits', toNumber(rec.min_proc_units)], ['desiredProcUnits', toNumber(rec.desired_proc_units)],
    ['maxProcUnits', toNumber(rec.max_proc_units)], ['minProcs', toInt(rec.min_procs)], ['desiredProcs', toInt(rec.desired_procs)],
    ['maxProcs', toInt(rec.max_procs)], ['uncapWeight', toInt(rec.uncap_weight)], ['sharedPoolId', toInt(rec.shared_proc_pool_id)],
    ['minMem', toInt(rec.min_mem)], ['desiredMem', toInt(rec.desired_mem)], ['maxMem', toInt(rec.max_mem)],
    ['maxVirtualSlots', toInt(rec.max_virtual_slots)],
  ];
  for (const [k, v] of nums) if (v !== undefined) (f as unknown as Record<string, number>)[k] = v;
  if (rec.sharing_mode) f.sharingMode = rec.sharing_mode;
  const ok = [
    readList(rec.virtual_scsi_adapters, parseScsiAdapterString, f.scsi),
    readList(rec.virtual_fc_adapters, parseFcAdapterString, f.fc),
    readList(rec.virtual_eth_adapters, parseEthAdapterString, f.eth),
  ];
  return { profile: f, complete: !ok.includes(false) };
}

/**
 * Parses `lssyscfg -r prof`. A profile whose adapter lists hold an item that cannot be read is kept
 * with the items that can, and its line is listed as unparsed so that nothing goes unseen.
 */
export function parseLssyscfgProf(text: string): Parsed<{ profiles: ProfileFact[] }> {
  const partial: UnparsedLine[] = [];
  const lines = splitLines(text);
  const r = readHmcRows(text, ['name', 'lpar_name', 'lpar_id'], ({ line, rec }) => {
    const read = profileFromRecord(line, rec);
    if (read && !read.complete) partial.push({ line, text: lines[line - 1] ?? '' });
    return read?.profile ?? null;
  });
  return { facts: { profiles: r.rows }, unparsed: [...r.unparsed, ...partial].sort((a, b) => a.line - b.line), errors: r.errors };
}
