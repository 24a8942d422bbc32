/** The failures in force at a time of a recording of actions, in the impact engine's terms (for the Failures toolbar). */
import type { Failure } from '../impact/types.ts';
import type { SimAction } from './types.ts';

export interface InForce { failures: Failure[]; restored: string[] }

/**
 * Folds the actions due at or before `tMs` (in the order given, which is the order they were applied): a fail or a
 * planned shutdown puts the component down, a restore brings it back and remembers it (an AIX path through it may
 * stay Failed until the health check). ha_mode actions (standby, auto) fail nothing.
 */
export function failuresInForce(actions: readonly SimAction[], tMs: number): InForce {
  const down = new Map<string, Failure>();
  const restored = new Set<string>();
  const due = actions.map((a, i) => ({ a, i })).filter((x) => x.a.atMs <= tMs).sort((x, y) => x.a.atMs - y.a.atMs || x.i - y.i);
  for (const { a } of due) {
    if (a.action === 'fail' || a.action === 'shutdown') {
      if (down.has(a.targetId)) continue;
      down.set(a.targetId, a.action === 'shutdown' ? { id: a.targetId, planned: true } : { id: a.targetId });
      restored.delete(a.targetId);
    } else if (a.action === 'restore' && down.delete(a.targetId)) restored.add(a.targetId);
  }
  return { failures: [...down.values()], restored: [...restored] };
}
