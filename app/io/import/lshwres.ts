import { splitHmcList } from '../hmc-fields.ts';
import { type HmcRow, bool01, lparOf, readHmcRows, remoteId } from './hmc-records.ts';
import { type Parsed, toInt, toNumber } from './report.ts';

/** A vSCSI, vFC or virtual serial adapter row of `lshwres -r virtualio --rsubtype scsi|fc|serial --level lpar`. */
export interface HmcPairAdapterFact {
  line: number;
  lparName: string;
  lparId: number;
  slot: number;
  role: 'server' | 'client';
  required?: boolean;
  /** Null for `any`. */
  remoteLparId: number | null;
  remoteLparName: string;
  remoteSlot: number | null;
  /** Virtual FC clients: the WWPN pair. */
  wwpns?: [string, string];
}

/** A row of `lshwres -r virtualio --rsubtype eth --level lpar`. */
export interface HmcEthFact {
  line: number;
  lparName: string;
  lparId: number;
  slot: number;
  required?: boolean;
  trunk: boolean;
  trunkPriority?: number;
  ieee: boolean;
  pvid: number;
  additionalVlans: number[];
  vswitch?: string;
  mac?: string;
}

/** `--rsubtype slot --level lpar` (slot counts) or `--level slot` (one row per slot, with its DRC name). */
export interface HmcSlotFact {
  line: number;
  lparName?: string;
  lparId?: number;
  maxVirtualSlots?: number;
  nextAvailableSlot?: number;
  slot?: number;
  config?: string;
  drcName?: string;
}

export type VirtualioSubtype = 'scsi' | 'fc' | 'eth' | 'serial' | 'slot';

export type LshwresVirtualioFacts =
  | { rsubtype: 'scsi' | 'fc' | 'serial'; adapters: HmcPairAdapterFact[] }
  | { rsubtype: 'eth'; adapters: HmcEthFact[] }
  | { rsubtype: 'slot'; slots: HmcSlotFact[] };

function pairRow({ line, rec }: HmcRow): HmcPairAdapterFact | null {
  const lpar = lparOf(rec);
  const slot = toInt(rec.slot_num);
  const role = rec.adapter_type;
  const rid = remoteId(rec.remote_lpar_id);
  const rslot = remoteId(rec.remote_slot_num);
  if (!lpar || slot === undefined || (role !== 'server' && role !== 'client') || rid === undefined || rslot === undefined) return null;
  const fact: HmcPairAdapterFact = { line, ...lpar, slot, role, remoteLparId: rid, remoteLparName: rec.remote_lpar_name ?? '', remoteSlot: rslot };
  const required = bool01(rec.is_required);
  if (required !== undefined) fact.required = required;
  if (rec.wwpns) {
    const w = splitHmcList(rec.wwpns);
    if (!w || w.length !== 2 || !w.every((x) => /^[0-9a-f]{16}$/i.test(x))) return null;
    fact.wwpns = [w[0]!.toLowerCase(), w[1]!.toLowerCase()];
  }
  return fact;
}

function ethRow({ line, rec }: HmcRow): HmcEthFact | null {
  const lpar = lparOf(rec);
  const slot = toInt(rec.slot_num);
  const pvid = toInt(rec.port_vlan_id);
  const addl = splitHmcList(rec.addl_vlan_ids ?? '');
  if (!lpar || slot === undefined || pvid === undefined || !addl) return null;
  const additionalVlans = addl.map((v) => toInt(v));
  if (additionalVlans.some((v) => v === undefined)) return null;
  const fact: HmcEthFact = {
    line, ...lpar, slot, pvid, additionalVlans: additionalVlans as number[],
    trunk: rec.is_trunk === '1', ieee: rec.ieee_virtual_eth === '1',
  };
  const required = bool01(rec.is_required);
  if (required !== undefined) fact.required = required;
  const prio = toInt(rec.trunk_priority);
  if (fact.trunk && prio !== undefined) fact.trunkPriority = prio;
  if (rec.vswitch) fact.vswitch = rec.vswitch;
  if (rec.mac_addr) fact.mac = rec.mac_addr;
  return fact;
}

function slotRow({ line, rec }: HmcRow): HmcSlotFact | null {
  const fact: HmcSlotFact = { line };
  const lpar = lparOf(rec);
  if (lpar) Object.assign(fact, lpar);
  const max = toInt(rec.curr_max_virtual_slots ?? rec.max_virtual_slots);
  if (max !== undefined) fact.maxVirtualSlots = max;
  const next = toInt(rec.next_avail_virtual_slot);
  if (next !== undefined) fact.nextAvailableSlot = next;
  const slot = toInt(rec.slot_num);
  if (slot !== undefined) fact.slot = slot;
  if (rec.config) fact.config = rec.config;
  if (rec.drc_name) fact.drcName = rec.drc_name;
  return lpar || fact.drcName ? fact : null;
}

/** Which virtualio subtype a record comes from, judged by its keys. */
export function virtualioSubtypeOf(rec: Record<string, string>): VirtualioSubtype | null {
  if ('port_vlan_id' in rec) return 'eth';
  if ('curr_max_virtual_slots' in rec || 'next_avail_virtual_slot' in rec || ('drc_name' in rec && 'config' in rec)) return 'slot';
  if ('adapter_type' in rec && ('supports_hmc' in rec || 'connect_status' in rec)) return 'serial';
  if ('adapter_type' in rec && 'wwpns' in rec) return 'fc';
  if ('adapter_type' in rec && 'remote_slot_num' in rec) return 'scsi';
  return null;
}

/** Parses `lshwres -r virtualio --rsubtype scsi|fc|eth|serial|slot` output. */
export function parseLshwresVirtualio(text: string, rsubtype: VirtualioSubtype): Parsed<LshwresVirtualioFacts> {
  if (rsubtype === 'eth') {
    const r = readHmcRows(text, ['slot_num', 'port_vlan_id'], ethRow);
    return { facts: { rsubtype, adapters: r.rows }, unparsed: r.unparsed, errors: r.errors };
  }
  if (rsubtype === 'slot') {
    const r = readHmcRows(text, [], slotRow);
    return { facts: { rsubtype, slots: r.rows }, unparsed: r.unparsed, errors: r.errors };
  }
  const r = readHmcRows(text, ['slot_num', 'adapter_type'], pairRow);
  return { facts: { rsubtype, adapters: r.rows }, unparsed: r.unparsed, errors: r.errors };
}

/** Processor settings of a partition from `lshwres -r proc --level lpar` (current values). */
export interface HmcProcFact {
  line: number;
  lparName: string;
  lparId: number;
  mode: 'shared' | 'ded';
  minUnits?: number; desiredUnits?: number; maxUnits?: number;
  minProcs?: number; desiredProcs?: number; maxProcs?: number;
  sharingMode?: string;
  weight?: number;
  poolId?: number;
}

export interface HmcMemFact {
  line: number;
  lparName: string;
  lparId: number;
  minMB?: number; desiredMB?: number; maxMB?: number;
}

function setNum<T extends object>(target: T, key: keyof T, v: number | undefined): void {
  if (v !== undefined) (target as Record<keyof T, number>)[key] = v;
}

export function parseLshwresProc(text: string): Parsed<{ partitions: HmcProcFact[] }> {
  const r = readHmcRows(text, ['curr_proc_mode'], ({ line, rec }) => {
    const lpar = lparOf(rec);
    const mode = rec.curr_proc_mode;
    if (!lpar || (mode !== 'shared' && mode !== 'ded')) return null;
    const f: HmcProcFact = { line, ...lpar, mode };
    setNum(f, 'minUnits', toNumber(rec.curr_min_proc_units)); setNum(f, 'desiredUnits', toNumber(rec.curr_proc_units));
    setNum(f, 'maxUnits', toNumber(rec.curr_max_proc_units)); setNum(f, 'minProcs', toInt(rec.curr_min_procs));
    setNum(f, 'desiredProcs', toInt(rec.curr_procs)); setNum(f, 'maxProcs', toInt(rec.curr_max_procs));
    setNum(f, 'weight', toInt(rec.curr_uncap_weight)); setNum(f, 'poolId', toInt(rec.curr_shared_proc_pool_id));
    if (rec.curr_sharing_mode) f.sharingMode = rec.curr_sharing_mode;
    return f;
  });
  return { facts: { partitions: r.rows }, unparsed: r.unparsed, errors: r.errors };
}

export function parseLshwresMem(text: string): Parsed<{ partitions: HmcMemFact[] }> {
  const r = readHmcRows(text, ['curr_mem'], ({ line, rec }) => {
    const lpar = lparOf(rec);
    if (!lpar) return null;
    const f: HmcMemFact = { line, ...lpar };
    setNum(f, 'minMB', toInt(rec.curr_min_mem)); setNum(f, 'desiredMB', toInt(rec.curr_mem)); setNum(f, 'maxMB', toInt(rec.curr_max_mem));
    return f;
  });
  return { facts: { partitions: r.rows }, unparsed: r.unparsed, errors: r.errors };
}
