/** For the simulation's tests of MODERN.md 7 (not used by the app): the modern test design with a direct logical port. */
import type { Design } from '../../model/schema/index.ts';
import { modernDesign } from '../../model/testing/modern-design.ts';

/**
 * modernDesign (vios1 = lpar-1, vios2 = lpar-2; aix01's vNIC vnic-1 on logport-1 of vios1, priority 10, and logport-2 of
 * vios2, priority 20; lnx03's migratable logport-3 bonded with its virtual Ethernet; LU lu-1 of cluster ssp-1 mapped to
 * aix02 through both nodes) plus logport-4: a direct, non-migratable logical port of aix02 on SR-IOV adapter 1 port 0.
 */
export function modernSimDesign(patch?: (d: Design) => void): Design {
  const d = modernDesign();
  const dom = d.domain;
  dom.sriovLogicalPorts['logport-4'] = { ...dom.sriovLogicalPorts['logport-3']!, id: 'logport-4', partitionId: 'lpar-4', deviceName: 'ent5', migratable: false, backupDevice: null };
  patch?.(d);
  return d;
}
