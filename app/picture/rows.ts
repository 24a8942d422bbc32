import type { Design, Id, Partition } from '../model/index.ts';
import { modernRows, sspBackingDetail } from './modern.ts';
import { natural } from '../model/natural.ts';

/** One adapter or device line inside a partition node, each with its own handle (id = record id). */
export interface Row {
  id: Id;
  kind: 'vscsi-server' | 'vscsi-client' | 'vfc-server' | 'vfc-client' | 'veth' | 'trunk' | 'control-channel' | 'sea'
    | 'port-ethernet' | 'port-fc' | 'port-sas' | 'backing' | 'hea-lport' | 'lagg' | 'sriov-lport' | 'vnic';
  name: string;
  detail: string;
}

export interface PartitionIndex {
  rowsByPartition: Map<Id, Row[]>;
}

const ORDER: Row['kind'][] = ['vscsi-server', 'vfc-server', 'sea', 'trunk', 'control-channel', 'lagg', 'port-ethernet', 'port-fc',
  'port-sas', 'sriov-lport', 'backing', 'vscsi-client', 'vfc-client', 'veth', 'vnic', 'hea-lport'];
const RANK = new Map(ORDER.map((k, i) => [k, i]));

/** Builds the adapter rows of every partition in one pass over the design (linear). */
export function buildRows(design: Design): Map<Id, Row[]> {
  const d = design.domain;
  const rows = new Map<Id, Row[]>();
  const push = (pid: Id | null, r: Row) => {
    if (!pid) return;
    let list = rows.get(pid);
    if (!list) rows.set(pid, (list = []));
    list.push(r);
  };
  const partName = (id: Id | null) => (id ? d.partitions[id]?.name ?? '?' : 'any');
  const vtdsByVhost = new Map<Id, string[]>();
  for (const v of Object.values(d.vtds)) {
    const bd = v.backingDeviceId ? d.backingDevices[v.backingDeviceId] : null;
    const list = vtdsByVhost.get(v.serverAdapterId) ?? [];
    list.push(`${v.name}${bd ? `→${bd.name}` : ' (empty)'}`);
    vtdsByVhost.set(v.serverAdapterId, list);
  }
  const seaRoles = new Map<Id, 'trunk' | 'control-channel'>();
  for (const s of Object.values(d.seas)) {
    for (const t of s.trunkAdapterIds) seaRoles.set(t, 'trunk');
    if (s.controlChannelId) seaRoles.set(s.controlChannelId, 'control-channel');
  }
  for (const a of Object.values(d.vscsiAdapters)) {
    const remote = `${partName(a.remotePartitionId)} slot ${a.remoteSlot ?? 'any'}`;
    const vtds = a.role === 'server' ? vtdsByVhost.get(a.id) : undefined;
    push(a.partitionId, {
      id: a.id, kind: a.role === 'server' ? 'vscsi-server' : 'vscsi-client', name: a.deviceName,
      detail: `slot ${a.slot} ↔ ${remote}${vtds ? ` · ${vtds.join(', ')}` : ''}`,
    });
  }
  for (const a of Object.values(d.vfcAdapters)) {
    const port = a.physicalPortId ? d.physicalPorts[a.physicalPortId]?.deviceName : null;
    push(a.partitionId, {
      id: a.id, kind: a.role === 'server' ? 'vfc-server' : 'vfc-client', name: a.deviceName,
      detail: `slot ${a.slot} ↔ ${partName(a.remotePartitionId)} slot ${a.remoteSlot ?? 'any'}${a.role === 'server' ? ` · ${port ? `→${port}` : 'NOT_MAPPED'}` : ''}`,
    });
  }
  for (const a of Object.values(d.vethAdapters)) {
    const role = seaRoles.get(a.id);
    const vlans = a.additionalVlans.length ? ` +${a.additionalVlans.join(',')}` : '';
    push(a.partitionId, {
      id: a.id, kind: role ?? (a.trunk ? 'trunk' : 'veth'), name: a.deviceName,
      detail: `slot ${a.slot} · PVID ${a.pvid}${vlans}${a.trunk ? ` · trunk prio ${a.trunkPriority}` : ''}${role === 'control-channel' ? ' · ctl_chan' : ''}`,
    });
  }
  for (const s of Object.values(d.seas)) {
    const real = s.realAdapter ? (d.physicalPorts[s.realAdapter.id] ?? d.linkAggregations[s.realAdapter.id] ?? d.heaLogicalPorts[s.realAdapter.id])?.deviceName : null;
    push(s.partitionId, { id: s.id, kind: 'sea', name: s.deviceName, detail: `SEA · ${real ?? 'no real adapter'} · ha_mode=${s.haMode} · PVID ${s.defaultPvid ?? '?'}` });
  }
  for (const p of Object.values(d.physicalPorts)) {
    const kind = p.kind === 'fc' ? 'port-fc' : p.kind === 'sas' ? 'port-sas' : 'port-ethernet';
    const cabled = p.cabledToId ? (d.sanFabrics[p.cabledToId] ?? d.ethernetSwitches[p.cabledToId])?.name : null;
    push(p.partitionId, { id: p.id, kind, name: p.deviceName, detail: `${p.speedGbps ?? '?'} Gb${p.kind === 'fc' ? (p.npivCapable ? ' · NPIV' : ' · no NPIV') : ''}${cabled ? ` · ${cabled}` : ''}` });
  }
  for (const l of Object.values(d.linkAggregations)) push(l.partitionId, { id: l.id, kind: 'lagg', name: l.deviceName, detail: `link aggregation ${l.mode}` });
  for (const b of Object.values(d.backingDevices)) {
    const lun = b.lunId ? d.luns[b.lunId]?.name : null;
    const ssp = b.kind === 'ssp-lu' ? sspBackingDetail(design, b.logicalUnitId) : null;
    push(b.partitionId, { id: b.id, kind: 'backing', name: b.name, detail: ssp ?? `${b.kind.replace('-', ' ')}${lun ? ` · ${lun}` : ''}${b.reservePolicy ? ` · ${b.reservePolicy}` : ''}` });
  }
  for (const l of Object.values(d.heaLogicalPorts)) push(l.partitionId, { id: l.id, kind: 'hea-lport', name: l.deviceName, detail: 'HEA logical port' });
  for (const [pid, r] of modernRows(design)) push(pid, r);
  for (const list of rows.values()) sortRows(list);
  return rows;
}


/**
 * Rows by kind, then by device name in AIX order. The usual names, a stem and a number (vhost12, ent3), compare
 * by their number without the collator (a VIOS of a large design has thousands of rows: the collator's
 * comparisons were most of the rows' cost); any other pair goes to the collator, which orders the same.
 */
function sortRows(list: Row[]): void {
  if (list.length < 2) return;
  const keyed = list.map((r) => {
    const name = r.name;
    let i = name.length;
    while (i > 0 && name.charCodeAt(i - 1) >= 48 && name.charCodeAt(i - 1) <= 57) i--;
    const digits = name.length - i;
    // No number, a leading zero (hdisk01) or one too long for a double: left to the collator.
    const num = digits === 0 || digits > 15 || (digits > 1 && name.charCodeAt(i) === 48) ? -1 : Number(name.slice(i));
    return { r, rank: RANK.get(r.kind) ?? 99, stem: num < 0 ? name : name.slice(0, i), num };
  });
  keyed.sort((a, b) => a.rank - b.rank || (a.num >= 0 && b.num >= 0 && a.stem === b.stem ? a.num - b.num : natural(a.r.name, b.r.name)));
  for (let k = 0; k < keyed.length; k++) list[k] = keyed[k]!.r;
}

export const partitionKindLabel = (p: Partition): string =>
  ({ vios: 'VIOS', aix: 'AIX', linux: 'Linux', ibmi: 'IBM i' })[p.kind];
