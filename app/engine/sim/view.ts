/**
 * What the simulation shows at its clock: service and partition states, the compact frame for drawing, and the
 * verdicts in the impact engine's shape with their reasons (a failing over service reads Degraded there, with why).
 */
import { describeService } from '../impact/describe.ts';
import { DOWN } from '../impact/evaluate.ts';
import { byWorst, partitionImpact } from '../impact/impact.ts';
import { VERDICTS, type ImpactResult, type ServiceVerdict, type Verdict } from '../impact/types.ts';
import { serviceState } from './lvm-mirror.ts';
import type { Simulation } from './simulation.ts';
import {
  DEGRADED, FAILING_OVER, LINK_ACTIVE, TIMER_NAMES, PATH_ACTIVE, PATH_FAILED, PATH_FAILING, PATH_STANDBY, type PathInfo, LINK_FAILED, LINK_IDLE, LINK_OVERLOADED, OK, type Overload, type SimFrame, worseState,
} from './types.ts';

/** Every service's state code, without the load (the availability the impact engine speaks of). */
export function serviceStates(sim: Simulation): Uint8Array {
  const { model, machinery, physical } = sim;
  const out = new Uint8Array(model.services.length);
  for (const svc of model.services) {
    const part = model.partitions[svc.partition]!;
    const units = machinery.serviceUnits[svc.index]!;
    out[svc.index] = serviceState(model, svc, part.frame >= 0 && physical.failed[part.frame] === 1, (c, u) => machinery.machines[units[c]![u]!]!.state());
  }
  return out;
}

/** Per service: the overloaded component its I/O crosses (-1 none). */
export function overloadedServices(sim: Simulation): Int32Array {
  const out = new Int32Array(sim.model.services.length).fill(-1);
  if (!sim.loads) return out;
  for (let c = 0; c < sim.over.length; c++) {
    if (!sim.over[c]) continue;
    for (const m of sim.loads.machinesThrough(c)) for (const s of sim.machinery.servicesOf[m]!) if (out[s] === -1) out[s] = c;
  }
  return out;
}

export function frameOf(sim: Simulation, withLoad = true): SimFrame {
  const { model } = sim;
  const n = model.components.length;
  const states = serviceStates(sim);
  const over = withLoad ? overloadedServices(sim) : null;
  const storage = new Uint8Array(model.partitions.length);
  const network = new Uint8Array(model.partitions.length);
  for (const svc of model.services) {
    let st = states[svc.index]!;
    if (over && over[svc.index]! >= 0 && st === OK) st = DEGRADED;
    const arr = svc.kind === 'storage' ? storage : network;
    arr[svc.partition] = worseState(arr[svc.partition]!, st);
  }
  const linkState = new Uint8Array(n);
  const linkLoad = new Float32Array(n);
  const linkUtilisation = new Float32Array(n);
  for (let c = 0; c < n; c++) {
    const load = sim.loads ? Math.max(0, sim.loads.load[c]!) : 0;
    linkLoad[c] = load;
    linkUtilisation[c] = sim.loads ? sim.loads.utilisation(c) : 0;
    linkState[c] = sim.physical.failed[c] ? LINK_FAILED : sim.over[c] ? LINK_OVERLOADED : load > 1e-9 ? LINK_ACTIVE : LINK_IDLE;
  }
  return { t: sim.now, linkState, linkLoad, linkUtilisation, storage, network, ...pathTimers(sim), pathState: pathStates(sim), eventCount: sim.events.length };
}

/** Every machine's paths in order (the layout of SimFrame.pathState). */
export function pathInfo(sim: Simulation): PathInfo[] {
  const out: PathInfo[] = [];
  for (const m of sim.machinery.machines) {
    const partitionIds = m.owners.map((o) => o.partitionId);
    for (const p of m.unit.paths) out.push({ unit: m.unit.label, mechanism: m.mechanism, partitionIds, through: p.through, via: p.via, elementIds: p.elementIds });
  }
  return out;
}

/** Per path: when its running timer fires (NaN none) and which (TIMER_NAMES index). */
export function pathTimers(sim: Simulation): { pathDue: Float64Array; pathTimer: Uint8Array } {
  let n = 0;
  for (const m of sim.machinery.machines) n += m.unit.paths.length;
  const pathDue = new Float64Array(n).fill(Number.NaN);
  const pathTimer = new Uint8Array(n);
  let k = 0;
  for (const m of sim.machinery.machines) {
    for (let i = 0; i < m.unit.paths.length; i++, k++) {
      const id = m.timerOf?.(i) ?? 0;
      const t = id ? sim.timerInfo(id) : undefined;
      if (!t || !t.name) continue;
      pathDue[k] = t.due;
      pathTimer[k] = TIMER_NAMES.indexOf(t.name);
    }
  }
  return { pathDue, pathTimer };
}

export function pathStates(sim: Simulation): Uint8Array {
  let n = 0;
  for (const m of sim.machinery.machines) n += m.unit.paths.length;
  const out = new Uint8Array(n);
  let k = 0;
  for (const m of sim.machinery.machines) {
    const active = m.active();
    for (let i = 0; i < m.unit.paths.length; i++, k++) {
      const down = m.phys[i] === DOWN;
      out[k] = m.failed?.[i] ? PATH_FAILED : down ? (m.failed ? PATH_FAILING : PATH_FAILED) : active.includes(i) ? PATH_ACTIVE : PATH_STANDBY;
    }
  }
  return out;
}

export function overloads(sim: Simulation): Overload[] {
  const out: Overload[] = [];
  if (!sim.loads) return out;
  for (let c = 0; c < sim.over.length; c++) {
    if (!sim.over[c]) continue;
    out.push({
      componentId: sim.model.components[c]!.id, name: sim.linkName(c), utilisation: sim.loads.utilisation(c), capacityMbps: sim.loads.capacity[c]!,
      partitionIds: sim.loadedPartitions(c), reason: sim.overReason[c]!,
    });
  }
  return out;
}

const VERDICT_OF: Verdict[] = ['OK', 'Degraded', 'Outage', 'Degraded'];

/** The verdicts at the clock in the impact engine's shape; `withLoad` adds Degraded for links over capacity. */
export function impactAt(sim: Simulation, withLoad = true): ImpactResult {
  const { model, machinery } = sim;
  const states = serviceStates(sim);
  const over = withLoad ? overloadedServices(sim) : null;
  const fs = { failed: sim.physical.failed, planned: sim.physical.planned, restored: sim.restored.some((x) => x) ? sim.restored : null };
  const services: ServiceVerdict[] = model.services.map((svc) => {
    const st = states[svc.index]!;
    const base = describeService(model, svc, fs);
    const verdict = VERDICT_OF[st]!;
    if (st === FAILING_OVER || verdict !== base.verdict) {
      const notes = [...new Set(machinery.serviceUnits[svc.index]!.flat().map((m) => machinery.machines[m]!.note()).filter(Boolean))];
      return { ...base, verdict, reason: `${svc.label}: ${st === FAILING_OVER ? 'failing over, ' : ''}${notes.join('; ') || base.reason}` };
    }
    if (over && over[svc.index]! >= 0 && verdict === 'OK') return { ...base, verdict: 'Degraded', reason: `${svc.label}: ${sim.overReason[over[svc.index]!]}` };
    return base;
  });
  const partitions = model.partitions.map((p) => partitionImpact(p, p.services.map((i) => services[i]!))).sort(byWorst);
  const counts: Record<Verdict, number> = { OK: 0, Degraded: 0, Outage: 0 };
  for (const p of partitions) counts[p.verdict]++;
  const failed = model.components.filter((_, c) => sim.physical.failed[c]).map((c) => c.id);
  return { failed, partitions, counts };
}

export { VERDICTS };
