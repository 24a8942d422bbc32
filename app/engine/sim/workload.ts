/**
 * The load model's inputs: each client partition's workload (its own `workload` or defaults by OS) and each
 * component's capacity in Mb/s: FC ports by speed (a 16 Gb port moves about 1,600 MB/s), Ethernet and HEA ports by
 * speed, a link aggregation the sum of its members, an SEA (virtual Ethernet, hypervisor memory copy) a few GB/s.
 */
import type { Design, PartitionKind, Workload } from '../../model/schema/index.ts';
import type { PathModel } from '../impact/model.ts';
import type { SimulationSettings } from './settings.ts';

export interface ClientWorkload { diskIops: number; diskMBps: number; networkMbps: number }

export const DEFAULT_WORKLOADS: Readonly<Record<Exclude<PartitionKind, 'vios'>, ClientWorkload>> = {
  aix: { diskIops: 2000, diskMBps: 20, networkMbps: 20 },
  linux: { diskIops: 1500, diskMBps: 15, networkMbps: 20 },
  ibmi: { diskIops: 3000, diskMBps: 30, networkMbps: 10 },
};

export function workloadOf(kind: string, own?: Workload): ClientWorkload {
  const base = DEFAULT_WORKLOADS[kind as keyof typeof DEFAULT_WORKLOADS] ?? DEFAULT_WORKLOADS.aix;
  return { diskIops: own?.diskIops ?? base.diskIops, diskMBps: own?.diskMBps ?? base.diskMBps, networkMbps: own?.networkMbps ?? base.networkMbps };
}

/** An FC port's payload in Mb/s for its line rate in Gb/s (about 100 MB/s per Gb). */
export const fcMbps = (gbps: number): number => gbps * 100 * 8;

/** Capacity of every component in Mb/s (0: not a link, never over capacity). */
export function capacities(model: PathModel, design: Design | undefined, s: SimulationSettings): Float64Array {
  const out = new Float64Array(model.components.length);
  if (!design) return out;
  const d = design.domain;
  const portMbps = (id: string): number => {
    const p = d.physicalPorts[id];
    if (p) return p.kind === 'fc' ? fcMbps(p.speedGbps ?? 16) : p.kind === 'ethernet' ? (p.speedGbps ?? 10) * 1000 : 0;
    const lp = d.heaLogicalPorts[id];
    const h = lp ? d.heaPorts[lp.heaPortId] : undefined;
    return h ? h.speedGbps * 1000 : 0;
  };
  model.components.forEach((c, i) => {
    if (c.kind === 'physical-port') out[i] = portMbps(c.id);
    else if (c.kind === 'hea-port') out[i] = (d.heaPorts[c.id]?.speedGbps ?? 1) * 1000;
    else if (c.kind === 'link-aggregation') {
      const la = d.linkAggregations[c.id];
      out[i] = la ? la.memberIds.reduce((sum, m) => sum + portMbps(m), 0) : 0;
    } else if (c.kind === 'sea') out[i] = s.virtualEthernetMbps;
    else if (c.kind === 'sriov-port') out[i] = (d.sriovPhysicalPorts[c.id]?.speedGbps ?? 10) * 1000;
  });
  return out;
}

/** "16 Gb", "10 Gb", "3 GB/s": a capacity as people say it. */
export function capacityText(model: PathModel, design: Design | undefined, c: number, mbps: number): string {
  const comp = model.components[c]!;
  const port = design?.domain.physicalPorts[comp.id];
  if (port?.kind === 'fc') return `${port.speedGbps ?? 16} Gb`;
  if (comp.kind === 'sea') return `${Number((mbps / 8000).toFixed(1))} GB/s of virtual Ethernet`;
  return `${Number((mbps / 1000).toFixed(1))} Gb`;
}
