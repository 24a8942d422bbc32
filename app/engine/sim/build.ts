/** Builds the simulation's machines from the path model: one per distinct unit, with its owners and its demand. */
import type { Design } from '../../model/schema/index.ts';
import type { ModelUnit, PathModel } from '../impact/model.ts';
import { DirectPaths } from './direct.ts';
import type { Machine, MachineHost, Owner } from './machine.ts';
import { NibChannel } from './nib.ts';
import { NpivMultipath } from './npiv-multipath.ts';
import { SeaBridging } from './sea-failover.ts';
import { SriovLogicalPort } from './sriov-link.ts';
import { VnicFailover } from './vnic-failover.ts';
import { VscsiMpio } from './vscsi-mpio.ts';
import { workloadOf } from './workload.ts';

export interface Machinery {
  machines: Machine[];
  /** Per service: per copy, per unit, the machine index. */
  serviceUnits: number[][][];
  /** Per component: the machines whose paths hold it. */
  machinesOf: number[][];
  /** Per machine: the services it belongs to. */
  servicesOf: number[][];
  /** Per machine: its demand in Mb/s. */
  demand: Float64Array;
}

export function buildMachines(model: PathModel, design: Design | undefined, h: MachineHost): Machinery {
  const d = design?.domain;
  const unitIndex = new Map<ModelUnit, number>();
  const units: ModelUnit[] = [];
  const owners: Owner[][] = [];
  const kinds: ('storage' | 'network')[] = [];
  const serviceOfUnit: number[][] = [];
  const serviceUnits: number[][][] = [];
  const nibKey = new Map<number, string>();
  for (const svc of model.services) {
    const part = model.partitions[svc.partition]!;
    const rec = d?.partitions[part.partitionId];
    const owner: Owner = { partition: part.index, name: part.name, partitionId: part.partitionId, hcheckInterval: part.hcheckInterval, kind: part.kind, ...(rec?.tunables ? { tunables: rec.tunables } : {}) };
    serviceUnits.push(svc.copies.map((copy) => copy.map((u) => {
      let m = unitIndex.get(u);
      if (m === undefined) {
        m = units.length;
        unitIndex.set(u, m);
        units.push(u);
        owners.push([]);
        kinds.push(svc.kind);
        serviceOfUnit.push([]);
        if (u.mechanism === 'nib') nibKey.set(m, svc.key);
      }
      const os = owners[m]!;
      if (!os.some((o) => o.partition === owner.partition)) os.push(owner);
      const ss = serviceOfUnit[m]!;
      if (ss[ss.length - 1] !== svc.index) ss.push(svc.index);
      return m;
    })));
  }
  const machines: Machine[] = units.map((u, i) => {
    const os = owners[i]!;
    if (u.mechanism.startsWith('sea-')) return new SeaBridging(i, u, os, h);
    if (u.mechanism === 'nib') {
      const e = d?.etherChannels[(nibKey.get(i) ?? '').replace(/^ech:/, '')];
      return new NibChannel(i, u, os, {
        ...(e?.netaddr ? { netaddr: e.netaddr } : {}), pollUplink: e?.pollUplink ?? false,
        retryTimeMs: (e?.retryTime ?? h.settings.nibRetryTimeMs / 1000) * 1000, numRetries: e?.numRetries ?? h.settings.nibNumRetries,
      }, h);
    }
    if (u.mechanism === 'vnic-failover') return new VnicFailover(i, u, os, h);
    if (u.mechanism === 'sriov') return new SriovLogicalPort(i, u, os, h);
    if (u.paths.some((p) => p.kind === 'npiv' || p.kind === 'dedicated-fc')) return new NpivMultipath(i, u, os, h);
    if (u.paths.some((p) => p.kind === 'vscsi')) return new VscsiMpio(i, u, os, h);
    return new DirectPaths(i, u, os, h);
  });
  const machinesOf: number[][] = Array.from({ length: model.components.length }, () => []);
  machines.forEach((m, i) => {
    const seen = new Set<number>();
    for (const p of m.unit.paths) {
      for (const c of p.requires) seen.add(c);
      for (const g of p.anyOf) for (const alt of g) for (const c of alt) seen.add(c);
    }
    for (const c of m.unit.controlChannel ?? []) seen.add(c);
    for (const c of seen) machinesOf[c]!.push(i);
  });
  // Demand: each owner's disk throughput spread over its storage units, its network over its network units.
  const demand = new Float64Array(machines.length);
  const perOwner = new Map<number, { storage: number; network: number }>();
  units.forEach((_, i) => {
    for (const o of owners[i]!) {
      const c = perOwner.get(o.partition) ?? { storage: 0, network: 0 };
      c[kinds[i]!]++;
      perOwner.set(o.partition, c);
    }
  });
  units.forEach((_, i) => {
    for (const o of owners[i]!) {
      const w = workloadOf(o.kind, d?.partitions[o.partitionId]?.workload);
      const n = perOwner.get(o.partition)!;
      demand[i]! += kinds[i] === 'storage' ? (w.diskMBps * 8) / n.storage : w.networkMbps / n.network;
    }
  });
  return { machines, serviceUnits, machinesOf, servicesOf: serviceOfUnit, demand };
}
