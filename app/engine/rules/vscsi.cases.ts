import type { Design, Id } from '../../model/schema/index.ts';
import * as ops from '../../model/ops/index.ts';
import { DesignBuilder } from '../../model/templates/build.ts';
import { base, edit, type RuleCase } from '../testing/fixture.ts';

/** The vhost of a VIOS for a client with the highest slot (the one just created). */
const newestVhost = (d: Design, vios: Id, client: Id): Id =>
  Object.values(d.domain.vscsiAdapters).filter((a) => a.partitionId === vios && a.role === 'server' && a.remotePartitionId === client)
    .sort((a, b) => a.slot - b.slot).at(-1)!.id;

/** aix02 gets a second vhost on vios1 and the given backing devices mapped to it. */
function mapToAix02(design: Design, make: (b: DesignBuilder) => Id[]): Design {
  const { id } = base();
  const b = new DesignBuilder(design);
  const bds = make(b);
  b.apply(ops.connectVirtualScsi, { serverPartitionId: id.vios1, clientPartitionId: id.aix02, preset: 'next-free' });
  const server = newestVhost(b.design, id.vios1, id.aix02);
  for (const bd of bds) b.apply(ops.mapBackingDevice, { serverAdapterId: server, backingDeviceId: bd });
  return b.design;
}

/** IBM i client with one LUN through one or both VIOS. */
function ibmiLun(mpio: boolean): Design {
  const { id } = base();
  const b = new DesignBuilder(base().design);
  b.apply(ops.addPartition, { systemId: id.sys, kind: 'ibmi', name: 'ibmi01' });
  const p = b.last('partitions');
  b.apply(ops.addLun, { arrayId: id.array, name: 'ibmi_load_source' });
  const lun = b.last('luns');
  for (const v of mpio ? [id.vios1, id.vios2] : [id.vios1]) {
    b.apply(ops.addBackingDevice, { partitionId: v, kind: 'physical-volume', lunId: lun, reservePolicy: 'no_reserve' });
    const bd = b.last('backingDevices');
    b.apply(ops.connectVirtualScsi, { serverPartitionId: v, clientPartitionId: p, preset: 'next-free' });
    b.apply(ops.mapBackingDevice, { serverAdapterId: b.find('vscsiAdapters', (a) => a.partitionId === v && a.remotePartitionId === p).id, backingDeviceId: bd });
  }
  return b.design;
}

/** An IBM i client with `disks` logical-volume disks (and `optical` vtopt) on one vhost of vios1. */
function ibmiDisks(disks: number, optical: number, osLevel: string): Design {
  const { id } = base();
  const b = new DesignBuilder(base().design);
  b.apply(ops.addPartition, { systemId: id.sys, kind: 'ibmi', name: 'ibmi01' });
  const p = b.last('partitions');
  b.apply(ops.updatePartition, { id: p, patch: { osLevel } });
  b.apply(ops.connectVirtualScsi, { serverPartitionId: id.vios1, clientPartitionId: p, preset: 'next-free' });
  const vhost = b.find('vscsiAdapters', (a) => a.partitionId === id.vios1 && a.remotePartitionId === p).id;
  for (let i = 0; i < disks; i++) {
    b.apply(ops.addBackingDevice, { partitionId: id.vios1, kind: 'logical-volume', volumeGroup: 'ibmivg' });
    b.apply(ops.mapBackingDevice, { serverAdapterId: vhost, backingDeviceId: b.last('backingDevices') });
  }
  if (optical > 0) b.apply(ops.addMediaRepository, { partitionId: id.vios1, sizeGB: 10 });
  for (let i = 0; i < optical; i++) b.apply(ops.mapBackingDevice, { serverAdapterId: vhost, backingDeviceId: null });
  return b.design;
}

const withTunables = (t: Record<string, unknown>) => ops.updatePartition(base().design, { id: base().id.aix01, patch: { tunables: t } });
/** aix01 without its path through vios2: disks through vios1 only. */
const singleVios = () => ops.removeElements(base().design, { ids: [base().id.vhost2] });

export const VSCSI_CASES: RuleCase[] = [
  {
    rule: 'VSCSI-1', name: 'MPIO LUN with single_path on vios1',
    trigger: () => ops.updateBackingDevice(base().design, { id: base().id.hdisk1, patch: { reservePolicy: 'single_path' } }),
    near: () => ops.updateBackingDevice(singleVios(), { id: base().id.hdisk1, patch: { reservePolicy: 'single_path' } }),
  },
  {
    rule: 'VSCSI-2', name: 'logical volume tied to a SAN LUN',
    trigger: () => edit((d, id) => { d.domain.backingDevices['bd-lv'] = { id: 'bd-lv', partitionId: id.vios1, kind: 'logical-volume', name: 'lv01', lunId: id.lun1, physicalPortId: null, volumeGroup: 'datavg' }; }),
    near: () => edit((d, id) => { d.domain.backingDevices['bd-lv'] = { id: 'bd-lv', partitionId: id.vios1, kind: 'logical-volume', name: 'lv01', lunId: null, physicalPortId: null, volumeGroup: 'datavg' }; }),
  },
  { rule: 'VSCSI-3', name: 'MPIO client without hcheck_interval', trigger: () => withTunables({}), near: () => base().design },
  {
    rule: 'VSCSI-3', name: 'hcheck_mode=enabled',
    trigger: () => withTunables({ hcheckInterval: 60, hcheckMode: 'enabled' }),
    near: () => withTunables({ hcheckInterval: 30, hcheckMode: 'nonactive' }),
  },
  {
    rule: 'VSCSI-4', name: 'fast_fail on a single-VIOS client',
    trigger: singleVios,
    near: () => ops.updatePartition(singleVios(), { id: base().id.aix01, patch: { tunables: { hcheckInterval: 60, vscsiErrRecov: 'delayed_fail' } } }),
  },
  {
    rule: 'VSCSI-5', name: 'hdisk mapped twice to aix02 and aix01 without no_reserve',
    trigger: () => mapToAix02(ops.updateBackingDevice(base().design, { id: base().id.hdisk1, patch: { reservePolicy: 'PR_shared' } }), () => [base().id.hdisk1]),
    near: () => mapToAix02(base().design, () => [base().id.hdisk1]),
  },
  {
    rule: 'VSCSI-5', name: 'two VTDs of one hdisk for the same client',
    trigger: () => {
      const { id } = base();
      const b = new DesignBuilder(base().design);
      b.apply(ops.connectVirtualScsi, { serverPartitionId: id.vios1, clientPartitionId: id.aix01, preset: 'next-free' });
      return b.apply(ops.mapBackingDevice, { serverAdapterId: newestVhost(b.design, id.vios1, id.aix01), backingDeviceId: id.hdisk1 }).design;
    },
    near: () => base().design,
  },
  {
    rule: 'VSCSI-6', name: 'physical optical drive given to two clients',
    trigger: () => mapToAix02(base().design, (b) => {
      b.apply(ops.addBackingDevice, { partitionId: base().id.vios1, kind: 'physical-optical' });
      const cd = b.last('backingDevices');
      b.apply(ops.mapBackingDevice, { serverAdapterId: base().id.vhost1, backingDeviceId: cd });
      return [cd];
    }),
    near: () => mapToAix02(base().design, (b) => { b.apply(ops.addBackingDevice, { partitionId: base().id.vios1, kind: 'physical-optical' }); return [b.last('backingDevices')]; }),
  },
  {
    rule: 'VSCSI-6', name: 'read-write medium loaded twice',
    trigger: () => mapToAix02(ops.addMediaRepository(base().design, { partitionId: base().id.vios1, sizeGB: 10 }), (b) => {
      b.apply(ops.addBackingDevice, { partitionId: base().id.vios1, kind: 'file-optical', readOnly: false });
      const iso = b.last('backingDevices');
      b.apply(ops.mapBackingDevice, { serverAdapterId: base().id.vhost1, backingDeviceId: iso });
      return [iso];
    }),
    near: () => mapToAix02(ops.addMediaRepository(base().design, { partitionId: base().id.vios1, sizeGB: 10 }), (b) => {
      b.apply(ops.addBackingDevice, { partitionId: base().id.vios1, kind: 'file-optical', readOnly: true });
      const iso = b.last('backingDevices');
      b.apply(ops.mapBackingDevice, { serverAdapterId: base().id.vhost1, backingDeviceId: iso });
      return [iso];
    }),
  },
  { rule: 'VSCSI-7', name: '17 disks on one pair of an IBM i V7R1 client', trigger: () => ibmiDisks(17, 0, 'V7R1M0'), near: () => ibmiDisks(16, 0, 'V7R1M0') },
  { rule: 'VSCSI-7', name: '33 disks on IBM i 7.2', trigger: () => ibmiDisks(33, 0, '7.2'), near: () => ibmiDisks(32, 0, '7.2') },
  { rule: 'VSCSI-7', name: '17 virtual optical devices', trigger: () => ibmiDisks(1, 17, '7.3'), near: () => ibmiDisks(1, 16, '7.3') },
  { rule: 'VSCSI-8', name: 'IBM i LUN through two VIOS', trigger: () => ibmiLun(true), near: () => ibmiLun(false) },
  {
    rule: 'VSCSI-9', name: 'vhost over the soft VTD limit (set to 1)', opts: { settings: { maxVtdsPerVhost: 1 } },
    trigger: () => {
      const b = new DesignBuilder(base().design);
      b.apply(ops.addBackingDevice, { partitionId: base().id.vios1, kind: 'logical-volume', volumeGroup: 'datavg' });
      return b.apply(ops.mapBackingDevice, { serverAdapterId: base().id.vhost1, backingDeviceId: b.last('backingDevices') }).design;
    },
    near: () => base().design,
  },
  {
    rule: 'VSCSI-10', name: 'logical volume in rootvg',
    trigger: () => ops.addBackingDevice(base().design, { partitionId: base().id.vios1, kind: 'logical-volume', volumeGroup: 'rootvg' }),
    near: () => ops.addBackingDevice(base().design, { partitionId: base().id.vios1, kind: 'logical-volume', volumeGroup: 'datavg' }),
  },
  {
    rule: 'VSCSI-11', name: 'ISO without a media repository',
    trigger: () => ops.addBackingDevice(base().design, { partitionId: base().id.vios1, kind: 'file-optical' }),
    near: () => ops.addBackingDevice(ops.addMediaRepository(base().design, { partitionId: base().id.vios1, sizeGB: 10 }), { partitionId: base().id.vios1, kind: 'file-optical' }),
  },
  {
    rule: 'VSCSI-11', name: 'empty vtopt (mkvdev -fbo) without a media repository',
    trigger: () => ops.mapBackingDevice(base().design, { serverAdapterId: base().id.vhost1, backingDeviceId: null }),
    near: () => ops.mapBackingDevice(ops.addMediaRepository(base().design, { partitionId: base().id.vios1, sizeGB: 10 }), { serverAdapterId: base().id.vhost1, backingDeviceId: null }),
  },
];
