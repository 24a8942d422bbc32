/** buildPathModel: every client partition's services and paths, with the component -> services index. */
import type { Design } from '../../model/schema/index.ts';
import type { DesignIndex } from '../index-design.ts';
import { buildContext } from './context.ts';
import { storageServices } from './build-storage.ts';
import { networkBuilder } from './build-network.ts';
import type { ModelPartition, ModelService, ModelUnit, PathModel, RecoverySettings } from './model.ts';

function unitComponents(u: ModelUnit, into: number[]): void {
  for (const p of u.paths) {
    for (const c of p.requires) if (!into.includes(c)) into.push(c);
    for (const g of p.anyOf) for (const alt of g) for (const c of alt) if (!into.includes(c)) into.push(c);
  }
  for (const c of u.controlChannel ?? []) if (!into.includes(c)) into.push(c);
}

interface Acc { services: ModelService[]; servicesOf: number[][]; partitionsOf: number[][] }

/** Adds a service: its component list (the frame first), its index, and the component -> services index. */
function addService(acc: Acc, mp: ModelPartition, svc: ModelService): void {
  const components: number[] = mp.frame >= 0 ? [mp.frame] : [];
  for (const copy of svc.copies) for (const u of copy) unitComponents(u, components);
  components.sort(byNumber);
  svc.components = components;
  svc.index = acc.services.length;
  acc.services.push(svc);
  mp.services.push(svc.index);
  for (const c of components) {
    acc.servicesOf[c]!.push(svc.index);
    const list = acc.partitionsOf[c]!;
    if (list[list.length - 1] !== mp.index) list.push(mp.index);
  }
}

const byNumber = (a: number, b: number): number => a - b;

/**
 * The path model of a design (REFERENCE.md section 3): per client partition (every partition that is not a VIOS),
 * its storage and network services and their alternative paths. Pass the design's index when one is at hand (the
 * validation shares it).
 */
export function buildPathModel(design: Design, index?: DesignIndex): PathModel {
  const ctx = buildContext(design, index);
  const network = networkBuilder(ctx);
  const partitions: ModelPartition[] = [];
  const services: ModelService[] = [];
  const C = ctx.components.length;
  const servicesOf: number[][] = Array.from({ length: C }, () => []);
  const partitionsOf: number[][] = Array.from({ length: C }, () => []);
  const acc: Acc = { services, servicesOf, partitionsOf };
  const clients = ctx.ix.partitions.filter((p) => p.kind !== 'vios').sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
  for (const p of clients) {
    const frame = ctx.comp(p.systemId);
    const pIndex = partitions.length;
    const hcheck = p.tunables?.hcheckInterval ?? 0;
    const mp: ModelPartition = { index: pIndex, partitionId: p.id, name: p.name, systemId: p.systemId, frame, services: [], kind: p.kind, hcheckInterval: hcheck };
    partitions.push(mp);
    const tun = p.tunables ?? {};
    const storageRecovery: RecoverySettings = {
      hcheckInterval: hcheck, hcheckMode: tun.hcheckMode, vscsiPathTimeout: tun.vscsiPathTimeout, vscsiErrRecov: tun.vscsiErrRecov,
      fcErrRecov: tun.fcErrRecov, dynamicTracking: tun.dynamicTracking,
    };
    for (const s of storageServices(ctx, p.id, frame, p.kind === 'aix')) {
      addService(acc, mp, { index: 0, partition: pIndex, key: s.key, label: s.label, kind: 'storage', mechanism: s.mechanism, copies: s.copies, ...(s.copyLabels ? { copyLabels: s.copyLabels } : {}), recovery: storageRecovery, components: [] });
    }
    for (const s of network(p.id, frame)) {
      const svc: ModelService = { index: 0, partition: pIndex, key: s.key, label: s.label, kind: 'network', mechanism: s.mechanism, copies: [[s.unit]], recovery: s.recovery, components: [] };
      if (s.internalNote) svc.internalNote = s.internalNote;
      addService(acc, mp, svc);
    }
  }
  const seasOfVios = new Map<string, { id: string; deviceName: string; haMode: string }[]>();
  for (const s of ctx.ix.all.seas) seasOfVios.set(s.partitionId, [...(seasOfVios.get(s.partitionId) ?? []), { id: s.id, deviceName: s.deviceName, haMode: s.haMode }]);
  return { designName: design.name, components: ctx.components, componentIndex: ctx.componentIndex, partitions, services, servicesOf, partitionsOf, seasOfVios };
}
