/**
 * How a service combines its units (REFERENCE.md 3.1): a disk is one unit; a client volume group needs every disk of
 * one of its mirror copies. With LVM mirroring across VIOS a copy whose disk is lost goes stale and I/O continues on
 * the other copy (Degraded); when the disk returns, the copy stays stale until syncvg (varyonvg) resyncs it.
 */
import type { ModelService, PathModel } from '../impact/model.ts';
import { DEGRADED, FAILING_OVER, OK, OUTAGE, STATE_RANK } from './types.ts';

/** The state of a service from its units' states (unitState(unit) -> code); a failed frame is an Outage. */
export function serviceState(model: PathModel, svc: ModelService, frameFailed: boolean, unitState: (copy: number, unit: number) => number): number {
  if (frameFailed) return OUTAGE;
  let served = false;
  let worst = OK;
  let paused = false;
  for (let c = 0; c < svc.copies.length; c++) {
    let copy = OK;
    const units = svc.copies[c]!;
    for (let u = 0; u < units.length; u++) {
      const st = unitState(c, u);
      if (st === FAILING_OVER) paused = true;
      if (STATE_RANK[st as 0]! > STATE_RANK[copy as 0]!) copy = st;
    }
    if (copy !== OUTAGE) served = true;
    if (copy !== OK) worst = DEGRADED;
  }
  void model;
  if (paused) return FAILING_OVER;
  if (!served) return OUTAGE;
  return worst;
}

/** Which copies of a mirrored service are lost (1) now. */
export function lostCopies(svc: ModelService, unitState: (copy: number, unit: number) => number): Uint8Array {
  const out = new Uint8Array(svc.copies.length);
  svc.copies.forEach((units, c) => { out[c] = units.some((_, u) => unitState(c, u) === OUTAGE) ? 1 : 0; });
  return out;
}

/** The sentences for copies gone stale or back since the last look. */
export function mirrorSentences(svc: ModelService, before: Uint8Array, now: Uint8Array): string[] {
  const labels = svc.copyLabels ?? svc.copies.map((_, i) => `copy ${i + 1}`);
  const alive = labels.filter((_, i) => !now[i]);
  const out: string[] = [];
  for (let c = 0; c < now.length; c++) {
    if (now[c] && !before[c]) {
      out.push(alive.length > 0
        ? `${svc.label}: ${labels[c]} goes stale, I/O continues on ${alive.join(' and ')}`
        : `${svc.label}: ${labels[c]} lost, no copy left: the volume group closes`);
    } else if (!now[c] && before[c]) {
      out.push(`${svc.label}: ${labels[c]} reachable again, its partitions stay stale until syncvg -v ${svc.label} (or varyonvg) resyncs them`);
    }
  }
  return out;
}
