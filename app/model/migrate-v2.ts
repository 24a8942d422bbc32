/**
 * Document version 1 -> 2. Version 2 adds client volume groups (`domain.volumeGroups`, with their mirror copies) and,
 * per SAN LUN, the client partitions that see it through NPIV (`luns[].npivClientIds`); both default to empty.
 *
 * Version 1 could not say that a client mirrors its disks, and the engine assumed it when a client got logical-volume
 * or file-backed disks from two or more VIOS (the classic LV-backed dual-VIOS design). So that every version-1 file
 * keeps its meaning, the migration writes that assumption down: such a client gets a volume group "mirroredvg" whose
 * copies are the LV/file disks of each VIOS. Nothing else changes. The input is untrusted JSON (not yet checked by the
 * schema): anything of an unexpected shape is left alone for the schema to report.
 */
type Doc = Record<string, unknown>;
type Table = Record<string, Record<string, unknown>>;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const table = (domain: Doc, key: string): Table => (isObject(domain[key]) ? (domain[key] as Table) : {});
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export const MIRRORED_VG_NAME = 'mirroredvg';

export function migrate1to2(doc: Doc): Doc {
  if (!isObject(doc.domain)) return { ...doc, version: 2 };
  const domain = doc.domain as Doc;
  const partitions = table(domain, 'partitions');
  const adapters = table(domain, 'vscsiAdapters');
  const backing = table(domain, 'backingDevices');
  // client partition -> VIOS -> LV/file backing device ids, in document order
  const local = new Map<string, Map<string, string[]>>();
  for (const vtd of Object.values(table(domain, 'vtds'))) {
    if (!isObject(vtd)) continue;
    const vhost = adapters[str(vtd.serverAdapterId) ?? ''];
    const bdId = str(vtd.backingDeviceId);
    const bd = bdId ? backing[bdId] : undefined;
    if (!isObject(vhost) || !isObject(bd) || vhost.role !== 'server' || vtd.optical === true) continue;
    if (bd.kind !== 'logical-volume' && bd.kind !== 'file-disk') continue;
    const vios = str(vhost.partitionId);
    const client = str(vhost.remotePartitionId);
    if (!vios || !client || !isObject(partitions[client]) || partitions[client]!.kind === 'vios') continue;
    let byVios = local.get(client);
    if (!byVios) local.set(client, (byVios = new Map()));
    const list = byVios.get(vios) ?? [];
    if (!list.includes(bdId!)) list.push(bdId!);
    byVios.set(vios, list);
  }
  const existing = table(domain, 'volumeGroups');
  const volumeGroups: Table = { ...existing };
  let n = 0;
  for (const key of Object.keys(existing)) { const m = /^vg-(\d+)$/.exec(key); if (m) n = Math.max(n, Number(m[1])); }
  for (const [client, byVios] of local) {
    if (byVios.size < 2) continue;
    const copies = [...byVios.values()];
    const id = `vg-${++n}`;
    volumeGroups[id] = {
      id, partitionId: client, name: MIRRORED_VG_NAME,
      diskIds: copies[0], mirrorDiskIds: copies[1], thirdCopyDiskIds: copies.slice(2).flat(),
    };
  }
  const out: Doc = { ...domain };
  if (Object.keys(volumeGroups).length > 0) out.volumeGroups = volumeGroups;
  return { ...doc, version: 2, domain: out };
}
