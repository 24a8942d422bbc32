import type { Id, SharedEthernetAdapter, VirtualEthernetAdapter } from '../../model/schema/index.ts';
import { vlansOf, type DesignIndex } from '../index-design.ts';
import { defineRule, type QuickFix, type Rule } from './types.ts';
import { listing } from './common.ts';
import { bridgeGroups, failoverPairs, isHa, partnersOf } from './bridges.ts';
import { seaLabel, trunksOf } from './sea.ts';
import { reportAutoChannel } from './generation.ts';

const SEA_FAILOVER = 'https://www.ibm.com/docs/en/power9?topic=partitions-shared-ethernet-adapter-failover';
const SEA_TECHNOTE = 'http://www-01.ibm.com/support/docview.wss?uid=isg3T1011040';
const LOAD_SHARING = 'https://ibm.co/2vP3uiX';

const signature = (t: VirtualEthernetAdapter): string => `${t.pvid}/${[...t.additionalVlans].sort((a, b) => a - b).join(',')}`;
const vlanSets = (ix: DesignIndex, s: SharedEthernetAdapter): string => trunksOf(ix, s).map(signature).sort().join(' ');
const ctlOf = (ix: DesignIndex, s: SharedEthernetAdapter): VirtualEthernetAdapter | undefined =>
  (s.controlChannelId ? ix.design.domain.vethAdapters[s.controlChannelId] : undefined);

export const SEAHA_1: Rule = defineRule({
  id: 'SEAHA-1', family: 'seaha', severity: 'error', tag: 'C',
  title: 'More than one SEA pair bridging the same VLANs',
  explanation: 'There must be exactly one SEA failover pair per virtual switch and PVID, and the VLAN ids of that pair '
    + 'must not appear on any other SEA of the virtual switch: otherwise two bridges serve one VLAN and make a loop.',
  source: SEA_FAILOVER,
  run({ index: ix }, emit) {
    for (const g of bridgeGroups(ix)) {
      const ha = g.seas.every(isHa) && new Set(g.seas.map((s) => s.partitionId)).size === g.seas.length;
      if (!ha || g.seas.length <= 2) continue; // non-HA overlaps are SEA-8; two HA SEAs are a pair
      emit(`VLAN ${listing(g.vlans.map(String))} on ${g.vswitch} is bridged by ${g.seas.length} SEAs in failover mode (${listing(g.seas.map((s) => seaLabel(ix, s)))}); one SEA pair per VLAN`,
        g.seas.map((s) => s.id));
    }
  },
});

export const SEAHA_2: Rule = defineRule({
  id: 'SEAHA-2', family: 'seaha', severity: 'error', tag: 'C',
  title: 'SEA failover pair with different VLANs or equal trunk priorities',
  explanation: 'The trunk adapters of the two SEAs of a failover pair carry the same PVID and the same additional VLANs '
    + 'but have different trunk priorities (conventionally 1 on the primary VIOS and 2 on the backup); the numerically '
    + 'lower priority becomes primary.',
  source: `${SEA_FAILOVER} ; ${SEA_TECHNOTE}`,
  run({ index: ix }, emit) {
    for (const [a, b] of failoverPairs(ix)) {
      const ids = [a.id, b.id];
      if (vlanSets(ix, a) !== vlanSets(ix, b) || a.defaultPvid !== b.defaultPvid) {
        emit(`${seaLabel(ix, a)} and ${seaLabel(ix, b)} form a failover pair but carry different VLANs (${vlanSets(ix, a) || 'none'} vs ${vlanSets(ix, b) || 'none'}, PVID/additional)`, ids);
      }
      const pa = new Set(trunksOf(ix, a).map((t) => t.trunkPriority ?? 1));
      const tb = trunksOf(ix, b);
      const clash = tb.filter((t) => pa.has(t.trunkPriority ?? 1));
      if (clash.length === 0) continue;
      const free = [2, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15].find((p) => !pa.has(p));
      const fixes: QuickFix[] = clash.length === tb.length && tb.length === 1 && free !== undefined
        ? [{ label: `Set trunk priority ${free} on ${tb[0]!.deviceName} (${ix.partitionName(b.partitionId)})`, op: 'updateVirtualEthernet', args: { id: tb[0]!.id, patch: { trunkPriority: free } } }]
        : [];
      emit(`${seaLabel(ix, a)} and ${seaLabel(ix, b)} use the same trunk priority ${listing([...new Set(clash.map((t) => String(t.trunkPriority ?? 1)))])}; the pair needs different priorities (1 primary, 2 backup)`,
        [...ids, ...clash.map((t) => t.id)], fixes);
    }
  },
});

export const SEAHA_3: Rule = defineRule({
  id: 'SEAHA-3', family: 'seaha', severity: 'warning', tag: 'C',
  title: 'Trunk adapters of one SEA with different priorities (ha_mode=auto)',
  explanation: 'Within one SEA in ha_mode=auto all trunk adapters should have the same trunk priority, so that the whole '
    + 'SEA is either primary or backup.',
  source: SEA_TECHNOTE,
  run({ index: ix }, emit) {
    for (const s of ix.all.seas) {
      if (s.haMode !== 'auto') continue;
      const prios = new Set(trunksOf(ix, s).map((t) => t.trunkPriority ?? 1));
      if (prios.size > 1) emit(`${seaLabel(ix, s)} (ha_mode=auto) has trunk adapters with priorities ${listing([...prios].map(String))}; use one priority`, [s.id]);
    }
  },
});

export const SEAHA_4: Rule = defineRule({
  id: 'SEAHA-4', family: 'seaha', severity: 'error', tag: 'C',
  title: 'SEA failover control channel missing on one side, mismatched, or not private',
  explanation: 'Both SEAs of a pair run ha_mode=auto (or sharing) with either a control channel or the automatic '
    + 'channel. A control channel (ctl_chan) is a non-trunk virtual adapter of the same VIOS on a PVID that nothing '
    + 'else in the frame uses, identical on both VIOS. With no control channel on either side the automatic channel '
    + 'is used: it needs VIOS 2.2.3.0 and firmware 7.8 or later and does not exist on 9117-MMB / 9179-MHB, so a pair '
    + 'with neither channel is reported here whatever the VIOS level (GEN-2 warns when the levels are not set). A '
    + 'missing or mismatched control channel '
    + 'makes both SEAs primary: a broadcast storm.',
  source: `https://www.ibm.com/docs/POWER8/p8hcg/p8hcg_mkvdev.htm ; https://www.ibm.com/support/pages/node/630055 ; ${SEA_FAILOVER}`,
  run({ index: ix }, emit) {
    reportAutoChannel(ix, emit, 'bad');
    for (const [a, b] of failoverPairs(ix)) {
      const ca = ctlOf(ix, a);
      const cb = ctlOf(ix, b);
      if (!ca && !cb) continue;
      if (!ca || !cb) {
        const [lacking, having] = ca ? [b, ca] : [a, cb!];
        emit(`${seaLabel(ix, lacking)} has no control channel, but its partner uses one on VLAN ${having.pvid}; both SEAs need the same ctl_chan`, [a.id, b.id],
          [{ label: `Add a control channel on VLAN ${having.pvid} to ${seaLabel(ix, lacking)}`, op: 'addControlChannel', args: { seaId: lacking.id, pvid: having.pvid } }]);
      } else if (ca.pvid !== cb.pvid) {
        emit(`The control channels of ${seaLabel(ix, a)} (VLAN ${ca.pvid}) and ${seaLabel(ix, b)} (VLAN ${cb.pvid}) are on different VLANs`, [a.id, b.id, ca.id, cb.id],
          [{ label: `Move the control channel ${cb.deviceName} of ${ix.partitionName(b.partitionId)} to VLAN ${ca.pvid}`, op: 'updateVirtualEthernet', args: { id: cb.id, patch: { pvid: ca.pvid } } }]);
      }
    }
    const partners = partnersOf(ix);
    for (const s of ix.all.seas) {
      const ctl = ctlOf(ix, s);
      if (!ctl || !isHa(s)) continue;
      const me = seaLabel(ix, s);
      if (ctl.partitionId !== s.partitionId) { emit(`${me} uses ${ctl.deviceName} of ${ix.partitionName(ctl.partitionId)} as its control channel; it must be an adapter of the same VIOS`, [s.id, ctl.id]); continue; }
      if (ctl.trunk || s.trunkAdapterIds.includes(ctl.id)) { emit(`${me} uses trunk adapter ${ctl.deviceName} as its control channel; the control channel is a non-trunk adapter`, [s.id, ctl.id]); continue; }
      const sys = ix.systemOf(s.partitionId)?.id ?? '';
      const partnerCtl = partners.get(s.id)?.controlChannelId;
      const others = ix.vlanMembers(sys, ctl.vswitch, ctl.pvid).filter((x) => x.id !== ctl.id && x.id !== partnerCtl);
      if (others.length > 0) {
        emit(`The control channel of ${me} is on VLAN ${ctl.pvid}, which ${listing(others.slice(0, 3).map((o) => `${o.deviceName} on ${ix.partitionName(o.partitionId)}`))}${others.length > 3 ? ' ...' : ''} also use${others.length === 1 ? 's' : ''}; the control channel needs a VLAN of its own`,
          [s.id, ctl.id, ...others.map((o) => o.id)]);
      }
    }
  },
});

export const SEAHA_5: Rule = defineRule({
  id: 'SEAHA-5', family: 'seaha', severity: 'warning', tag: 'P',
  title: 'Control channel VLAN present on the external network',
  explanation: 'The control channel VLAN must not exist anywhere on the external network, or keep-alives leak and a '
    + 'storm becomes possible. Practitioner source, so a warning.',
  source: 'http://santosh-aix.blogspot.com/2010/08/unique-vlan-id-for-sea-failover-control.html',
  run({ index: ix, design }, emit) {
    const d = design.domain;
    const switchesOf = new Map<Id, Set<Id>>(); // frame -> switches its ports are cabled to
    for (const p of [...ix.all.physicalPorts, ...ix.all.heaPorts]) {
      if (!p.cabledToId || !d.ethernetSwitches[p.cabledToId]) continue;
      const set = switchesOf.get(p.systemId) ?? new Set<Id>();
      set.add(p.cabledToId);
      switchesOf.set(p.systemId, set);
    }
    const externalVlan = new Map<string, Id>();
    const vkey = (sys: Id, vswitch: string, vlan: number) => JSON.stringify([sys, vswitch, vlan]);
    for (const v of ix.all.vlans) if (v.external) externalVlan.set(vkey(v.systemId, v.vswitch, v.vlanId), v.id);
    for (const s of ix.all.seas) {
      const ctl = ctlOf(ix, s);
      const sys = ix.systemOf(s.partitionId);
      if (!ctl || !sys) continue;
      const onSwitch = [...(switchesOf.get(sys.id) ?? [])].filter((sw) => d.ethernetSwitches[sw]!.vlans.includes(ctl.pvid));
      const node = externalVlan.get(vkey(sys.id, ctl.vswitch, ctl.pvid));
      if (onSwitch.length === 0 && !node) continue;
      const where = onSwitch.length > 0 ? `switch ${listing(onSwitch.map((sw) => d.ethernetSwitches[sw]!.name))}` : 'the external network (VLAN marked external)';
      emit(`The control channel VLAN ${ctl.pvid} of ${seaLabel(ix, s)} also exists on ${where}`, [s.id, ctl.id, ...onSwitch, ...(node ? [node] : [])]);
    }
  },
});

export const SEAHA_6: Rule = defineRule({
  id: 'SEAHA-6', family: 'seaha', severity: 'warning', tag: 'C',
  title: 'netaddr without an own IP address on each SEA',
  explanation: 'When the SEAs ping netaddr to decide whether they can bridge, each SEA needs its own IP address, '
    + 'different from its partner\'s.',
  source: 'https://gibsonnet.net/aix/ibm/seafo_dgd.txt',
  run({ index: ix }, emit) {
    const partners = partnersOf(ix);
    for (const s of ix.all.seas) {
      if (!s.netaddr) continue;
      if (!s.ipAddress) { emit(`${seaLabel(ix, s)} pings netaddr ${s.netaddr} but has no IP address of its own`, [s.id]); continue; }
      const p = partners.get(s.id);
      if (p && p.ipAddress === s.ipAddress && s.id < p.id) emit(`${seaLabel(ix, s)} and ${seaLabel(ix, p)} both use IP address ${s.ipAddress}; each SEA needs its own`, [s.id, p.id]);
    }
  },
});

export const SEAHA_7: Rule = defineRule({
  id: 'SEAHA-7', family: 'seaha', severity: 'error', tag: 'C',
  title: 'SEA load sharing misconfigured',
  explanation: 'ha_mode=sharing must be set on both SEAs of the pair, and each SEA needs at least two trunk adapters with '
    + 'distinct VLAN sets, which the two VIOS split between them. (The VIOS 2.2.1.0 minimum is checked by GEN-3; enable '
    + 'sharing on the primary first; with LACP or physical real adapters on VIOS <= 2.2.4.0 set adapter_reset=no.)',
  source: `${LOAD_SHARING} ; http://emmanuel.iffly.free.fr/doku.php?id=aix%3Avios_virt_adapt`,
  run({ index: ix }, emit) {
    for (const [a, b] of failoverPairs(ix)) {
      if ((a.haMode === 'sharing') !== (b.haMode === 'sharing')) {
        const [on, off] = a.haMode === 'sharing' ? [a, b] : [b, a];
        emit(`${seaLabel(ix, on)} uses ha_mode=sharing but its partner ${seaLabel(ix, off)} uses ha_mode=${off.haMode}; set sharing on both`, [a.id, b.id],
          [{ label: `Set ha_mode=sharing on ${seaLabel(ix, off)}`, op: 'updateSharedEthernet', args: { id: off.id, patch: { haMode: 'sharing' } } }]);
      }
    }
    for (const s of ix.all.seas) {
      if (s.haMode !== 'sharing') continue;
      const trunks = trunksOf(ix, s);
      if (trunks.length < 2) { emit(`${seaLabel(ix, s)} uses ha_mode=sharing with ${trunks.length} trunk adapter; load sharing needs at least two with distinct VLANs`, [s.id]); continue; }
      const seen = new Set<number>();
      const overlap = new Set<number>();
      for (const t of trunks) for (const v of vlansOf(t)) { if (seen.has(v)) overlap.add(v); seen.add(v); }
      if (overlap.size > 0) emit(`${seaLabel(ix, s)} uses ha_mode=sharing but its trunk adapters share VLAN ${listing([...overlap].map(String))}; the VLAN sets must be distinct`, [s.id]);
    }
  },
});

export const SEAHA_8: Rule = defineRule({
  id: 'SEAHA-8', family: 'seaha', severity: 'warning', tag: 'C',
  title: 'ha_mode=standby that never hands over',
  explanation: 'The ha_mode values used are auto, standby, sharing (and disabled for no failover); the schema refuses '
    + 'others. standby forces an SEA to be backup for a manual failover: an SEA in standby without a partner, or both '
    + 'SEAs of a pair in standby, leaves the VLANs without an active bridge.',
  source: `${LOAD_SHARING} ; https://powercampus.de/en/documentation/virtualization-with-powervm/practical-introduction/ha-modes-auto-and-standby/`,
  run({ index: ix }, emit) {
    const partners = partnersOf(ix);
    for (const s of ix.all.seas) {
      if (s.haMode !== 'standby') continue;
      const p = partners.get(s.id);
      if (!p) emit(`${seaLabel(ix, s)} is in ha_mode=standby but has no failover partner, so it never bridges`, [s.id],
        [{ label: `Set ha_mode=auto on ${seaLabel(ix, s)}`, op: 'updateSharedEthernet', args: { id: s.id, patch: { haMode: 'auto' } } }]);
      else if (p.haMode === 'standby' && s.id < p.id) emit(`Both ${seaLabel(ix, s)} and ${seaLabel(ix, p)} are in ha_mode=standby; neither bridges`, [s.id, p.id],
        [{ label: `Set ha_mode=auto on ${seaLabel(ix, s)}`, op: 'updateSharedEthernet', args: { id: s.id, patch: { haMode: 'auto' } } }]);
    }
  },
});

export const SEAHA_RULES: Rule[] = [SEAHA_1, SEAHA_2, SEAHA_3, SEAHA_4, SEAHA_5, SEAHA_6, SEAHA_7, SEAHA_8];
