import type { VirtualEthernetAdapter } from '../../model/schema/index.ts';
import { countIn, vlansOf } from '../index-design.ts';
import { defineRule, type Rule } from './types.ts';
import { adapterLabel, listing, partIndexes } from './common.ts';

const HMC_VETH = 'HMC help VEthernetAdapter.html in https://mirror.0f.sk/cios-dhitechnical/IBM-Lenovo/Storage/Power/Power%20Hmc%20Recovery/Updates/HMC_Update_V7R340_SP2_3.zip';
const FLEX_GUIDE = 'https://www.manualshelf.com/manual/msi/p240/specifications-english/page-299.html';

const validVlan = (v: number): boolean => Number.isInteger(v) && v >= 1 && v <= 4094;

export const VLAN_1: Rule = defineRule({
  id: 'VLAN-1', family: 'vlan', severity: 'error', tag: 'C',
  title: 'VLAN id outside 1..4094',
  explanation: 'The hypervisor switch is an IEEE 802.1Q switch with VLAN ids 1 to 4094. VLAN 0 does not exist and 4095 '
    + 'is used internally by SEA high-availability discovery; it is not user configurable.',
  source: `${HMC_VETH} ; https://www.ibm.com/support/pages/node/630055`,
  run({ index: ix, design }, emit) {
    for (const a of ix.all.vethAdapters) {
      if (validVlan(a.pvid) && a.additionalVlans.every(validVlan)) continue;
      const bad = [a.pvid, ...a.additionalVlans].filter((v) => !validVlan(v));
      if (bad.length > 0) emit(`${adapterLabel(ix, a)} uses VLAN ${listing(bad.map(String))}; VLAN ids run from 1 to 4094`, [a.id]);
    }
    for (const v of ix.all.vlans) {
      if (!validVlan(v.vlanId)) emit(`VLAN ${v.vlanId} on ${v.vswitch} of ${design.domain.systems[v.systemId]?.name ?? v.systemId} is not a usable VLAN id (1..4094)`, [v.id]);
    }
    for (const s of ix.all.seas) {
      if (s.defaultPvid !== null && !validVlan(s.defaultPvid)) emit(`${s.deviceName} on ${ix.partitionName(s.partitionId)} has -defaultid ${s.defaultPvid}, outside 1..4094`, [s.id]);
    }
  },
});

export const VLAN_2: Rule = defineRule({
  id: 'VLAN-2', family: 'vlan', severity: 'error', tag: 'C',
  title: 'More than 20 additional VLANs, or additional VLANs without IEEE 802.1Q',
  explanation: 'A virtual Ethernet adapter carries up to 20 additional VLAN ids besides its PVID (21 networks), and '
    + 'additional VLANs need the adapter to be IEEE 802.1Q compatible (ieee_virtual_eth=1). Newer HMC levels may allow '
    + 'more (unconfirmed).',
  source: `${FLEX_GUIDE} ; https://www.easymanua.ls/ibm/power-750/manual?p=146`,
  run({ index: ix }, emit) {
    for (const a of ix.all.vethAdapters) {
      const n = a.additionalVlans.length;
      if (n > 20) emit(`${adapterLabel(ix, a)} has ${n} additional VLANs; at most 20 per adapter`, [a.id]);
      else if (n > 0 && !a.ieee8021q) {
        const fixable = [a.pvid, ...a.additionalVlans].every(validVlan) && (!a.trunk || (a.trunkPriority ?? 1) >= 1 && (a.trunkPriority ?? 1) <= 15);
        emit(`${adapterLabel(ix, a)} has additional VLANs (${a.additionalVlans.join(', ')}) but is not IEEE 802.1Q compatible`, [a.id],
          fixable ? [{ label: `Make ${a.deviceName} IEEE 802.1Q compatible`, op: 'updateVirtualEthernet', args: { id: a.id, patch: { ieee8021q: true } } }] : []);
      }
    }
  },
});

export const VLAN_3: Rule = defineRule({
  id: 'VLAN-3', family: 'vlan', severity: 'error', tag: 'C',
  title: 'More than 256 virtual Ethernet adapters in an AIX partition',
  explanation: 'An AIX partition supports up to 256 virtual Ethernet adapters.',
  source: FLEX_GUIDE,
  run({ index: ix }, emit) {
    for (const { partition: p, vethAt } of partIndexes(ix)) {
      const n = p.kind === 'aix' && vethAt.length > 256 ? countIn(vethAt, () => true) : 0;
      if (n > 256) emit(`${p.name} has ${n} virtual Ethernet adapters; AIX supports 256`, [p.id]);
    }
  },
});

export const VLAN_4: Rule = defineRule({
  id: 'VLAN-4', family: 'vlan', severity: 'warning', tag: 'U',
  title: 'PVID also listed as an additional VLAN',
  explanation: 'The PVID (untagged VLAN) should not also be among the adapter\'s additional (tagged) VLAN ids: the tagging '
    + 'of that VLAN becomes ambiguous. Unconfirmed rule, so a warning.',
  source: `${HMC_VETH} (REFERENCE.md 2.4: no source for this rule, unconfirmed)`,
  run({ index: ix }, emit) {
    for (const a of ix.all.vethAdapters) {
      if (!a.additionalVlans.includes(a.pvid)) continue;
      const rest = a.additionalVlans.filter((v) => v !== a.pvid);
      const fixable = [a.pvid, ...rest].every(validVlan) && rest.length <= 20 && (rest.length === 0 || a.ieee8021q);
      emit(`${adapterLabel(ix, a)} lists its PVID ${a.pvid} among its additional VLANs`, [a.id],
        fixable ? [{ label: `Remove VLAN ${a.pvid} from the additional VLANs of ${a.deviceName}`, op: 'updateVirtualEthernet', args: { id: a.id, patch: { additionalVlans: rest } } }] : []);
    }
  },
});

export const VLAN_5: Rule = defineRule({
  id: 'VLAN-5', family: 'vlan', severity: 'error', tag: 'C',
  title: 'Virtual Ethernet adapter that can reach no other adapter',
  explanation: 'The hypervisor switches frames only between adapters that share a VLAN id on the same virtual switch of '
    + 'the same frame. An adapter whose VLANs no other adapter (client, VIOS or SEA trunk) carries on its vswitch, or '
    + 'whose vswitch does not exist on the frame, cannot communicate.',
  source: HMC_VETH,
  run({ index: ix }, emit) {
    for (const a of ix.all.vethAdapters as VirtualEthernetAdapter[]) {
      if (a.trunk || ix.seaOfControlChannel.has(a.id)) continue; // trunks bridge outwards; control channels: SEAHA-4
      const sys = ix.systemOf(a.partitionId);
      if (!sys) continue;
      if (!sys.vswitches.includes(a.vswitch)) {
        emit(`${adapterLabel(ix, a)} is on virtual switch ${a.vswitch}, which frame ${sys.name} does not have`, [a.id]);
        continue;
      }
      if (ix.vlanMembers(sys.id, a.vswitch, a.pvid).length > 1) continue; // the usual case, without allocating
      const vlans = vlansOf(a);
      if (vlans.some((v) => ix.vlanMembers(sys.id, a.vswitch, v).length > 1)) continue;
      emit(`${adapterLabel(ix, a)} is alone on VLAN ${listing(vlans.map(String))} of ${a.vswitch}: no other adapter or SEA trunk on frame ${sys.name} carries ${vlans.length > 1 ? 'these VLANs' : 'it'}`, [a.id]);
    }
  },
});

export const VLAN_6: Rule = defineRule({
  id: 'VLAN-6', family: 'vlan', severity: 'warning', tag: 'C',
  title: 'Duplicate MAC address',
  explanation: 'The HMC makes MAC addresses unique within one managed system, but not across systems: the same MAC on '
    + 'two frames on one network causes problems.',
  source: HMC_VETH,
  run({ index: ix }, emit) {
    const byMac = new Map<string, VirtualEthernetAdapter[]>();
    for (const a of ix.all.vethAdapters) {
      if (!a.mac) continue;
      const k = a.mac.toLowerCase().replace(/[^0-9a-f]/g, '');
      const list = byMac.get(k);
      if (list) list.push(a);
      else byMac.set(k, [a]);
    }
    for (const list of byMac.values()) {
      if (list.length > 1) emit(`MAC ${list[0]!.mac} is used by ${listing(list.map((a) => adapterLabel(ix, a)))}`, list.map((a) => a.id));
    }
  },
});

export const VLAN_RULES: Rule[] = [VLAN_1, VLAN_2, VLAN_3, VLAN_4, VLAN_5, VLAN_6];
