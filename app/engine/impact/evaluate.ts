/**
 * The verdict rules: a path is up when every required component is up and each group keeps an alternative; a unit
 * (disk, network attachment) is served while one of its paths is; a service (or volume group) while one of its
 * mirror copies has every unit served. OK: nothing on any path lost; Degraded: served, but a path, an alternative, a
 * copy or the redundancy is lost, or a failover was needed; Outage: not served. Special cases (REFERENCE.md section 3):
 * an SEA pair without a working control channel bridges on both sides while both are up (broadcast storm: Outage);
 * a NIB whose virtual primary has no netaddr nor poll_uplink never notices its primary path is gone (Outage); on an
 * AIX client with hcheck_interval=0, an MPIO path through a component that failed and came back stays Failed.
 */
import type { ModelPath, ModelService, ModelUnit, PathModel } from './model.ts';

/** The failure state handed to the evaluator: components down, components restored since (for hcheck_interval=0). */
export interface FailureState {
  failed: Uint8Array;
  /** 1 = failed and restored since; null when nothing was restored. */
  restored: Uint8Array | null;
  /** 1 = a planned shutdown (VIOS). */
  planned: Uint8Array | null;
}

export const UP = 0;
export const PARTIAL = 1;
export const DOWN = 2;
/** Up again, but left Failed by MPIO until re-enabled (hcheck_interval=0). */
export const STALE = 3;

export function pathState(p: ModelPath, s: FailureState, hcheck0: boolean): number {
  const f = s.failed;
  for (let i = 0; i < p.requires.length; i++) if (f[p.requires[i]!]) return DOWN;
  let partial = false;
  for (let g = 0; g < p.anyOf.length; g++) {
    const group = p.anyOf[g]!;
    let up = 0;
    for (let a = 0; a < group.length; a++) {
      const alt = group[a]!;
      let ok = true;
      for (let i = 0; i < alt.length; i++) if (f[alt[i]!]) { ok = false; break; }
      if (ok) up++;
    }
    if (up === 0) return DOWN;
    if (up < group.length) partial = true;
  }
  if (hcheck0 && p.mpio && s.restored && downCounting(p, f, s.restored)) return STALE;
  return partial ? PARTIAL : UP;
}

/**
 * Whether the path would be down if the restored components were still failed: the client's MPIO then saw it fail,
 * and with hcheck_interval=0 it stays Failed (whether the component was required or the last alternative of a group).
 */
function downCounting(p: ModelPath, f: Uint8Array, r: Uint8Array): boolean {
  for (let i = 0; i < p.requires.length; i++) if (r[p.requires[i]!]) return true;
  for (const group of p.anyOf) {
    let restoredOnly = false;
    let up = false;
    for (const alt of group) {
      let failed = false;
      let back = false;
      for (const c of alt) { if (f[c]) failed = true; else if (r[c]) back = true; }
      if (!failed && !back) { up = true; break; }
      if (!failed && back) restoredOnly = true;
    }
    if (!up && restoredOnly) return true;
  }
  return false;
}

/** The SEA paths that bridge at once when up: a pair without a working control channel, or whose control channel failed. */
export function stormSet(u: ModelUnit, s: FailureState): number[] | undefined {
  if (u.stormPaths) return u.stormPaths;
  if (u.controlChannel) for (const c of u.controlChannel) if (s.failed[c]) return [0, 1];
  return undefined;
}

export type UnitCase = 'ok' | 'degraded' | 'outage' | 'storm' | 'undetected' | 'no-path';

export function unitCase(u: ModelUnit, s: FailureState, hcheck0: boolean, states?: number[]): UnitCase {
  const n = u.paths.length;
  if (n === 0) return 'no-path';
  let alive = 0;
  let lost = 0;
  let partial = 0;
  for (let i = 0; i < n; i++) {
    const st = pathState(u.paths[i]!, s, hcheck0);
    if (states) states[i] = st;
    if (st === UP) alive++;
    else if (st === PARTIAL) { alive++; partial++; } else lost++;
  }
  const storm = stormSet(u, s);
  if (storm) {
    let bridging = 0;
    for (const i of storm) {
      const st = states ? states[i]! : pathState(u.paths[i]!, s, hcheck0);
      if (st === UP || st === PARTIAL) bridging++;
    }
    if (bridging >= 2) return 'storm';
  }
  if (alive === 0) return 'outage';
  if (u.undetectedPrimary && u.primaryPaths) {
    let primaryAlive = false;
    for (let i = 0; i < u.primaryPaths; i++) {
      const st = states ? states[i]! : pathState(u.paths[i]!, s, hcheck0);
      if (st === UP || st === PARTIAL) { primaryAlive = true; break; }
    }
    if (!primaryAlive) return 'undetected';
  }
  return lost === 0 && partial === 0 ? 'ok' : 'degraded';
}

export const caseRank = (c: UnitCase): number => (c === 'ok' ? 0 : c === 'degraded' ? 1 : 2);

/**
 * The verdict rank (0 OK, 1 Degraded, 2 Outage) of a service under a failure state. `memo` keeps the rank of units
 * shared by many services (a VLAN's bridges) within one failure state.
 */
export function serviceRank(model: PathModel, svc: ModelService, s: FailureState, memo?: Map<ModelUnit, number>): number {
  const part = model.partitions[svc.partition]!;
  if (part.frame >= 0 && s.failed[part.frame]) return 2;
  const hcheck0 = part.hcheckInterval === 0;
  let anyCopyServed = false;
  let worst = 0;
  for (const copy of svc.copies) {
    let copyRank = 0;
    for (const u of copy) {
      let r: number;
      if (memo && u.shared) {
        const hit = memo.get(u);
        if (hit === undefined) { r = caseRank(unitCase(u, s, hcheck0)); memo.set(u, r); } else r = hit;
      } else r = caseRank(unitCase(u, s, hcheck0));
      if (r > copyRank) copyRank = r;
      if (copyRank === 2) break;
    }
    if (copyRank < 2) anyCopyServed = true;
    if (copyRank > worst) worst = copyRank;
  }
  if (!anyCopyServed) return 2;
  return worst > 0 ? 1 : 0;
}
