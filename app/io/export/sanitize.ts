import type { Design } from '../../model/index.ts';
import { natural, partitionsOf, systemsOf } from './order.ts';

/** Replacements of one run: the same original always gets the same stand-in, different originals different ones. */
class Aliases {
  private readonly maps = new Map<string, Map<string, string>>();
  constructor(private readonly make: Record<string, (n: number) => string>) {}
  get(kind: string, original: string): string {
    let m = this.maps.get(kind);
    if (!m) { m = new Map(); this.maps.set(kind, m); }
    let alias = m.get(original);
    if (alias === undefined) { alias = this.make[kind]!(m.size + 1); m.set(original, alias); }
    return alias;
  }
  /** Every original name with its stand-in, longest first (to rewrite free text). */
  names(): [string, string][] {
    const out: [string, string][] = [];
    for (const [kind, m] of this.maps) if (kind !== 'mac' && kind !== 'ip') for (const e of m) out.push(e);
    return out.filter(([o]) => o.length >= 3).sort((a, b) => b[0].length - a[0].length);
  }
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
const DEVICE_LIKE = /^(hdisk|hdiskpower|vpath|cd|rmt)\d+$/;
const DEFAULT_VTD = /^vt(scsi|opt)\d+$/;

/**
 * A copy of the design that can leave the customer: frame, partition, array, LUN, fabric, switch and
 * VLAN names, serials (also inside location codes), WWPNs, MAC and IP addresses, logical volume and
 * file names and custom VTD names are replaced, consistently within the run. Device names (vhost0,
 * ent5, hdisk3, fcs0), slots, VLAN ids, sizes and the whole topology stay as they are.
 */
export function sanitizeDesign(design: Design): Design {
  const d = structuredClone(design);
  const dom = d.domain;
  const a = new Aliases({
    frame: (n) => `frame${n}`, vios: (n) => `vios${n}`, lpar: (n) => `lpar${String(n).padStart(2, '0')}`,
    serial: (n) => `SN${String(n).padStart(5, '0')}`, wwpn: (n) => `c05076${hex(n - 1, 10)}`, mac: (n) => `0A00${hex(n, 8)}`.toUpperCase(),
    ip: (n) => `192.0.2.${n % 254 || 254}`, fabric: (n) => `fabric${n}`, array: (n) => `array${n}`, lun: (n) => `lun${String(n).padStart(3, '0')}`,
    lunSerial: (n) => `LUNSERIAL${String(n).padStart(4, '0')}`, switch: (n) => `switch${n}`, vlan: (n) => `vlan-name${n}`,
    lv: (n) => `lv${String(n).padStart(2, '0')}`, file: (n) => `/var/vio/storagepools/pool1/file${n}`, media: (n) => `media${n}.iso`,
  });
  const location = (loc: string | undefined) => loc
    ?.replace(/^(U\w{4}\.\w{3}\.)(\w+)/, (_, head: string, serial: string) => head + a.get('serial', serial))
    .replace(/-W([0-9A-Fa-f]{16})/g, (_, w: string) => `-W${a.get('wwpn', w.toLowerCase()).toUpperCase()}`);

  for (const s of systemsOf(design)) {
    const rs = dom.systems[s.id]!;
    rs.name = a.get('frame', s.name);
    if (s.serial) rs.serial = a.get('serial', s.serial);
    for (const p of partitionsOf(design, s.id)) dom.partitions[p.id]!.name = a.get(p.kind === 'vios' ? 'vios' : 'lpar', p.name);
  }
  for (const v of Object.values(dom.vfcAdapters).sort((x, y) => natural(x.id, y.id))) {
    if (v.wwpns) v.wwpns = [a.get('wwpn', v.wwpns[0].toLowerCase()), a.get('wwpn', v.wwpns[1].toLowerCase())];
  }
  for (const e of Object.values(dom.vethAdapters)) if (e.mac) e.mac = a.get('mac', e.mac.toUpperCase());
  for (const s of Object.values(dom.seas)) {
    if (s.netaddr) s.netaddr = a.get('ip', s.netaddr);
    if (s.ipAddress) s.ipAddress = a.get('ip', s.ipAddress);
  }
  for (const p of Object.values(dom.physicalPorts)) { const l = location(p.location); if (l !== undefined) p.location = l; }
  for (const f of Object.values(dom.sanFabrics)) f.name = a.get('fabric', f.name);
  for (const s of Object.values(dom.storageArrays)) s.name = a.get('array', s.name);
  for (const l of Object.values(dom.luns)) { l.name = a.get('lun', l.name); if (l.serial) l.serial = a.get('lunSerial', l.serial); }
  for (const s of Object.values(dom.ethernetSwitches)) s.name = a.get('switch', s.name);
  for (const v of Object.values(dom.vlans)) if (v.name) v.name = a.get('vlan', v.name);
  for (const b of Object.values(dom.backingDevices)) {
    if (DEVICE_LIKE.test(b.name)) continue;
    b.name = a.get(b.kind === 'logical-volume' ? 'lv' : b.kind === 'file-disk' ? 'file' : b.kind === 'file-optical' ? 'media' : 'lv', b.name);
  }
  const vtdsByVios = new Map<string, string[]>();
  for (const v of Object.values(dom.vtds).sort((x, y) => natural(x.id, y.id))) {
    const vios = dom.vscsiAdapters[v.serverAdapterId]!.partitionId;
    const taken = vtdsByVios.get(vios) ?? Object.values(dom.vtds).filter((t) => dom.vscsiAdapters[t.serverAdapterId]!.partitionId === vios && DEFAULT_VTD.test(t.name)).map((t) => t.name);
    vtdsByVios.set(vios, taken);
    if (DEFAULT_VTD.test(v.name)) continue;
    const prefix = v.optical ? 'vtopt' : 'vtscsi';
    let n = 0;
    while (taken.includes(`${prefix}${n}`)) n++;
    v.name = `${prefix}${n}`;
    taken.push(v.name);
  }
  const names = new Map(a.names());
  const pattern = names.size ? new RegExp([...names.keys()].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g') : null;
  const scrub = (text: string) => (pattern ? text.replace(pattern, (m) => names.get(m) ?? m) : text);
  d.name = 'Sanitized design';
  d.description = scrub(d.description);
  for (const p of Object.values(dom.partitions)) if (p.profileName) p.profileName = scrub(p.profileName);
  for (const s of Object.values(d.scenarios)) { s.name = scrub(s.name); s.description = scrub(s.description); }
  for (const s of d.suppressions) s.reason = scrub(s.reason);
  return d;
}
