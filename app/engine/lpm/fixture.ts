/**
 * The two-frame design the LPM tests start from: p9-a and p9-b, each with a VIOS pair on fabrics A and B and SEA
 * failover; p9-a bridges VLANs 10 and 20, p9-b only VLAN 10 (unless asked). aix01 on p9-a can move to p9-b:
 * rootvg through both VIOS (vSCSI MPIO, no_reserve), NPIV through vios-a1 (fabric A) and vios-a2 (fabric B), VLAN 10.
 * Each test changes one thing. The SAN and LAN are those of the rule tests' base (testing/fixture.ts).
 */
import type { Design, Id } from '../../model/schema/index.ts';
import * as ops from '../../model/ops/index.ts';
import { DesignBuilder } from '../../model/templates/build.ts';
import { addDualViosFrame, addMobileClient, type DualViosFrame } from '../../model/templates/frame-kit.ts';
import { addSanAndLan } from '../testing/fixture.ts';
import { lpmMatrix } from './matrix.ts';
import type { LpmCell, LpmMatrix, LpmReason, LpmRow } from './types.ts';
import { cellReasons } from './types.ts';

export { portOf } from '../testing/fixture.ts';

export interface LpmBase {
  b: DesignBuilder;
  a: DualViosFrame;
  bFrame: DualViosFrame;
  aix01: Id;
  fabA: Id;
  fabB: Id;
  array: Id;
  sw: Id;
}

export function lpmBase(opts: { destVlans?: number[] } = {}): LpmBase {
  const b = new DesignBuilder(ops.emptyDesign('LPM test'));
  const { fabA, fabB, array, sw } = addSanAndLan(b, []);
  const common = { typeModel: '9009-42A', generation: 'POWER9' as const, cores: 20, memoryGB: 512, fabrics: [fabA, fabB] as [Id, Id], switchId: sw };
  const a = addDualViosFrame(b, { ...common, name: 'p9-a', viosNames: ['vios-a1', 'vios-a2'], vlans: [10, 20] });
  const bFrame = addDualViosFrame(b, { ...common, name: 'p9-b', viosNames: ['vios-b1', 'vios-b2'], vlans: opts.destVlans ?? [10], at: { x: 0, y: 1000 } });
  const aix01 = addMobileClient(b, { frame: a, name: 'aix01', arrayId: array, fabrics: [fabA, fabB], vlans: [10] });
  return { b, a, bFrame, aix01, fabA, fabB, array, sw };
}

/** The row of a partition and its cell towards a frame. */
export function cellOf(m: LpmMatrix, partitionId: Id, frameId: Id): { row: LpmRow; cell: LpmCell; reasons: LpmReason[] } {
  const row = m.rows.find((r) => r.partitionId === partitionId);
  if (!row) throw new Error(`no row for ${partitionId}`);
  const cell = row.cells.find((c) => c.destinationId === frameId);
  if (!cell) throw new Error(`no cell for ${frameId}`);
  return { row, cell, reasons: cellReasons(row, cell) };
}

/** aix01's cell towards p9-b in a design. */
export function aixToB(design: Design, base: LpmBase): { row: LpmRow; cell: LpmCell; reasons: LpmReason[] } {
  return cellOf(lpmMatrix(design), base.aix01, base.bFrame.sys);
}
