import type { Design } from '../model/schema/index.ts';
import { RULES } from './catalogue.ts';
import { indexDesign } from './index-design.ts';
import { DEFAULT_SETTINGS, type EngineSettings } from './settings.ts';
import type { PathModelKeeper } from './impact/keeper.ts';
import type { LpmMatrixKeeper } from './lpm/keeper.ts';
import { diagnosticKey, type Diagnostic, type Rule, type Severity } from './rules/types.ts';

export interface ValidateOptions {
  /** Check only these rule ids (all rules when omitted). */
  rules?: readonly string[];
  /** Soft limits of [U] rules. */
  settings?: Partial<EngineSettings>;
  /**
   * Keeps the path model of the redundancy rules from one validation to the next: pass the same keeper for each
   * version of a design and only the clients whose records changed are analysed again (the worker does).
   */
  paths?: PathModelKeeper;
  /** Keeps the LPM readiness matrix of the LPM rules the same way (only the rows and cells whose inputs changed are computed again). */
  lpm?: LpmMatrixKeeper;
}

export interface ValidationResult {
  /** Diagnostics that are not suppressed: errors first, then warnings, then infos; by rule id and key within. */
  diagnostics: Diagnostic[];
  /** Diagnostics silenced by the design's suppressions (kept so the UI can show and lift them). */
  suppressed: Diagnostic[];
  /** Counts of the unsuppressed diagnostics. */
  counts: Record<Severity, number>;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function byRank(a: Diagnostic, b: Diagnostic): number {
  return RANK[a.severity] - RANK[b.severity] || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * Checks a design against every rule. The design is indexed once and the index shared by all rules, so the whole
 * validation is linear in the size of the design. Suppressions saved in the design move matching diagnostics
 * (same rule, same sorted element ids; no element ids = the whole rule) to `suppressed`.
 */
export function validate(design: Design, opts: ValidateOptions = {}): ValidationResult {
  const index = indexDesign(design);
  const settings = { ...DEFAULT_SETTINGS, ...opts.settings };
  const only = opts.rules ? new Set(opts.rules) : null;
  const rules: readonly Rule[] = only ? RULES.filter((r) => only.has(r.id)) : RULES;

  const wholeRule = new Set<string>();
  const keys = new Set<string>();
  for (const s of design.suppressions) {
    if (s.elementIds.length === 0) wholeRule.add(s.ruleId);
    else keys.add(diagnosticKey(s.ruleId, s.elementIds));
  }

  const diagnostics: Diagnostic[] = [];
  const suppressed: Diagnostic[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const rule of rules) {
    for (const d of rule.check({ design, index, settings, ...(opts.paths ? { paths: opts.paths } : {}), ...(opts.lpm ? { lpm: opts.lpm } : {}) })) {
      if (wholeRule.has(d.ruleId) || keys.has(d.key)) suppressed.push(d);
      else { diagnostics.push(d); counts[d.severity]++; }
    }
  }
  diagnostics.sort(byRank);
  suppressed.sort(byRank);
  return { diagnostics, suppressed, counts };
}
