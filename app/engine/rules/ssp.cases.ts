import type { RuleCase } from '../testing/fixture.ts';
import { mEdit, modern } from '../testing/modern-fixture.ts';

const poolHdisk = (reservePolicy: 'single_path' | 'no_reserve') => mEdit((d) => {
  d.domain.backingDevices['bd-pool'] = { id: 'bd-pool', partitionId: 'lpar-1', kind: 'physical-volume', name: 'hdisk9', lunId: 'lun-8', physicalPortId: null, reservePolicy };
});

export const SSP_CASES: RuleCase[] = [
  { rule: 'SSP-1', name: 'a pool disk no node sees', trigger: () => mEdit((d) => { d.domain.luns['lun-8']!.fabricIds = []; }), near: () => mEdit((d) => { d.domain.luns['lun-8']!.fabricIds = ['fabric-2']; }) },
  { rule: 'SSP-1', name: 'an LU mapped by a VIOS that is not a node', trigger: () => mEdit((d) => { d.domain.sspClusters['ssp-1']!.nodeIds = ['lpar-1']; }), near: modern },
  { rule: 'SSP-2', name: 'a cluster without repository disk', trigger: () => mEdit((d) => { d.domain.sspClusters['ssp-1']!.repositoryLunId = null; }), near: modern },
  { rule: 'SSP-2', name: 'the repository also a pool disk', trigger: () => mEdit((d) => { d.domain.sspClusters['ssp-1']!.poolLunIds.push('lun-7'); }), near: modern },
  { rule: 'SSP-3', name: 'a pool disk also seen through NPIV', trigger: () => mEdit((d) => { d.domain.luns['lun-8']!.npivClientIds = ['lpar-3']; }), near: modern },
  { rule: 'SSP-3', name: 'a pool disk also exported as a vSCSI disk', trigger: () => mEdit((d) => { d.domain.sspClusters['ssp-1']!.poolLunIds.push('lun-1'); }), near: modern },
  { rule: 'SSP-4', name: 'a node with 2 GB of memory', trigger: () => mEdit((d) => { d.domain.partitions['lpar-1']!.memory.desiredMB = 2048; }), near: () => mEdit((d) => { d.domain.partitions['lpar-1']!.memory.desiredMB = 4096; }) },
  { rule: 'SSP-4', name: 'a node with 0.5 entitlement', trigger: () => mEdit((d) => { d.domain.partitions['lpar-2']!.processor.desiredUnits = 0.5; }), near: () => mEdit((d) => { d.domain.partitions['lpar-2']!.processor.desiredUnits = 1; }) },
  {
    rule: 'SSP-5', name: 'two nodes on VIOS 2.2.0.11 (one node per cluster)',
    trigger: () => mEdit((d) => { d.domain.partitions['lpar-1']!.osLevel = '2.2.0.11'; }),
    near: () => mEdit((d) => { d.domain.partitions['lpar-1']!.osLevel = '2.2.1.3'; }),
  },
  { rule: 'SSP-6', name: 'a pool disk with single_path reserve on a node', trigger: () => poolHdisk('single_path'), near: () => poolHdisk('no_reserve') },
  { rule: 'SSP-7', name: 'an SEA of a node not threaded', trigger: () => mEdit((d) => { d.domain.seas['sea-1']!.thread = false; }), near: modern },
  { rule: 'SSP-8', name: 'an AMS partition beside a pool', trigger: () => mEdit((d) => { d.domain.partitions['lpar-3']!.sharedMemory = true; }), near: () => mEdit((d) => { d.domain.partitions['lpar-3']!.sharedMemory = false; }) },
  { rule: 'SSP-9', name: 'a 64-character cluster name', trigger: () => mEdit((d) => { d.domain.sspClusters['ssp-1']!.name = 'c'.repeat(64); }), near: () => mEdit((d) => { d.domain.sspClusters['ssp-1']!.name = 'c'.repeat(63); }) },
  { rule: 'SSP-9', name: 'a 128-character LU name', trigger: () => mEdit((d) => { d.domain.sspLogicalUnits['lu-1']!.name = 'l'.repeat(128); }), near: () => mEdit((d) => { d.domain.sspLogicalUnits['lu-1']!.name = 'l'.repeat(127); }) },
  { rule: 'SSP-10', name: 'thin LUs above the pool size', trigger: () => mEdit((d) => { d.domain.sspLogicalUnits['lu-1']!.sizeGB = 1200; }), near: () => mEdit((d) => { d.domain.sspLogicalUnits['lu-1']!.sizeGB = 1000; }) },
  {
    rule: 'SSP-10', name: 'a mirrored pool counts its smaller failure group',
    trigger: () => mEdit((d) => { d.domain.sspClusters['ssp-1']!.mirrorLunIds = ['lun-6']; d.domain.sspLogicalUnits['lu-1']!.sizeGB = 800; }),
    near: () => mEdit((d) => { d.domain.sspClusters['ssp-1']!.mirrorLunIds = ['lun-6']; d.domain.sspLogicalUnits['lu-1']!.sizeGB = 500; }),
  },
  { rule: 'SSP-11', name: 'an LU of a dual-VIOS client mapped on one node', trigger: () => mEdit((d) => { delete d.domain.vtds['vtd-lu-2']; delete d.domain.backingDevices['bd-lu-2']; }), near: modern },
  { rule: 'SSP-12', name: 'an SSP client with 512 MB minimum memory', trigger: () => mEdit((d) => { d.domain.partitions['lpar-4']!.memory.minMB = 512; }), near: () => mEdit((d) => { d.domain.partitions['lpar-4']!.memory.minMB = 1024; }) },
  { rule: 'SSP-12', name: 'an IBM i client of the pool', trigger: () => mEdit((d) => { d.domain.partitions['lpar-4']!.kind = 'ibmi'; }), near: modern },
];
