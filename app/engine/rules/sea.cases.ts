import * as ops from '../../model/ops/index.ts';
import { sharedEthernetAdapterSchema, virtualEthernetAdapterSchema } from '../../model/schema/index.ts';
import { base, edit, type RuleCase } from '../testing/fixture.ts';

/** sea1 gets a second trunk adapter with PVID 20 (not its default adapter). */
const secondTrunk = (clientPvid: number) => edit((d, id) => {
  d.domain.vethAdapters['veth-t2'] = virtualEthernetAdapterSchema.parse({ id: 'veth-t2', partitionId: id.vios1, slot: 40, deviceName: 'ent9', pvid: 20, trunk: true, trunkPriority: 1 });
  d.domain.seas[id.sea1]!.trunkAdapterIds.push('veth-t2');
  d.domain.vethAdapters[id.eth1]!.pvid = clientPvid;
});

export const SEA_CASES: RuleCase[] = [
  {
    rule: 'SEA-1', name: 'SEA in an AIX client',
    trigger: () => edit((d, id) => { d.domain.seas['sea-x'] = sharedEthernetAdapterSchema.parse({ id: 'sea-x', partitionId: id.aix02, deviceName: 'ent5', realAdapter: null }); }),
    near: () => base().design,
  },
  {
    rule: 'SEA-1', name: 'trunk adapter in an AIX client',
    trigger: () => edit((d, id) => { Object.assign(d.domain.vethAdapters[id.eth1]!, { trunk: true, trunkPriority: 1 }); }),
    near: () => base().design,
  },
  { rule: 'SEA-2', name: 'SEA without real adapter', trigger: () => edit((d, id) => { d.domain.seas[id.sea1]!.realAdapter = null; }), near: () => base().design },
  {
    rule: 'SEA-2', name: 'real adapter of another VIOS, or shared',
    trigger: () => edit((d, id) => { d.domain.seas[id.sea1]!.realAdapter = { kind: 'physical-port', id: id.ent2 }; }),
    near: () => edit((d, id) => { d.domain.seas[id.sea1]!.realAdapter = { kind: 'physical-port', id: id.ent1 }; }),
  },
  {
    rule: 'SEA-2', name: 'FC port as real adapter',
    trigger: () => edit((d, id) => { d.domain.seas[id.sea1]!.realAdapter = { kind: 'physical-port', id: id.fcsB1 }; }),
    near: () => base().design,
  },
  { rule: 'SEA-3', name: 'non-trunk adapter bridged', trigger: () => edit((d, id) => { d.domain.vethAdapters[id.trunk1]!.trunk = false; }), near: () => base().design },
  { rule: 'SEA-3', name: 'SEA without trunk adapters', trigger: () => edit((d, id) => { d.domain.seas[id.sea1]!.trunkAdapterIds = []; }), near: () => base().design },
  { rule: 'SEA-4', name: '-defaultid differs from the default adapter PVID', trigger: () => edit((d, id) => { d.domain.seas[id.sea1]!.defaultPvid = 11; }), near: () => base().design },
  { rule: 'SEA-4', name: 'default adapter not a trunk of the SEA', trigger: () => edit((d, id) => { d.domain.seas[id.sea1]!.defaultAdapterId = id.ctl1; }), near: () => base().design },
  {
    rule: 'SEA-5', name: 'control channel on another vswitch',
    trigger: () => edit((d, id) => { d.domain.systems[id.sys]!.vswitches.push('ETHERNET1'); d.domain.vethAdapters[id.ctl1]!.vswitch = 'ETHERNET1'; }),
    near: () => edit((d, id) => { d.domain.systems[id.sys]!.vswitches.push('ETHERNET1'); }),
  },
  { rule: 'SEA-6', name: 'client on the PVID of a second trunk', trigger: () => secondTrunk(20), near: () => secondTrunk(10) },
  {
    rule: 'SEA-7', name: 'no thread mode on a VIOS serving vSCSI',
    trigger: () => ops.updateSharedEthernet(base().design, { id: base().id.sea1, patch: { thread: false } }),
    near: () => ops.updateSharedEthernet(ops.removeElements(base().design, { ids: Object.values(base().design.domain.vscsiAdapters).filter((a) => a.partitionId === base().id.vios1).map((a) => a.id) }), { id: base().id.sea1, patch: { thread: false } }),
  },
  {
    rule: 'SEA-8', name: 'two SEAs without failover on VLAN 10',
    trigger: () => edit((d, id) => { d.domain.seas[id.sea1]!.haMode = 'disabled'; d.domain.seas[id.sea2]!.haMode = 'disabled'; }),
    near: () => edit((d, id) => { d.domain.seas[id.sea1]!.haMode = 'disabled'; d.domain.seas[id.sea2]!.trunkAdapterIds = []; d.domain.seas[id.sea2]!.haMode = 'disabled'; }),
  },
  {
    rule: 'SEA-8', name: 'one SEA with two trunks on VLAN 10',
    trigger: () => edit((d, id) => {
      d.domain.vethAdapters['veth-t2'] = virtualEthernetAdapterSchema.parse({ id: 'veth-t2', partitionId: id.vios1, slot: 40, deviceName: 'ent9', pvid: 30, additionalVlans: [10], ieee8021q: true, trunk: true, trunkPriority: 1 });
      d.domain.seas[id.sea1]!.trunkAdapterIds.push('veth-t2');
    }),
    near: () => base().design,
  },
  { rule: 'SEA-9', name: 'trunk priority 16', trigger: () => edit((d, id) => { d.domain.vethAdapters[id.trunk2]!.trunkPriority = 16; }), near: () => edit((d, id) => { d.domain.vethAdapters[id.trunk2]!.trunkPriority = 15; }) },
];
