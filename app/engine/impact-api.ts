import type { Design } from '../model/schema/index.ts';
import { analyseSinglePoints, failableComponents, impactOf, rehearseMaintenance, type PathModel } from './impact/index.ts';
import { createPathModelKeeper, type PathModelKeeper } from './impact/keeper.ts';
import type { FailableComponent, Failure, FailureEntry, ImpactResult, MaintenanceRehearsal } from './impact/types.ts';

/** The answer to a call about a design the worker does not hold (any more): send it again. */
export interface StaleDesign { stale: true }

export interface ImpactAnswer {
  /** One result per failure set asked for, in order. */
  results: ImpactResult[];
  /** Worker time for the impacts, in ms (the path model is built once per design and kept). */
  durationMs: number;
  /** Time spent building the path model for this call (0 when it was kept from an earlier call). */
  modelMs: number;
}

export interface ImpactApi {
  /**
   * Impact of each set of failures on the kept design `designId`; `restored`: components up again after a
   * failure (a path of an hcheck_interval=0 client through them stays Failed).
   */
  impact(designId: number, sets: Failure[][], restored?: string[]): ImpactAnswer | StaleDesign;
  /** Every failable component of the kept design. */
  failable(designId: number): FailableComponent[] | StaleDesign;
  /** Every single point of failure (N-1), sorted by impact. */
  singlePoints(designId: number): { entries: FailureEntry[]; durationMs: number } | StaleDesign;
  /** A planned shutdown of one VIOS, the way an administrator does it, and what blocks a clean one. */
  rehearse(designId: number, viosId: string): MaintenanceRehearsal | StaleDesign;
}

/**
 * The impact engine behind the worker boundary. It reads the design the validation keeps (`held`), so a
 * design goes to the worker once (then as deltas) for both; the path model follows the design through its
 * edits (keeper.ts), shared with the validation: pressing Fail costs one `impactOf`.
 */
export function createImpactApi(held: () => { id: number; design: Design } | null, paths: PathModelKeeper = createPathModelKeeper()): ImpactApi {
  let last: PathModel | null = null;
  const modelOf = (designId: number): { model: PathModel; design: Design; builtMs: number } | null => {
    const h = held();
    if (!h || h.id !== designId) return null;
    // The keeper hands back the model the last validation built for this design, or brings its own up to date.
    const t0 = performance.now();
    const model = paths.model(h.design);
    const builtMs = model === last ? 0 : performance.now() - t0;
    last = model;
    return { model, design: h.design, builtMs };
  };
  const stale: StaleDesign = { stale: true };
  return {
    impact(designId, sets, restored = []) {
      const m = modelOf(designId);
      if (!m) return stale;
      const t0 = performance.now();
      const results = sets.map((failures) => impactOf(m.model, failures, { restored }));
      return { results, durationMs: performance.now() - t0, modelMs: m.builtMs };
    },
    failable(designId) {
      const m = modelOf(designId);
      return m ? failableComponents(m.design) : stale;
    },
    singlePoints(designId) {
      const m = modelOf(designId);
      if (!m) return stale;
      const t0 = performance.now();
      const entries = analyseSinglePoints(m.model);
      return { entries, durationMs: performance.now() - t0 };
    },
    rehearse(designId, viosId) {
      const m = modelOf(designId);
      return m ? rehearseMaintenance(m.model, viosId) : stale;
    },
  };
}
