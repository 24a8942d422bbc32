import { splitHmcList } from '../hmc-fields.ts';
import { type HmcRow, bool01, lparOf, readHmcRows } from './hmc-records.ts';
import { type Parsed, Refusal, columnOf, toInt, toNumber } from './report.ts';

/**
 * `lshwres -r virtualio --rsubtype vnic --level lpar` (MODERN.md 2.1, 2.2): one row per client vNIC adapter, its
 * backing devices in `backing_devices` as the HMC reads them back:
 * `sriov/<vios>/<vios id>/<adapter id>/<phys port>/<logical port id>/<cur cap>/<des cap>/<priority>/<cur max>/<des max>`.
 */
export interface HmcVnicBackingFact {
  viosName: string;
  viosId: number;
  adapterId: number;
  portIndex: number;
  logicalPortId: string;
  capacity: number;
  failoverPriority: number;
  maxCapacity?: number;
  /** From backing_device_states: the one the hypervisor uses now, and whether it works. */
  active?: boolean;
  operational?: boolean;
}

export interface HmcVnicFact {
  line: number;
  lparName: string;
  lparId: number;
  slot: number;
  autoPriorityFailover?: boolean;
  pvid?: number;
  allowedVlans?: 'all' | number[];
  mac?: string;
  backings: HmcVnicBackingFact[];
}

export interface LshwresVnicFacts { vnics: HmcVnicFact[] }

/** A `--rsubtype vnic` record (checked before the virtual Ethernet one: both have port_vlan_id). */
export const isVnicRecord = (rec: Record<string, string>): boolean => 'backing_devices' in rec || ('auto_priority_failover' in rec && 'slot_num' in rec);

const FIELDS = 'sriov/vios/vios id/adapter id/physical port/logical port id/capacity/desired capacity/failover priority/max capacity/desired max capacity';

function backingItem(item: string, i: number): HmcVnicBackingFact | string {
  const f = item.split('/');
  if (f[0] !== 'sriov') return `backing device ${i + 1} is not an SR-IOV logical port (sriov/...)`;
  if (f.length !== 11) return `backing device ${i + 1} has ${f.length} fields; lshwres prints 11: ${FIELDS}`;
  const [, viosName, viosId, adapterId, port, lp, cap, , prio, maxCap] = f;
  const n = { viosId: toInt(viosId), adapterId: toInt(adapterId), portIndex: toInt(port), capacity: toNumber(cap), prio: toInt(prio), maxCapacity: toNumber(maxCap) };
  if (!viosName || n.viosId === undefined || n.viosId < 1) return `backing device ${i + 1}: no VIOS name and id`;
  if (n.adapterId === undefined || n.adapterId < 1 || n.portIndex === undefined || n.portIndex < 0 || n.portIndex > 63) return `backing device ${i + 1}: adapter ${adapterId} port ${port} is not an adapter id and a port number`;
  if (!/^[0-9a-f]{8}$/i.test(lp ?? '')) return `backing device ${i + 1}: logical port id ${lp} is not 8 hexadecimal digits`;
  if (n.capacity === undefined || n.capacity < 0 || n.capacity > 100) return `backing device ${i + 1}: capacity ${cap} is not a percentage`;
  // The document keeps 0..255 so that VNIC-6 can report a priority outside 1..100; beyond that the value is garbage.
  if (n.prio === undefined || n.prio < 0 || n.prio > 255) return `backing device ${i + 1}: failover priority ${prio} is not a whole number (1..100)`;
  const b: HmcVnicBackingFact = {
    viosName, viosId: n.viosId, adapterId: n.adapterId, portIndex: n.portIndex, logicalPortId: lp!.toLowerCase(), capacity: n.capacity, failoverPriority: n.prio,
  };
  if (n.maxCapacity !== undefined && n.maxCapacity >= 0 && n.maxCapacity <= 100) b.maxCapacity = n.maxCapacity;
  return b;
}

function vnicRow(row: HmcRow): HmcVnicFact | Refusal {
  const { rec, line, raw = '' } = row;
  const lpar = lparOf(rec);
  if (!lpar) return new Refusal(columnOf(raw, 'lpar_id='), 'no client partition (lpar_name and lpar_id)');
  const slot = toInt(rec.slot_num);
  if (slot === undefined || slot < 0 || slot > 65535) return new Refusal(columnOf(raw, 'slot_num='), `slot_num=${rec.slot_num}: not a virtual slot number`);
  const items = splitHmcList(rec.backing_devices ?? '');
  if (!items) return new Refusal(columnOf(raw, 'backing_devices='), 'backing_devices: a double quote is left open');
  const backings: HmcVnicBackingFact[] = [];
  for (const [i, item] of items.entries()) {
    const b = backingItem(item, i);
    if (typeof b === 'string') return new Refusal(Math.max(columnOf(raw, item), columnOf(raw, 'backing_devices=')), b);
    backings.push(b);
  }
  for (const s of splitHmcList(rec.backing_device_states ?? '') ?? []) {
    const [, lp, active, status] = s.split('/');
    const b = backings.find((x) => x.logicalPortId === lp?.toLowerCase());
    if (!b) continue;
    if (active === '1' || active === '0') b.active = active === '1';
    if (status === 'Operational' || status === 'NotOperational') b.operational = status === 'Operational';
  }
  const f: HmcVnicFact = { line, ...lpar, slot, backings };
  const auto = bool01(rec.auto_priority_failover);
  if (auto !== undefined) f.autoPriorityFailover = auto;
  const pvid = toInt(rec.port_vlan_id);
  if (pvid !== undefined && pvid >= 0 && pvid <= 4094) f.pvid = pvid;
  if (rec.allowed_vlan_ids === 'all') f.allowedVlans = 'all';
  else if (rec.allowed_vlan_ids !== undefined && rec.allowed_vlan_ids !== '') {
    const ids = (splitHmcList(rec.allowed_vlan_ids) ?? ['x']).map((x) => toInt(x));
    if (ids.some((x) => x === undefined || x < 1 || x > 4094)) return new Refusal(columnOf(raw, 'allowed_vlan_ids='), `allowed_vlan_ids=${rec.allowed_vlan_ids}: not "all" or a list of VLAN ids`);
    f.allowedVlans = ids as number[];
  }
  if (rec.mac_addr && /^[0-9a-f]{12}$/i.test(rec.mac_addr)) f.mac = rec.mac_addr.toLowerCase();
  return f;
}

/** Parses `lshwres -r virtualio --rsubtype vnic` output (default `key=value` records or `-F` values under `--header`). */
export function parseLshwresVnic(text: string): Parsed<LshwresVnicFacts> {
  const r = readHmcRows(text, ['slot_num'], vnicRow);
  return { facts: { vnics: r.rows }, unparsed: r.unparsed, errors: r.errors };
}
