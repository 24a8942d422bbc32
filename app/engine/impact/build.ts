/** buildPathModel: every client partition's services and paths, with the component -> services index. */
import type { Design, Partition } from '../../model/schema/index.ts';
import type { DesignIndex } from '../index-design.ts';
import { buildContext, type BuildContext } from './context.ts';
import { storageServices } from './build-storage.ts';
import { networkBuilder, type NetworkBuilder } from './build-network.ts';
import type { ModelPartition, ModelService, ModelUnit, PathModel, RecoverySettings } from './model.ts';

function unitComponents(u: ModelUnit, into: number[]): void {
  for (const p of u.paths) {
    for (const c of p.requires) if (!into.includes(c)) into.push(c);
    for (const g of p.anyOf) for (const alt of g) for (const c of alt) if (!into.includes(c)) into.push(c);
  }
  for (const c of u.controlChannel ?? []) if (!into.includes(c)) into.push(c);
}

const byNumber = (a: number, b: number): number => a - b;

/** A service with its component list (the frame first, then sorted, distinct); index and partition are set by `assemble`. */
function withComponents(frame: number, svc: ModelService): ModelService {
  const components: number[] = frame >= 0 ? [frame] : [];
  for (const copy of svc.copies) for (const u of copy) unitComponents(u, components);
  components.sort(byNumber);
  svc.components = components;
  return svc;
}

/** What the path builders of one design share: the context and the network builder (VLAN bridging built once per VLAN). */
export interface Builders { ctx: BuildContext; network: NetworkBuilder }

export function builders(design: Design, index?: DesignIndex): Builders {
  const ctx = buildContext(design, index);
  return { ctx, network: networkBuilder(ctx) };
}

/**
 * The services of one client partition, in model order (storage, then network), each with its component list. Their
 * `index` and `partition` are 0 until `assemble` places them: a client whose records did not change can have the same
 * services placed again in the next version of the design (keeper.ts).
 */
export function clientServices(b: Builders, p: Partition): ModelService[] {
  const { ctx, network } = b;
  const frame = ctx.comp(p.systemId);
  const tun = p.tunables ?? {};
  const storageRecovery: RecoverySettings = {
    hcheckInterval: tun.hcheckInterval ?? 0, hcheckMode: tun.hcheckMode, vscsiPathTimeout: tun.vscsiPathTimeout, vscsiErrRecov: tun.vscsiErrRecov,
    fcErrRecov: tun.fcErrRecov, dynamicTracking: tun.dynamicTracking,
  };
  const out: ModelService[] = [];
  for (const s of storageServices(ctx, p.id, frame, p.kind === 'aix')) {
    out.push(withComponents(frame, { index: 0, partition: 0, key: s.key, label: s.label, kind: 'storage', mechanism: s.mechanism, copies: s.copies, ...(s.copyLabels ? { copyLabels: s.copyLabels } : {}), recovery: storageRecovery, components: [] }));
  }
  for (const s of network(p.id, frame)) {
    const svc: ModelService = { index: 0, partition: 0, key: s.key, label: s.label, kind: 'network', mechanism: s.mechanism, copies: [[s.unit]], recovery: s.recovery, components: [] };
    if (s.internalNote) svc.internalNote = s.internalNote;
    out.push(withComponents(frame, svc));
  }
  return out;
}

/** Client partitions (every partition that is not a VIOS) in model order: by name, then id. */
export function modelClients(ix: DesignIndex): Partition[] {
  return ix.partitions.filter((p) => p.kind !== 'vios').sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
}

/**
 * Places the services of each client (in model order) into a path model: service and partition indexes, the
 * component -> services and component -> partitions indexes. A service already at its place is used as it is;
 * one that moved is copied (the model it came from may still be read).
 */
export function assemble(b: Builders, clients: readonly Partition[], servicesOfClient: readonly ModelService[][]): PathModel {
  const { ctx } = b;
  const C = ctx.components.length;
  const partitions: ModelPartition[] = [];
  const services: ModelService[] = [];
  // two passes, so that the component indexes (tens of thousands of entries) are filled without growing arrays
  const nServices = new Int32Array(C);
  const nPartitions = new Int32Array(C);
  const lastPartition = new Int32Array(C).fill(-1);
  clients.forEach((p, pIndex) => {
    const mp: ModelPartition = { index: pIndex, partitionId: p.id, name: p.name, systemId: p.systemId, frame: ctx.comp(p.systemId), services: [], kind: p.kind, hcheckInterval: p.tunables?.hcheckInterval ?? 0 };
    partitions.push(mp);
    for (let svc of servicesOfClient[pIndex]!) {
      const index = services.length;
      if (svc.index !== index || svc.partition !== pIndex) svc = { ...svc, index, partition: pIndex };
      services.push(svc);
      mp.services.push(index);
      for (const c of svc.components) {
        nServices[c] = nServices[c]! + 1;
        if (lastPartition[c] !== pIndex) { lastPartition[c] = pIndex; nPartitions[c] = nPartitions[c]! + 1; }
      }
    }
  });
  const servicesOf: number[][] = new Array(C);
  const partitionsOf: number[][] = new Array(C);
  for (let c = 0; c < C; c++) { servicesOf[c] = new Array<number>(nServices[c]!); partitionsOf[c] = new Array<number>(nPartitions[c]!); }
  nServices.fill(0);
  nPartitions.fill(0);
  lastPartition.fill(-1);
  for (const svc of services) {
    for (const c of svc.components) {
      servicesOf[c]![nServices[c]!] = svc.index;
      nServices[c] = nServices[c]! + 1;
      if (lastPartition[c] !== svc.partition) { lastPartition[c] = svc.partition; partitionsOf[c]![nPartitions[c]!] = svc.partition; nPartitions[c] = nPartitions[c]! + 1; }
    }
  }
  const seasOfVios = new Map<string, { id: string; deviceName: string; haMode: string }[]>();
  for (const s of ctx.ix.all.seas) seasOfVios.set(s.partitionId, [...(seasOfVios.get(s.partitionId) ?? []), { id: s.id, deviceName: s.deviceName, haMode: s.haMode }]);
  return { designName: ctx.design.name, components: ctx.components, componentIndex: ctx.componentIndex, partitions, services, servicesOf, partitionsOf, seasOfVios };
}

/**
 * The path model of a design (REFERENCE.md section 3): per client partition (every partition that is not a VIOS),
 * its storage and network services and their alternative paths. Pass the design's index when one is at hand (the
 * validation shares it). To follow a design through its edits, keep the model with keeper.ts instead.
 */
export function buildPathModel(design: Design, index?: DesignIndex): PathModel {
  const b = builders(design, index);
  const clients = modelClients(b.ctx.ix);
  return assemble(b, clients, clients.map((p) => clientServices(b, p)));
}
