import { uniqueName, type PartitionKind } from '../../model/index.ts';
import { type EthEntry, type Inventory, type PairEntry, type PartEntry, fill } from './inventory.ts';

/** Partition kind from lpar_env, the OS name and whether the partition serves virtual I/O. */
export function kindOf(p: PartEntry): PartitionKind {
  if (p.kind) return p.kind;
  if (p.env === 'vioserver') return 'vios';
  if (p.env === 'os400') return 'ibmi';
  if (!p.env && p.serves) return 'vios';
  return p.os && /linux/i.test(p.os) ? 'linux' : 'aix';
}

/** Final partition names: the best claim, else a placeholder; unique within each frame. */
export function finalNames(inv: Inventory): Map<string, string> {
  const names = new Map<string, string>();
  for (const sysKey of inv.systems.keys()) {
    const parts = inv.partitionsOf(sysKey).sort((a, b) => (b.name?.weight ?? 0) - (a.name?.weight ?? 0) || a.lparId - b.lparId);
    const taken = new Set<string>();
    for (const p of parts) {
      const wanted = p.name?.value ?? `${kindOf(p) === 'vios' ? 'vios' : 'lpar'}-${p.lparId}`;
      const name = uniqueName(taken, wanted);
      if (name !== wanted) inv.warn(`Two partitions are named ${wanted}; partition ${p.lparId} is called ${name}`);
      if (!p.name) inv.warn(`Partition ${p.lparId} is not named in any output; called ${name}`);
      taken.add(name);
      names.set(p.key, name);
    }
  }
  return names;
}

/** A slot no adapter of the partition uses (the preferred one if free); it is taken at once. */
function takeSlot(inv: Inventory, part: string, preferred?: number): number {
  const used = inv.usedSlots(part);
  let slot = preferred;
  if (slot === undefined || slot < 2 || used.has(slot)) {
    slot = kindOf(inv.parts.get(part)!) === 'vios' ? 11 : 2;
    while (used.has(slot)) slot++;
  }
  used.add(slot);
  return slot;
}

/**
 * Joins both ends of each vSCSI/vFC pair. A server whose client id is known but whose client slot no
 * output gives (lsmap alone) gets a client adapter in an assumed slot, said so in a warning.
 */
export function joinPairs(inv: Inventory, label: (part: string) => string): void {
  const all = [...inv.pairs.values()];
  const clients = new Map<string, PairEntry>();
  for (const c of all) if (c.role === 'client') clients.set(`${c.kind}|${c.part}|${c.remoteLparId}|${c.remoteSlot}`, c);
  for (const a of all) {
    if (a.role !== 'server' || typeof a.remoteLparId !== 'number' || a.remoteSlot !== undefined) continue;
    const server = inv.parts.get(a.part)!;
    const clientKey = `${server.sysKey}#${a.remoteLparId}`;
    const c = clients.get(`${a.kind}|${clientKey}|${server.lparId}|${a.slot}`);
    if (c) { a.remoteSlot = c.slot; continue; }
    const slot = takeSlot(inv, clientKey, a.slot);
    const client = inv.pair(a.kind, clientKey, slot, 'client');
    Object.assign(client, { remoteLparId: server.lparId, remoteSlot: a.slot, running: a.running });
    a.remoteSlot = slot;
    inv.warn(`${a.deviceName ?? `slot ${a.slot}`} on ${label(a.part)} serves ${label(clientKey)}, but no output gives the client's slot: assumed slot ${slot} (import lshwres -r virtualio --rsubtype ${a.kind} for the real one)`);
  }
  for (const a of inv.pairs.values()) {
    if (a.remoteLparId === undefined) a.remoteLparId = null;
    if (a.remoteSlot === undefined || a.remoteLparId === null) a.remoteSlot = null;
  }
}

/** Makes sure every SEA's trunk adapters, control channel and real adapter exist as entries. */
export function prepareSeas(inv: Inventory, label: (part: string) => string): void {
  for (const sea of inv.seas.values()) {
    for (const t of sea.trunks) {
      const e = inv.eth(sea.part, undefined, t);
      const vlans = sea.trunkVlans[t];
      if (e.pvid === undefined && vlans?.length) {
        e.pvid = vlans[0]!;
        if (vlans.length > 1) inv.warn(`The PVID of trunk adapter ${t} of ${sea.deviceName} on ${label(sea.part)} is not in the outputs (its VLANs are ${vlans.join(' ')}); assumed ${vlans[0]}`);
      }
      if (vlans && e.pvid !== undefined) fill(e, { additionalVlans: vlans.filter((v) => v !== e.pvid) });
      fill(e, { trunk: true, trunkPriority: sea.priority });
    }
    if (sea.controlAdapter) {
      fill(inv.eth(sea.part, undefined, sea.controlAdapter), { pvid: sea.controlPvid, trunk: false });
    } else if (sea.controlPvid !== undefined && !inv.eths.some((e) => e.part === sea.part && e.pvid === sea.controlPvid && !e.trunk)) {
      inv.eths.push({ part: sea.part, pvid: sea.controlPvid, trunk: false, running: true });
    }
    if (sea.realAdapter) fill(inv.port(sea.part, sea.realAdapter, 'ethernet'), { location: sea.realLocation });
  }
}

/**
 * Virtual Ethernet adapters known only by device name (entstat) are matched with adapters known only
 * by slot (lshwres, profiles) of the same partition by PVID; the rest get an assumed slot.
 */
export function placeEthernet(inv: Inventory, label: (part: string) => string): void {
  const unnamed = new Map<string, EthEntry[]>();
  for (const x of inv.eths) {
    if (x.slot === undefined || x.deviceName) continue;
    const key = `${x.part}|${x.pvid}`;
    const list = unnamed.get(key);
    if (list) list.push(x); else unnamed.set(key, [x]);
  }
  const merged = new Set<EthEntry>();
  for (const e of inv.eths) {
    if (e.slot !== undefined) continue;
    const candidates = (unnamed.get(`${e.part}|${e.pvid}`) ?? []).filter((x) => !x.deviceName && (e.trunk === undefined || !!x.trunk === e.trunk));
    if (candidates.length === 1) {
      fill(candidates[0]!, e as Partial<EthEntry>);
      merged.add(e);
      continue;
    }
    e.slot = takeSlot(inv, e.part);
    inv.warn(`${e.deviceName ?? `A virtual Ethernet adapter (PVID ${e.pvid ?? '?'})`} on ${label(e.part)} has no slot in the outputs: assumed slot ${e.slot} (import lshwres -r virtualio --rsubtype eth for the real one)`);
  }
  if (merged.size) {
    const kept = inv.eths.filter((e) => !merged.has(e));
    inv.eths.length = 0;
    for (const e of kept) inv.eths.push(e);
  }
}

/** Device names the outputs did not give: vhostN, vfchostN, vscsiN, fcsN, entN in slot order. */
export function nameDevices(inv: Inventory): void {
  const used = new Map<string, Set<string>>();
  const usedIn = (part: string) => { let s = used.get(part); if (!s) { s = new Set(); used.set(part, s); } return s; };
  for (const a of inv.pairs.values()) if (a.deviceName) usedIn(a.part).add(a.deviceName);
  for (const e of inv.eths) if (e.deviceName) usedIn(e.part).add(e.deviceName);
  for (const p of inv.ports.values()) usedIn(p.part).add(p.deviceName);
  for (const s of inv.seas.values()) usedIn(s.part).add(s.deviceName);
  for (const v of inv.vtds.values()) usedIn(v.part).add(v.name);
  const m = inv.modern;
  for (const l of m.logicalPorts.values()) if (l.deviceName) usedIn(l.part).add(l.deviceName);
  for (const v of m.vnics.values()) {
    if (v.deviceName) usedIn(v.part).add(v.deviceName);
    for (const b of v.backings) if (b.serverName) usedIn(m.logicalPorts.get(b.logicalPortKey)!.part).add(b.serverName);
  }
  // The lowest free number, searched from where the last search for this prefix stopped (names are only
  // added, so nothing below it frees up): linear in the number of devices, not quadratic.
  const from = new Map<string, number>();
  const next = (part: string, prefix: string) => {
    const set = usedIn(part);
    const key = `${part}|${prefix}`;
    for (let n = from.get(key) ?? 0; ; n++) {
      if (!set.has(`${prefix}${n}`)) { set.add(`${prefix}${n}`); from.set(key, n + 1); return `${prefix}${n}`; }
    }
  };
  const pairs = [...inv.pairs.values()].sort((a, b) => a.slot - b.slot);
  for (const a of pairs) {
    if (a.deviceName) continue;
    a.deviceName = next(a.part, a.role === 'server' ? (a.kind === 'scsi' ? 'vhost' : 'vfchost') : (a.kind === 'scsi' ? 'vscsi' : 'fcs'));
  }
  const eths = [...inv.eths].sort((a, b) => (a.slot ?? 0) - (b.slot ?? 0));
  for (const e of eths) {
    if (e.deviceName) continue;
    e.deviceName = next(e.part, 'ent');
  }
  // SR-IOV logical ports and vNICs are entN too (MODERN.md 1.1, 2.1); vNIC server adapters are vnicserverN.
  const unnamed: string[] = [];
  for (const l of m.logicalPorts.values()) if (!l.deviceName) { l.deviceName = next(l.part, 'ent'); unnamed.push(l.deviceName); }
  for (const v of [...m.vnics.values()].sort((a, b) => a.slot - b.slot)) {
    if (!v.deviceName) v.deviceName = next(v.part, 'ent');
    for (const b of v.backings) b.serverName ??= next(m.logicalPorts.get(b.logicalPortKey)!.part, 'vnicserver');
  }
  if (unnamed.length) inv.warn(`The device names of ${unnamed.length} SR-IOV logical port(s) are not in these outputs (lshwres does not print them); named in order as the next free entN (import lsmap -all -vnic from each VIOS for the real ones)`);
}
