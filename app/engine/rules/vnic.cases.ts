import type { RuleCase } from '../testing/fixture.ts';
import { mEdit, modern, twoFrames, twoFramesIds } from '../testing/modern-fixture.ts';

const noSriovOnFrame2 = () => mEdit((d) => {
  const { sys2 } = twoFramesIds();
  for (const a of Object.values(d.domain.sriovAdapters)) {
    if (a.systemId !== sys2) continue;
    delete d.domain.sriovAdapters[a.id];
    for (const p of Object.values(d.domain.sriovPhysicalPorts)) if (p.adapterId === a.id) delete d.domain.sriovPhysicalPorts[p.id];
  }
}, twoFrames());

export const VNIC_CASES: RuleCase[] = [
  { rule: 'VNIC-1', name: 'a backing logical port owned by a client', trigger: () => mEdit((d) => { d.domain.sriovLogicalPorts['logport-1']!.partitionId = 'lpar-5'; }), near: modern },
  {
    rule: 'VNIC-1', name: 'one logical port backing two vNICs',
    trigger: () => mEdit((d) => {
      d.domain.vnicAdapters['vnic-2'] = { ...d.domain.vnicAdapters['vnic-1']!, id: 'vnic-2', partitionId: 'lpar-4', deviceName: 'ent5' };
      d.domain.vnicBackingDevices['vnicbd-3'] = { id: 'vnicbd-3', vnicId: 'vnic-2', logicalPortId: 'logport-1', failoverPriority: 10 };
    }),
    near: modern,
  },
  { rule: 'VNIC-2', name: 'a backing VIOS below 2.2.4.0', trigger: () => mEdit((d) => { d.domain.partitions['lpar-1']!.osLevel = '2.2.3.0'; }), near: () => mEdit((d) => { d.domain.partitions['lpar-1']!.osLevel = '2.2.4.0'; }) },
  { rule: 'VNIC-2', name: 'system firmware below FW840', trigger: () => mEdit((d) => { d.domain.systems['sys-1']!.firmware = 'FW830.10'; }), near: () => mEdit((d) => { d.domain.systems['sys-1']!.firmware = 'FW840.10'; }) },
  { rule: 'VNIC-3', name: 'failover vNIC with HMC 8.4.0', trigger: () => mEdit((d) => { d.domain.systems['sys-1']!.hmcLevel = 'V8R8.4.0'; }), near: () => mEdit((d) => { d.domain.systems['sys-1']!.hmcLevel = 'V8R8.6.0'; }) },
  { rule: 'VNIC-4', name: 'two backing devices on one physical port', trigger: () => mEdit((d) => { d.domain.sriovLogicalPorts['logport-2']!.physicalPortId = 'sriovport-1'; }), near: modern },
  { rule: 'VNIC-5', name: 'both backing devices on one VIOS', trigger: () => mEdit((d) => { d.domain.sriovLogicalPorts['logport-2']!.partitionId = 'lpar-1'; }), near: modern },
  {
    rule: 'VNIC-5', name: 'both backing devices on one adapter',
    trigger: () => mEdit((d) => {
      d.domain.sriovPhysicalPorts['sriovport-9'] = { ...d.domain.sriovPhysicalPorts['sriovport-1']!, id: 'sriovport-9', portIndex: 1 };
      d.domain.sriovLogicalPorts['logport-2']!.physicalPortId = 'sriovport-9';
    }),
    near: modern,
  },
  { rule: 'VNIC-6', name: 'failover priority 0', trigger: () => mEdit((d) => { d.domain.vnicBackingDevices['vnicbd-1']!.failoverPriority = 0; }), near: () => mEdit((d) => { d.domain.vnicBackingDevices['vnicbd-1']!.failoverPriority = 1; }) },
  { rule: 'VNIC-6', name: 'failover priority 101', trigger: () => mEdit((d) => { d.domain.vnicBackingDevices['vnicbd-2']!.failoverPriority = 101; }), near: () => mEdit((d) => { d.domain.vnicBackingDevices['vnicbd-2']!.failoverPriority = 100; }) },
  { rule: 'VNIC-7', name: 'two backing devices with one priority', trigger: () => mEdit((d) => { d.domain.vnicBackingDevices['vnicbd-2']!.failoverPriority = 10; }), near: modern },
  { rule: 'VNIC-8', name: 'a vNIC with one backing device', trigger: () => mEdit((d) => { delete d.domain.vnicBackingDevices['vnicbd-2']; }), near: modern },
  { rule: 'VNIC-9', name: 'a backing device capped below 100 %', trigger: () => mEdit((d) => { d.domain.sriovLogicalPorts['logport-1']!.maxCapacity = 50; }), near: modern },
  { rule: 'VNIC-10', name: 'a vNIC partition and no other frame with SR-IOV', trigger: noSriovOnFrame2, near: twoFrames },
  {
    rule: 'VNIC-11', name: 'more backing devices than the configured maximum (set to 2)', opts: { settings: { maxVnicBackingDevices: 2 } },
    trigger: () => mEdit((d) => {
      d.domain.sriovLogicalPorts['logport-9'] = { ...d.domain.sriovLogicalPorts['logport-2']!, id: 'logport-9', deviceName: 'ent11' };
      d.domain.vnicBackingDevices['vnicbd-9'] = { id: 'vnicbd-9', vnicId: 'vnic-1', logicalPortId: 'logport-9', failoverPriority: 30 };
    }),
    near: modern,
  },
];
