/**
 * What the keepers (the path model's, the LPM matrix's) compare between two versions of a design: the list of records
 * a part was built from, the same objects meaning the same facts (operations copy only what they change).
 */

/** Between groups of records in such a list, so that records moving from one group to the next count as a change. */
export const SEP = {};

/** The same records, in the same order. */
export function sameRecords(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
