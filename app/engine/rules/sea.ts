import type { Id, SharedEthernetAdapter, VirtualEthernetAdapter } from '../../model/schema/index.ts';
import { countIn, vlansOf, type DesignIndex } from '../index-design.ts';
import { defineRule, type QuickFix, type Rule } from './types.ts';
import { adapterLabel, deviceLabel, listing } from './common.ts';
import { bridgeGroups, isHa } from './bridges.ts';

const SEA_TECHNOTE = 'http://www-01.ibm.com/support/docview.wss?uid=isg3T1011040';
const MKVDEV = 'https://www.ibm.com/docs/en/power6?topic=commands-mkvdev-command';
const NET_ATTRS = 'https://www.ibm.com/docs/zh/power11/9856-42H?topic=reference-network-attributes';
const TRUNK_PRIO = 'HMC help VEthernetAdapter.VEther_ClntTrunkPrioity_Spinner1.html in https://mirror.0f.sk/cios-dhitechnical/IBM-Lenovo/Storage/Power/Power%20Hmc%20Recovery/Updates/HMC_Update_V7R340_SP3_3.zip';

export const seaLabel = (ix: DesignIndex, s: SharedEthernetAdapter): string => deviceLabel(ix, s.deviceName, s.partitionId);

/** The trunk adapters of an SEA that exist. */
export function trunksOf(ix: DesignIndex, s: SharedEthernetAdapter): VirtualEthernetAdapter[] {
  const out: VirtualEthernetAdapter[] = [];
  for (const id of s.trunkAdapterIds) { const t = ix.design.domain.vethAdapters[id]; if (t) out.push(t); }
  return out;
}

export const SEA_1: Rule = defineRule({
  id: 'SEA-1', family: 'sea', severity: 'error', tag: 'C',
  title: 'SEA or trunk adapter outside a VIOS',
  explanation: 'A Shared Ethernet Adapter exists only in a Virtual I/O Server, and so do the trunk adapters ("access '
    + 'external network") it bridges.',
  source: SEA_TECHNOTE,
  run({ index: ix, design }, emit) {
    for (const s of ix.all.seas) {
      if (design.domain.partitions[s.partitionId]?.kind !== 'vios') emit(`${seaLabel(ix, s)} is a Shared Ethernet Adapter, but ${ix.partitionName(s.partitionId)} is not a VIOS`, [s.id, s.partitionId]);
    }
    for (const a of ix.all.vethAdapters) {
      if (a.trunk && design.domain.partitions[a.partitionId]?.kind !== 'vios') {
        emit(`${adapterLabel(ix, a)} is a trunk adapter, but ${ix.partitionName(a.partitionId)} is not a VIOS`, [a.id],
          [{ label: `Make ${a.deviceName} an ordinary (non-trunk) adapter`, op: 'updateVirtualEthernet', args: { id: a.id, patch: { trunk: false } } }]);
      }
    }
  },
});

export const SEA_2: Rule = defineRule({
  id: 'SEA-2', family: 'sea', severity: 'error', tag: 'C',
  title: 'SEA real adapter missing, wrong kind, not owned, or shared',
  explanation: 'An SEA has exactly one real adapter: a physical Ethernet port, a link aggregation (EtherChannel) or an '
    + 'HEA logical port of the same VIOS; not another SEA, not a VLAN pseudo-device, and not the real adapter of a second '
    + 'SEA. A port that is a member of a link aggregation cannot be used on its own.',
  source: `${MKVDEV} ; http://aix4admins.blogspot.com/2011/06/shared-ethernet-adapter-sea-sea-can-be.html`,
  run({ index: ix, design }, emit) {
    const d = design.domain;
    const users = new Map<Id, SharedEthernetAdapter[]>();
    const laggMember = new Set<Id>();
    for (const l of ix.all.linkAggregations) {
      for (const m of [...l.memberIds, ...(l.backupMemberId ? [l.backupMemberId] : [])]) laggMember.add(m);
      for (const m of l.memberIds) {
        const port = d.physicalPorts[m] ?? d.heaLogicalPorts[m];
        if (!port || port.partitionId !== l.partitionId || ('kind' in port && port.kind !== 'ethernet')) {
          emit(`Link aggregation ${deviceLabel(ix, l.deviceName, l.partitionId)} has member ${port?.deviceName ?? m}, which is not an Ethernet port of ${ix.partitionName(l.partitionId)}`, [l.id, m]);
        }
      }
    }
    for (const s of ix.all.seas) {
      const me = seaLabel(ix, s);
      const r = s.realAdapter;
      if (!r) { emit(`${me} has no real adapter; an SEA bridges to exactly one physical port, link aggregation or HEA logical port`, [s.id]); continue; }
      const list = users.get(r.id);
      if (list) list.push(s); else users.set(r.id, [s]);
      const rec = r.kind === 'physical-port' ? d.physicalPorts[r.id] : r.kind === 'link-aggregation' ? d.linkAggregations[r.id] : d.heaLogicalPorts[r.id];
      if (!rec) emit(`${me} names ${r.id} as its ${r.kind.replace(/-/g, ' ')}, but that element is not one`, [s.id, r.id]);
      else if ('kind' in rec && rec.kind !== 'ethernet') emit(`${me} uses ${rec.deviceName}, a ${rec.kind} port, as its real adapter; it must be an Ethernet port`, [s.id, r.id]);
      else if (rec.partitionId !== s.partitionId) emit(`${me} uses ${deviceLabel(ix, rec.deviceName, rec.partitionId)} as its real adapter; it must belong to ${ix.partitionName(s.partitionId)}`, [s.id, r.id]);
      else if (r.kind !== 'link-aggregation' && laggMember.has(r.id)) emit(`${me} uses ${rec.deviceName} directly, but that port is a member of a link aggregation`, [s.id, r.id]);
    }
    for (const [rid, list] of users) {
      if (list.length > 1) emit(`${listing(list.map((s) => seaLabel(ix, s)))} share the same real adapter`, [rid, ...list.map((s) => s.id)]);
    }
  },
});

export const SEA_3: Rule = defineRule({
  id: 'SEA-3', family: 'sea', severity: 'error', tag: 'C',
  title: 'SEA without trunk adapters, with more than 16, or with a non-trunk one',
  explanation: 'An SEA bridges 1 to 16 trunk virtual Ethernet adapters (is_trunk=1, "access external network") of its own '
    + 'VIOS; with 20 VLANs each that makes up to 320 VLANs per SEA.',
  source: `https://www.easymanua.ls/ibm/power-750/manual?p=146 ; https://powercampus.de/en/shared-ethernet-adapter-2/`,
  run({ index: ix }, emit) {
    for (const s of ix.all.seas) {
      const me = seaLabel(ix, s);
      const n = s.trunkAdapterIds.length;
      if (n === 0) emit(`${me} has no trunk adapter to bridge`, [s.id]);
      if (n > 16) emit(`${me} has ${n} trunk adapters; at most 16`, [s.id]);
      const prio = trunksOf(ix, s).find((t) => t.trunk)?.trunkPriority ?? 1;
      for (const t of trunksOf(ix, s)) {
        if (t.partitionId !== s.partitionId) emit(`${me} lists ${adapterLabel(ix, t)}, an adapter of another partition`, [s.id, t.id]);
        else if (!t.trunk) {
          emit(`${me} bridges ${adapterLabel(ix, t)}, which is not a trunk adapter ("access external network" unchecked)`, [s.id, t.id],
            [{ label: `Make ${t.deviceName} a trunk adapter (priority ${prio})`, op: 'updateVirtualEthernet', args: { id: t.id, patch: { trunk: true, trunkPriority: prio } } }]);
        }
      }
    }
  },
});

export const SEA_4: Rule = defineRule({
  id: 'SEA-4', family: 'sea', severity: 'error', tag: 'C',
  title: 'SEA default adapter not among its trunks, or -defaultid not its PVID',
  explanation: 'The -default adapter (pvid_adapter) must be one of the SEA\'s trunk adapters and -defaultid (pvid) must '
    + 'equal that adapter\'s PVID: untagged frames are mapped to that VLAN.',
  source: `${MKVDEV} ; https://www.ibm.com/support/pages/node/630055 ; ${NET_ATTRS}`,
  run({ index: ix, design }, emit) {
    for (const s of ix.all.seas) {
      const me = seaLabel(ix, s);
      const def = s.defaultAdapterId ? design.domain.vethAdapters[s.defaultAdapterId] : undefined;
      const first = trunksOf(ix, s)[0];
      if (!def || !s.trunkAdapterIds.includes(def.id)) {
        emit(`${me} has ${def ? `${def.deviceName}, which is not one of its trunk adapters,` : 'no default adapter'} as -default`, [s.id],
          first ? [{ label: `Use ${first.deviceName} (PVID ${first.pvid}) as the default adapter`, op: 'updateSharedEthernet', args: { id: s.id, patch: { defaultAdapterId: first.id, defaultPvid: first.pvid } } }] : []);
      } else if (s.defaultPvid !== def.pvid) {
        emit(`${me} has -defaultid ${s.defaultPvid ?? 'unset'}, but its default adapter ${def.deviceName} has PVID ${def.pvid}`, [s.id, def.id],
          [{ label: `Set -defaultid ${def.pvid} on ${s.deviceName}`, op: 'updateSharedEthernet', args: { id: s.id, patch: { defaultPvid: def.pvid } } }]);
      }
    }
  },
});

export const SEA_5: Rule = defineRule({
  id: 'SEA-5', family: 'sea', severity: 'error', tag: 'C',
  title: 'SEA adapters on different virtual switches',
  explanation: 'All virtual Ethernet adapters of one SEA (trunk adapters and control channel) must be members of the '
    + 'same virtual switch.',
  source: SEA_TECHNOTE,
  run({ index: ix, design }, emit) {
    for (const s of ix.all.seas) {
      const adapters = trunksOf(ix, s);
      const ctl = s.controlChannelId ? design.domain.vethAdapters[s.controlChannelId] : undefined;
      if (ctl) adapters.push(ctl);
      const switches = new Set(adapters.map((a) => a.vswitch));
      if (switches.size > 1) emit(`${seaLabel(ix, s)} mixes virtual switches ${listing([...switches])} (${listing(adapters.map((a) => `${a.deviceName} on ${a.vswitch}`))})`, [s.id, ...adapters.map((a) => a.id)]);
    }
  },
});

export const SEA_6: Rule = defineRule({
  id: 'SEA-6', family: 'sea', severity: 'warning', tag: 'C',
  title: 'Client on the PVID of a trunk adapter that is not the SEA\'s default',
  explanation: 'Frames on the PVID of a trunk adapter other than the SEA\'s pvid_adapter leave the SEA untagged, so a '
    + 'client on that VLAN ends up on the wrong external network. Give extra trunk adapters a PVID that no other '
    + 'adapter uses.',
  source: `${NET_ATTRS} ; http://aix4admins.blogspot.com/2011/06/shared-ethernet-adapter-sea-sea-can-be.html`,
  run({ index: ix, design }, emit) {
    for (const s of ix.all.seas) {
      const sys = ix.systemOf(s.partitionId)?.id ?? '';
      for (const t of trunksOf(ix, s)) {
        if (t.id === s.defaultAdapterId) continue;
        const clients = ix.vlanMembers(sys, t.vswitch, t.pvid).filter((a) => design.domain.partitions[a.partitionId]?.kind !== 'vios');
        if (clients.length === 0) continue;
        emit(`VLAN ${t.pvid} is the PVID of ${adapterLabel(ix, t)}, a non-default trunk of ${s.deviceName}, yet ${clients.length} client adapter${clients.length > 1 ? 's use' : ' uses'} it (${listing(clients.slice(0, 3).map((a) => adapterLabel(ix, a)))}${clients.length > 3 ? ' ...' : ''}); its frames leave untagged`,
          [t.id, ...clients.map((a) => a.id)]);
      }
    }
  },
});

export const SEA_7: Rule = defineRule({
  id: 'SEA-7', family: 'sea', severity: 'warning', tag: 'C',
  title: 'SEA without thread mode on a VIOS that also serves virtual SCSI',
  explanation: 'When the VIOS also serves virtual SCSI, the SEA must run in thread mode (thread=1) so that network and '
    + 'disk work share the CPU fairly.',
  source: NET_ATTRS,
  run({ index: ix }, emit) {
    for (const s of ix.all.seas) {
      const vscsiAt = ix.part(s.partitionId)?.vscsiAt;
      if (s.thread || !vscsiAt || countIn(vscsiAt, (a) => a.role === 'server') === 0) continue;
      emit(`${seaLabel(ix, s)} runs without thread mode, but ${ix.partitionName(s.partitionId)} also serves virtual SCSI`, [s.id],
        [{ label: `Set thread=1 on ${s.deviceName}`, op: 'updateSharedEthernet', args: { id: s.id, patch: { thread: true } } }]);
    }
  },
});

export const SEA_8: Rule = defineRule({
  id: 'SEA-8', family: 'sea', severity: 'error', tag: 'C',
  title: 'Two active trunk adapters for one VLAN',
  explanation: 'Only one trunk adapter may be active per VLAN. A VLAN may have several trunk adapters only as redundant '
    + 'failover adapters (an SEA failover pair, SEAHA); two SEAs bridging the same VLAN without failover, or one SEA '
    + 'with two trunks on the same VLAN, make a loop.',
  source: TRUNK_PRIO,
  run({ index: ix }, emit) {
    for (const g of bridgeGroups(ix)) {
      if (g.seas.every(isHa) && new Set(g.seas.map((s) => s.partitionId)).size === g.seas.length) continue; // SEAHA-1/2
      emit(`VLAN ${listing(g.vlans.map(String))} on ${g.vswitch} is bridged by ${listing(g.seas.map((s) => `${seaLabel(ix, s)} (ha_mode=${s.haMode})`))}; only one trunk may be active per VLAN: make them an SEA failover pair or remove one`,
        g.seas.map((s) => s.id));
    }
    for (const s of ix.all.seas) {
      const seen = new Map<number, VirtualEthernetAdapter>();
      for (const t of trunksOf(ix, s)) {
        for (const v of vlansOf(t)) {
          const other = seen.get(v);
          if (other && other.id !== t.id) emit(`${seaLabel(ix, s)} has two trunk adapters on VLAN ${v}: ${other.deviceName} and ${t.deviceName}`, [s.id, other.id, t.id]);
          seen.set(v, t);
        }
      }
    }
  },
});

export const SEA_9: Rule = defineRule({
  id: 'SEA-9', family: 'sea', severity: 'info', tag: 'C',
  title: 'Trunk priority outside 1..15',
  explanation: 'Trunk priority runs from 1 (highest) to 15 (lowest); the default is 1.',
  source: TRUNK_PRIO,
  run({ index: ix }, emit) {
    for (const a of ix.all.vethAdapters) {
      if (!a.trunk || a.trunkPriority === undefined || (a.trunkPriority >= 1 && a.trunkPriority <= 15)) continue;
      const fix: QuickFix = { label: `Set trunk priority ${a.trunkPriority < 1 ? 1 : 15} on ${a.deviceName}`, op: 'updateVirtualEthernet', args: { id: a.id, patch: { trunkPriority: a.trunkPriority < 1 ? 1 : 15 } } };
      emit(`${adapterLabel(ix, a)} has trunk priority ${a.trunkPriority}; the range is 1..15`, [a.id], [fix]);
    }
  },
});

export const SEA_RULES: Rule[] = [SEA_1, SEA_2, SEA_3, SEA_4, SEA_5, SEA_6, SEA_7, SEA_8, SEA_9];
