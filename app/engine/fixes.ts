import type { Design } from '../model/schema/index.ts';
import * as ops from '../model/ops/index.ts';
import type { QuickFix } from './rules/types.ts';

type AnyOp = (design: Design, args: unknown) => unknown;

/**
 * Applies a quick fix: looks its operation up among the exported operations of app/model/ops by name and runs it.
 * Throws on an unknown name or on something that is not an operation; an OpError from the operation itself (the
 * design changed since the diagnostic) passes through unchanged.
 */
export function applyQuickFix(design: Design, fix: QuickFix): Design {
  const table = ops as unknown as Record<string, unknown>;
  const fn = Object.prototype.hasOwnProperty.call(table, fix.op) ? table[fix.op] : undefined;
  if (typeof fn !== 'function') throw new Error(`Unknown operation "${fix.op}" in quick fix "${fix.label}"`);
  const next = (fn as AnyOp)(design, fix.args);
  if (!next || typeof next !== 'object' || (next as Partial<Design>).format !== design.format || !('domain' in next)) {
    throw new Error(`"${fix.op}" is not an operation on a design`);
  }
  return next as Design;
}
