import type { Design } from '../schema/index.ts';
import * as ops from '../ops/index.ts';
import { DesignBuilder } from './build.ts';
import { addDualViosFrame, addMobileClient } from './frame-kit.ts';
import { tidyLayout } from '../layout/tidy.ts';

/**
 * Two POWER10 frames for Live Partition Mobility, each with a VIOS pair on fabrics A and B and SEA failover. On
 * p10-a, aix01 (production VLAN 10) can move to p10-b: Ready. aix02 also sits on the backup VLAN 20, which only
 * p10-a's SEAs bridge: Blocked towards p10-b under LPM-10. lnx01 on p10-b can move to p10-a.
 */
export function buildLpmPairTemplate(): Design {
  const b = new DesignBuilder(ops.emptyDesign('Two POWER10 frames: LPM readiness'));
  b.apply(ops.setDesignDescription, {
    description: 'aix01 can move from p10-a to p10-b (Ready). aix02 is Blocked towards p10-b: its backup network, VLAN 20, is bridged on p10-a but by no SEA of p10-b (LPM-10). lnx01 can move from p10-b to p10-a. Open the LPM readiness region to read the matrix.',
  });
  b.apply(ops.addSanFabric, { name: 'fabric-A' });
  const fabA = b.last('sanFabrics');
  b.apply(ops.addSanFabric, { name: 'fabric-B' });
  const fabB = b.last('sanFabrics');
  b.apply(ops.addStorageArray, { name: 'fs7300-1', model: 'FlashSystem 7300', fabricIds: [fabA, fabB] });
  const array = b.last('storageArrays');
  b.apply(ops.addEthernetSwitch, { name: 'core-sw1', vlans: [10, 20] });
  const sw = b.last('ethernetSwitches');
  const common = { typeModel: '9105-42A', generation: 'POWER10' as const, cores: 24, memoryGB: 1024, fabrics: [fabA, fabB] as [string, string], switchId: sw };
  const a = addDualViosFrame(b, { ...common, name: 'p10-a', viosNames: ['vios-a1', 'vios-a2'], vlans: [10, 20] });
  const dst = addDualViosFrame(b, { ...common, name: 'p10-b', viosNames: ['vios-b1', 'vios-b2'], vlans: [10] });
  const fabrics: [string, string] = [fabA, fabB];
  addMobileClient(b, { frame: a, name: 'aix01', arrayId: array, fabrics, vlans: [10] });
  addMobileClient(b, { frame: a, name: 'aix02', arrayId: array, fabrics, vlans: [10, 20] });
  addMobileClient(b, { frame: dst, name: 'lnx01', kind: 'linux', arrayId: array, fabrics, vlans: [10] });
  b.apply(ops.applyAutoLayout, { nodes: tidyLayout(b.design, 3) });
  return b.design;
}
