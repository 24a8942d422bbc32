import { splitHmcList } from '../hmc-fields.ts';
import { type HmcRow, bool01, lparOf, readHmcRows } from './hmc-records.ts';
import { type Parsed, Refusal, columnOf, toInt, toNumber } from './report.ts';

/**
 * `lshwres -r sriov --rsubtype adapter|physport|logport` (MODERN.md 1.4), in the default `key=value` form and as `-F`
 * values under a `--header` line. Field names as the HMC prints them (live captures of HMC V10R3/V11R2, MODERN.md 1.1).
 */

/** A row of `lshwres -r sriov --rsubtype adapter`. */
export interface HmcSriovAdapterFact {
  line: number;
  /** Null for an adapter in dedicated mode (the HMC prints adapter_id=null). */
  adapterId: number | null;
  mode: 'shared' | 'dedicated';
  location?: string;
  slotId?: string;
  maxLogicalPorts?: number;
  physPorts?: number;
}

/** A row of `lshwres -r sriov --rsubtype physport --level eth|ethc|roce`. */
export interface HmcSriovPortFact {
  line: number;
  adapterId: number;
  portIndex: number;
  location?: string;
  maxLogicalPorts?: number;
  maxPromiscuousPorts?: number;
  capacityGranularity?: number;
  switchMode?: 'veb' | 'vepa';
  speedGbps?: number;
  label?: string;
}

/** A configured logical port of `lshwres -r sriov --rsubtype logport --level eth`. */
export interface HmcLogicalPortFact {
  line: number;
  lparName: string;
  lparId: number;
  adapterId: number;
  portIndex: number;
  logicalPortId: string;
  location?: string;
  capacity?: number;
  maxCapacity?: number;
  promiscuous?: boolean;
  migratable?: boolean;
  pvid?: number;
  allowedVlans?: 'all' | number[];
  mac?: string;
}

export type LshwresSriovFacts =
  | { rsubtype: 'adapter'; adapters: HmcSriovAdapterFact[] }
  | { rsubtype: 'physport'; ports: HmcSriovPortFact[] }
  | { rsubtype: 'logport'; logicalPorts: HmcLogicalPortFact[]; unconfigured: number };

export type SriovSubtype = LshwresSriovFacts['rsubtype'];

/** Which `--rsubtype` of `-r sriov` a record comes from, judged by its keys. */
export function sriovSubtypeOf(rec: Record<string, string>): SriovSubtype | null {
  if ('logical_port_id' in rec && 'adapter_id' in rec) return 'logport';
  if ('phys_port_id' in rec && ('phys_port_max_logical_ports' in rec || 'phys_port_type' in rec || 'phys_port_loc' in rec)) return 'physport';
  if ('adapter_id' in rec && ('adapter_max_logical_ports' in rec || 'config_state' in rec || 'sriov_status' in rec)) return 'adapter';
  return null;
}

const at = (row: HmcRow, key: string) => columnOf(row.raw ?? '', `${key}=`);
const bad = (row: HmcRow, key: string, why: string) => new Refusal(at(row, key), `${key}=${row.rec[key]}: ${why}`);
const known = (v: string | undefined) => v !== undefined && v !== '' && v !== 'null' && v !== 'none' && v !== 'unavailable';

function adapterRow(row: HmcRow): HmcSriovAdapterFact | Refusal {
  const { rec, line } = row;
  const dedicated = rec.config_state === 'dedicated';
  if (!dedicated && rec.config_state !== undefined && rec.config_state !== 'sriov') return bad(row, 'config_state', 'neither sriov (shared mode) nor dedicated');
  const id = toInt(rec.adapter_id);
  if (!dedicated && (id === undefined || id < 1 || id > 255)) return bad(row, 'adapter_id', 'an adapter in shared mode has an id from 1 to 255');
  const f: HmcSriovAdapterFact = { line, adapterId: dedicated ? null : id!, mode: dedicated ? 'dedicated' : 'shared' };
  if (known(rec.phys_loc)) f.location = rec.phys_loc;
  if (known(rec.slot_id)) f.slotId = rec.slot_id;
  if (known(rec.adapter_max_logical_ports)) {
    const n = toInt(rec.adapter_max_logical_ports);
    if (n === undefined || n < 1) return bad(row, 'adapter_max_logical_ports', 'not a positive whole number');
    f.maxLogicalPorts = n;
  }
  const ports = toInt(rec.phys_ports);
  if (ports !== undefined) f.physPorts = ports;
  return f;
}

function portRow(row: HmcRow): HmcSriovPortFact | Refusal {
  const { rec, line } = row;
  const adapterId = toInt(rec.adapter_id);
  const portIndex = toInt(rec.phys_port_id);
  if (adapterId === undefined || adapterId < 1) return bad(row, 'adapter_id', 'not an adapter id');
  if (portIndex === undefined || portIndex < 0 || portIndex > 63) return bad(row, 'phys_port_id', 'not a port number from 0 to 63');
  const f: HmcSriovPortFact = { line, adapterId, portIndex };
  if (known(rec.phys_port_loc)) f.location = rec.phys_port_loc;
  if (rec.phys_port_label) f.label = rec.phys_port_label;
  const max = rec.phys_port_max_logical_ports ?? rec.max_eth_logical_ports;
  if (known(max)) {
    const n = toInt(max);
    if (n === undefined || n < 1) return bad(row, rec.phys_port_max_logical_ports !== undefined ? 'phys_port_max_logical_ports' : 'max_eth_logical_ports', 'not a positive whole number');
    f.maxLogicalPorts = n;
  }
  if (known(rec.max_promisc_ports)) f.maxPromiscuousPorts = toInt(rec.max_promisc_ports);
  if (known(rec.min_eth_capacity_granularity)) {
    const g = toNumber(rec.min_eth_capacity_granularity);
    if (g === undefined || g <= 0 || g > 100) return bad(row, 'min_eth_capacity_granularity', 'not a percentage above 0');
    f.capacityGranularity = g;
  }
  if (rec.vepa_mode === '1') f.switchMode = 'vepa'; else if (rec.veb_mode === '1') f.switchMode = 'veb';
  // conn_speed is in Mb/s; 0 while the link is down, then config_conn_speed says what is configured (auto: unknown).
  const speed = toInt(rec.conn_speed) || toInt(rec.config_conn_speed);
  if (speed !== undefined && speed > 0) f.speedGbps = speed / 1000;
  return f;
}

function vlanList(v: string | undefined): 'all' | number[] | undefined | null {
  if (v === undefined || v === '') return undefined;
  if (v === 'all') return 'all';
  if (v === 'none') return [];
  const items = splitHmcList(v);
  if (!items) return null;
  const ids = items.map((x) => toInt(x));
  return ids.every((x) => x !== undefined && x >= 1 && x <= 4094) ? (ids as number[]) : null;
}

function logportRow(row: HmcRow, count: { unconfigured: number }): HmcLogicalPortFact | Refusal | null {
  const { rec, line } = row;
  // The listing without --level prints every logical-port slot of the adapter; unconfigured ones carry nothing to import.
  if (rec.logical_port_type === 'unconfigured') { count.unconfigured++; return { line } as HmcLogicalPortFact; }
  if (rec.logical_port_type !== undefined && rec.logical_port_type !== 'eth') return bad(row, 'logical_port_type', 'only Ethernet logical ports (--level eth) are read');
  const lpar = lparOf(rec);
  if (!lpar) return new Refusal(at(row, 'lpar_id'), 'no owner partition (lpar_name and lpar_id)');
  const adapterId = toInt(rec.adapter_id);
  if (adapterId === undefined || adapterId < 1) return bad(row, 'adapter_id', 'not an adapter id');
  const portIndex = toInt(rec.phys_port_id);
  if (portIndex === undefined || portIndex < 0 || portIndex > 63) return bad(row, 'phys_port_id', 'not a port number from 0 to 63');
  if (!/^[0-9a-f]{8}$/i.test(rec.logical_port_id ?? '')) return bad(row, 'logical_port_id', 'a logical-port id is 8 hexadecimal digits');
  const f: HmcLogicalPortFact = { line, ...lpar, adapterId, portIndex, logicalPortId: rec.logical_port_id!.toLowerCase() };
  if (known(rec.location_code)) f.location = rec.location_code;
  for (const [key, field] of [['capacity', 'capacity'], ['max_capacity', 'maxCapacity']] as const) {
    if (rec[key] === undefined) continue;
    const c = toNumber(rec[key]);
    if (c === undefined || c < 0 || c > 100) return bad(row, key, 'not a percentage from 0 to 100');
    f[field] = c;
  }
  const promisc = bool01(rec.promisc_mode);
  if (promisc !== undefined) f.promiscuous = promisc;
  const migratable = bool01(rec.migratable);
  if (migratable !== undefined) f.migratable = migratable;
  if (rec.port_vlan_id !== undefined) {
    const pvid = toInt(rec.port_vlan_id);
    if (pvid === undefined || pvid < 0 || pvid > 4094) return bad(row, 'port_vlan_id', 'not a VLAN id (0 for untagged)');
    f.pvid = pvid;
  }
  const vlans = vlanList(rec.allowed_vlan_ids);
  if (vlans === null) return bad(row, 'allowed_vlan_ids', 'not "all", "none" or a list of VLAN ids');
  if (vlans !== undefined) f.allowedVlans = vlans;
  if (known(rec.mac_addr) && /^[0-9a-f]{12}$/i.test(rec.mac_addr!)) f.mac = rec.mac_addr!.toLowerCase();
  return f;
}

/** Parses `lshwres -r sriov --rsubtype adapter|physport|logport` output. */
export function parseLshwresSriov(text: string, rsubtype: SriovSubtype): Parsed<LshwresSriovFacts> {
  if (rsubtype === 'adapter') {
    const r = readHmcRows(text, ['adapter_id'], adapterRow);
    return { facts: { rsubtype, adapters: r.rows }, unparsed: r.unparsed, errors: r.errors };
  }
  if (rsubtype === 'physport') {
    const r = readHmcRows(text, ['adapter_id', 'phys_port_id'], portRow);
    return { facts: { rsubtype, ports: r.rows }, unparsed: r.unparsed, errors: r.errors };
  }
  const count = { unconfigured: 0 };
  const r = readHmcRows(text, ['adapter_id', 'logical_port_id'], (row) => logportRow(row, count));
  return { facts: { rsubtype, logicalPorts: r.rows.filter((x) => x.logicalPortId !== undefined), unconfigured: count.unconfigured }, unparsed: r.unparsed, errors: r.errors };
}
