/**
 * The virtual adapter strings of partition profiles (REFERENCE 1.5), read by the importer and written
 * by the script exporter with the same code:
 *   virtual_scsi_adapters  slot/client|server/[remote-lpar-id]/[remote-lpar-name]/[remote-slot]/is-required
 *   virtual_fc_adapters    slot/client|server/[remote-lpar-id]/[remote-lpar-name]/remote-slot/[wwpn1,wwpn2]/is-required
 *   virtual_eth_adapters   slot/is-IEEE/port-vlan-id/[additional-vlan-ids]/[trunk-priority]/is-required[/[vswitch][/[mac]/[allowed-os-macs]/[qos]]]
 */

export interface ProfilePairAdapter {
  slot: number;
  role: 'client' | 'server';
  /** Null for `any`. */
  remoteLparId: number | null;
  remoteLparName: string;
  remoteSlot: number | null;
  required: boolean;
  /** Virtual FC client only. */
  wwpns?: [string, string];
}

export interface ProfileEthAdapter {
  slot: number;
  ieee: boolean;
  pvid: number;
  additionalVlans: number[];
  /** 0 when the adapter is not a trunk adapter. */
  trunkPriority: number;
  required: boolean;
  vswitch?: string;
  mac?: string;
}

const int = (s: string | undefined): number | null => (s !== undefined && /^\d+$/.test(s) ? Number(s) : null);
const flag = (s: string | undefined): boolean | null => (s === '1' ? true : s === '0' ? false : null);

function parsePair(s: string, fc: boolean): ProfilePairAdapter | null {
  const p = s.trim().split('/');
  if (p.length !== (fc ? 7 : 6)) return null;
  const slot = int(p[0]);
  const role = p[1];
  const required = flag(p[fc ? 6 : 5]);
  if (slot === null || (role !== 'client' && role !== 'server') || required === null) return null;
  const remoteLparId = p[2] === 'any' || p[2] === '' ? null : int(p[2]);
  const remoteSlot = p[4] === 'any' || p[4] === '' ? null : int(p[4]);
  if ((remoteLparId === null && p[2] !== 'any' && p[2] !== '') || (remoteSlot === null && p[4] !== 'any' && p[4] !== '')) return null;
  const out: ProfilePairAdapter = { slot, role, remoteLparId, remoteLparName: p[3] ?? '', remoteSlot, required };
  if (fc && p[5]) {
    const w = p[5].split(',');
    if (w.length !== 2 || !w.every((x) => /^[0-9a-fA-F]{16}$/.test(x))) return null;
    out.wwpns = [w[0]!.toLowerCase(), w[1]!.toLowerCase()];
  }
  return out;
}

export const parseScsiAdapterString = (s: string): ProfilePairAdapter | null => parsePair(s, false);
export const parseFcAdapterString = (s: string): ProfilePairAdapter | null => parsePair(s, true);

export function parseEthAdapterString(s: string): ProfileEthAdapter | null {
  const p = s.trim().split('/');
  if (p.length < 6 || p.length > 10) return null;
  const slot = int(p[0]);
  const ieee = flag(p[1]);
  const pvid = int(p[2]);
  const trunkPriority = p[4] === '' ? 0 : int(p[4]);
  const required = flag(p[5]);
  if (slot === null || ieee === null || pvid === null || trunkPriority === null || required === null) return null;
  const additionalVlans: number[] = [];
  for (const v of (p[3] ?? '').split(',').filter((x) => x !== '')) {
    const n = int(v.trim());
    if (n === null) return null;
    additionalVlans.push(n);
  }
  const out: ProfileEthAdapter = { slot, ieee, pvid, additionalVlans, trunkPriority, required };
  if (p[6]) out.vswitch = p[6];
  if (p[7]) out.mac = p[7];
  return out;
}

const remote = (v: number | null) => (v === null ? 'any' : String(v));

export function formatPairAdapterString(a: ProfilePairAdapter, fc: boolean): string {
  const head = `${a.slot}/${a.role}/${remote(a.remoteLparId)}/${a.remoteLparId === null ? '' : a.remoteLparName}/${remote(a.remoteSlot)}`;
  return fc ? `${head}/${a.wwpns ? a.wwpns.join(',') : ''}/${a.required ? 1 : 0}` : `${head}/${a.required ? 1 : 0}`;
}

export function formatEthAdapterString(a: ProfileEthAdapter): string {
  const base = `${a.slot}/${a.ieee ? 1 : 0}/${a.pvid}/${a.additionalVlans.join(',')}/${a.trunkPriority}/${a.required ? 1 : 0}`;
  if (!a.vswitch && !a.mac) return base;
  return a.mac ? `${base}/${a.vswitch ?? ''}/${a.mac}/all/none` : `${base}/${a.vswitch}`;
}
