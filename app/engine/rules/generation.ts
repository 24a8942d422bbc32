import type { Id, SharedEthernetAdapter } from '../../model/schema/index.ts';
import { atLeast } from '../levels.ts';
import { countIn, type DesignIndex } from '../index-design.ts';
import { defineRule, type Emit, type Rule } from './types.ts';
import { listing } from './common.ts';
import { failoverPairs, freeVlanId, isHa } from './bridges.ts';
import { seaLabel, trunksOf } from './sea.ts';
import { bridgingVios, echLabel } from './nib.ts';
import { NPIV_FAQ } from './npiv.ts';
import { partIndexes } from './common.ts';

const TECHNOTE_630055 = 'https://www.ibm.com/support/pages/node/630055';
const NO_AUTO_CHANNEL = ['9117-MMB', '9179-MHB'];

export type AutoChannelVerdict = { bad: string[]; unknown: string[] };
type Verdict = AutoChannelVerdict;

/** Whether the automatic control channel (no ctl_chan, VLAN 4095 discovery) is available for an SEA. */
export function autoChannel(ix: DesignIndex, s: SharedEthernetAdapter): Verdict {
  const vios = ix.design.domain.partitions[s.partitionId];
  const sys = ix.systemOf(s.partitionId);
  const v: Verdict = { bad: [], unknown: [] };
  const viosOk = atLeast(vios?.osLevel, [2, 2, 3, 0]);
  if (viosOk === false) v.bad.push(`${vios!.name} runs VIOS ${vios!.osLevel} (needs 2.2.3.0)`);
  if (viosOk === null) v.unknown.push(`the VIOS level of ${ix.partitionName(s.partitionId)}`);
  const fwOk = atLeast(sys?.firmware, [7, 8]);
  if (fwOk === false) v.bad.push(`frame ${sys!.name} has firmware ${sys!.firmware} (needs 7.8)`);
  if (fwOk === null) v.unknown.push(`the firmware level of frame ${sys?.name ?? '?'}`);
  const model = sys?.typeModel.toUpperCase() ?? '';
  if (NO_AUTO_CHANNEL.some((m) => model.startsWith(m))) v.bad.push(`frame ${sys!.name} is a ${sys!.typeModel}, which lacks it`);
  return v;
}

/** SEAs of failover pairs where neither side has a control channel (the automatic channel is in use). */
function autoChannelSeas(ix: DesignIndex): SharedEthernetAdapter[] {
  return failoverPairs(ix).filter(([a, b]) => !a.controlChannelId && !b.controlChannelId).flat();
}

/** SEAs with no control channel whose automatic channel is known missing ('bad', SEAHA-4) or cannot be confirmed ('unknown', GEN-2). */
export function reportAutoChannel(ix: DesignIndex, emit: Emit, want: 'bad' | 'unknown'): void {
  for (const s of autoChannelSeas(ix)) {
    const v = autoChannel(ix, s);
    if (want === 'bad' ? v.bad.length === 0 : v.bad.length > 0 || v.unknown.length === 0) continue;
    const trunk = trunksOf(ix, s)[0];
    const sys = ix.systemOf(s.partitionId);
    const pvid = sys && trunk ? freeVlanId(ix, sys.id, trunk.vswitch) : 4094;
    const fix = [{ label: `Add a control channel on VLAN ${pvid} to ${seaLabel(ix, s)}`, op: 'addControlChannel', args: { seaId: s.id, pvid } }];
    emit(want === 'bad'
      ? `${seaLabel(ix, s)} has no control channel, but the automatic channel is not available: ${listing(v.bad)}`
      : `${seaLabel(ix, s)} has no control channel; the automatic channel needs VIOS 2.2.3.0 and firmware 7.8, and ${listing(v.unknown)} ${v.unknown.length > 1 ? 'are' : 'is'} not set`,
    [s.id], fix);
  }
}

// GEN-1 (SEA failover without control channel where the automatic channel does not exist) is reported under SEAHA-4,
// the confirmed rule it applies (issue 14, item 6).

export const GEN_2: Rule = defineRule({
  id: 'GEN-2', family: 'generation', severity: 'warning', tag: 'D',
  title: 'SEA failover without control channel, levels unknown',
  explanation: 'The automatic control channel needs VIOS 2.2.3.0+ and firmware 7.8+ (not 9117-MMB/9179-MHB). When the '
    + 'VIOS level or the frame firmware is not set in the design this cannot be confirmed: set them, or add a control '
    + 'channel.',
  source: TECHNOTE_630055,
  run({ index: ix }, emit) { reportAutoChannel(ix, emit, 'unknown'); },
});

export const GEN_3: Rule = defineRule({
  id: 'GEN-3', family: 'generation', severity: 'error', tag: 'D',
  title: 'SEA load sharing on a VIOS older than 2.2.1.0',
  explanation: 'ha_mode=sharing exists from VIOS 2.2.1.0 on. Derived from a confirmed fact, so an error when the VIOS '
    + 'level is known to be older.',
  source: 'https://ibm.co/2vP3uiX',
  run({ index: ix, design }, emit) {
    for (const s of ix.all.seas) {
      const p = design.domain.partitions[s.partitionId];
      if (s.haMode === 'sharing' && p && atLeast(p.osLevel, [2, 2, 1, 0]) === false) {
        emit(`${seaLabel(ix, s)} uses ha_mode=sharing, but ${p.name} runs VIOS ${p.osLevel}; load sharing needs 2.2.1.0`, [s.id, p.id],
          [{ label: `Use ha_mode=auto on ${seaLabel(ix, s)}`, op: 'updateSharedEthernet', args: { id: s.id, patch: { haMode: 'auto' } } }]);
      }
    }
  },
});

export const GEN_4: Rule = defineRule({
  id: 'GEN-4', family: 'generation', severity: 'error', tag: 'D',
  title: 'poll_uplink on levels that do not have it',
  explanation: 'Virtual Ethernet uplink status (poll_uplink) for NIB over virtual adapters needs VIOS 2.2.3.0+ on the '
    + 'bridging VIOS and AIX 7.1 TL3+ in the client; without it the NIB cannot notice a VIOS failure (NIB-2). Derived '
    + 'from a confirmed fact, reported when a level is known to be older.',
  source: 'https://www.ibm.com/docs/zh/ssw_aix_72/network/etherchannel_adapters.html',
  run({ index: ix, design }, emit) {
    const d = design.domain;
    for (const e of ix.all.etherChannels) {
      if (e.mode !== 'netif_backup' || !e.pollUplink || e.netaddr) continue;
      const client = d.partitions[e.partitionId];
      const old: string[] = [];
      if (client && atLeast(client.osLevel, [7, 1, 3]) === false) old.push(`${client.name} runs AIX ${client.osLevel} (needs 7.1 TL3)`);
      const vios = new Set<Id>();
      for (const id of [e.primaryId, e.backupId]) if (id && d.vethAdapters[id]) for (const v of bridgingVios(ix, id)) vios.add(v);
      for (const v of vios) {
        const p = d.partitions[v];
        if (p && atLeast(p.osLevel, [2, 2, 3, 0]) === false) old.push(`${p.name} runs VIOS ${p.osLevel} (needs 2.2.3.0)`);
      }
      if (old.length > 0) emit(`${echLabel(ix, e)} relies on poll_uplink, but ${listing(old)}; set netaddr instead`, [e.id]);
    }
  },
});

export const GEN_5: Rule = defineRule({
  id: 'GEN-5', family: 'generation', severity: 'error', tag: 'D',
  title: 'Second VIOS or SEA failover on an IVM-managed frame',
  explanation: 'A frame managed by the Integrated Virtualization Manager has exactly one VIOS, so SEA failover is '
    + 'impossible there. Derived from confirmed facts, so an error.',
  source: 'https://www.ibm.com/docs/POWER5/iphb1_p5/iphb1_vios_scenario_network_failover.htm',
  run({ index: ix }, emit) {
    for (const sys of ix.all.systems) {
      if (!sys.ivm) continue;
      const vios = (ix.partitionsBySystem.get(sys.id) ?? []).filter((p) => p.kind === 'vios');
      if (vios.length > 1) emit(`Frame ${sys.name} is managed by IVM, which has exactly one VIOS, but holds ${listing(vios.map((v) => v.name))}`, [sys.id, ...vios.map((v) => v.id)]);
      for (const v of vios) {
        for (const s of ix.part(v.id)?.seas ?? []) {
          if (isHa(s)) emit(`${seaLabel(ix, s)} uses ha_mode=${s.haMode}, but frame ${sys.name} is managed by IVM, where SEA failover is impossible`, [s.id],
            [{ label: `Use ha_mode=disabled on ${seaLabel(ix, s)}`, op: 'updateSharedEthernet', args: { id: s.id, patch: { haMode: 'disabled' } } }]);
        }
      }
    }
  },
});

export const GEN_6: Rule = defineRule({
  id: 'GEN-6', family: 'generation', severity: 'warning', tag: 'P',
  title: 'Virtual FC server adapter on a VIOS older than 2.1',
  explanation: 'NPIV needs VIOS 2.1 (Fix Pack 20.1) or later. The source is a practitioner FAQ (REFERENCE.md 1.8), so '
    + 'a warning; NPIV-1 reports virtual FC adapters on POWER5 frames, which the HMC refuses.',
  source: NPIV_FAQ,
  run({ index: ix }, emit) {
    for (const { partition: p, vfcAt } of partIndexes(ix)) {
      if (p.kind !== 'vios' || countIn(vfcAt, (a) => a.role === 'server') === 0) continue;
      if (atLeast(p.osLevel, [2, 1]) === false) emit(`${p.name} runs VIOS ${p.osLevel}; NPIV needs VIOS 2.1 (Fix Pack 20.1) or later`, [p.id]);
    }
  },
});

export const GENERATION_RULES: Rule[] = [GEN_2, GEN_3, GEN_4, GEN_5, GEN_6];
