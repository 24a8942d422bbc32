import { COLLECTIONS, type CollectionName, type Design, type Id } from './schema/index.ts';

/** A collection's changes: records added or replaced, and ids removed. */
export interface CollectionDelta { put: Record<Id, unknown>; removed: Id[] }

/**
 * What changed between two versions of a design, record by record (the layout is left out: nothing that
 * receives deltas reads positions). Operations copy only what they change (immer), so comparing record
 * identities finds the change in one pass and a one-field edit becomes a one-record delta.
 */
export interface DesignDelta {
  /** Top-level fields other than the domain and the layout whose value changed. */
  fields: Partial<Omit<Design, 'domain' | 'layout'>>;
  collections: Partial<Record<CollectionName, CollectionDelta>>;
  /** Records put or removed, in all (for logs and tests). */
  records: number;
}

const FIELDS = ['format', 'version', 'name', 'description', 'scenarios', 'suppressions', 'simulation'] as const;

/** The records of `next` that differ from `prev`, by identity, and the ids `next` no longer has. */
export function diffDesign(prev: Design, next: Design): DesignDelta {
  const delta: DesignDelta = { fields: {}, collections: {}, records: 0 };
  for (const f of FIELDS) if (prev[f] !== next[f]) (delta.fields as Record<string, unknown>)[f] = next[f];
  if (prev.domain === next.domain) return delta;
  for (const c of COLLECTIONS) {
    const a = prev.domain[c] as Record<Id, unknown>;
    const b = next.domain[c] as Record<Id, unknown>;
    if (a === b) continue;
    const put: Record<Id, unknown> = {};
    const removed: Id[] = [];
    for (const id in b) if (a[id] !== b[id]) put[id] = b[id];
    for (const id in a) if (!(id in b)) removed.push(id);
    const n = Object.keys(put).length + removed.length;
    if (n === 0) continue;
    delta.collections[c] = { put, removed };
    delta.records += n;
  }
  return delta;
}

/** The design `delta` was taken to: `base` with the delta applied (base is not changed). */
export function applyDelta(base: Design, delta: DesignDelta): Design {
  const entries = Object.entries(delta.collections) as [CollectionName, CollectionDelta][];
  let domain = base.domain;
  if (entries.length > 0) {
    domain = { ...base.domain };
    for (const [c, d] of entries) {
      const coll = { ...(domain[c] as Record<Id, unknown>), ...d.put };
      for (const id of d.removed) delete coll[id];
      (domain as Record<CollectionName, unknown>)[c] = coll;
    }
  }
  return { ...base, ...delta.fields, domain } as Design;
}
