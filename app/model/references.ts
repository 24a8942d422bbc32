import type { CollectionName, Design, Domain } from './schema/index.ts';

/**
 * Every reference between records of the design document, in one table. The integrity check and the
 * cascading removal both read it, so a new reference is declared once.
 *
 * onDelete: `cascade` removes the referring record, `nullify` sets the field to null (and `alsoNull`
 * fields with it), `filter` drops the id from an array.
 */
export interface Reference {
  from: CollectionName;
  field: string;
  to: readonly CollectionName[];
  many?: boolean;
  onDelete: 'cascade' | 'nullify' | 'filter';
  alsoNull?: readonly string[];
}

const R = (r: Reference): Reference => r;

export const REFERENCES: readonly Reference[] = [
  R({ from: 'partitions', field: 'systemId', to: ['systems'], onDelete: 'cascade' }),
  R({ from: 'vscsiAdapters', field: 'partitionId', to: ['partitions'], onDelete: 'cascade' }),
  R({ from: 'vscsiAdapters', field: 'remotePartitionId', to: ['partitions'], onDelete: 'nullify', alsoNull: ['remoteSlot'] }),
  R({ from: 'vfcAdapters', field: 'partitionId', to: ['partitions'], onDelete: 'cascade' }),
  R({ from: 'vfcAdapters', field: 'remotePartitionId', to: ['partitions'], onDelete: 'nullify', alsoNull: ['remoteSlot'] }),
  R({ from: 'vfcAdapters', field: 'physicalPortId', to: ['physicalPorts'], onDelete: 'nullify' }),
  R({ from: 'vethAdapters', field: 'partitionId', to: ['partitions'], onDelete: 'cascade' }),
  R({ from: 'backingDevices', field: 'partitionId', to: ['partitions'], onDelete: 'cascade' }),
  R({ from: 'backingDevices', field: 'lunId', to: ['luns'], onDelete: 'nullify' }),
  R({ from: 'backingDevices', field: 'physicalPortId', to: ['physicalPorts'], onDelete: 'nullify' }),
  R({ from: 'vtds', field: 'serverAdapterId', to: ['vscsiAdapters'], onDelete: 'cascade' }),
  R({ from: 'vtds', field: 'backingDeviceId', to: ['backingDevices'], onDelete: 'cascade' }),
  R({ from: 'mediaRepositories', field: 'partitionId', to: ['partitions'], onDelete: 'cascade' }),
  R({ from: 'physicalPorts', field: 'systemId', to: ['systems'], onDelete: 'cascade' }),
  R({ from: 'physicalPorts', field: 'partitionId', to: ['partitions'], onDelete: 'nullify' }),
  R({ from: 'physicalPorts', field: 'cabledToId', to: ['ethernetSwitches', 'sanFabrics'], onDelete: 'nullify' }),
  R({ from: 'vlans', field: 'systemId', to: ['systems'], onDelete: 'cascade' }),
  R({ from: 'linkAggregations', field: 'partitionId', to: ['partitions'], onDelete: 'cascade' }),
  R({ from: 'linkAggregations', field: 'memberIds', to: ['physicalPorts', 'heaLogicalPorts', 'sriovLogicalPorts'], many: true, onDelete: 'filter' }),
  R({ from: 'linkAggregations', field: 'backupMemberId', to: ['physicalPorts', 'heaLogicalPorts', 'sriovLogicalPorts'], onDelete: 'nullify' }),
  R({ from: 'seas', field: 'partitionId', to: ['partitions'], onDelete: 'cascade' }),
  R({ from: 'seas', field: 'realAdapter.id', to: ['physicalPorts', 'linkAggregations', 'heaLogicalPorts', 'sriovLogicalPorts'], onDelete: 'nullify' }),
  R({ from: 'seas', field: 'trunkAdapterIds', to: ['vethAdapters'], many: true, onDelete: 'filter' }),
  R({ from: 'seas', field: 'defaultAdapterId', to: ['vethAdapters'], onDelete: 'nullify' }),
  R({ from: 'seas', field: 'controlChannelId', to: ['vethAdapters'], onDelete: 'nullify' }),
  R({ from: 'heaPorts', field: 'systemId', to: ['systems'], onDelete: 'cascade' }),
  R({ from: 'heaPorts', field: 'promiscuousPartitionId', to: ['partitions'], onDelete: 'nullify' }),
  R({ from: 'heaPorts', field: 'cabledToId', to: ['ethernetSwitches', 'sanFabrics'], onDelete: 'nullify' }),
  R({ from: 'heaLogicalPorts', field: 'heaPortId', to: ['heaPorts'], onDelete: 'cascade' }),
  R({ from: 'heaLogicalPorts', field: 'partitionId', to: ['partitions'], onDelete: 'cascade' }),
  R({ from: 'etherChannels', field: 'partitionId', to: ['partitions'], onDelete: 'cascade' }),
  R({ from: 'etherChannels', field: 'primaryId', to: ['vethAdapters', 'heaLogicalPorts', 'physicalPorts', 'sriovLogicalPorts', 'vnicAdapters'], onDelete: 'cascade' }),
  R({ from: 'etherChannels', field: 'backupId', to: ['vethAdapters', 'heaLogicalPorts', 'physicalPorts', 'sriovLogicalPorts', 'vnicAdapters'], onDelete: 'nullify' }),
  R({ from: 'storageArrays', field: 'fabricIds', to: ['sanFabrics'], many: true, onDelete: 'filter' }),
  R({ from: 'luns', field: 'arrayId', to: ['storageArrays'], onDelete: 'cascade' }),
  R({ from: 'luns', field: 'fabricIds', to: ['sanFabrics'], many: true, onDelete: 'filter' }),
  R({ from: 'luns', field: 'npivClientIds', to: ['partitions'], many: true, onDelete: 'filter' }),
  R({ from: 'volumeGroups', field: 'partitionId', to: ['partitions'], onDelete: 'cascade' }),
  R({ from: 'volumeGroups', field: 'diskIds', to: ['luns', 'backingDevices', 'sspLogicalUnits'], many: true, onDelete: 'filter' }),
  R({ from: 'volumeGroups', field: 'mirrorDiskIds', to: ['luns', 'backingDevices', 'sspLogicalUnits'], many: true, onDelete: 'filter' }),
  R({ from: 'volumeGroups', field: 'thirdCopyDiskIds', to: ['luns', 'backingDevices', 'sspLogicalUnits'], many: true, onDelete: 'filter' }),
  // document version 3
  R({ from: 'backingDevices', field: 'logicalUnitId', to: ['sspLogicalUnits'], onDelete: 'cascade' }),
  R({ from: 'sriovAdapters', field: 'systemId', to: ['systems'], onDelete: 'cascade' }),
  R({ from: 'sriovAdapters', field: 'ownerPartitionId', to: ['partitions'], onDelete: 'nullify' }),
  R({ from: 'sriovPhysicalPorts', field: 'adapterId', to: ['sriovAdapters'], onDelete: 'cascade' }),
  R({ from: 'sriovPhysicalPorts', field: 'cabledToId', to: ['ethernetSwitches'], onDelete: 'nullify' }),
  R({ from: 'sriovLogicalPorts', field: 'physicalPortId', to: ['sriovPhysicalPorts'], onDelete: 'cascade' }),
  R({ from: 'sriovLogicalPorts', field: 'partitionId', to: ['partitions'], onDelete: 'cascade' }),
  R({ from: 'sriovLogicalPorts', field: 'backupDevice.id', to: ['vethAdapters', 'vnicAdapters'], onDelete: 'nullify' }),
  R({ from: 'vnicAdapters', field: 'partitionId', to: ['partitions'], onDelete: 'cascade' }),
  R({ from: 'vnicBackingDevices', field: 'vnicId', to: ['vnicAdapters'], onDelete: 'cascade' }),
  R({ from: 'vnicBackingDevices', field: 'logicalPortId', to: ['sriovLogicalPorts'], onDelete: 'cascade' }),
  R({ from: 'sspClusters', field: 'nodeIds', to: ['partitions'], many: true, onDelete: 'filter' }),
  R({ from: 'sspClusters', field: 'repositoryLunId', to: ['luns'], onDelete: 'nullify' }),
  R({ from: 'sspClusters', field: 'poolLunIds', to: ['luns'], many: true, onDelete: 'filter' }),
  R({ from: 'sspClusters', field: 'mirrorLunIds', to: ['luns'], many: true, onDelete: 'filter' }),
  R({ from: 'sspLogicalUnits', field: 'clusterId', to: ['sspClusters'], onDelete: 'cascade' }),
];

/** Reads a dotted field ("realAdapter.id") of a record; null when a step is missing. */
export function readField(rec: unknown, field: string): unknown {
  let cur: unknown = rec;
  for (const part of field.split('.')) {
    if (cur === null || cur === undefined || typeof cur !== 'object') return null;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur ?? null;
}

/** Nullifies a reference field; for a nested field ("realAdapter.id") the whole parent object is nulled. */
function nullField(rec: Record<string, unknown>, ref: Reference): void {
  const parts = ref.field.split('.');
  rec[parts[0]!] = null;
  for (const f of ref.alsoNull ?? []) rec[f] = null;
}

/** Own-property lookup: an id such as "constructor" or "toString" never finds an inherited member. */
export const hasRecord = (table: object, id: string): boolean => Object.hasOwn(table, id);

export function findCollection(domain: Domain, id: string, among: readonly CollectionName[]): CollectionName | null {
  for (const c of among) if (hasRecord(domain[c], id)) return c;
  return null;
}

export interface IntegrityProblem {
  path: string;
  message: string;
  /** The same path as segments (to find the line and column in the JSON text). */
  segments?: (string | number)[];
}

const problemAt = (segments: (string | number)[], message: string): IntegrityProblem =>
  ({ path: segments.map(String).join('.'), message, segments });

/** What a scenario event may target: a record of the domain, or a physical adapter named `adapter:<location or partition>`. */
function isFailableTarget(d: Domain, id: string): boolean {
  if (findCollection(d, id, Object.keys(d) as CollectionName[])) return true;
  if (!id.startsWith('adapter:') || id.length <= 'adapter:'.length) return false;
  const rest = id.slice('adapter:'.length);
  return Object.values(d.physicalPorts).some((p) => (p.location ?? '').startsWith(rest) || rest.startsWith(`${p.partitionId ?? '\u0000'}`));
}

/**
 * Lists every way the document is not whole: a record whose key and id differ, an id used twice (across
 * collections and scenarios too), a reference that points at nothing (domain, scenario events, suppressions,
 * layout entries). An empty list means the document is whole.
 */
export function checkIntegrity(design: Design): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const d = design.domain;
  const owner = new Map<string, string>();
  const claim = (id: string, where: (string | number)[]) => {
    const first = owner.get(id);
    if (first !== undefined) problems.push(problemAt(where, `the id "${id}" is also used by ${first}; ids are unique in the document`));
    else owner.set(id, where.slice(0, -1).join('.'));
  };
  for (const c of Object.keys(d) as CollectionName[]) {
    for (const [key, rec] of Object.entries(d[c])) {
      if ((rec as { id: string }).id !== key) {
        problems.push(problemAt(['domain', c, key, 'id'], `record key "${key}" and id "${(rec as { id: string }).id}" differ`));
      }
      claim(key, ['domain', c, key, 'id']);
    }
  }
  for (const ref of REFERENCES) {
    for (const [key, rec] of Object.entries(d[ref.from])) {
      const value = readField(rec, ref.field);
      const ids = ref.many ? (Array.isArray(value) ? (value as string[]) : []) : value === null ? [] : [value as string];
      for (const id of ids) {
        if (!findCollection(d, id, ref.to)) {
          problems.push(problemAt(['domain', ref.from, key, ...ref.field.split('.')], `refers to "${id}", which is not among the ${ref.to.join(' or ')}`));
        }
      }
    }
  }
  const all = Object.keys(d) as CollectionName[];
  for (const [key, s] of Object.entries(design.scenarios ?? {})) {
    if (s.id !== key) problems.push(problemAt(['scenarios', key, 'id'], `scenario key "${key}" and id "${s.id}" differ`));
    claim(key, ['scenarios', key, 'id']);
    s.events.forEach((e, i) => {
      if (!isFailableTarget(d, e.targetId)) problems.push(problemAt(['scenarios', key, 'events', i, 'targetId'], `refers to "${e.targetId}", which is not an element of the design`));
    });
  }
  (design.suppressions ?? []).forEach((s, i) => {
    s.elementIds.forEach((id, j) => {
      if (!findCollection(d, id, all)) problems.push(problemAt(['suppressions', i, 'elementIds', j], `refers to "${id}", which is not an element of the design`));
    });
  });
  for (const id of Object.keys(design.layout?.nodes ?? {})) {
    if (!findCollection(d, id, all)) problems.push(problemAt(['layout', 'nodes', id], `a position for "${id}", which is not an element of the design`));
  }
  return problems;
}

/** Removes layout entries of elements that do not exist, in place; returns their ids. */
export function dropOrphanLayout(design: Design): string[] {
  const all = Object.keys(design.domain) as CollectionName[];
  const gone = Object.keys(design.layout.nodes).filter((id) => !findCollection(design.domain, id, all));
  for (const id of gone) delete design.layout.nodes[id];
  return gone;
}

/**
 * Removes records and everything that depends on them, in place (call it on an immer draft).
 * Returns the ids removed, cascades included.
 */
export function removeCascading(domain: Domain, initial: readonly { collection: CollectionName; id: string }[]): string[] {
  const removed: string[] = [];
  const queue = [...initial];
  while (queue.length > 0) {
    const { collection, id } = queue.shift()!;
    const table = domain[collection] as Record<string, unknown>;
    if (!hasRecord(table, id)) continue;
    delete table[id];
    removed.push(id);
    for (const ref of REFERENCES) {
      if (!ref.to.includes(collection)) continue;
      const from = domain[ref.from] as Record<string, Record<string, unknown>>;
      for (const [key, rec] of Object.entries(from)) {
        const value = readField(rec, ref.field);
        if (ref.many) {
          if (Array.isArray(value) && value.includes(id)) {
            if (ref.onDelete === 'cascade') queue.push({ collection: ref.from, id: key });
            else rec[ref.field] = (value as string[]).filter((v) => v !== id);
          }
        } else if (value === id) {
          if (ref.onDelete === 'cascade') queue.push({ collection: ref.from, id: key });
          else nullField(rec, ref);
        }
      }
    }
  }
  return removed;
}
