/**
 * Every single point of failure (N-1) and every pair of shared components whose failure together is worse than
 * either alone (N-2). Only the services whose paths hold the failed components are evaluated; a listed partition is
 * one whose verdict is worse than with nothing failed.
 */
import { serviceRank, type FailureState } from './evaluate.ts';
import { describeService } from './describe.ts';
import { ranksWithNothingFailed, singleChanges, type ServiceChange } from './singles.ts';
import type { PathModel } from './model.ts';
import { VERDICT_RANK, VERDICTS, type AnalysisProgress, type FailableComponent, type FailureEntry, type Verdict } from './types.ts';

/** The services that get worse when these components fail together (the candidate services given). */
export function changesUnder(model: PathModel, failed: readonly number[], candidates: Iterable<number>): ServiceChange[] {
  const state: FailureState = { failed: new Uint8Array(model.components.length), restored: null, planned: null };
  for (const c of failed) state.failed[c] = 1;
  const base = ranksWithNothingFailed(model);
  const out: ServiceChange[] = [];
  for (const s of candidates) {
    const rank = serviceRank(model, model.services[s]!, state);
    if (rank > base[s]!) out.push({ service: s, rank });
  }
  return out;
}

const partitionRanksOf = new WeakMap<PathModel, Int8Array>();
/** Per partition p, the rank of its storage (at 2p) and of its network (at 2p + 1) with nothing failed: the worst of its services. */
function partitionRanks(model: PathModel): Int8Array {
  let out = partitionRanksOf.get(model);
  if (out) return out;
  const base = ranksWithNothingFailed(model);
  out = new Int8Array(2 * model.partitions.length);
  for (const s of model.services) {
    const at = 2 * s.partition + (s.kind === 'storage' ? 0 : 1);
    if (base[s.index]! > out[at]!) out[at] = base[s.index]!;
  }
  partitionRanksOf.set(model, out);
  return out;
}

/**
 * The changes grouped by partition, in the order the partitions first appear. Changes by ascending service index (N-1)
 * come grouped already (a partition's services are consecutive): they are cut into runs without a map.
 */
function byPartition(model: PathModel, changes: readonly ServiceChange[]): (readonly ServiceChange[])[] {
  const groups: ServiceChange[][] = [];
  let ascending = true;
  for (let i = 1; i < changes.length && ascending; i++) if (changes[i]!.service <= changes[i - 1]!.service) ascending = false;
  if (ascending) {
    let last = -1;
    for (const ch of changes) {
      const p = model.services[ch.service]!.partition;
      if (p !== last) { groups.push([ch]); last = p; } else groups[groups.length - 1]!.push(ch);
    }
    return groups;
  }
  const map = new Map<number, ServiceChange[]>();
  for (const ch of changes) {
    const p = model.services[ch.service]!.partition;
    const list = map.get(p);
    if (list) list.push(ch); else { const l = [ch]; map.set(p, l); groups.push(l); }
  }
  return groups;
}

/**
 * Turns service changes into the entry of a failure: the partitions that got worse, worst first, with the reason.
 * `state` has exactly the components of `failed` failed (shared between entries: one allocation per analysis).
 */
function entryOf(model: PathModel, failed: readonly number[], changes: readonly ServiceChange[], state: FailureState): FailureEntry {
  const base = partitionRanks(model);
  const partitions: FailureEntry['partitions'] = [];
  const memo = new Map();
  let outages = 0;
  let degraded = 0;
  for (const list of byPartition(model, changes)) {
    const p = model.services[list[0]!.service]!.partition;
    const mp = model.partitions[p]!;
    let storage = base[2 * p]!;
    let network = base[2 * p + 1]!;
    let worst = list[0]!;
    for (const ch of list) {
      const kind = model.services[ch.service]!.kind;
      if (kind === 'storage') storage = Math.max(storage, ch.rank); else network = Math.max(network, ch.rank);
      if (ch.rank > worst.rank) worst = ch;
    }
    const verdict = VERDICTS[Math.max(storage, network)]!;
    if (verdict === 'Outage') outages++; else if (verdict === 'Degraded') degraded++;
    partitions.push({
      partitionId: mp.partitionId, name: mp.name, storage: VERDICTS[storage]!, network: VERDICTS[network]!, verdict,
      reason: describeService(model, model.services[worst.service]!, state, memo, false).reason,
    });
  }
  partitions.sort((a, b) => VERDICT_RANK[b.verdict] - VERDICT_RANK[a.verdict] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { components: failed.map((c) => model.components[c]!), partitions, outages, degraded, services: changes.length };
}

const hasFrame = (e: FailureEntry): number => (e.components.some((c) => c.kind === 'frame') ? 1 : 0);

/**
 * Outages first, then Degraded partitions, then services made worse; entries with a frame go after the others (a
 * frame takes everything on it, which the design cannot avoid); then by name.
 */
export function byImpact(a: FailureEntry, b: FailureEntry): number {
  const an = a.components.map((c) => c.name).join(' + ');
  const bn = b.components.map((c) => c.name).join(' + ');
  return hasFrame(a) - hasFrame(b) || b.outages - a.outages || b.degraded - a.degraded || b.services - a.services || (an < bn ? -1 : an > bn ? 1 : 0);
}

/** Components whose single failure the design could avoid: what the RED rules and `simulate --spof` judge by. */
export const AVOIDABLE: ReadonlySet<FailableComponent['kind']> = new Set([
  'vios', 'physical-port', 'physical-adapter', 'link-aggregation', 'sea', 'hea-port', 'san-fabric', 'sriov-adapter', 'sriov-port', 'sriov-logical-port',
]);

/**
 * N-1: what each failable component takes down on its own, sorted by impact (partitions in Outage first, then
 * Degraded, then by name). Components that change nothing are listed last with no partitions.
 */
export function analyseSinglePoints(model: PathModel): FailureEntry[] {
  const changes = singleChanges(model);
  const state: FailureState = { failed: new Uint8Array(model.components.length), restored: null, planned: null };
  return model.components.map((_, c) => {
    state.failed[c] = 1;
    const entry = entryOf(model, [c], changes[c]!, state);
    state.failed[c] = 0;
    return entry;
  }).sort(byImpact);
}

export interface PairOptions {
  onProgress?(p: AnalysisProgress): void;
  isCancelled?(): boolean;
  /** Pairs evaluated between progress reports and cancellation checks (default 500). */
  chunk?: number;
}

/**
 * N-2: every pair of shared components (each serves more than one partition) whose failure together is worse for
 * some service than either failure alone — the pairs a redundant design is built against and N-1 cannot show.
 * Reports progress every `chunk` pairs and stops (returning what it found so far) when `isCancelled` says so.
 */
export function analysePairs(model: PathModel, opts: PairOptions = {}): FailureEntry[] {
  const single = singleChanges(model);
  const shared: number[] = [];
  for (let c = 0; c < model.components.length; c++) if (model.partitionsOf[c]!.length > 1) shared.push(c);
  const rankAlone = shared.map((c) => {
    const m = new Map<number, number>();
    for (const ch of single[c]!) m.set(ch.service, ch.rank);
    return m;
  });
  const base = ranksWithNothingFailed(model);
  const total = (shared.length * (shared.length - 1)) / 2;
  const chunk = Math.max(1, opts.chunk ?? 500);
  const state: FailureState = { failed: new Uint8Array(model.components.length), restored: null, planned: null };
  const out: FailureEntry[] = [];
  let done = 0;
  opts.onProgress?.({ done, total });
  for (let i = 0; i < shared.length; i++) {
    const a = shared[i]!;
    const sa = model.servicesOf[a]!;
    state.failed[a] = 1;
    for (let j = i + 1; j < shared.length; j++) {
      const b = shared[j]!;
      const sb = model.servicesOf[b]!;
      state.failed[b] = 1;
      // services on the paths of both: the only ones where the pair can do more than the two failures apart
      let worse = false;
      for (let x = 0, y = 0; x < sa.length && y < sb.length;) {
        const s1 = sa[x]!;
        const s2 = sb[y]!;
        if (s1 < s2) { x++; continue; }
        if (s2 < s1) { y++; continue; }
        const alone = Math.max(base[s1]!, rankAlone[i]!.get(s1) ?? 0, rankAlone[j]!.get(s1) ?? 0);
        if (serviceRank(model, model.services[s1]!, state) > alone) { worse = true; break; }
        x++; y++;
      }
      state.failed[b] = 0;
      if (worse) {
        const candidates = new Set<number>([...sa, ...sb]);
        state.failed[b] = 1;
        out.push(entryOf(model, [a, b], changesUnder(model, [a, b], candidates), state));
        state.failed[b] = 0;
      }
      done++;
      if (done % chunk === 0) {
        opts.onProgress?.({ done, total });
        if (opts.isCancelled?.()) { state.failed[a] = 0; return out.sort(byImpact); }
      }
    }
    state.failed[a] = 0;
  }
  opts.onProgress?.({ done, total });
  return out.sort(byImpact);
}

export type { Verdict };
export { singleChanges, type ServiceChange };
