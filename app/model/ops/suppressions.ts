import type { Id } from '../schema/index.ts';
import { OpError } from '../errors.ts';
import { op } from './op.ts';

/** Silences one diagnostic (rule + elements), with the reason, saved in the design. */
export const addSuppression = op<{ ruleId: string; elementIds: Id[]; reason: string }>((d, a) => {
  const reason = a.reason.trim();
  if (!reason) throw new OpError('Say why this diagnostic is suppressed');
  const ids = [...a.elementIds].sort();
  const key = `${a.ruleId}|${ids.join(',')}`;
  if (d.suppressions.some((s) => `${s.ruleId}|${[...s.elementIds].sort().join(',')}` === key)) throw new OpError('This diagnostic is already suppressed');
  d.suppressions.push({ ruleId: a.ruleId, elementIds: ids, reason: reason.slice(0, 500) });
});

export const removeSuppression = op<{ ruleId: string; elementIds: Id[] }>((d, a) => {
  const key = `${a.ruleId}|${[...a.elementIds].sort().join(',')}`;
  d.suppressions = d.suppressions.filter((s) => `${s.ruleId}|${[...s.elementIds].sort().join(',')}` !== key);
});
