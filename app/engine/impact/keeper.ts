/**
 * A path model kept from one version of a design to the next (the worker validates after every edit). A client's
 * services are built from its own records (its partition, adapters, the vhosts, VTDs, backing devices and LUNs of
 * its disk paths, its NPIV paths and zoned LUNs, volume groups, EtherChannels, HEA logical ports, vNICs and their
 * backing devices, its own SR-IOV logical ports) and from records that every client shares (frames, VIOS and their
 * adapters, ports, SEAs, link aggregations, HEA ports, SR-IOV adapters and physical ports, fabrics, arrays, switches, VLANs) and the numbering of the failable components. When the shared records and the numbering
 * are the same objects as last time, only the clients whose own records changed are built again; the others keep
 * their services, and the single points of failure computed for them (analysis.ts inheritSingles). Operations copy
 * only what they change, so a one-client edit rebuilds one client.
 */
import { COLLECTIONS, copiesOf, type CollectionName, type Design, type EtherChannel, type Id, type Partition } from '../../model/schema/index.ts';
import { forEachIn, indexDesign, push, type DesignIndex } from '../index-design.ts';
import { derived } from '../paths.ts';
import { inheritSingles } from './singles.ts';
import { assemble, clientServices, modelClients, type Builders } from './build.ts';
import { networkBuilder } from './build-network.ts';
import { sriovIndex, type SriovIndex } from './build-vnic.ts';
import { buildContext, type BuildContext } from './context.ts';
import type { ModelService, PathModel } from './model.ts';
import { SEP, sameRecords } from '../kept-records.ts';

export interface PathModelKeeper {
  /** The path model of `design`, reusing what the last call built where the records it reads did not change. */
  model(design: Design, index?: DesignIndex): PathModel;
  /** What the last build did (a call for the same domain builds nothing): everything, or how many clients it built again and kept. */
  readonly last: { full: boolean; rebuilt: number; kept: number };
}

/** Records read per client only through the client's own paths (compared in `ownRecords`). */
const PER_CLIENT = new Set<CollectionName>(['vscsiAdapters', 'vfcAdapters', 'backingDevices', 'vtds', 'luns', 'volumeGroups', 'etherChannels', 'vnicAdapters', 'vnicBackingDevices']);
/**
 * Collections whose records belong to a VIOS (shared by every client) or to one client (compared in `ownRecords`). SR-IOV
 * logical ports: those of a VIOS (vNIC backing devices, SEA real adapters) are shared, a client's own are its records;
 * SR-IOV adapters and physical ports stay shared.
 */
const MIXED = new Set<CollectionName>(['partitions', 'vethAdapters', 'heaLogicalPorts', 'sriovLogicalPorts']);


/** Every record and number the services of every client may read: the same objects mean the same shared paths. */
function sharedRecords(ix: DesignIndex, componentIds: readonly string[]): unknown[] {
  const d = ix.design.domain;
  const isVios = (id: Id | null | undefined) => (id ? d.partitions[id]?.kind === 'vios' : false);
  const out: unknown[] = [...componentIds];
  for (const c of COLLECTIONS) {
    if (PER_CLIENT.has(c)) continue;
    out.push(SEP);
    const all = ix.all[c] as readonly { id: Id; partitionId?: Id | null; kind?: string }[];
    if (!MIXED.has(c)) { for (const r of all) out.push(r); continue; }
    for (const r of all) if (c === 'partitions' ? r.kind === 'vios' : isVios(r.partitionId)) out.push(r);
  }
  // records an SEA or a link aggregation names, whoever owns them (a design from a file may name a client's adapter)
  out.push(SEP);
  for (const s of ix.all.seas) {
    for (const t of s.trunkAdapterIds) out.push(d.vethAdapters[t]);
    if (s.controlChannelId) out.push(d.vethAdapters[s.controlChannelId]);
    if (s.realAdapter) out.push(d.heaLogicalPorts[s.realAdapter.id], d.sriovLogicalPorts[s.realAdapter.id]);
  }
  for (const l of ix.all.linkAggregations) for (const m of [...l.memberIds, l.backupMemberId]) if (m) out.push(d.heaLogicalPorts[m], d.sriovLogicalPorts[m]);
  return out;
}

/** The records the services of one client are built from, beyond the shared ones, in the order they are read. */
function ownRecords(ctx: BuildContext, channels: Map<Id, EtherChannel[]>, sriov: SriovIndex, p: Partition): unknown[] {
  const ix = ctx.ix;
  const d = ix.design.domain;
  const der = derived(ix);
  const out: unknown[] = [p];
  for (const x of der.diskPaths.get(p.id) ?? []) {
    out.push(x.client, x.vhost, x.vtd, x.backing, d.partitions[x.viosId], d.partitions[x.backing.partitionId]);
    if (x.backing.kind === 'physical-volume' && x.backing.lunId) out.push(d.luns[x.backing.lunId]);
  }
  out.push(SEP);
  for (const x of der.npivPaths.get(p.id) ?? []) out.push(x.client, x.server, x.port, d.partitions[x.server.partitionId]);
  out.push(SEP);
  const pi = ix.part(p.id);
  if (pi) {
    out.push(...pi.ports, SEP, ...pi.heaLogical, SEP);
    forEachIn(pi.vethAt, (a) => out.push(a));
  }
  out.push(SEP);
  for (const lun of ctx.npivLuns.get(p.id) ?? []) out.push(lun);
  out.push(SEP);
  for (const vg of ctx.volumeGroups.get(p.id) ?? []) {
    out.push(vg);
    for (const copy of copiesOf(vg)) for (const id of copy) out.push(d.luns[id], d.backingDevices[id]);
  }
  out.push(SEP);
  for (const e of channels.get(p.id) ?? []) {
    out.push(e);
    for (const id of [e.primaryId, e.backupId]) if (id) out.push(d.vethAdapters[id], d.heaLogicalPorts[id], d.physicalPorts[id], d.sriovLogicalPorts[id], d.vnicAdapters[id]);
  }
  out.push(SEP);
  // vNICs with their backing devices and the logical ports behind them, the client's own logical ports and their backup devices
  for (const v of sriov.vnicsOf.get(p.id) ?? []) {
    out.push(v);
    for (const b of sriov.backingOf.get(v.id) ?? []) out.push(b, d.sriovLogicalPorts[b.logicalPortId]);
  }
  out.push(SEP);
  for (const lp of sriov.logicalOf.get(p.id) ?? []) {
    out.push(lp);
    if (lp.backupDevice) out.push(d.vethAdapters[lp.backupDevice.id], d.vnicAdapters[lp.backupDevice.id]);
  }
  return out;
}


interface Kept {
  domain: Design['domain'];
  model: PathModel;
  shared: unknown[];
  builders: Builders;
  /** client partition id -> its records and its services' index range in `model`. */
  clients: Map<Id, { records: unknown[]; first: number; count: number }>;
}

export function createPathModelKeeper(): PathModelKeeper {
  let kept: Kept | null = null;
  const last = { full: true, rebuilt: 0, kept: 0 };
  return {
    last,
    model(design, index) {
      // the path model reads only the domain: a rename or a suppression keeps it
      if (kept && kept.domain === design.domain) return kept.model;
      const ix = index ?? indexDesign(design);
      const prev = kept;
      const ctx = buildContext(design, ix);
      const shared = sharedRecords(ix, ctx.components.map((c) => c.id));
      const reuse = prev !== null && sameRecords(prev.shared, shared);
      const b: Builders = { ctx, network: networkBuilder(ctx, reuse ? prev.builders.network.vlanUnits : undefined) };
      const clients = modelClients(ix);
      const channels = new Map<Id, EtherChannel[]>();
      for (const e of ix.all.etherChannels) push(channels, e.partitionId, e);
      const sriov = sriovIndex(ctx);
      const records = new Map<Id, { records: unknown[]; first: number; count: number }>();
      const oldIndex: number[] = [];
      const services: ModelService[][] = [];
      let rebuilt = 0;
      for (const p of clients) {
        const own = ownRecords(ctx, channels, sriov, p);
        const before = reuse ? prev.clients.get(p.id) : undefined;
        const first = oldIndex.length;
        let list: ModelService[];
        if (before && sameRecords(before.records, own)) {
          list = prev!.model.services.slice(before.first, before.first + before.count);
          for (let i = 0; i < before.count; i++) oldIndex.push(before.first + i);
        } else {
          list = clientServices(b, p);
          for (let i = 0; i < list.length; i++) oldIndex.push(-1);
          rebuilt++;
        }
        services.push(list);
        records.set(p.id, { records: own, first, count: list.length });
      }
      const model = assemble(b, clients, services);
      if (reuse) inheritSingles(model, prev.model, oldIndex);
      kept = { domain: design.domain, model, shared, builders: b, clients: records };
      last.full = !reuse;
      last.rebuilt = rebuilt;
      last.kept = clients.length - rebuilt;
      return model;
    },
  };
}
