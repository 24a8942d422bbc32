import type { EtherChannel, Id } from '../../model/schema/index.ts';
import { vlansOf, type DesignIndex } from '../index-design.ts';
import { derived } from '../paths.ts';
import { defineRule, type Rule } from './types.ts';
import { deviceLabel, listing } from './common.ts';

const NIB_SCENARIO = 'iphb1_vios_scenarios_nib_clientswotagging.htm in https://mirror.0f.sk/cios-dhitechnical/IBM-Lenovo/Storage/Power/Power%20Hmc%20Recovery/Updates/HMC_Update_V7R340_SP2_2.zip ; https://www.ibm.com/docs/ssw_aix_72/network/etherchannel_backupconfig.html';
const ECH_ADAPTERS = 'https://www.ibm.com/docs/zh/ssw_aix_72/network/etherchannel_adapters.html';

export const echLabel = (ix: DesignIndex, e: EtherChannel): string => deviceLabel(ix, e.deviceName, e.partitionId);

/** The VIOS whose SEAs bridge the VLANs of a client virtual Ethernet adapter. */
export function bridgingVios(ix: DesignIndex, vethId: Id): Set<Id> {
  const a = ix.design.domain.vethAdapters[vethId];
  const out = new Set<Id>();
  const sys = a ? ix.systemOf(a.partitionId)?.id : undefined;
  if (!a || !sys) return out;
  const { bridgesOf } = derived(ix);
  for (const v of vlansOf(a)) for (const s of bridgesOf(sys, a.vswitch, v)) out.add(s.partitionId);
  return out;
}

const nibs = (ix: DesignIndex): EtherChannel[] => ix.all.etherChannels.filter((e) => e.mode === 'netif_backup');

export const NIB_1: Rule = defineRule({
  id: 'NIB-1', family: 'nib', severity: 'info', tag: 'C',
  title: 'Network Interface Backup that does not follow the VIOS pattern',
  explanation: 'Network Interface Backup is an AIX EtherChannel in netif_backup mode with one primary and one backup '
    + 'adapter. In a VIOS design the client has two virtual adapters on different PVIDs, each bridged by the SEA of a '
    + 'different VIOS (no SEA failover needed). AIX only.',
  source: NIB_SCENARIO,
  run({ index: ix, design }, emit) {
    const v = design.domain.vethAdapters;
    for (const e of nibs(ix)) {
      const me = echLabel(ix, e);
      const kind = design.domain.partitions[e.partitionId]?.kind;
      if (kind !== 'aix') { emit(`${me} is a Network Interface Backup on ${ix.partitionName(e.partitionId)}, which is not AIX; NIB is an AIX EtherChannel mode`, [e.id]); continue; }
      if (!e.backupId) { emit(`${me} has no backup adapter, so it backs nothing up`, [e.id]); continue; }
      const p = v[e.primaryId];
      const b = v[e.backupId];
      if (!p || !b) continue;
      if (p.pvid === b.pvid) { emit(`${me}: primary ${p.deviceName} and backup ${b.deviceName} are both on VLAN ${p.pvid}; NIB over virtual adapters uses two PVIDs, one per VIOS`, [e.id, p.id, b.id]); continue; }
      const vp = bridgingVios(ix, p.id);
      const vb = bridgingVios(ix, b.id);
      if (vp.size === 1 && vb.size === 1 && [...vp][0] === [...vb][0]) {
        emit(`${me}: primary ${p.deviceName} and backup ${b.deviceName} are both bridged by ${ix.partitionName([...vp][0])}; bridge them through different VIOS`, [e.id, p.id, b.id]);
      }
    }
  },
});

export const NIB_2: Rule = defineRule({
  id: 'NIB-2', family: 'nib', severity: 'error', tag: 'C',
  title: 'NIB with a virtual backup adapter but neither netaddr nor poll_uplink',
  explanation: 'Virtual adapters never lose link, so link state alone cannot detect a VIOS or SEA failure. A NIB whose '
    + 'backup (or both adapters) is virtual must ping an address (netaddr, "Internet Address to Ping") or use '
    + 'poll_uplink=yes on the virtual adapters (VIOS 2.2.3.0+, AIX 7.1 TL3+).',
  source: ECH_ADAPTERS,
  run({ index: ix, design }, emit) {
    for (const e of nibs(ix)) {
      if (!e.backupId || !design.domain.vethAdapters[e.backupId] || e.netaddr || e.pollUplink) continue;
      emit(`${echLabel(ix, e)} backs up to virtual adapter ${design.domain.vethAdapters[e.backupId]!.deviceName} but sets neither netaddr nor poll_uplink, so it cannot notice a VIOS failure`, [e.id]);
    }
  },
});

export const NIB_3: Rule = defineRule({
  id: 'NIB-3', family: 'nib', severity: 'info', tag: 'C',
  title: 'NIB over VLAN-tagged virtual adapters',
  explanation: 'The IBM NIB scenario does not support VLAN tagging on the client adapters. IBM recommends SEA failover for '
    + 'most environments; NIB lets clients be spread across both SEAs.',
  source: NIB_SCENARIO,
  run({ index: ix, design }, emit) {
    for (const e of nibs(ix)) {
      const tagged = [e.primaryId, e.backupId].map((id) => (id ? design.domain.vethAdapters[id] : undefined)).filter((a) => a && a.additionalVlans.length > 0);
      if (tagged.length > 0) emit(`${echLabel(ix, e)} uses VLAN-tagged adapter${tagged.length > 1 ? 's' : ''} ${listing(tagged.map((a) => a!.deviceName))}; NIB is not available with VLAN tagging, consider SEA failover`, [e.id, ...tagged.map((a) => a!.id)]);
    }
  },
});

export const NIB_RULES: Rule[] = [NIB_1, NIB_2, NIB_3];
