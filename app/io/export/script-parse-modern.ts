import { splitHmcList } from '../hmc-fields.ts';
import { parseHmcRecord } from '../hmc-fields.ts';
import { type Inventory, type PartEntry, fill } from '../import/inventory.ts';

/**
 * Reads back what script-modern.ts writes: the SR-IOV adapter and port notes, `chhwres` for logical ports and vNICs
 * (with the notes before them that carry device names, PVIDs and VLANs), `cluster -create/-addnode` and `lu -create`.
 * (`lu -map` is read with the other mappings in script-parse.ts.)
 */
const NAME = '("(?:[^"\\\\]|\\\\.)*")';
const ADAPTER = new RegExp(`^# SR-IOV adapter (\\d+) \\((shared|dedicated) mode, up to (\\d+) logical ports\\) name ${NAME} location ${NAME} model ${NAME}$`);
const PORT = /^#\s+SR-IOV port (\d+)\/(\d+): ([\d.]+) Gb\/s, up to (\d+) logical ports, capacity granularity ([\d.]+) %, switch mode (veb|vepa)( with reflective relay)?(?:, up to (\d+) promiscuous)?(?: at (\S+))?$/;
const LOGPORT = new RegExp(`^# Logical port (\\S+) of ${NAME}: max capacity ([\\d.]+) %, PVID (\\d+), VLANs (.+?)(, promiscuous)?(?:, id ([0-9a-f]{8}))?$`);
const VNIC = new RegExp(`^# vNIC (\\S+) of ${NAME} \\(slot (\\d+), PVID (\\d+), VLANs (.+?)\\): (.*)$`);

const opt = (w: string[], flag: string): string | undefined => { const i = w.indexOf(flag); return i >= 0 ? w[i + 1] : undefined; };
const vlans = (s: string): 'all' | number[] => (s === 'all' ? 'all' : s === 'none' ? [] : s.split(' ').map(Number));

export class ModernScriptReader {
  private pendingLp: { dev: string; maxCapacity: number; pvid: number; vlans: 'all' | number[]; promiscuous: boolean; id?: string } | null = null;
  private pendingVnic: { dev: string; pvid: number; vlans: 'all' | number[]; backs: { lpDev: string; server?: string }[] } | null = null;

  constructor(private readonly inv: Inventory) {}

  private byName(sysKey: string | null, name: string): PartEntry | undefined {
    return [...this.inv.parts.values()].find((p) => (sysKey === null || p.sysKey === sysKey) && p.name?.value === name);
  }

  /** A comment of the HMC part; true when it was one of these notes. */
  comment(c: string, sysKey: string | null): boolean {
    const m = this.inv.modern;
    let r: RegExpExecArray | null;
    if (sysKey && (r = ADAPTER.exec(c))) {
      const a = m.adapter(sysKey, Number(r[1]), (JSON.parse(r[5]!) as string) || undefined);
      fill(a, { mode: r[2] as 'shared' | 'dedicated', maxLogicalPorts: Number(r[3]), name: JSON.parse(r[4]!) as string, model: (JSON.parse(r[6]!) as string) || undefined });
      return true;
    }
    if (sysKey && (r = PORT.exec(c))) {
      const a = m.adapter(sysKey, Number(r[1]));
      fill(m.port(a.key, Number(r[2])), {
        speedGbps: Number(r[3]), maxLogicalPorts: Number(r[4]), capacityGranularity: Number(r[5]), switchMode: r[6] as 'veb' | 'vepa',
        reflectiveRelay: !!r[7], maxPromiscuousPorts: r[8] !== undefined ? Number(r[8]) : undefined, location: r[9],
      });
      return true;
    }
    if ((r = LOGPORT.exec(c))) {
      this.pendingLp = { dev: r[1]!, maxCapacity: Number(r[3]), pvid: Number(r[4]), vlans: vlans(r[5]!), promiscuous: !!r[6], ...(r[7] ? { id: r[7] } : {}) };
      return true;
    }
    if ((r = VNIC.exec(c))) {
      const backs = r[6] === 'no backing device' ? [] : r[6]!.split(', ').map((x) => { const [, lpDev, server] = x.split(' '); return { lpDev: lpDev!, ...(server && server !== '-' ? { server } : {}) }; });
      this.pendingVnic = { dev: r[1]!, pvid: Number(r[4]), vlans: vlans(r[5]!), backs };
      return true;
    }
    return false;
  }

  /** chhwres for SR-IOV logical ports and vNICs (HMC part). */
  hmcCommand(w: string[], sysKey: string | null): boolean {
    if (w[0] !== 'chhwres' || !sysKey || opt(w, '-o') !== 'a') return false;
    const m = this.inv.modern;
    const rec = parseHmcRecord(opt(w, '-a') ?? '');
    if (!rec) return false;
    if (opt(w, '-r') === 'sriov' && opt(w, '--rsubtype') === 'logport') {
      const owner = this.byName(sysKey, opt(w, '-p') ?? '');
      const adapterId = Number(rec.adapter_id);
      const port = Number(rec.phys_port_id);
      if (!owner || !Number.isInteger(adapterId) || !Number.isInteger(port)) return false;
      const a = m.adapter(sysKey, adapterId);
      const pending = this.pendingLp;
      this.pendingLp = null;
      const lp = m.logicalPort(owner.key, a.key, port, pending?.id);
      fill(lp, {
        capacity: Number(rec.capacity), mac: rec.mac_addr, migratable: rec.migratable === '1' ? true : undefined,
        deviceName: pending?.dev, maxCapacity: pending?.maxCapacity, pvid: pending?.pvid, allowedVlans: pending?.vlans, promiscuous: pending?.promiscuous,
      });
      return true;
    }
    if (opt(w, '-r') === 'virtualio' && opt(w, '--rsubtype') === 'vnic') {
      const id = Number(opt(w, '--id'));
      const slot = Number(opt(w, '-s'));
      const items = splitHmcList(rec.backing_devices ?? '');
      if (!Number.isInteger(id) || !Number.isInteger(slot) || !items) return false;
      const pending = this.pendingVnic;
      this.pendingVnic = null;
      const v = m.vnic(this.inv.partition(sysKey, id).key, slot);
      fill(v, { autoPriorityFailover: rec.auto_priority_failover === '1', mac: rec.mac_addr, deviceName: pending?.dev, pvid: pending?.pvid, allowedVlans: pending?.vlans });
      for (const [i, item] of items.entries()) {
        const [kind, , viosId, adapterId, port, capacity, prio] = item.split('/');
        if (kind !== 'sriov' || [viosId, adapterId, port, capacity, prio].some((x) => x === undefined || !Number.isFinite(Number(x)))) return false;
        const vios = this.inv.partition(sysKey, Number(viosId));
        vios.serves = true;
        const a = m.adapter(sysKey, Number(adapterId));
        const lp = m.logicalPort(vios.key, a.key, Number(port));
        // The vNIC's PVID applies to its backing logical ports (MODERN.md 2.1).
        fill(lp, { capacity: Number(capacity), deviceName: pending?.backs[i]?.lpDev, pvid: pending?.pvid });
        fill(m.backing(v, lp.key), { priority: Number(prio), serverName: pending?.backs[i]?.server });
      }
      return true;
    }
    return false;
  }

  /** cluster -create / -addnode and lu -create (VIOS part of the first node). */
  viosCommand(w: string[], vios: PartEntry): boolean {
    const m = this.inv.modern;
    if (w[0] === 'cluster' && (w[1] === '-create' || w[1] === '-addnode')) {
      const name = opt(w, '-clustername');
      const host = opt(w, '-hostname');
      if (!name || !host) return false;
      const c = m.cluster(name);
      if (w[1] === '-create') { const pool = opt(w, '-sp'); if (!pool) return false; c.poolName = pool; }
      const node = w[1] === '-create' ? vios : this.byName(vios.sysKey, host) ?? this.byName(null, host);
      if (!node) return false;
      node.serves = true;
      if (!c.nodes.includes(node.key)) c.nodes.push(node.key);
      return true;
    }
    if (w[0] === 'lu' && w[1] === '-create') {
      const name = opt(w, '-lu');
      const size = /^(\d+(?:\.\d+)?)([MG])$/i.exec(opt(w, '-size') ?? '');
      if (!name || !size) return false;
      const c = opt(w, '-clustername');
      const pool = opt(w, '-sp') ?? (c ? m.clusters.get(c)?.poolName : undefined);
      fill(m.lu(name, pool), { sizeMB: Number(size[1]) * (size[2]!.toUpperCase() === 'G' ? 1024 : 1), thick: w.includes('-thick') });
      return true;
    }
    return false;
  }
}
