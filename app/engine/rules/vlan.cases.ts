import * as ops from '../../model/ops/index.ts';
import { virtualEthernetAdapterSchema } from '../../model/schema/index.ts';
import { base, edit, type RuleCase } from '../testing/fixture.ts';

/** aix01 with `extra` more virtual Ethernet adapters on its production VLAN. */
const manyAdapters = (extra: number) => edit((d, id) => {
  d.domain.partitions[id.aix01]!.maxVirtualSlots = 1000;
  for (let i = 0; i < extra; i++) {
    const vid = `veth-extra-${i}`;
    d.domain.vethAdapters[vid] = virtualEthernetAdapterSchema.parse({ id: vid, partitionId: id.aix01, slot: 100 + i, deviceName: `ent${i + 1}`, pvid: 10 });
  }
});

export const VLAN_CASES: RuleCase[] = [
  { rule: 'VLAN-1', name: 'PVID 4095', trigger: () => edit((d, id) => { d.domain.vethAdapters[id.eth1]!.pvid = 4095; }), near: () => base().design },
  { rule: 'VLAN-1', name: 'VLAN node 0', trigger: () => edit((d, id) => { d.domain.vlans[id.vlan10]!.vlanId = 0; }), near: () => edit((d, id) => { d.domain.vlans[id.vlan10]!.vlanId = 4094; }) },
  {
    rule: 'VLAN-2', name: 'additional VLANs without IEEE 802.1Q',
    trigger: () => edit((d, id) => { d.domain.vethAdapters[id.eth1]!.additionalVlans = [20]; }),
    near: () => edit((d, id) => { d.domain.vethAdapters[id.eth1]!.additionalVlans = [20]; d.domain.vethAdapters[id.eth1]!.ieee8021q = true; }),
  },
  {
    rule: 'VLAN-2', name: '21 additional VLANs',
    trigger: () => edit((d, id) => { Object.assign(d.domain.vethAdapters[id.eth1]!, { ieee8021q: true, additionalVlans: Array.from({ length: 21 }, (_, i) => 100 + i) }); }),
    near: () => edit((d, id) => { Object.assign(d.domain.vethAdapters[id.eth1]!, { ieee8021q: true, additionalVlans: Array.from({ length: 20 }, (_, i) => 100 + i) }); }),
  },
  { rule: 'VLAN-3', name: '257 virtual Ethernet adapters in AIX', trigger: () => manyAdapters(256), near: () => manyAdapters(255) },
  {
    rule: 'VLAN-4', name: 'PVID also tagged',
    trigger: () => edit((d, id) => { Object.assign(d.domain.vethAdapters[id.eth1]!, { ieee8021q: true, additionalVlans: [10, 20] }); }),
    near: () => edit((d, id) => { Object.assign(d.domain.vethAdapters[id.eth1]!, { ieee8021q: true, additionalVlans: [20] }); }),
  },
  {
    rule: 'VLAN-5', name: 'aix01 alone on VLAN 11',
    trigger: () => ops.updateVirtualEthernet(base().design, { id: base().id.eth1, patch: { pvid: 11 } }),
    near: () => ops.updateVirtualEthernet(ops.updateVirtualEthernet(base().design, { id: base().id.eth1, patch: { pvid: 11 } }), { id: base().id.eth2, patch: { pvid: 11 } }),
  },
  {
    rule: 'VLAN-5', name: 'adapter on a virtual switch the frame lacks',
    trigger: () => edit((d, id) => { d.domain.vethAdapters[id.eth1]!.vswitch = 'ETHERNET1'; }),
    near: () => base().design,
  },
  {
    rule: 'VLAN-6', name: 'same MAC twice',
    trigger: () => edit((d, id) => { d.domain.vethAdapters[id.eth1]!.mac = '02:00:00:00:00:01'; d.domain.vethAdapters[id.eth2]!.mac = '020000000001'; }),
    near: () => edit((d, id) => { d.domain.vethAdapters[id.eth1]!.mac = '02:00:00:00:00:01'; d.domain.vethAdapters[id.eth2]!.mac = '02:00:00:00:00:02'; }),
  },
];
