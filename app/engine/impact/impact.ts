/** impactOf / computeImpact: every client partition's verdicts for a set of failed components. */
import type { Design } from '../../model/schema/index.ts';
import { buildPathModel } from './build.ts';
import { describeService } from './describe.ts';
import type { FailureState } from './evaluate.ts';
import type { PathModel } from './model.ts';
import { VERDICT_RANK, VERDICTS, type Failure, type ImpactOptions, type ImpactResult, type PartitionImpact, type ServiceVerdict, type Verdict } from './types.ts';

/** The failure state of a failure list (unknown ids are ignored: resolve names first with resolveComponent). */
export function failureState(model: PathModel, failures: readonly Failure[], restoredIds: readonly string[] = []): FailureState {
  const n = model.components.length;
  const failed = new Uint8Array(n);
  let planned: Uint8Array | null = null;
  for (const f of failures) {
    const i = model.componentIndex.get(f.id);
    if (i === undefined) continue;
    failed[i] = 1;
    if (f.planned) (planned ??= new Uint8Array(n))[i] = 1;
  }
  let restored: Uint8Array | null = null;
  for (const id of restoredIds) {
    const i = model.componentIndex.get(id);
    if (i === undefined || failed[i]) continue;
    (restored ??= new Uint8Array(n))[i] = 1;
  }
  return { failed, restored, planned };
}

export function partitionImpact(p: PathModel['partitions'][number], services: ServiceVerdict[]): PartitionImpact {
  let storage: Verdict = 'OK';
  let network: Verdict = 'OK';
  let worst: ServiceVerdict | null = null;
  for (const s of services) {
    const r = VERDICT_RANK[s.verdict];
    if (s.kind === 'storage' && r > VERDICT_RANK[storage]) storage = s.verdict;
    if (s.kind === 'network' && r > VERDICT_RANK[network]) network = s.verdict;
    if (r > 0 && (!worst || r > VERDICT_RANK[worst.verdict])) worst = s;
  }
  const verdict = VERDICTS[Math.max(VERDICT_RANK[storage], VERDICT_RANK[network])]!;
  return { partitionId: p.partitionId, name: p.name, storage, network, verdict, reason: worst ? worst.reason : '', services };
}

const baselines = new WeakMap<PathModel, { services: ServiceVerdict[]; partitions: PartitionImpact[] }>();

/** Every service and partition with nothing failed, computed once per model. */
export function baseline(model: PathModel): { services: ServiceVerdict[]; partitions: PartitionImpact[] } {
  const hit = baselines.get(model);
  if (hit) return hit;
  const none = failureState(model, []);
  const memo = new Map();
  const services = model.services.map((s) => describeService(model, s, none, memo));
  const partitions = model.partitions.map((p) => partitionImpact(p, p.services.map((i) => services[i]!)));
  const out = { services, partitions };
  baselines.set(model, out);
  return out;
}

export function byWorst(a: Pick<PartitionImpact, 'verdict' | 'name' | 'partitionId'>, b: Pick<PartitionImpact, 'verdict' | 'name' | 'partitionId'>): number {
  return VERDICT_RANK[b.verdict] - VERDICT_RANK[a.verdict] || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.partitionId < b.partitionId ? -1 : 1);
}

/**
 * The impact of a set of failures on every client partition: only the services whose paths hold a failed (or
 * restored) component are evaluated again; the others keep their verdict with nothing failed.
 */
export function impactOf(model: PathModel, failures: readonly Failure[], opts: ImpactOptions = {}): ImpactResult {
  const base = baseline(model);
  const state = failureState(model, failures, opts.restored);
  const touched = new Set<number>();
  const mark = (c: number) => { for (const s of model.servicesOf[c]!) touched.add(s); };
  for (let c = 0; c < state.failed.length; c++) if (state.failed[c] || state.restored?.[c]) mark(c);
  const touchedParts = new Set<number>();
  const fresh = new Map<number, ServiceVerdict>();
  const memo = new Map();
  for (const s of touched) {
    fresh.set(s, describeService(model, model.services[s]!, state, memo));
    touchedParts.add(model.services[s]!.partition);
  }
  const partitions = model.partitions.map((p) => (touchedParts.has(p.index)
    ? partitionImpact(p, p.services.map((i) => fresh.get(i) ?? base.services[i]!))
    : base.partitions[p.index]!));
  partitions.sort(byWorst);
  const counts: Record<Verdict, number> = { OK: 0, Degraded: 0, Outage: 0 };
  for (const p of partitions) counts[p.verdict]++;
  return { failed: failures.map((f) => f.id), partitions, counts };
}

/** impactOf(buildPathModel(design), failures). */
export function computeImpact(design: Design, failures: readonly Failure[], opts: ImpactOptions = {}): ImpactResult {
  return impactOf(buildPathModel(design), failures, opts);
}
