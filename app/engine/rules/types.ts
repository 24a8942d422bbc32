import type { Design } from '../../model/schema/index.ts';
import type { DesignIndex } from '../index-design.ts';
import type { EngineSettings } from '../settings.ts';
import type { LpmMatrixKeeper } from '../lpm/keeper.ts';
import type { PathModelKeeper } from '../impact/keeper.ts';

export type Severity = 'error' | 'warning' | 'info';

/** Confidence of the fact behind a rule (REFERENCE.md): confirmed, practitioner, derived, unconfirmed. */
export type RuleTag = 'C' | 'P' | 'D' | 'U';

/**
 * A repair the user can apply with one click: the name of an exported operation of app/model/ops and its
 * arguments. Plain data, so it crosses the worker boundary (comlink) unchanged.
 */
export interface QuickFix {
  label: string;
  op: string;
  args: unknown;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Document ids of the elements involved, so the UI can select them. */
  elementIds: string[];
  /** ruleId + '|' + sorted elementIds joined by ',': stable identity for suppression and diffing. */
  key: string;
  fixes?: QuickFix[];
}

export interface RuleContext {
  design: Design;
  index: DesignIndex;
  settings: EngineSettings;
  /** Keeps the path model between validations of successive versions of a design (the worker's); none: built anew. */
  paths?: PathModelKeeper;
  /** Keeps the LPM readiness matrix between validations of successive versions of a design; none: computed anew. */
  lpm?: LpmMatrixKeeper;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** One line. */
  title: string;
  /** The reason, a few sentences. */
  explanation: string;
  /** Where the fact comes from (URL from REFERENCE.md). */
  source: string;
  tag: RuleTag;
  /** Rule family (file) for grouping in the catalogue: slot, pair, vscsi ... */
  family: string;
  check(ctx: RuleContext): Diagnostic[];
}

export type Emit = (message: string, elementIds: readonly string[], fixes?: QuickFix[]) => void;

export interface RuleSpec extends Omit<Rule, 'check'> {
  run(ctx: RuleContext, emit: Emit): void;
}

export const diagnosticKey = (ruleId: string, elementIds: readonly string[]): string =>
  `${ruleId}|${[...elementIds].sort().join(',')}`;

/** Builds a rule whose check collects what `run` emits, each diagnostic stamped with the rule's id and severity. */
export function defineRule(spec: RuleSpec): Rule {
  const { run, ...meta } = spec;
  return {
    ...meta,
    check(ctx) {
      const out: Diagnostic[] = [];
      const seen = new Set<string>();
      run(ctx, (message, elementIds, fixes) => {
        const ids = [...new Set(elementIds)];
        const key = diagnosticKey(meta.id, ids);
        if (seen.has(key)) return;
        seen.add(key);
        out.push(fixes && fixes.length > 0
          ? { ruleId: meta.id, severity: meta.severity, message, elementIds: ids, key, fixes }
          : { ruleId: meta.id, severity: meta.severity, message, elementIds: ids, key });
      });
      return out;
    },
  };
}
