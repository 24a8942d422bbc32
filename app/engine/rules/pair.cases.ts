import * as ops from '../../model/ops/index.ts';
import { virtualScsiAdapterSchema } from '../../model/schema/index.ts';
import { base, edit, type RuleCase } from '../testing/fixture.ts';

export const PAIR_CASES: RuleCase[] = [
  {
    rule: 'PAIR-1', name: 'client points at an empty slot',
    trigger: () => edit((d, id) => { d.domain.vscsiAdapters[id.vscsi1]!.remoteSlot = 500; }),
    near: () => base().design,
  },
  {
    rule: 'PAIR-1', name: 'server names another client slot (fix moves the client)',
    trigger: () => edit((d, id) => { d.domain.vscsiAdapters[id.vhost1]!.remoteSlot = 9; }),
    near: () => ops.setVirtualScsiSlot(base().design, { adapterId: base().id.vscsi1, slot: 9 }),
  },
  {
    rule: 'PAIR-1', name: 'client vFC points at a vSCSI server',
    trigger: () => edit((d, id) => { d.domain.vfcAdapters[id.vfc1]!.remoteSlot = d.domain.vscsiAdapters[id.vhost1]!.slot; }),
    near: () => base().design,
  },
  {
    rule: 'PAIR-1', name: 'client adapter that names no server',
    trigger: () => edit((d, id) => { d.domain.vscsiAdapters[id.vscsi1]!.remotePartitionId = null; d.domain.vscsiAdapters[id.vscsi1]!.remoteSlot = null; }),
    near: () => base().design,
  },
  {
    rule: 'PAIR-2', name: 'second client adapter claims vhost of aix01',
    trigger: () => edit((d, id) => {
      const vhost = d.domain.vscsiAdapters[id.vhost1]!;
      d.domain.vscsiAdapters['vscsi-x'] = virtualScsiAdapterSchema.parse({ id: 'vscsi-x', partitionId: id.aix02, slot: 30, role: 'client', remotePartitionId: id.vios1, remoteSlot: vhost.slot, deviceName: 'vscsi9' });
    }),
    near: () => base().design,
  },
  {
    rule: 'PAIR-2', name: 'any/any vhost claimed twice',
    trigger: () => edit((d, id) => {
      const mk = (cid: string, p: string) => virtualScsiAdapterSchema.parse({ id: cid, partitionId: p, slot: 30, role: 'client', remotePartitionId: id.vios1, remoteSlot: 300, deviceName: 'vscsi9' });
      d.domain.vscsiAdapters['vscsi-any'] = virtualScsiAdapterSchema.parse({ id: 'vscsi-any', partitionId: id.vios1, slot: 300, role: 'server', remotePartitionId: null, remoteSlot: null, deviceName: 'vhost9' });
      d.domain.vscsiAdapters['vscsi-x'] = mk('vscsi-x', id.aix01);
      d.domain.vscsiAdapters['vscsi-y'] = mk('vscsi-y', id.aix02);
    }),
    near: () => edit((d, id) => {
      d.domain.vscsiAdapters['vscsi-any'] = virtualScsiAdapterSchema.parse({ id: 'vscsi-any', partitionId: id.vios1, slot: 300, role: 'server', remotePartitionId: null, remoteSlot: null, deviceName: 'vhost9' });
      d.domain.vscsiAdapters['vscsi-x'] = virtualScsiAdapterSchema.parse({ id: 'vscsi-x', partitionId: id.aix01, slot: 30, role: 'client', remotePartitionId: id.vios1, remoteSlot: 300, deviceName: 'vscsi9' });
    }),
  },
  {
    rule: 'PAIR-3', name: 'vSCSI server adapter in an AIX client',
    trigger: () => edit((d, id) => {
      d.domain.vscsiAdapters['vscsi-x'] = virtualScsiAdapterSchema.parse({ id: 'vscsi-x', partitionId: id.aix02, slot: 30, role: 'server', remotePartitionId: null, remoteSlot: null, deviceName: 'vhost0' });
    }),
    near: () => edit((d, id) => {
      d.domain.vscsiAdapters['vscsi-x'] = virtualScsiAdapterSchema.parse({ id: 'vscsi-x', partitionId: id.vios1, slot: 300, role: 'server', remotePartitionId: null, remoteSlot: null, deviceName: 'vhost9' });
    }),
  },
  {
    rule: 'PAIR-3', name: 'vFC server in an IBM i host',
    trigger: () => edit((d, id) => { d.domain.partitions[id.vios1]!.kind = 'ibmi'; }),
    near: () => edit((d, id) => { d.domain.partitions[id.vios1]!.kind = 'vios'; }),
  },
  {
    rule: 'PAIR-4', name: 'vhost added by DLPAR only',
    trigger: () => ops.updateVirtualScsiAdapter(base().design, { adapterId: base().id.vhost1, patch: { dlparOnly: true } }),
    near: () => base().design,
  },
  {
    rule: 'PAIR-4', name: 'virtual Ethernet adapter added by DLPAR only',
    trigger: () => ops.updateVirtualEthernet(base().design, { id: base().id.eth1, patch: { dlparOnly: true } }),
    near: () => ops.updateVirtualEthernet(base().design, { id: base().id.eth1, patch: { dlparOnly: false } }),
  },
];
