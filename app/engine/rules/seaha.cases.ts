import type { Design } from '../../model/schema/index.ts';
import * as ops from '../../model/ops/index.ts';
import { virtualEthernetAdapterSchema } from '../../model/schema/index.ts';
import { DesignBuilder } from '../../model/templates/build.ts';
import { base, edit, type RuleCase } from '../testing/fixture.ts';

/** Both SEAs get a second trunk on VLAN 20 (priority 1 on vios1, 2 on vios2) and the given ha_mode. */
export const twoTrunks = (mode: 'auto' | 'sharing', from?: Design) => edit((d, id) => {
  for (const [sea, vios, prio] of [[id.sea1, id.vios1, 1], [id.sea2, id.vios2, 2]] as const) {
    const tid = `veth-t2-${vios}`;
    d.domain.vethAdapters[tid] = virtualEthernetAdapterSchema.parse({ id: tid, partitionId: vios, slot: 40, deviceName: 'ent9', pvid: 20, trunk: true, trunkPriority: prio });
    d.domain.seas[sea]!.trunkAdapterIds.push(tid);
    d.domain.seas[sea]!.haMode = mode;
  }
}, from);

/** A third VIOS with an SEA in ha_mode=auto bridging VLAN 10 (priority 3). */
function thirdSea(): Design {
  const { id } = base();
  const b = new DesignBuilder(base().design);
  b.apply(ops.addPartition, { systemId: id.sys, kind: 'vios', name: 'vios3' });
  const v3 = b.last('partitions');
  b.apply(ops.addPhysicalPort, { systemId: id.sys, partitionId: v3, kind: 'ethernet' });
  return b.apply(ops.createSharedEthernet, { partitionId: v3, realAdapter: { kind: 'physical-port', id: b.last('physicalPorts') }, pvid: 10, trunkPriority: 3, haMode: 'auto', controlChannelPvid: 98 }).design;
}

export const SEAHA_CASES: RuleCase[] = [
  { rule: 'SEAHA-1', name: 'three SEAs in failover mode on VLAN 10', trigger: thirdSea, near: () => base().design },
  { rule: 'SEAHA-2', name: 'equal trunk priorities', trigger: () => ops.updateVirtualEthernet(base().design, { id: base().id.trunk2, patch: { trunkPriority: 1 } }), near: () => base().design },
  {
    rule: 'SEAHA-2', name: 'different additional VLANs on the pair',
    trigger: () => ops.updateVirtualEthernet(base().design, { id: base().id.trunk2, patch: { additionalVlans: [20], ieee8021q: true } }),
    near: () => ops.updateVirtualEthernet(ops.updateVirtualEthernet(base().design, { id: base().id.trunk2, patch: { additionalVlans: [20], ieee8021q: true } }), { id: base().id.trunk1, patch: { additionalVlans: [20], ieee8021q: true } }),
  },
  {
    rule: 'SEAHA-3', name: 'trunks of one auto SEA with priorities 1 and 3',
    trigger: () => edit((d) => { d.domain.vethAdapters['veth-t2-' + base().id.vios1]!.trunkPriority = 3; }, twoTrunks('auto')),
    near: () => twoTrunks('auto'),
  },
  { rule: 'SEAHA-4', name: 'control channel on one side only', trigger: () => edit((d, id) => { d.domain.seas[id.sea2]!.controlChannelId = null; }), near: () => base().design },
  { rule: 'SEAHA-4', name: 'control channels on different VLANs', trigger: () => ops.updateVirtualEthernet(base().design, { id: base().id.ctl2, patch: { pvid: 98 } }), near: () => base().design },
  { rule: 'SEAHA-4', name: 'a client on the control channel VLAN', trigger: () => ops.updateVirtualEthernet(base().design, { id: base().id.eth1, patch: { pvid: 99 } }), near: () => base().design },
  { rule: 'SEAHA-4', name: 'trunk adapter as control channel', trigger: () => edit((d, id) => { d.domain.vethAdapters[id.ctl1]!.trunk = true; d.domain.vethAdapters[id.ctl1]!.trunkPriority = 1; }), near: () => base().design },
  { rule: 'SEAHA-5', name: 'control channel VLAN on the switch', trigger: () => edit((d, id) => { d.domain.ethernetSwitches[id.sw]!.vlans = [10, 99]; }), near: () => edit((d, id) => { d.domain.ethernetSwitches[id.sw]!.vlans = [10, 98]; }) },
  {
    rule: 'SEAHA-6', name: 'netaddr without own IP addresses',
    trigger: () => ops.updateSharedEthernet(base().design, { id: base().id.sea1, patch: { netaddr: '10.1.1.1' } }),
    near: () => ops.updateSharedEthernet(base().design, { id: base().id.sea1, patch: { netaddr: '10.1.1.1', ipAddress: '10.1.1.11' } }),
  },
  {
    rule: 'SEAHA-6', name: 'both SEAs with the same IP address',
    trigger: () => edit((d, id) => { Object.assign(d.domain.seas[id.sea1]!, { netaddr: '10.1.1.1', ipAddress: '10.1.1.11' }); Object.assign(d.domain.seas[id.sea2]!, { netaddr: '10.1.1.1', ipAddress: '10.1.1.11' }); }),
    near: () => edit((d, id) => { Object.assign(d.domain.seas[id.sea1]!, { netaddr: '10.1.1.1', ipAddress: '10.1.1.11' }); Object.assign(d.domain.seas[id.sea2]!, { netaddr: '10.1.1.1', ipAddress: '10.1.1.12' }); }),
  },
  { rule: 'SEAHA-7', name: 'sharing with one trunk per SEA', trigger: () => edit((d, id) => { d.domain.seas[id.sea1]!.haMode = 'sharing'; d.domain.seas[id.sea2]!.haMode = 'sharing'; }), near: () => twoTrunks('sharing') },
  { rule: 'SEAHA-7', name: 'sharing on one side only', trigger: () => edit((d, id) => { d.domain.seas[id.sea2]!.haMode = 'auto'; }, twoTrunks('sharing')), near: () => twoTrunks('sharing') },
  {
    rule: 'SEAHA-7', name: 'sharing with overlapping trunk VLANs',
    trigger: () => edit((d, id) => { for (const v of [id.vios1, id.vios2]) Object.assign(d.domain.vethAdapters[`veth-t2-${v}`]!, { additionalVlans: [10], ieee8021q: true }); }, twoTrunks('sharing')),
    near: () => twoTrunks('sharing'),
  },
  {
    rule: 'SEAHA-8', name: 'both SEAs in standby',
    trigger: () => edit((d, id) => { d.domain.seas[id.sea1]!.haMode = 'standby'; d.domain.seas[id.sea2]!.haMode = 'standby'; }),
    near: () => edit((d, id) => { d.domain.seas[id.sea1]!.haMode = 'standby'; }),
  },
  {
    rule: 'SEAHA-8', name: 'standby SEA without a partner',
    trigger: () => edit((d, id) => { d.domain.seas[id.sea1]!.haMode = 'standby'; d.domain.seas[id.sea2]!.trunkAdapterIds = []; }),
    near: () => edit((d, id) => { d.domain.seas[id.sea1]!.haMode = 'auto'; d.domain.seas[id.sea2]!.trunkAdapterIds = []; }),
  },
];
