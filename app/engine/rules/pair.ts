import type { Id } from '../../model/schema/index.ts';
import { perIndex, type DesignIndex } from '../index-design.ts';
import { derived } from '../paths.ts';
import { defineRule, type Emit, type QuickFix, type Rule } from './types.ts';
import { adapterLabel, kindLabel, listing, type PairAdapter } from './common.ts';

const ONE_TO_ONE = 'http://www-01.ibm.com/support/docview.wss?uid=nas8N1013856';

type Claims = { kind: 'vscsi' | 'vfc'; server: PairAdapter; clients: PairAdapter[] };
/** Servers with a fixed client that a second client adapter also claims (fan-out), with those clients. */
export const fanOut = perIndex((ix: DesignIndex): Map<Id, Claims> => {
  const out = new Map<Id, Claims>();
  for (const { kind, client: c, target: s } of derived(ix).pairProblems) {
    if (!s || s.remotePartitionId === null) continue; // no target; any/any servers are counted from anyClaims
    // c claims s but s names someone else: s is claimed twice if the client it names claims it too.
    let entry = out.get(s.id);
    if (!entry) {
      const named = ix.clientOf<PairAdapter>(kind, s);
      entry = { kind, server: s, clients: named ? [named] : [] };
      out.set(s.id, entry);
    }
    entry.clients.push(c);
  }
  for (const [id, e] of out) if (e.clients.length < 2) out.delete(id);
  return out;
});

function checkClients(ix: DesignIndex, emit: Emit): void {
  for (const { kind, client: c, target: server } of derived(ix).pairProblems) {
    const what = kindLabel(kind);
    const serverName = kind === 'vscsi' ? 'virtual SCSI server adapter (vhost)' : 'virtual FC server adapter (vfchost)';
    const me = adapterLabel(ix, c);
    if (c.remotePartitionId === null || c.remoteSlot === null) {
      emit(`${me} is a ${what} client adapter that names no server adapter`, [c.id]);
      continue;
    }
    const remote = ix.partitionName(c.remotePartitionId);
    if (!server) {
      const there = ix.at(c.remotePartitionId, c.remoteSlot);
      const found = there.length > 0 ? `slot ${c.remoteSlot} of ${remote} holds ${listing(there.map((u) => u.adapter.deviceName))}, not a ${serverName}`
        : `there is no adapter in slot ${c.remoteSlot} of ${remote}`;
      emit(`${me} points to ${remote} slot ${c.remoteSlot}, but ${found}`, [c.id, c.remotePartitionId]);
      continue;
    }
    if (fanOut(ix).has(server.id) || (ix.anyClaims().get(server.id)?.length ?? 0) > 1) continue; // PAIR-2
    const fixes: QuickFix[] = [];
    if (server.remotePartitionId === c.partitionId && server.remoteSlot !== null && ix.at(c.partitionId, server.remoteSlot).length === 0) {
      const p = ix.design.domain.partitions[c.partitionId];
      if (p && server.remoteSlot >= 2 && server.remoteSlot < p.maxVirtualSlots) {
        fixes.push({ label: `Move ${me} to slot ${server.remoteSlot}, where ${server.deviceName} expects it`,
          op: kind === 'vscsi' ? 'setVirtualScsiSlot' : 'setVirtualFcSlot', args: { adapterId: c.id, slot: server.remoteSlot } });
      }
    }
    emit(`${me} points to ${adapterLabel(ix, server)}, but ${server.deviceName} is set for ${ix.partitionName(server.remotePartitionId)} slot ${server.remoteSlot}: the hypervisor connects only matching pairs`,
      [c.id, server.id], fixes);
  }
}

export const PAIR_1: Rule = defineRule({
  id: 'PAIR-1', family: 'pair', severity: 'error', tag: 'C',
  title: 'Client vSCSI/vFC adapter does not match a server adapter that points back',
  explanation: 'Each client adapter names its server by remote partition and remote slot. That slot must hold a server '
    + 'adapter of the same kind in a VIOS (or an IBM i host for vSCSI), and the server must name the client partition '
    + 'and slot back (or accept any client). The hypervisor connects only matching pairs; anything else shows as '
    + 'client partition 0x00000000 in lsmap.',
  source: ONE_TO_ONE,
  run({ index: ix }, emit) {
    checkClients(ix, emit);
  },
});

export const PAIR_2: Rule = defineRule({
  id: 'PAIR-2', family: 'pair', severity: 'error', tag: 'C',
  title: 'One server adapter claimed by several client adapters',
  explanation: 'A virtual SCSI server adapter is mapped to exactly one client adapter, and a virtual FC server adapter '
    + 'to exactly one client adapter (one-to-one); a server cannot fan out to several clients. Give each client its own '
    + 'server adapter.',
  source: `${ONE_TO_ONE} ; https://sort.veritas.com/public/documents/sfha/5.1sp1/aix/productguides/html/sfha_virtualization/ch05s01.htm`,
  run({ index: ix }, emit) {
    for (const { server, clients } of fanOut(ix).values()) {
      emit(`${adapterLabel(ix, server)} is claimed by ${clients.length} client adapters (${listing(clients.map((c) => adapterLabel(ix, c)))}); one server adapter serves one client adapter`,
        [server.id, ...clients.map((c) => c.id)]);
    }
    for (const [id, clients] of ix.anyClaims()) {
      const server = clients.length > 1 ? (ix.design.domain.vscsiAdapters[id] ?? ix.design.domain.vfcAdapters[id]) : undefined;
      if (server) emit(`${adapterLabel(ix, server)} accepts any client and is claimed by ${clients.length} client adapters (${listing(clients.map((c) => adapterLabel(ix, c)))}); one server adapter serves one client adapter`,
        [server.id, ...clients.map((c) => c.id)]);
    }
  },
});

export const PAIR_3: Rule = defineRule({
  id: 'PAIR-3', family: 'pair', severity: 'error', tag: 'C',
  title: 'Server adapter in a partition that cannot host it',
  explanation: 'Virtual SCSI server adapters can be created only in a VIOS or an IBM i partition; virtual Fibre Channel '
    + 'server adapters only in a VIOS.',
  source: 'https://www.ibm.com/docs/en/power8/8248-21A?topic=adapters-virtual-scsi',
  run({ index: ix }, emit) {
    for (const a of ix.servers.vscsi) {
      const kind = ix.part(a.partitionId)?.partition.kind;
      if (kind !== 'vios' && kind !== 'ibmi') {
        emit(`${adapterLabel(ix, a)} is a virtual SCSI server adapter, but ${ix.partitionName(a.partitionId)} is neither a VIOS nor an IBM i host`, [a.id, a.partitionId]);
      }
    }
    for (const a of ix.servers.vfc) {
      if (ix.part(a.partitionId)?.partition.kind !== 'vios') {
        emit(`${adapterLabel(ix, a)} is a virtual Fibre Channel server adapter, but ${ix.partitionName(a.partitionId)} is not a VIOS`, [a.id, a.partitionId]);
      }
    }
  },
});

export const PAIR_4: Rule = defineRule({
  id: 'PAIR-4', family: 'pair', severity: 'warning', tag: 'C',
  title: 'Adapter added by DLPAR only, not saved to the profile',
  explanation: 'A DLPAR change (chhwres) alters only the running configuration. Unless the adapter is also added to the '
    + 'profile (chsyscfg ... +=) or the running configuration is saved (mksyscfg -r prof -o save), it disappears at the '
    + 'next activation with the profile.',
  source: 'https://www.ibm.com/docs/en/power10/7063-CR2?topic=commands-mksyscfg',
  run({ index: ix }, emit) {
    const saved = (label: string, op: string, args: unknown): QuickFix[] => [{ label: `Mark ${label} as saved to the profile`, op, args }];
    for (const a of ix.all.vscsiAdapters) {
      if (a.dlparOnly) emit(`${adapterLabel(ix, a)} exists only in the running configuration (DLPAR); save it to the profile`, [a.id],
        saved(a.deviceName, 'updateVirtualScsiAdapter', { adapterId: a.id, patch: { dlparOnly: false } }));
    }
    for (const a of ix.all.vfcAdapters) {
      if (a.dlparOnly) emit(`${adapterLabel(ix, a)} exists only in the running configuration (DLPAR); save it to the profile`, [a.id]);
    }
    for (const a of ix.all.vethAdapters) {
      if (a.dlparOnly) emit(`${adapterLabel(ix, a)} exists only in the running configuration (DLPAR); save it to the profile`, [a.id],
        saved(a.deviceName, 'updateVirtualEthernet', { id: a.id, patch: { dlparOnly: false } }));
    }
  },
});

export const PAIR_RULES: Rule[] = [PAIR_1, PAIR_2, PAIR_3, PAIR_4];
