/** What the path builders share: the design index, component lookup and the component lists of common elements. */
import type { Design, HeaPort, Id, Lun, PhysicalPort, SriovLogicalPort, VolumeGroup } from '../../model/schema/index.ts';
import { indexDesign, push, type DesignIndex } from '../index-design.ts';
import { derived, type Derived } from '../paths.ts';
import { adapterId, adapterKey, failableComponents } from './components.ts';
import type { FailableComponent } from './types.ts';
import type { ModelPath } from './model.ts';

export interface BuildContext {
  design: Design;
  ix: DesignIndex;
  der: Derived;
  components: FailableComponent[];
  componentIndex: Map<string, number>;
  /** Index of a component id, or -1. */
  comp(id: Id | null | undefined): number;
  /** The port and its adapter (when the adapter is a component of its own). */
  portComps(port: PhysicalPort): number[];
  /** A port's components plus the switch or fabric it is cabled to. */
  cabledComps(port: PhysicalPort): number[];
  heaComps(h: HeaPort): number[];
  /** An SR-IOV logical port's components: itself, its physical port, its adapter and the switch the port is cabled to. */
  sriovComps(lp: SriovLogicalPort): number[];
  frameOf(partitionId: Id): number;
  name(partitionId: Id | null | undefined): string;
  /** client partition id -> the LUNs zoned and masked to it (NPIV). */
  npivLuns: Map<Id, Lun[]>;
  /** client partition id -> its volume groups. */
  volumeGroups: Map<Id, VolumeGroup[]>;
}

export function buildContext(design: Design, ix: DesignIndex = indexDesign(design)): BuildContext {
  const components = failableComponents(design);
  const componentIndex = new Map<string, number>();
  components.forEach((c, i) => componentIndex.set(c.id, i));
  const comp = (id: Id | null | undefined): number => (id ? componentIndex.get(id) ?? -1 : -1);
  const d = design.domain;
  // Per port: its component and its adapter's, then with the switch or fabric it is cabled to (shared, read-only).
  const portCache = new Map<Id, number[]>();
  const cabledCache = new Map<Id, number[]>();
  const sriovCache = new Map<Id, number[]>();
  const portComps = (port: PhysicalPort): number[] => {
    let out = portCache.get(port.id);
    if (out) return out;
    out = [comp(port.id)];
    const key = adapterKey(port);
    const a = key ? comp(adapterId(key)) : -1;
    if (a >= 0) out.push(a);
    portCache.set(port.id, out);
    return out;
  };
  const cabled = (to: Id | null): number[] => {
    if (!to || (!d.ethernetSwitches[to] && !d.sanFabrics[to])) return [];
    return [comp(to)];
  };
  const npivLuns = new Map<Id, Lun[]>();
  for (const lun of ix.all.luns) for (const c of lun.npivClientIds) push(npivLuns, c, lun);
  const volumeGroups = new Map<Id, VolumeGroup[]>();
  for (const vg of ix.all.volumeGroups) push(volumeGroups, vg.partitionId, vg);
  return {
    npivLuns, volumeGroups, design, ix, der: derived(ix), components, componentIndex, comp, portComps,
    cabledComps: (port) => {
      let out = cabledCache.get(port.id);
      if (!out) { out = [...portComps(port), ...cabled(port.cabledToId)]; cabledCache.set(port.id, out); }
      return out;
    },
    heaComps: (h) => [comp(h.id), ...cabled(h.cabledToId)],
    sriovComps: (lp) => {
      let out = sriovCache.get(lp.id);
      if (out) return out;
      const port = d.sriovPhysicalPorts[lp.physicalPortId];
      out = [comp(lp.id), comp(port?.id), comp(port?.adapterId), ...cabled(port?.cabledToId ?? null)].filter((c) => c >= 0);
      sriovCache.set(lp.id, out);
      return out;
    },
    frameOf: (pid) => comp(d.partitions[pid]?.systemId),
    name: (pid) => ix.partitionName(pid),
  };
}

const NO_GROUPS: number[][][] = [];

/** A path with its component lists cleaned: unknown components (-1) dropped, duplicates removed. */
export function makePath(p: Omit<ModelPath, 'requires' | 'anyOf' | 'mpio'> & { requires: number[]; anyOf?: number[][][]; mpio?: boolean }): ModelPath {
  const clean = (xs: number[]): number[] => {
    let ok = true;
    for (let i = 0; i < xs.length && ok; i++) if (xs[i]! < 0 || xs.indexOf(xs[i]!) !== i) ok = false;
    if (ok) return xs;
    const out: number[] = [];
    for (const x of xs) if (x >= 0 && !out.includes(x)) out.push(x);
    return out;
  };
  const anyOf = p.anyOf ?? NO_GROUPS;
  const out: ModelPath = {
    through: p.through, via: p.via, kind: p.kind, viosId: p.viosId, requires: clean(p.requires),
    anyOf: anyOf.length === 0 ? NO_GROUPS : anyOf.map((g) => g.map(clean)), elementIds: p.elementIds, mpio: p.mpio ?? false,
  };
  if (p.seaId !== undefined) out.seaId = p.seaId;
  if (p.priority !== undefined) out.priority = p.priority;
  return out;
}
