import type { CollectionName, Design } from './schema/index.ts';
import { hasRecord } from './references.ts';

export const ID_PREFIX: Record<CollectionName, string> = {
  systems: 'sys', partitions: 'lpar', vscsiAdapters: 'vscsi', vfcAdapters: 'vfc', vethAdapters: 'veth',
  backingDevices: 'bd', vtds: 'vtd', mediaRepositories: 'rep', physicalPorts: 'port', vlans: 'vlan',
  linkAggregations: 'lagg', seas: 'sea', heaPorts: 'hea', heaLogicalPorts: 'lhea', etherChannels: 'ech',
  sanFabrics: 'fabric', storageArrays: 'array', luns: 'lun', ethernetSwitches: 'switch', volumeGroups: 'vg',
  sriovAdapters: 'sriov', sriovPhysicalPorts: 'sriovport', sriovLogicalPorts: 'logport', vnicAdapters: 'vnic',
  vnicBackingDevices: 'vnicbd', sspClusters: 'ssp', sspLogicalUnits: 'lu',
};

/** The next free id of a collection: prefix-N with N one above the highest in use. */
export function nextId(design: Design, collection: CollectionName, taken: ReadonlySet<string> = new Set()): string {
  const prefix = `${ID_PREFIX[collection]}-`;
  let max = 0;
  for (const key of Object.keys(design.domain[collection])) {
    if (key.startsWith(prefix)) {
      const n = Number(key.slice(prefix.length));
      if (Number.isInteger(n) && n > max) max = n;
    }
  }
  let n = max + 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** Finds the collection that holds an id (ids are unique across the document). */
export function collectionOf(design: Design, id: string): CollectionName | null {
  for (const c of Object.keys(design.domain) as CollectionName[]) if (hasRecord(design.domain[c], id)) return c;
  return null;
}
