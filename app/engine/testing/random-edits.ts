/**
 * Random edits of a design for the keepers' property tests (impact/keeper.test.ts, lpm/keeper.test.ts), as the
 * operations make them (immer: only the changed records are new objects).
 */
import fc from 'fast-check';
import { produce } from 'immer';
import { REFERENCES, removeCascading } from '../../model/references.ts';
import { COLLECTIONS, type CollectionName, type Design } from '../../model/schema/index.ts';

export interface Edit { kind: number; ref: number; pick: number; other: number }

export const editArb: fc.Arbitrary<Edit> = fc.record({ kind: fc.nat({ max: 5 }), ref: fc.nat(), pick: fc.nat(), other: fc.nat() });

const HA = ['auto', 'sharing', 'standby', 'disabled'];

/** The collections a client's paths are built from, picked more often than the others. */
const CLIENT_SIDE: CollectionName[] = [
  'partitions', 'vscsiAdapters', 'vfcAdapters', 'vethAdapters', 'backingDevices', 'vtds', 'luns', 'volumeGroups', 'etherChannels', 'heaLogicalPorts',
  'vnicAdapters', 'vnicBackingDevices', 'sriovLogicalPorts',
];
const pickCollection = (i: number, among: readonly CollectionName[]): CollectionName | undefined =>
  among.length === 0 ? undefined : i % 3 === 0 ? among[(i >> 2) % among.length] : CLIENT_SIDE.filter((c) => among.includes(c))[(i >> 2) % Math.max(1, CLIENT_SIDE.filter((c) => among.includes(c)).length)] ?? among[0];

/** Reads or writes a field given as a dotted path ("realAdapter.id"). */
function field(rec: Record<string, unknown>, path: string, value?: unknown): unknown {
  const keys = path.split('.');
  let o: Record<string, unknown> | undefined = rec;
  for (const k of keys.slice(0, -1)) o = o?.[k] as Record<string, unknown> | undefined;
  if (!o) return undefined;
  if (arguments.length > 2) o[keys[keys.length - 1]!] = value;
  return o[keys[keys.length - 1]!];
}

/**
 * One edit as the operations make them (immer: only the changed records are new objects): remove a record with what
 * depends on it, point a reference elsewhere, drop an id from a list, rename, change a number, move a SEA's ha_mode or a
 * client's hcheck_interval.
 */
export function applyEdit(design: Design, e: Edit): Design {
  return produce(design, (draft) => {
    const d = draft.domain as unknown as Record<CollectionName, Record<string, Record<string, unknown>>>;
    const ids = (c: CollectionName) => Object.keys(d[c]);
    const pickIn = (c: CollectionName, i: number) => { const xs = ids(c); return xs.length > 0 ? xs[i % xs.length]! : undefined; };
    switch (e.kind) {
      case 0: {
        const c = pickCollection(e.ref, COLLECTIONS.filter((x) => ids(x).length > 0));
        const id = c ? pickIn(c, e.pick) : undefined;
        if (c && id) removeCascading(draft.domain, [{ collection: c, id }]);
        break;
      }
      case 1: case 2: {
        const from = pickCollection(e.ref, [...new Set(REFERENCES.map((r) => r.from))].filter((x) => ids(x).length > 0));
        const refs = REFERENCES.filter((r) => r.from === from);
        const ref = refs[(e.ref >> 3) % Math.max(1, refs.length)];
        if (!ref) break;
        const id = pickIn(ref.from, e.pick);
        if (!id) break;
        const rec = d[ref.from][id]!;
        const targets = ref.to.flatMap(ids);
        const now = field(rec, ref.field);
        if (ref.many) {
          const list = (now as string[] | undefined) ?? [];
          if (e.kind === 1 && list.length > 0) field(rec, ref.field, list.filter((_, i) => i !== e.other % list.length));
          else if (targets.length > 0) field(rec, ref.field, [...new Set([...list, targets[e.other % targets.length]!])]);
        } else if (now !== undefined && targets.length > 0) field(rec, ref.field, e.kind === 2 && ref.onDelete === 'nullify' ? null : targets[e.other % targets.length]!);
        break;
      }
      case 3: {
        const c = pickCollection(e.ref, COLLECTIONS.filter((x) => ids(x).some((id) => typeof d[x][id]!.name === 'string' || typeof d[x][id]!.deviceName === 'string')));
        if (!c) break;
        const rec = d[c][pickIn(c, e.pick)!]!;
        const field = typeof rec.name === 'string' ? 'name' : 'deviceName';
        if (typeof rec[field] === 'string') rec[field] = e.other % 2 ? `${rec[field] as string}x` : `a${rec[field] as string}`;
        break;
      }
      case 4: {
        const seas = ids('seas');
        if (seas.length > 0 && e.other % 2) { d.seas[seas[e.pick % seas.length]!]!.haMode = HA[e.ref % HA.length]; break; }
        const clients = ids('partitions').filter((id) => d.partitions[id]!.kind !== 'vios');
        if (clients.length === 0) break;
        const p = d.partitions[clients[e.pick % clients.length]!]!;
        p.tunables = { ...(p.tunables as object | undefined), hcheckInterval: e.ref % 2 ? 0 : 60 };
        break;
      }
      default: {
        const c = pickCollection(e.ref, COLLECTIONS.filter((x) => ids(x).length > 0));
        const id = c ? pickIn(c, e.pick) : undefined;
        if (!id) break;
        const rec = d[c!][id]!;
        const nums = Object.keys(rec).filter((k) => typeof rec[k] === 'number' || typeof rec[k] === 'boolean');
        const k = nums[e.other % Math.max(1, nums.length)];
        if (k) rec[k] = typeof rec[k] === 'boolean' ? !rec[k] : (rec[k] as number) + 1;
      }
    }
  });
}

