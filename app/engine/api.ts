import type { Design } from '../model/schema/index.ts';
import { applyDelta, type DesignDelta } from '../model/delta.ts';
import { ruleCatalogue, type RuleInfo } from './catalogue.ts';
import { applyQuickFix } from './fixes.ts';
import type { QuickFix } from './rules/types.ts';
import { validate, type ValidateOptions, type ValidationResult } from './validate.ts';
import { createImpactApi, type ImpactApi } from './impact-api.ts';
import { createLpmApi, type LpmApi } from './lpm-api.ts';
import { createPathModelKeeper } from './impact/keeper.ts';
import { createLpmMatrixKeeper } from './lpm/keeper.ts';

export interface EngineValidation extends ValidationResult {
  /** The revision the caller passed in, so that late answers for older revisions can be dropped. */
  revision: number;
  /** Time spent in validate, in milliseconds. */
  durationMs: number;
}

/** The answer to a delta the engine cannot apply: it does not hold the design the delta was taken from. */
export interface StaleBase { stale: true }

export interface EngineApi extends ImpactApi, LpmApi {
  validate(design: Design, revision: number, opts?: ValidateOptions): EngineValidation;
  /** Validates and keeps the design as the base of later deltas, under `baseId`. */
  validateAndKeep(design: Design, baseId: number, revision: number): EngineValidation;
  /**
   * Applies a delta to the kept design (which must be `baseId`), keeps the result as `nextId` and validates
   * it. Copying a one-record delta into the worker costs nothing; copying a design of 1,000 clients costs
   * tens of milliseconds on each side.
   */
  validateDelta(delta: DesignDelta, baseId: number, nextId: number, revision: number): EngineValidation | StaleBase;
  /** Keeps a design as the base of later deltas without validating it (the impact calls read it). */
  keep(design: Design, id: number): void;
  /** Applies a delta to the kept design `baseId` and keeps the result as `nextId`, without validating. */
  keepDelta(delta: DesignDelta, baseId: number, nextId: number): true | StaleBase;
  catalogue(): RuleInfo[];
  applyQuickFix(design: Design, fix: QuickFix): Design;
}

/** The engine's surface as the worker exposes it through comlink: plain data in, plain data out. */
export function createEngineApi(): EngineApi {
  let catalogue: RuleInfo[] | null = null;
  let kept: { id: number; design: Design } | null = null;
  // One path model follows the kept design through its deltas, for the redundancy rules and the impact calls alike.
  const paths = createPathModelKeeper();
  // and one LPM readiness matrix, for the LPM rules (the LPM panel reads the matrix of the validated domain)
  const lpm = createLpmMatrixKeeper();
  const run = (design: Design, revision: number, opts?: ValidateOptions): EngineValidation => {
    const t0 = performance.now();
    const result = validate(design, { paths, lpm, ...opts });
    return { revision, durationMs: performance.now() - t0, ...result };
  };
  return {
    ...createImpactApi(() => kept, paths),
    ...createLpmApi(() => kept),
    validate: run,
    validateAndKeep(design, baseId, revision) {
      kept = { id: baseId, design };
      return run(design, revision);
    },
    validateDelta(delta, baseId, nextId, revision) {
      if (!kept || kept.id !== baseId) return { stale: true };
      kept = { id: nextId, design: applyDelta(kept.design, delta) };
      return run(kept.design, revision);
    },
    keep(design, id) {
      kept = { id, design };
    },
    keepDelta(delta, baseId, nextId) {
      if (!kept || kept.id !== baseId) return { stale: true };
      kept = { id: nextId, design: applyDelta(kept.design, delta) };
      return true;
    },
    catalogue() {
      catalogue ??= ruleCatalogue();
      return catalogue;
    },
    applyQuickFix,
  };
}
