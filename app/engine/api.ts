import type { Design } from '../model/schema/index.ts';
import { ruleCatalogue, type RuleInfo } from './catalogue.ts';
import { applyQuickFix } from './fixes.ts';
import type { QuickFix } from './rules/types.ts';
import { validate, type ValidateOptions, type ValidationResult } from './validate.ts';

export interface EngineValidation extends ValidationResult {
  /** The revision the caller passed in, so that late answers for older revisions can be dropped. */
  revision: number;
  /** Time spent in validate, in milliseconds. */
  durationMs: number;
}

export interface EngineApi {
  validate(design: Design, revision: number, opts?: ValidateOptions): EngineValidation;
  catalogue(): RuleInfo[];
  applyQuickFix(design: Design, fix: QuickFix): Design;
}

/** The engine's surface as the worker exposes it through comlink: plain data in, plain data out. */
export function createEngineApi(): EngineApi {
  let catalogue: RuleInfo[] | null = null;
  return {
    validate(design, revision, opts) {
      const t0 = performance.now();
      const result = validate(design, opts);
      return { revision, durationMs: performance.now() - t0, ...result };
    },
    catalogue() {
      catalogue ??= ruleCatalogue();
      return catalogue;
    },
    applyQuickFix,
  };
}
