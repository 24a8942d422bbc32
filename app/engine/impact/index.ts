/** The failure-impact engine (issue 10): path model, verdicts, single points of failure, maintenance rehearsal. */
export * from './types.ts';
export type { Mechanism, ModelPartition, ModelPath, ModelService, ModelUnit, PathModel, RecoverySettings } from './model.ts';
export { failableComponents, resolveComponent, type Resolved } from './components.ts';
export { buildPathModel } from './build.ts';
export { computeImpact, impactOf } from './impact.ts';
export { AVOIDABLE, analysePairs, analyseSinglePoints, type PairOptions } from './analysis.ts';
export { rehearseMaintenance } from './maintenance.ts';
