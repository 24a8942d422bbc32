import {
  DESIGN_FORMAT, DESIGN_VERSION, type CollectionName, type Design, checkIntegrity, designSchema, removeCascading, tidyLayout,
} from '../../model/index.ts';
import { finalNames, joinPairs, nameDevices, placeEthernet, prepareSeas } from './finalize.ts';
import type { Inventory } from './inventory.ts';
import { RecordBuilder } from './records.ts';

/**
 * Completes an inventory (names, both ends of pairs, SEA members, slots and device names that no
 * source gave) and turns it into a whole design: schema-checked, every reference resolved, laid out
 * with the model's tidy layout. Whatever had to be left out or assumed is in the inventory's warnings.
 */
export function assembleDesign(inv: Inventory, name: string, description: string): Design {
  const names = finalNames(inv);
  const label = (part: string) => names.get(part) ?? part;
  joinPairs(inv, label);
  prepareSeas(inv, label);
  placeEthernet(inv, label);
  nameDevices(inv);
  const builder = new RecordBuilder(inv, names);
  const domain = builder.build();
  // Every record was checked by its own schema as it was made: the document is checked without them
  // (a second parse of a million-line import's records would double the time).
  const design = designSchema.parse({
    format: DESIGN_FORMAT, version: DESIGN_VERSION, name: name.length > 200 ? `${name.slice(0, 197)}...` : name || 'Imported design',
    description: description.slice(0, 5000), domain: {}, layout: { nodes: {} },
  });
  design.domain = { ...design.domain, ...domain };
  // Records refer only to ids the builder made; references can dangle only where a record was left out.
  // The full check still runs on every import of ordinary size, as a safety net.
  const check = builder.skipped > 0 || builder.made < 50_000;
  for (let round = 0; check && round < 5; round++) {
    const problems = checkIntegrity(design);
    if (problems.length === 0) break;
    const broken = problems.map((p) => p.path.split('.')).map(([, c, id]) => ({ collection: c as CollectionName, id: id! }));
    for (const p of problems) inv.warn(`Left out ${p.path}: ${p.message}`);
    removeCascading(design.domain, broken);
  }
  // The model's tidy layout knows how tall each partition is drawn and places fabrics, arrays, LUNs and switches too.
  design.layout.nodes = tidyLayout(design, 6);
  return design;
}
