import type { Design } from '../../model/schema/index.ts';
import type { RuleCase } from '../testing/fixture.ts';
import { mEdit, modern, twoFrames, twoFramesIds } from '../testing/modern-fixture.ts';

const t = (recipe: (d: Design, id: ReturnType<typeof twoFramesIds>) => void) => () => mEdit((d) => recipe(d, twoFramesIds()), twoFrames());
const clients = (n: number) => t((d) => {
  d.domain.partitions['lpar-2']!.msp = false;
  const proto = twoFrames().domain.partitions['lpar-3']!;
  for (let i = 0; i < n; i++) d.domain.partitions[`lpar-x${i}`] = { ...structuredClone(proto), id: `lpar-x${i}`, lparId: 50 + i, name: `extra${i}` };
});
const localDisk = (kind: 'logical-volume' | 'physical-volume') => t((d) => {
  d.domain.backingDevices['bd-x'] = kind === 'logical-volume'
    ? { id: 'bd-x', partitionId: 'lpar-1', kind, name: 'aix01_lv', lunId: null, physicalPortId: null, volumeGroup: 'datavg' }
    : { id: 'bd-x', partitionId: 'lpar-1', kind, name: 'hdisk7', lunId: 'lun-2', physicalPortId: null, reservePolicy: 'no_reserve' };
  d.domain.vtds['vtd-x'] = { id: 'vtd-x', serverAdapterId: 'vscsi-1', backingDeviceId: 'bd-x', name: 'vtscsi9', lun: 2, optical: false };
});

export const LPM_CASES: RuleCase[] = [
  { rule: 'LPM-1', name: 'a frame with PowerVM Standard Edition', trigger: t((d, id) => { d.domain.systems[id.sys2]!.powervmEdition = 'standard'; }), near: twoFrames },
  { rule: 'LPM-2', name: 'a migratable logical port on a VIOS', trigger: () => mEdit((d) => { d.domain.sriovLogicalPorts['logport-1']!.migratable = true; }), near: modern },
  {
    rule: 'LPM-3', name: 'a client owning a dedicated SR-IOV adapter',
    trigger: t((d, id) => { const a = Object.values(d.domain.sriovAdapters).find((x) => x.systemId === id.sys2)!; a.mode = 'dedicated'; a.ownerPartitionId = id.aix09; }),
    near: t((d, id) => { const a = Object.values(d.domain.sriovAdapters).find((x) => x.systemId === id.sys2)!; a.mode = 'dedicated'; a.ownerPartitionId = id.vios3; }),
  },
  {
    rule: 'LPM-4', name: 'a client with an HEA logical port',
    trigger: t((d) => {
      d.domain.heaPorts['hea-x'] = { id: 'hea-x', systemId: 'sys-1', portGroup: 0, index: 0, speedGbps: 1, promiscuousPartitionId: null, cabledToId: null };
      d.domain.heaLogicalPorts['lhea-x'] = { id: 'lhea-x', heaPortId: 'hea-x', partitionId: 'lpar-3', deviceName: 'ent7', allowedVlans: 'any' };
    }),
    near: t((d) => { d.domain.heaPorts['hea-x'] = { id: 'hea-x', systemId: 'sys-1', portGroup: 0, index: 0, speedGbps: 1, promiscuousPartitionId: null, cabledToId: null }; }),
  },
  { rule: 'LPM-5', name: 'a direct SR-IOV logical port in a two-frame design', trigger: t((d) => { d.domain.sriovLogicalPorts['logport-3']!.migratable = false; }), near: twoFrames },
  { rule: 'LPM-6', name: 'a partition with a BSR array', trigger: t((d) => { d.domain.partitions['lpar-3']!.bsrArrays = 1; }), near: t((d) => { d.domain.partitions['lpar-3']!.bsrArrays = 0; }) },
  { rule: 'LPM-7', name: 'a logical-volume disk', trigger: localDisk('logical-volume'), near: localDisk('physical-volume') },
  { rule: 'LPM-8', name: 'a vSCSI LUN with single_path reserve', trigger: t((d) => { d.domain.backingDevices['bd-1']!.reservePolicy = 'single_path'; }), near: t((d) => { d.domain.backingDevices['bd-1']!.reservePolicy = 'PR_shared'; }) },
  { rule: 'LPM-9', name: 'a client vFC adapter without WWPNs', trigger: t((d) => { delete d.domain.vfcAdapters['vfc-2']!.wwpns; }), near: twoFrames },
  { rule: 'LPM-10', name: 'an MSP with viosecure high', trigger: t((d) => { d.domain.partitions['lpar-1']!.viosecureHigh = true; }), near: t((d) => { d.domain.partitions['lpar-1']!.viosecureHigh = true; d.domain.partitions['lpar-1']!.msp = false; }) },
  {
    rule: 'LPM-10', name: 'a client untagged on the PVID of a non-default trunk adapter',
    trigger: t((d) => {
      d.domain.vethAdapters['veth-t2'] = { ...structuredClone(twoFrames().domain.vethAdapters['veth-1']!), id: 'veth-t2', slot: 40, deviceName: 'ent9', pvid: 20 };
      d.domain.seas['sea-1']!.trunkAdapterIds.push('veth-t2');
      d.domain.vethAdapters['veth-c'] = { ...structuredClone(twoFrames().domain.vethAdapters['veth-1']!), id: 'veth-c', partitionId: 'lpar-3', slot: 41, deviceName: 'ent8', pvid: 20, trunk: false, trunkPriority: undefined };
    }),
    near: t((d) => {
      d.domain.vethAdapters['veth-t2'] = { ...structuredClone(twoFrames().domain.vethAdapters['veth-1']!), id: 'veth-t2', slot: 40, deviceName: 'ent9', pvid: 20 };
      d.domain.seas['sea-1']!.trunkAdapterIds.push('veth-t2');
      d.domain.vethAdapters['veth-c'] = { ...structuredClone(twoFrames().domain.vethAdapters['veth-1']!), id: 'veth-c', partitionId: 'lpar-3', slot: 41, deviceName: 'ent8', pvid: 10, trunk: false, trunkPriority: undefined };
    }),
  },
  { rule: 'LPM-11', name: 'a frame without mover service partition', trigger: t((d, id) => { d.domain.partitions[id.vios3]!.msp = false; d.domain.partitions[id.vios4]!.msp = false; }), near: twoFrames },
  { rule: 'LPM-11', name: 'a VIOS without RMC', trigger: t((d, id) => { d.domain.partitions[id.vios3]!.rmcDown = true; }), near: twoFrames },
  { rule: 'LPM-12', name: 'one MSP among two VIOS', trigger: t((d, id) => { d.domain.partitions[id.vios4]!.msp = false; }), near: twoFrames },
  { rule: 'LPM-13', name: 'POWER10 mode on a POWER9 frame', trigger: () => mEdit((d) => { d.domain.partitions['lpar-3']!.procCompatMode = 'POWER10'; }), near: () => mEdit((d) => { d.domain.partitions['lpar-3']!.procCompatMode = 'POWER9_base'; }) },
  {
    rule: 'LPM-13', name: 'a mode missing from the frame\'s own list',
    trigger: () => mEdit((d) => { d.domain.systems['sys-1']!.compatModes = ['default', 'POWER8']; }),
    near: () => mEdit((d) => { d.domain.systems['sys-1']!.compatModes = ['default', 'POWER8', 'POWER9']; }),
  },
  { rule: 'LPM-14', name: 'a partition larger than the other frame', trigger: t((d, id) => { d.domain.systems[id.sys2]!.installedMemoryMB = 4096; }), near: t((d, id) => { d.domain.systems[id.sys2]!.installedMemoryMB = 65536; }) },
  { rule: 'LPM-15', name: 'frames with 256 MB and 128 MB LMB', trigger: t((d, id) => { d.domain.systems[id.sys2]!.lmbMB = 128; }), near: twoFrames },
  {
    // vios3 and vios4 use two slots each (SEA trunk and control channel); aix01 needs two server adapters on each side
    rule: 'LPM-16', name: 'destination VIOS with one free virtual slot each',
    trigger: t((d, id) => { d.domain.partitions[id.vios3]!.maxVirtualSlots = 5; d.domain.partitions[id.vios4]!.maxVirtualSlots = 5; }),
    near: t((d, id) => { d.domain.partitions[id.vios3]!.maxVirtualSlots = 6; d.domain.partitions[id.vios4]!.maxVirtualSlots = 6; }),
  },
  { rule: 'LPM-17', name: 'one partition name on two frames', trigger: t((d, id) => { d.domain.partitions[id.aix09]!.name = 'aix01'; }), near: twoFrames },
  { rule: 'LPM-18', name: 'a two-VIOS vNIC and a destination with one VIOS', trigger: t((d, id) => { d.domain.partitions[id.vios4]!.kind = 'aix'; }), near: twoFrames },
  { rule: 'LPM-19', name: 'an AMS partition', trigger: t((d) => { d.domain.partitions['lpar-3']!.sharedMemory = true; }), near: twoFrames },
  { rule: 'LPM-20', name: 'nine clients and one MSP', trigger: clients(6), near: clients(5) },
  {
    rule: 'LPM-21', name: 'frames on two HMCs',
    trigger: t((d, id) => { d.domain.systems['sys-1']!.hmcName = 'hmc1'; d.domain.systems[id.sys2]!.hmcName = 'hmc2'; }),
    near: t((d, id) => { d.domain.systems['sys-1']!.hmcName = 'hmc1'; d.domain.systems[id.sys2]!.hmcName = 'hmc1'; }),
  },
  { rule: 'LPM-22', name: 'SSP disks with nodes on one frame only', trigger: twoFrames, near: t((d, id) => { d.domain.sspClusters['ssp-1']!.nodeIds.push(id.vios3); }) },
];
