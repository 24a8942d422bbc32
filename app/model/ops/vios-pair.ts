import type { Design, Id } from '../schema/index.ts';
import { nextId } from '../ids.ts';
import { addPartition } from './partitions.ts';
import { addPhysicalPort } from './physical.ts';
import { createSeaFailover } from './sea.ts';

export interface AddViosPairArgs {
  systemId: Id;
  at?: { x: number; y: number };
  /** Also wire SEA failover on this PVID (control channel on controlChannelPvid). */
  seaFailover?: { pvid: number; controlChannelPvid: number | null };
}

/**
 * The usual redundant pair: two VIOS, each with two NPIV-capable FC ports and one Ethernet port,
 * optionally with SEA failover already wired (trunk priority 1 and 2).
 */
export function addViosPair(design: Design, a: AddViosPairArgs): Design {
  let d = design;
  const ids: Id[] = [];
  for (const i of [0, 1]) {
    const id = nextId(d, 'partitions');
    ids.push(id);
    d = addPartition(d, { id, systemId: a.systemId, kind: 'vios', name: 'vios1', at: { x: (a.at?.x ?? 40) + i * 300, y: a.at?.y ?? 60 } });
    d = addPhysicalPort(d, { systemId: a.systemId, partitionId: id, kind: 'fc', speedGbps: 16 });
    d = addPhysicalPort(d, { systemId: a.systemId, partitionId: id, kind: 'fc', speedGbps: 16 });
    d = addPhysicalPort(d, { systemId: a.systemId, partitionId: id, kind: 'ethernet', speedGbps: 10 });
  }
  if (a.seaFailover) {
    const ent = (vios: Id) => Object.values(d.domain.physicalPorts).find((p) => p.partitionId === vios && p.kind === 'ethernet')!.id;
    d = createSeaFailover(d, {
      primary: { partitionId: ids[0]!, realAdapter: { kind: 'physical-port', id: ent(ids[0]!) } },
      backup: { partitionId: ids[1]!, realAdapter: { kind: 'physical-port', id: ent(ids[1]!) } },
      pvid: a.seaFailover.pvid, controlChannelPvid: a.seaFailover.controlChannelPvid,
    });
  }
  return d;
}
