import { type Design, type VirtualFcAdapter, type VirtualScsiAdapter, lunHexId, partnerOf, vtdsOf } from '../../model/index.ts';
import { natural, sortedOfPartition, partitionsOf, systemsOf } from './order.ts';

export type Cell = string | number | boolean | null | undefined;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or edge blanks, with
 * quotes doubled. A text that a spreadsheet would run as a formula (= + @, or - not followed by a
 * digit) gets a leading apostrophe.
 */
export function csvField(v: Cell): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (/^[=+@\t\r]|^-(?!\d)/.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const toCsv = (rows: readonly (readonly Cell[])[]): string => rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';

export const STORAGE_COLUMNS = [
  'frame', 'client', 'client_id', 'type', 'client_slot', 'client_device', 'vios', 'vios_id', 'server_slot', 'server_device',
  'vtd', 'lun', 'backing_device', 'backing_kind', 'fc_port', 'wwpns',
] as const;

/**
 * Per client: client slot <-> VIOS <-> server slot <-> vhost or vfchost <-> VTD <-> backing device or
 * physical FC port, one row per VTD. Server adapters without a client adapter come last.
 */
export function storageMappingRows(d: Design): Cell[][] {
  const dom = d.domain;
  const rows: Cell[][] = [[...STORAGE_COLUMNS]];
  const name = (id: string | null) => (id ? dom.partitions[id] : undefined);
  const paired = new Set<string>();
  const rowsFor = (frame: string, c: VirtualScsiAdapter | VirtualFcAdapter | null, s: VirtualScsiAdapter | VirtualFcAdapter | null, type: 'vSCSI' | 'vFC') => {
    const client = c ? name(c.partitionId) : name(s?.remotePartitionId ?? null);
    const vios = s ? name(s.partitionId) : name(c?.remotePartitionId ?? null);
    const base: Cell[] = [frame, client?.name, client?.lparId, type, c?.slot ?? s?.remoteSlot, c?.deviceName, vios?.name, vios?.lparId, s?.slot ?? c?.remoteSlot, s?.deviceName];
    if (type === 'vFC') {
      const fc = s as VirtualFcAdapter | null;
      const port = fc?.physicalPortId ? dom.physicalPorts[fc.physicalPortId]?.deviceName : undefined;
      rows.push([...base, '', '', '', '', port, (c as VirtualFcAdapter | null)?.wwpns?.join(' ')]);
      return;
    }
    const vtds = s ? vtdsOf(d, s.id) : [];
    if (!vtds.length) rows.push([...base, '', '', '', '', '', '']);
    for (const v of vtds) {
      const bd = v.backingDeviceId ? dom.backingDevices[v.backingDeviceId] : undefined;
      rows.push([...base, v.name, lunHexId(v.lun), bd?.name ?? (v.optical ? '(no media)' : ''), bd?.kind, '', '']);
    }
  };
  for (const sys of systemsOf(d)) {
    for (const p of partitionsOf(d, sys.id)) {
      for (const [rec, type] of [[dom.vscsiAdapters, 'vSCSI'], [dom.vfcAdapters, 'vFC']] as const) {
        for (const c of sortedOfPartition(rec as Record<string, VirtualScsiAdapter | VirtualFcAdapter>, p.id).filter((a) => a.role === 'client')) {
          const s = partnerOf(rec as Record<string, VirtualScsiAdapter | VirtualFcAdapter>, c);
          if (s) paired.add(s.id);
          rowsFor(sys.name, c, s, type);
        }
      }
    }
    for (const p of partitionsOf(d, sys.id)) {
      for (const [rec, type] of [[dom.vscsiAdapters, 'vSCSI'], [dom.vfcAdapters, 'vFC']] as const) {
        for (const s of sortedOfPartition(rec as Record<string, VirtualScsiAdapter | VirtualFcAdapter>, p.id)) if (s.role === 'server' && !paired.has(s.id)) rowsFor(sys.name, null, s, type);
      }
    }
  }
  return rows;
}

export const VLAN_COLUMNS = [
  'frame', 'vswitch', 'vlan_id', 'vlan_name', 'vios', 'sea', 'ha_mode', 'trunk_adapter', 'trunk_slot', 'tagging', 'trunk_priority',
  'real_adapter', 'control_channel', 'partitions',
] as const;

/** Per VLAN: the SEA, trunk adapter and real adapter that bridge it (none for an internal VLAN), and who uses it. */
export function vlanMappingRows(d: Design): Cell[][] {
  const dom = d.domain;
  const rows: Cell[][] = [[...VLAN_COLUMNS]];
  for (const sys of systemsOf(d)) {
    const parts = partitionsOf(d, sys.id);
    const veths = parts.flatMap((p) => sortedOfPartition(dom.vethAdapters, p.id));
    const keys = new Map<string, { vswitch: string; vid: number }>();
    for (const v of Object.values(dom.vlans)) if (v.systemId === sys.id) keys.set(`${v.vswitch}|${v.vlanId}`, { vswitch: v.vswitch, vid: v.vlanId });
    for (const a of veths) for (const vid of [a.pvid, ...a.additionalVlans]) keys.set(`${a.vswitch}|${vid}`, { vswitch: a.vswitch, vid });
    const sorted = [...keys.values()].sort((a, b) => natural(a.vswitch, b.vswitch) || a.vid - b.vid);
    for (const { vswitch, vid } of sorted) {
      const carries = (a: (typeof veths)[number]) => a.vswitch === vswitch && (a.pvid === vid || a.additionalVlans.includes(vid));
      const users = [...new Set(veths.filter((a) => !a.trunk && carries(a)).map((a) => dom.partitions[a.partitionId]!.name))].join(' ');
      const vlanName = Object.values(dom.vlans).find((v) => v.systemId === sys.id && v.vswitch === vswitch && v.vlanId === vid)?.name;
      const base: Cell[] = [sys.name, vswitch, vid, vlanName];
      let bridged = false;
      for (const p of parts) {
        for (const sea of sortedOfPartition(dom.seas, p.id)) {
          for (const t of sea.trunkAdapterIds.map((id) => dom.vethAdapters[id]).filter((a) => a && carries(a))) {
            bridged = true;
            const real = sea.realAdapter ? (dom.physicalPorts[sea.realAdapter.id] ?? dom.linkAggregations[sea.realAdapter.id] ?? dom.heaLogicalPorts[sea.realAdapter.id])?.deviceName : '';
            const ctl = sea.controlChannelId ? dom.vethAdapters[sea.controlChannelId]?.deviceName : '';
            rows.push([...base, p.name, sea.deviceName, sea.haMode, t!.deviceName, t!.slot, t!.pvid === vid ? 'untagged (PVID)' : 'tagged', t!.trunkPriority, real, ctl, users]);
          }
        }
      }
      if (!bridged) rows.push([...base, '', '', '', '', '', '', '', '', '', users]);
    }
  }
  return rows;
}

/** The storage mapping as CSV (header row first). */
export const storageMappingCsv = (d: Design): string => toCsv(storageMappingRows(d));
/** The VLAN mapping as CSV (header row first). */
export const vlanMappingCsv = (d: Design): string => toCsv(vlanMappingRows(d));
