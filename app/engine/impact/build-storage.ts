/**
 * Storage services of a client partition (REFERENCE.md 3.1-3.3): vSCSI disks grouped per SAN LUN (client MPIO across
 * VIOS), LV-, file-backed and internal disks (one path on one VIOS), NPIV LUNs (client vFC -> vfchost -> FC port ->
 * fabric -> array -> LUN), dedicated FC and SAS adapters, and client volume groups over them with their mirror copies.
 */
import { copiesOf, type BackingDevice, type Id, type Lun, type PhysicalPort } from '../../model/schema/index.ts';
import type { DiskPath, NpivPath } from '../paths.ts';
import { makePath, type BuildContext } from './context.ts';
import type { Mechanism, ModelPath, ModelUnit } from './model.ts';

export interface StorageService { key: string; label: string; mechanism: Mechanism; copies: ModelUnit[][]; copyLabels?: string[] }

/** Fabrics through which a LUN can be reached: those it is presented on and its array is cabled to (empty = not drawn). */
function lunFabrics(ctx: BuildContext, lun: Lun): Id[] {
  const array = ctx.design.domain.storageArrays[lun.arrayId];
  if (lun.fabricIds.length === 0) return array?.fabricIds ?? [];
  if (!array || array.fabricIds.length === 0) return lun.fabricIds;
  return lun.fabricIds.filter((f) => array.fabricIds.includes(f));
}

/** The FC ports of a VIOS through which it sees a LUN, as alternatives (port, its adapter, its fabric); null when not drawn. */
const reachCache = new WeakMap<BuildContext, Map<string, number[][] | null>>();
function viosReach(ctx: BuildContext, viosId: Id, lun: Lun): number[][] | null {
  let cache = reachCache.get(ctx);
  if (!cache) reachCache.set(ctx, (cache = new Map()));
  const key = `${viosId}|${lun.arrayId}|${lun.fabricIds.join(',')}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const out = viosReachOf(ctx, viosId, lun);
  cache.set(key, out);
  return out;
}

function viosReachOf(ctx: BuildContext, viosId: Id, lun: Lun): number[][] | null {
  const fabrics = lunFabrics(ctx, lun);
  const ports = ctx.ix.part(viosId)?.ports.filter((p) => p.kind === 'fc' && p.cabledToId && ctx.design.domain.sanFabrics[p.cabledToId]) ?? [];
  if (ports.length === 0) return null;
  return ports.filter((p) => fabrics.length === 0 || fabrics.includes(p.cabledToId!)).map((p) => ctx.cabledComps(p));
}

function lunComps(ctx: BuildContext, lun: Lun): number[] { return [ctx.comp(lun.arrayId), ctx.comp(lun.id)]; }

/** The pool disks behind a Shared Storage Pool logical unit (the pool needs all of them), or null when not one. */
function sspPoolLuns(ctx: BuildContext, b: BackingDevice): Lun[] | null {
  const d = ctx.design.domain;
  const lu = b.kind === 'ssp-lu' && b.logicalUnitId ? d.sspLogicalUnits[b.logicalUnitId] : undefined;
  const cluster = lu ? d.sspClusters[lu.clusterId] : undefined;
  if (!cluster) return null;
  return cluster.poolLunIds.map((id) => d.luns[id]).filter((l): l is Lun => !!l);
}

/** The pool disks of the mirror failure group of an SSP logical unit's pool (empty when the pool is not mirrored). */
function mirrorLuns(ctx: BuildContext, b: BackingDevice): Lun[] {
  const d = ctx.design.domain;
  const lu = b.logicalUnitId ? d.sspLogicalUnits[b.logicalUnitId] : undefined;
  const cluster = lu ? d.sspClusters[lu.clusterId] : undefined;
  return (cluster?.mirrorLunIds ?? []).map((id) => d.luns[id]).filter((l): l is Lun => !!l);
}

function vscsiPath(ctx: BuildContext, clientFrame: number, p: DiskPath, mpio: boolean): ModelPath {
  const d = ctx.design.domain;
  const lun = p.backing.kind === 'physical-volume' && p.backing.lunId ? d.luns[p.backing.lunId] : undefined;
  const requires = [clientFrame, ctx.frameOf(p.viosId), ctx.comp(p.viosId)];
  const elementIds: Id[] = [p.client.id, p.vhost.id, p.vtd.id, p.backing.id, p.viosId];
  const anyOf: number[][][] = [];
  const pool = sspPoolLuns(ctx, p.backing);
  const mirror = pool ? mirrorLuns(ctx, p.backing) : [];
  if (pool && mirror.length > 0) {
    // A mirrored pool (two failure groups): either group's disks keep the pool.
    anyOf.push([pool.flatMap((l) => lunComps(ctx, l)), mirror.flatMap((l) => lunComps(ctx, l))]);
    for (const l of [...pool, ...mirror]) elementIds.push(l.arrayId, l.id);
    const reach = pool[0] ? viosReach(ctx, p.viosId, pool[0]) : null;
    if (reach) anyOf.push(reach);
  } else if (pool) {
    // An SSP logical unit: this node reads the pool's disks over its own FC ports (MODERN.md 7.3).
    for (const l of pool) {
      requires.push(...lunComps(ctx, l));
      elementIds.push(l.arrayId, l.id);
      const reach = viosReach(ctx, p.viosId, l);
      if (reach) anyOf.push(reach);
    }
  } else if (lun) {
    requires.push(...lunComps(ctx, lun));
    elementIds.push(lun.arrayId, lun.id);
    const reach = viosReach(ctx, p.viosId, lun);
    if (reach) anyOf.push(reach);
  } else if (p.backing.physicalPortId) {
    const port = d.physicalPorts[p.backing.physicalPortId];
    if (port) { requires.push(...ctx.portComps(port)); elementIds.push(port.id); }
  }
  // An SSP logical unit is served by the node's vhost while the node runs: the pool keeps serving LUs from the surviving
  // nodes (MODERN.md 7.3; no majority quorum is documented), which a path through a running node implies.
  const through = pool ? `node ${ctx.name(p.viosId)} (${p.vhost.deviceName})` : ctx.name(p.viosId);
  return makePath({ through, via: p.client.deviceName, kind: 'vscsi', viosId: p.viosId, requires, anyOf, elementIds, mpio });
}

function npivPath(ctx: BuildContext, clientFrame: number, p: NpivPath, lun: Lun | null, mpio: boolean): ModelPath {
  const vios = p.server.partitionId;
  const requires = [clientFrame, ctx.frameOf(vios), ctx.comp(vios), ...ctx.cabledComps(p.port)];
  const elementIds: Id[] = [p.client.id, p.server.id, vios, p.port.id];
  if (p.port.cabledToId) elementIds.push(p.port.cabledToId);
  if (lun) { requires.push(...lunComps(ctx, lun)); elementIds.push(lun.arrayId, lun.id); }
  return makePath({ through: `${ctx.name(vios)} ${p.port.deviceName}`, via: p.client.deviceName, kind: 'npiv', viosId: vios, requires, elementIds, mpio });
}

function ownFcPath(ctx: BuildContext, clientFrame: number, port: PhysicalPort, lun: Lun | null, mpio: boolean): ModelPath {
  const requires = [clientFrame, ...ctx.cabledComps(port)];
  const elementIds: Id[] = [port.id];
  if (port.cabledToId) elementIds.push(port.cabledToId);
  if (lun) { requires.push(...lunComps(ctx, lun)); elementIds.push(lun.arrayId, lun.id); }
  return makePath({ through: `own port ${port.deviceName}`, via: port.deviceName, kind: 'dedicated-fc', viosId: null, requires, elementIds, mpio });
}

const reaches = (ctx: BuildContext, fabricId: Id | null, lun: Lun): boolean => {
  const f = lunFabrics(ctx, lun);
  return !fabricId || f.length === 0 || f.includes(fabricId);
};

function lunMechanism(paths: readonly ModelPath[]): Mechanism {
  if (paths.some((p) => p.kind === 'npiv' || p.kind === 'dedicated-fc')) return 'npiv-multipath';
  return paths.length > 1 ? 'vscsi-mpio' : 'single-path';
}

const NONE: never[] = [];

/** A disk of one VIOS only (LV, file, internal disk); SAN LUNs and SSP logical units are reached through several. */
const isLocalBacking = (b: BackingDevice): boolean => (b.kind === 'ssp-lu' ? !b.logicalUnitId : b.kind !== 'physical-volume' || !b.lunId);
const sharedDiskId = (b: BackingDevice): Id => (b.kind === 'ssp-lu' ? b.logicalUnitId! : b.lunId!);

/** The storage services of one client partition, volume groups first, then the disks outside any volume group. */
export function storageServices(ctx: BuildContext, clientId: Id, clientFrame: number, mpio: boolean): StorageService[] {
  const d = ctx.design.domain;
  const units = new Map<Id, ModelUnit>(); // disk id (LUN or backing device) -> unit
  const order: Id[] = [];
  // Written without closures: this runs for every client, and closures cost on large designs.
  for (const p of ctx.der.diskPaths.get(clientId) ?? NONE) {
    const b = p.backing;
    const local = isLocalBacking(b);
    const id = local ? b.id : sharedDiskId(b);
    let u = units.get(id);
    if (!u) {
      if (local) {
        const kind = b.kind === 'logical-volume' ? 'logical volume' : b.kind === 'file-disk' ? 'file' : 'disk';
        u = { label: `${kind} ${b.name} on ${ctx.name(b.partitionId)}`, short: `${b.name} (${ctx.name(b.partitionId)})`, mechanism: 'single-path', paths: [], localDisk: true };
      } else if (b.kind === 'ssp-lu') {
        const lu = d.sspLogicalUnits[id];
        const pool = lu ? d.sspClusters[lu.clusterId]?.poolName : undefined;
        const name = `LU ${lu?.name ?? b.name}${pool ? ` of pool ${pool}` : ''}`;
        u = { label: name, short: name, mechanism: 'single-path', paths: [] };
      } else {
        const name = `LUN ${d.luns[id]?.name ?? id}`;
        u = { label: name, short: name, mechanism: 'single-path', paths: [] };
      }
      units.set(id, u);
      order.push(id);
    }
    u.paths.push(vscsiPath(ctx, clientFrame, p, mpio));
  }
  const npiv = ctx.der.npivPaths.get(clientId) ?? NONE;
  const ports = ctx.ix.part(clientId)?.ports ?? NONE;
  const ownFc: PhysicalPort[] = [];
  for (const port of ports) if (port.kind === 'fc') ownFc.push(port);
  let zoned = 0;
  for (const lun of ctx.npivLuns.get(clientId) ?? NONE) {
    zoned++;
    let u = units.get(lun.id);
    if (!u) { u = { label: `LUN ${lun.name}`, short: `LUN ${lun.name}`, mechanism: 'npiv-multipath', paths: [] }; units.set(lun.id, u); order.push(lun.id); }
    for (const p of npiv) if (reaches(ctx, p.port.cabledToId, lun)) u.paths.push(npivPath(ctx, clientFrame, p, lun, mpio));
    for (const port of ownFc) if (reaches(ctx, port.cabledToId, lun)) u.paths.push(ownFcPath(ctx, clientFrame, port, lun, mpio));
  }
  for (const id of order) { const u = units.get(id)!; if (!u.localDisk) u.mechanism = lunMechanism(u.paths); }
  if (zoned === 0 && npiv.length > 0) {
    const names: string[] = [];
    const paths: ModelPath[] = [];
    for (const p of npiv) {
      if (!names.includes(p.client.deviceName)) names.push(p.client.deviceName);
      paths.push(npivPath(ctx, clientFrame, p, null, mpio));
    }
    const id = `npiv:${clientId}`;
    units.set(id, { label: `SAN through NPIV (${names.join(', ')}; no LUN listed)`, mechanism: 'npiv-multipath', paths });
    order.push(id);
  }
  if (zoned === 0 && ownFc.length > 0) {
    const id = `fc:${clientId}`;
    units.set(id, {
      label: `SAN through own FC ports (${ownFc.map((p) => p.deviceName).join(', ')})`, mechanism: 'dedicated',
      paths: ownFc.map((p) => ownFcPath(ctx, clientFrame, p, null, mpio)),
    });
    order.push(id);
  }
  for (const port of ports) {
    if (port.kind !== 'sas') continue;
    units.set(port.id, {
      label: `internal disks on ${port.deviceName}`, mechanism: 'dedicated', localDisk: true,
      paths: [makePath({ through: `own adapter ${port.deviceName}`, via: port.deviceName, kind: 'dedicated-sas', viosId: null, requires: [clientFrame, ...ctx.portComps(port)], elementIds: [port.id] })],
    });
    order.push(port.id);
  }

  const out: StorageService[] = [];
  const used = new Set<Id>();
  for (const vg of ctx.volumeGroups.get(clientId) ?? NONE) {
    const copies = copiesOf(vg);
    if (copies.length === 0) continue;
    const copyUnits = copies.map((ids) => ids.map((id) => {
      used.add(id);
      return units.get(id) ?? { label: `${d.luns[id] ? `LUN ${d.luns[id]!.name}` : d.backingDevices[id]?.name ?? id} (not served to ${ctx.name(clientId)})`, mechanism: 'single-path' as Mechanism, paths: [] };
    }));
    const copyLabels = copyUnits.map((us) => `copy on ${us.map((u) => u.short ?? u.label).join(' + ')}`);
    const mechanism: Mechanism = copies.length > 1 ? 'lvm-mirror' : copyUnits[0]!.length === 1 ? copyUnits[0]![0]!.mechanism : 'single-path';
    out.push({ key: `vg:${vg.id}`, label: vg.name, mechanism, copies: copyUnits, copyLabels });
  }
  for (const id of order) {
    if (used.size > 0 && used.has(id)) continue;
    const u = units.get(id)!;
    const key = id.startsWith('npiv:') || id.startsWith('fc:') ? id : d.luns[id] ? `lun:${id}` : d.backingDevices[id] ? `backing:${id}` : d.sspLogicalUnits[id] ? `lu:${id}` : `port:${id}`;
    out.push({ key, label: u.label, mechanism: u.mechanism, copies: [[u]] });
  }
  return out;
}
