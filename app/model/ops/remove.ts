import type { CollectionName, Design, Id } from '../schema/index.ts';
import { OpError } from '../errors.ts';
import { collectionOf } from '../ids.ts';
import { removeCascading } from '../references.ts';
import { partnerOf } from '../query.ts';
import { op } from './op.ts';

/** Removes records with their dependants (cascade) and their layout; call on a draft. */
export function removeIn(d: Design, items: { collection: CollectionName; id: Id }[]): Id[] {
  const removed = removeCascading(d.domain, items);
  for (const id of removed) delete d.layout.nodes[id];
  if (removed.length > 0) {
    const gone = new Set(removed);
    d.suppressions = d.suppressions.filter((s) => !s.elementIds.some((e) => gone.has(e)));
    // A scenario keeps its other steps; a step on a removed element would refer to nothing.
    for (const sc of Object.values(d.scenarios)) if (sc.events.some((e) => gone.has(e.targetId))) sc.events = sc.events.filter((e) => !gone.has(e.targetId));
  }
  return removed;
}

/**
 * What removing these elements would take with it, for the confirmation that says what goes with a
 * delete. Pure: the design is not changed.
 */
export function removalImpact(design: Design, ids: readonly Id[]): Id[] {
  const copy = structuredClone(design);
  return removeIn(copy, expandPairs(copy, ids));
}

/** A vSCSI or vFC adapter is removed with its partner: deleting a connection removes both ends. */
function expandPairs(d: Design, ids: readonly Id[]): { collection: CollectionName; id: Id }[] {
  const out: { collection: CollectionName; id: Id }[] = [];
  for (const id of ids) {
    const collection = collectionOf(d, id);
    if (!collection) throw new OpError(`Nothing with id ${id} to remove`);
    out.push({ collection, id });
    if (collection === 'vscsiAdapters' || collection === 'vfcAdapters') {
      const all = d.domain[collection];
      const self = all[id];
      const partner = self ? partnerOf(all as Record<string, typeof self>, self) : null;
      if (partner) out.push({ collection, id: partner.id });
    }
  }
  return out;
}

/** Removes any elements by id, with everything that depends on them. */
export const removeElements = op<{ ids: Id[] }>((d, { ids }) => {
  removeIn(d, expandPairs(d, ids));
});
