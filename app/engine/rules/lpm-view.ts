/**
 * The LPM rules are a view of the readiness matrix (app/engine/lpm): one set of checks. For a design with two frames
 * or more, a rule's diagnostics are the matrix reasons under its id, each once (a frame's own reason, shared by every
 * cell it concerns, is one diagnostic): the reasons of a partition's own configuration and of its frames at the rule's
 * severity, those of one destination at `destinationSeverity` (the partition cannot move there; the design is valid).
 */
import type { Id } from '../../model/schema/index.ts';
import { perIndex, type DesignIndex } from '../index-design.ts';
import { lpmMatrixOf } from '../lpm/matrix.ts';
import type { LpmReason } from '../lpm/types.ts';
import { lpmInScope } from './modern-common.ts';
import { diagnosticKey, type Diagnostic, type Rule, type RuleContext, type Severity } from './types.ts';

export interface LpmReasonsByRule {
  /** Reasons of a partition's own configuration and of its frame (the rows' `everywhere`). */
  own: Map<string, LpmReason[]>;
  /** Reasons of one destination frame (the cells'). */
  destination: Map<string, LpmReason[]>;
}

/** The matrix reasons of a design by rule id, each reason object once (empty with fewer than two frames). */
export const lpmReasonsByRule = perIndex((ix: DesignIndex): LpmReasonsByRule => {
  const out: LpmReasonsByRule = { own: new Map(), destination: new Map() };
  if (lpmInScope(ix)) {
    const seen = new Set<LpmReason>();
    const add = (to: Map<string, LpmReason[]>, list: readonly LpmReason[]) => {
      for (const r of list) {
        if (seen.has(r)) continue;
        seen.add(r);
        const l = to.get(r.ruleId);
        if (l) l.push(r);
        else to.set(r.ruleId, [r]);
      }
    };
    for (const row of lpmMatrixOf(ix).rows) {
      add(out.own, row.everywhere);
      for (const cell of row.cells) add(out.destination, cell.reasons);
    }
  }
  return out;
});

export interface LpmViewSpec extends Omit<Rule, 'check' | 'family'> {
  /** Severity of the reasons of one destination (default: the rule's). */
  destinationSeverity?: Severity;
  /** Reasons the view adds where the matrix has no row (a VIOS, a design of one frame), from the matrix's own checks. */
  extra?: (ix: DesignIndex) => Iterable<LpmReason>;
  /** Reasons of the matrix another rule reports (the same fact, said once): the view leaves them out. */
  leave?: (r: LpmReason, ix: DesignIndex) => boolean;
}

/** A rule whose diagnostics are the matrix reasons under its id. */
export function lpmView(spec: LpmViewSpec): Rule {
  const { destinationSeverity, extra, leave, ...meta } = spec;
  return {
    ...meta,
    family: 'lpm',
    check({ index, lpm }: RuleContext): Diagnostic[] {
      // the keeper's matrix, when there is one, is the one lpmMatrixOf(index) answers from then on
      if (lpm && lpmInScope(index)) lpm.matrix(index);
      const by = lpmReasonsByRule(index);
      const out: Diagnostic[] = [];
      const keys = new Set<string>();
      const emit = (r: LpmReason, severity: Severity) => {
        if (leave?.(r, index)) return;
        const ids: Id[] = r.elementIds;
        const key = diagnosticKey(meta.id, ids);
        if (keys.has(key)) return;
        keys.add(key);
        out.push({ ruleId: meta.id, severity, message: r.message, elementIds: [...ids], key });
      };
      for (const r of by.own.get(meta.id) ?? []) emit(r, meta.severity);
      if (extra) for (const r of extra(index)) emit(r, meta.severity);
      for (const r of by.destination.get(meta.id) ?? []) emit(r, destinationSeverity ?? meta.severity);
      return out;
    },
  };
}
