import type { Design, Id, RealAdapterRef, SharedEthernetAdapter } from '../schema/index.ts';
import { linkAggregationSchema, sharedEthernetAdapterSchema } from '../schema/index.ts';
import { OpError } from '../errors.ts';
import { nextId } from '../ids.ts';
import { allocateDeviceName } from '../names.ts';
import { getPartition } from '../query.ts';
import { op } from './op.ts';
import { addVirtualEthernetIn, assertVlanId } from './ethernet.ts';

/** Checks that a real adapter can back an SEA of this VIOS (SEA-2). */
export function assertRealAdapter(d: Design, viosId: Id, ref: RealAdapterRef): void {
  if (ref.kind === 'physical-port') {
    const port = d.domain.physicalPorts[ref.id];
    if (!port || port.kind !== 'ethernet') throw new OpError('The real adapter of an SEA is an Ethernet port, a link aggregation or an HEA logical port', 'SEA-2');
    if (port.partitionId !== viosId) throw new OpError(`${port.deviceName} is not owned by this VIOS`, 'SEA-2');
  } else if (ref.kind === 'link-aggregation') {
    const l = d.domain.linkAggregations[ref.id];
    if (!l || l.partitionId !== viosId) throw new OpError('The link aggregation must be on the same VIOS', 'SEA-2');
  } else {
    const l = d.domain.heaLogicalPorts[ref.id];
    if (!l || l.partitionId !== viosId) throw new OpError('The HEA logical port must belong to the same VIOS', 'SEA-2');
  }
  const taken = Object.values(d.domain.seas).find((s) => s.realAdapter?.id === ref.id);
  if (taken) throw new OpError(`That adapter is already the real adapter of ${taken.deviceName}`, 'SEA-2');
}

export interface CreateSharedEthernetArgs {
  id?: Id;
  partitionId: Id;
  realAdapter: RealAdapterRef | null;
  /** PVID of the (first, default) trunk adapter: -defaultid. */
  pvid: number;
  additionalVlans?: number[];
  trunkPriority?: number;
  haMode?: SharedEthernetAdapter['haMode'];
  /** PVID of a control channel adapter to create (ctl_chan); omit for none. */
  controlChannelPvid?: number;
  vswitch?: string;
}

/**
 * mkvdev -sea <real> -vadapter <trunk> -default <trunk> -defaultid <pvid> [-attr ha_mode=.. ctl_chan=..]:
 * creates the trunk adapter, the control channel if asked, and the SEA itself.
 */
export function createSharedEthernetIn(d: Design, a: CreateSharedEthernetArgs): Id {
  const vios = getPartition(d, a.partitionId);
  if (vios.kind !== 'vios') throw new OpError(`${vios.name} is not a VIOS: a Shared Ethernet Adapter exists only in a VIOS`, 'SEA-1');
  assertVlanId(a.pvid, 'PVID');
  if (a.realAdapter) assertRealAdapter(d, vios.id, a.realAdapter);
  const haMode = a.haMode ?? 'disabled';
  const trunkId = addVirtualEthernetIn(d, {
    partitionId: vios.id, pvid: a.pvid, additionalVlans: a.additionalVlans ?? [], trunk: true,
    trunkPriority: a.trunkPriority ?? 1, ...(a.vswitch ? { vswitch: a.vswitch } : {}),
  });
  let controlChannelId: Id | null = null;
  if (a.controlChannelPvid !== undefined) {
    if (a.controlChannelPvid === a.pvid) throw new OpError('The control channel needs a PVID of its own, not the bridged VLAN', 'SEAHA-4');
    controlChannelId = addVirtualEthernetIn(d, { partitionId: vios.id, pvid: a.controlChannelPvid, ...(a.vswitch ? { vswitch: a.vswitch } : {}) });
  }
  const id = a.id ?? nextId(d, 'seas');
  d.domain.seas[id] = sharedEthernetAdapterSchema.parse({
    id, partitionId: vios.id, deviceName: allocateDeviceName(d, vios.id, 'ent'), realAdapter: a.realAdapter,
    trunkAdapterIds: [trunkId], defaultAdapterId: trunkId, defaultPvid: a.pvid, haMode, controlChannelId,
  });
  return id;
}

export const createSharedEthernet = op<CreateSharedEthernetArgs>((d, a) => { createSharedEthernetIn(d, a); });

export interface CreateSeaFailoverArgs {
  primary: { partitionId: Id; realAdapter: RealAdapterRef | null };
  backup: { partitionId: Id; realAdapter: RealAdapterRef | null };
  pvid: number;
  additionalVlans?: number[];
  /** Control channel PVID; null uses the automatic channel (VIOS 2.2.3+ and firmware 7.8+). */
  controlChannelPvid: number | null;
  haMode?: 'auto' | 'sharing';
}

/** SEA failover: one SEA per VIOS, same PVID and VLANs, trunk priority 1 and 2 (SEAHA-2), ha_mode=auto. */
export const createSeaFailover = op<CreateSeaFailoverArgs>((d, a) => {
  if (a.primary.partitionId === a.backup.partitionId) throw new OpError('SEA failover needs two different VIOS');
  const p = getPartition(d, a.primary.partitionId);
  const b = getPartition(d, a.backup.partitionId);
  if (p.systemId !== b.systemId) throw new OpError('Both VIOS of an SEA failover pair are in the same frame');
  for (const [side, prio] of [[a.primary, 1], [a.backup, 2]] as const) {
    createSharedEthernetIn(d, {
      partitionId: side.partitionId, realAdapter: side.realAdapter, pvid: a.pvid, additionalVlans: a.additionalVlans ?? [],
      trunkPriority: prio, haMode: a.haMode ?? 'auto',
      ...(a.controlChannelPvid !== null ? { controlChannelPvid: a.controlChannelPvid } : {}),
    });
  }
});

export type SeaPatch = Partial<Pick<SharedEthernetAdapter, 'haMode' | 'controlChannelId' | 'netaddr' | 'ipAddress' | 'thread' | 'defaultAdapterId' | 'defaultPvid' | 'trunkAdapterIds' | 'realAdapter' | 'deviceName'>>;

export const updateSharedEthernet = op<{ id: Id; patch: SeaPatch }>((d, { id, patch }) => {
  const sea = d.domain.seas[id];
  if (!sea) throw new OpError('No such SEA');
  if (patch.realAdapter && patch.realAdapter.id !== sea.realAdapter?.id) assertRealAdapter(d, sea.partitionId, patch.realAdapter);
  for (const vid of [...(patch.trunkAdapterIds ?? []), patch.controlChannelId, patch.defaultAdapterId]) {
    if (!vid) continue;
    const v = d.domain.vethAdapters[vid];
    if (!v || v.partitionId !== sea.partitionId) throw new OpError('SEA adapters must be virtual Ethernet adapters of the same VIOS');
  }
  if (patch.trunkAdapterIds && patch.trunkAdapterIds.length > 16) throw new OpError('An SEA has at most 16 trunk adapters', 'SEA-3');
  d.domain.seas[id] = sharedEthernetAdapterSchema.parse({ ...sea, ...patch });
});

/** Adds a control channel adapter (ctl_chan) with the given PVID to an SEA: the quick fix for SEAHA-4. */
export const addControlChannel = op<{ seaId: Id; pvid: number }>((d, { seaId, pvid }) => {
  const sea = d.domain.seas[seaId];
  if (!sea) throw new OpError('No such SEA');
  if (sea.controlChannelId) throw new OpError(`${sea.deviceName} already has a control channel`);
  const trunk = sea.defaultAdapterId ? d.domain.vethAdapters[sea.defaultAdapterId] : undefined;
  sea.controlChannelId = addVirtualEthernetIn(d, { partitionId: sea.partitionId, pvid, ...(trunk ? { vswitch: trunk.vswitch } : {}) });
});

/** mkvdev -lnagg entA,entB -attr mode=8023ad */
export const createLinkAggregation = op<{ id?: Id; partitionId: Id; memberIds: Id[]; mode?: '8023ad' | 'standard' | 'round_robin' }>((d, a) => {
  const p = getPartition(d, a.partitionId);
  if (a.memberIds.length === 0) throw new OpError('A link aggregation needs at least one port');
  for (const m of a.memberIds) {
    const port = d.domain.physicalPorts[m] ?? d.domain.heaLogicalPorts[m];
    if (!port || port.partitionId !== p.id) throw new OpError('Link aggregation members are Ethernet ports of the same partition');
    if ('kind' in port && port.kind !== 'ethernet') throw new OpError('Only Ethernet ports can be aggregated');
    if (Object.values(d.domain.linkAggregations).some((l) => l.memberIds.includes(m))) throw new OpError('A port belongs to one link aggregation at most');
  }
  const id = a.id ?? nextId(d, 'linkAggregations');
  d.domain.linkAggregations[id] = linkAggregationSchema.parse({
    id, partitionId: p.id, deviceName: allocateDeviceName(d, p.id, 'ent'), memberIds: a.memberIds, mode: a.mode ?? '8023ad',
  });
});
