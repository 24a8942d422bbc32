/**
 * What each failable component does on its own (the raw material of N-1, N-2 and the RED rules): per service, its
 * verdict rank with nothing failed and the components whose single failure makes it worse, with the new rank. Computed
 * once per model; a model kept through an edit (keeper.ts) inherits the figures of the services it kept.
 */
import { serviceRank, type FailureState } from './evaluate.ts';
import type { ModelUnit, PathModel } from './model.ts';

/** A service whose verdict changed under a failure, with its new rank (1 Degraded, 2 Outage). */
export interface ServiceChange { service: number; rank: number }

interface Singles {
  /** Rank of each service with nothing failed. */
  base: Int8Array;
  /** Per service: [component, rank, component, rank, ...], components ascending. */
  worse: number[][];
}

const singlesOf = new WeakMap<PathModel, Singles>();
const inherited = new WeakMap<PathModel, { from: PathModel; oldIndex: readonly number[] }>();

/**
 * Declares that service `s` of `model` is service `oldIndex[s]` of `from` (-1: built anew): the same paths in a partition
 * on the same frame, with the same component numbering. Its figures are taken from `from` when they were computed there.
 */
export function inheritSingles(model: PathModel, from: PathModel, oldIndex: readonly number[]): void {
  inherited.set(model, { from, oldIndex });
}

function computeSingles(model: PathModel): Singles {
  const S = model.services.length;
  const base = new Int8Array(S);
  const worse: number[][] = new Array(S);
  const heir = inherited.get(model);
  const prior = heir ? singlesOf.get(heir.from) : undefined;
  const todo = new Uint8Array(S);
  let missing = 0;
  for (let s = 0; s < S; s++) {
    const old = prior ? heir!.oldIndex[s]! : -1;
    if (old >= 0) { base[s] = prior!.base[old]!; worse[s] = prior!.worse[old]!; } else { todo[s] = 1; worse[s] = []; missing++; }
  }
  inherited.delete(model);
  if (missing === 0) return { base, worse };
  const state: FailureState = { failed: new Uint8Array(model.components.length), restored: null, planned: null };
  const memo = new Map<ModelUnit, number>();
  for (let s = 0; s < S; s++) if (todo[s]) base[s] = serviceRank(model, model.services[s]!, state, memo);
  // component by component, so that a unit shared by many services (a VLAN's bridges) is evaluated once per component
  for (let c = 0; c < model.components.length; c++) {
    const on = model.servicesOf[c]!;
    let any = false;
    for (const s of on) if (todo[s]) { any = true; break; }
    if (!any) continue;
    state.failed[c] = 1;
    memo.clear();
    for (const s of on) {
      if (!todo[s]) continue;
      const rank = serviceRank(model, model.services[s]!, state, memo);
      if (rank > base[s]!) worse[s]!.push(c, rank);
    }
    state.failed[c] = 0;
  }
  return { base, worse };
}

function singles(model: PathModel): Singles {
  let out = singlesOf.get(model);
  if (!out) { out = computeSingles(model); singlesOf.set(model, out); }
  return out;
}

/** The rank (0 OK, 1 Degraded, 2 Outage) of every service with nothing failed. */
export function ranksWithNothingFailed(model: PathModel): Int8Array {
  return singles(model).base;
}

const changesOf = new WeakMap<PathModel, ServiceChange[][]>();

/** Per component, the services it makes worse on its own, by service index (computed once per model). */
export function singleChanges(model: PathModel): ServiceChange[][] {
  let out = changesOf.get(model);
  if (out) return out;
  const { worse } = singles(model);
  // counted first, then filled: one allocation per component's list (a fabric's holds thousands)
  const count = new Int32Array(model.components.length);
  for (const w of worse) for (let i = 0; i < w.length; i += 2) count[w[i]!]!++;
  const lists: ServiceChange[][] = Array.from(count, (n) => new Array<ServiceChange>(n));
  const fill = new Int32Array(model.components.length);
  for (let s = 0; s < worse.length; s++) {
    const w = worse[s]!;
    for (let i = 0; i < w.length; i += 2) { const c = w[i]!; lists[c]![fill[c]!++] = { service: s, rank: w[i + 1]! }; }
  }
  out = lists;
  changesOf.set(model, out);
  return out;
}

const outagesOf = new WeakMap<PathModel, readonly (readonly number[])[]>();
const NONE: readonly number[] = [];

/** Per component, the services its failure alone puts in Outage (not in Outage already), by service index: what RED-1..5 report. */
export function singleOutages(model: PathModel): readonly (readonly number[])[] {
  let out = outagesOf.get(model);
  if (out) return out;
  const { worse } = singles(model);
  const lists: number[][] = [];
  for (let s = 0; s < worse.length; s++) {
    const w = worse[s]!;
    for (let i = 0; i < w.length; i += 2) if (w[i + 1] === 2) (lists[w[i]!] ??= []).push(s);
  }
  out = model.components.map((_, c) => lists[c] ?? NONE);
  outagesOf.set(model, out);
  return out;
}
