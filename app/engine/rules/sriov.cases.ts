import type { Design } from '../../model/schema/index.ts';
import type { RuleCase } from '../testing/fixture.ts';
import { mEdit, modern } from '../testing/modern-fixture.ts';

const lport = (d: Design, id: string, physicalPortId: string, partitionId: string, extra: Record<string, unknown> = {}) => {
  d.domain.sriovLogicalPorts[id] = {
    id, physicalPortId, partitionId, deviceName: `ent${Object.keys(d.domain.sriovLogicalPorts).length + 20}`, capacity: 2, maxCapacity: 100,
    promiscuous: false, migratable: false, backupDevice: null, pvid: 0, allowedVlans: 'all', ...extra,
  };
};
const lnxVeth = (d: Design) => Object.values(d.domain.vethAdapters).find((v) => v.partitionId === 'lpar-5')!.id;
const migratablePorts = (n: number) => mEdit((d) => {
  for (let i = 0; i < n - 1; i++) lport(d, `lp-m${i}`, 'sriovport-2', 'lpar-5', { migratable: true, backupDevice: { kind: 'veth', id: lnxVeth(d) } });
});
const seaOnLogicalPort = (promiscuous: boolean) => mEdit((d) => {
  lport(d, 'lp-sea', 'sriovport-2', 'lpar-2', { promiscuous });
  d.domain.seas['sea-2']!.realAdapter = { kind: 'sriov-logical-port', id: 'lp-sea' };
});

export const SRIOV_CASES: RuleCase[] = [
  { rule: 'SRIOV-1', name: 'logical ports on a dedicated-mode adapter', trigger: () => mEdit((d) => { d.domain.sriovAdapters['sriov-1']!.mode = 'dedicated'; }), near: modern },
  {
    rule: 'SRIOV-1', name: 'a shared adapter that names an owner partition',
    trigger: () => mEdit((d) => { d.domain.sriovAdapters['sriov-2']!.ownerPartitionId = 'lpar-3'; }),
    near: () => mEdit((d) => { const a = d.domain.sriovAdapters['sriov-2']!; d.domain.sriovLogicalPorts = {}; d.domain.vnicBackingDevices = {}; a.mode = 'dedicated'; a.ownerPartitionId = 'lpar-3'; }),
  },
  { rule: 'SRIOV-2', name: 'more logical ports than the physical port allows', trigger: () => mEdit((d) => { d.domain.sriovPhysicalPorts['sriovport-1']!.maxLogicalPorts = 1; }), near: () => mEdit((d) => { d.domain.sriovPhysicalPorts['sriovport-1']!.maxLogicalPorts = 2; }) },
  { rule: 'SRIOV-2', name: 'more logical ports than the adapter allows', trigger: () => mEdit((d) => { d.domain.sriovAdapters['sriov-1']!.maxLogicalPorts = 1; }), near: () => mEdit((d) => { d.domain.sriovAdapters['sriov-1']!.maxLogicalPorts = 2; }) },
  { rule: 'SRIOV-3', name: 'capacity off the 2 % granularity', trigger: () => mEdit((d) => { d.domain.sriovLogicalPorts['logport-1']!.capacity = 3; }), near: () => mEdit((d) => { d.domain.sriovLogicalPorts['logport-1']!.capacity = 4; }) },
  {
    rule: 'SRIOV-3', name: 'capacities of one port above 100 %',
    trigger: () => mEdit((d) => { d.domain.sriovLogicalPorts['logport-1']!.capacity = 60; d.domain.sriovLogicalPorts['logport-3']!.capacity = 50; }),
    near: () => mEdit((d) => { d.domain.sriovLogicalPorts['logport-1']!.capacity = 60; d.domain.sriovLogicalPorts['logport-3']!.capacity = 40; }),
  },
  { rule: 'SRIOV-4', name: 'SEA on a logical port without promiscuous permission', trigger: () => seaOnLogicalPort(false), near: () => seaOnLogicalPort(true) },
  {
    rule: 'SRIOV-4', name: 'more promiscuous ports than the physical port allows',
    trigger: () => mEdit((d) => { d.domain.sriovPhysicalPorts['sriovport-1']!.maxPromiscuousPorts = 1; d.domain.sriovLogicalPorts['logport-1']!.promiscuous = true; d.domain.sriovLogicalPorts['logport-3']!.promiscuous = true; }),
    near: () => mEdit((d) => { d.domain.sriovPhysicalPorts['sriovport-1']!.maxPromiscuousPorts = 1; d.domain.sriovLogicalPorts['logport-1']!.promiscuous = true; }),
  },
  { rule: 'SRIOV-5', name: 'a direct non-migratable logical port of a client', trigger: () => mEdit((d) => { d.domain.sriovLogicalPorts['logport-3']!.migratable = false; }), near: modern },
  { rule: 'SRIOV-6', name: 'both VIOS with logical ports only on one adapter', trigger: () => mEdit((d) => { d.domain.sriovLogicalPorts['logport-2']!.physicalPortId = 'sriovport-1'; }), near: modern },
  {
    rule: 'SRIOV-7', name: 'VEPA without reflective relay',
    trigger: () => mEdit((d) => { d.domain.sriovPhysicalPorts['sriovport-1']!.switchMode = 'vepa'; }),
    near: () => mEdit((d) => { const p = d.domain.sriovPhysicalPorts['sriovport-1']!; p.switchMode = 'vepa'; p.reflectiveRelay = true; }),
  },
  {
    rule: 'SRIOV-8', name: 'a client network on one direct logical port',
    trigger: () => mEdit((d) => { const l = d.domain.sriovLogicalPorts['logport-3']!; l.migratable = false; l.backupDevice = null; }),
    near: () => mEdit((d) => {
      const l = d.domain.sriovLogicalPorts['logport-3']!;
      l.migratable = false; l.backupDevice = null;
      d.domain.etherChannels['ech-x'] = { id: 'ech-x', partitionId: 'lpar-5', deviceName: 'ent9', mode: 'netif_backup', primaryId: 'logport-3', backupId: lnxVeth(d), pollUplink: false };
    }),
  },
  {
    rule: 'SRIOV-8', name: 'NIB over two logical ports of the same physical port',
    trigger: () => mEdit((d) => {
      const l = d.domain.sriovLogicalPorts['logport-3']!;
      l.migratable = false; l.backupDevice = null;
      lport(d, 'lp-b', 'sriovport-1', 'lpar-5');
      d.domain.etherChannels['ech-x'] = { id: 'ech-x', partitionId: 'lpar-5', deviceName: 'ent9', mode: 'netif_backup', primaryId: 'logport-3', backupId: 'lp-b', pollUplink: false };
    }),
    near: () => mEdit((d) => {
      const l = d.domain.sriovLogicalPorts['logport-3']!;
      l.migratable = false; l.backupDevice = null;
      lport(d, 'lp-b', 'sriovport-2', 'lpar-5');
      d.domain.etherChannels['ech-x'] = { id: 'ech-x', partitionId: 'lpar-5', deviceName: 'ent9', mode: 'netif_backup', primaryId: 'logport-3', backupId: 'lp-b', pollUplink: false };
    }),
  },
  { rule: 'SRIOV-9', name: 'migratable port without backup device', trigger: () => mEdit((d) => { d.domain.sriovLogicalPorts['logport-3']!.backupDevice = null; }), near: modern },
  {
    rule: 'SRIOV-9', name: 'backup device of another partition',
    trigger: () => mEdit((d) => { d.domain.sriovLogicalPorts['logport-3']!.backupDevice = { kind: 'vnic', id: 'vnic-1' }; }),
    near: () => mEdit((d) => { d.domain.sriovLogicalPorts['logport-3']!.partitionId = 'lpar-3'; d.domain.sriovLogicalPorts['logport-3']!.backupDevice = { kind: 'vnic', id: 'vnic-1' }; }),
  },
  { rule: 'SRIOV-10', name: 'eleven migratable logical ports', trigger: () => migratablePorts(11), near: () => migratablePorts(10) },
  { rule: 'SRIOV-11', name: 'SR-IOV on a POWER7 frame', trigger: () => mEdit((d) => { d.domain.systems['sys-1']!.generation = 'POWER7'; }), near: () => mEdit((d) => { d.domain.systems['sys-1']!.generation = 'POWER7+'; }) },
];
