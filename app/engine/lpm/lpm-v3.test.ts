import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/schema/index.ts';
import { aixToB, lpmBase, type LpmBase } from './fixture.ts';
import { patch, withLogicalPort, withSriov, withSspLu, withVnic } from './fixture-v3.ts';
import { runLpmCases, type LpmCase } from './harness.ts';

/** The reasons that read document version 3: editions, compatibility modes, MSPs, SR-IOV, vNIC, SSP. */
const d = (x: LpmBase) => x.b.design;
const aix = (x: LpmBase, fields: Parameters<typeof patch<'partitions'>>[3], design = d(x)) => patch(design, 'partitions', x.aix01, fields);
const dest = (x: LpmBase, fields: Parameters<typeof patch<'systems'>>[3], design = d(x)) => patch(design, 'systems', x.bFrame.sys, fields);
const destVios = (x: LpmBase, fields: Parameters<typeof patch<'partitions'>>[3][], design = d(x)) =>
  x.bFrame.vios.reduce((acc, v, i) => (fields[i] ? patch(acc, 'partitions', v, fields[i]!) : acc), design);

/** aix01 with a vNIC backed by logical ports on vios-a1 and vios-a2 (two SR-IOV adapters of p9-a); p9-b with `ports` shared ports. */
function vnic(x: LpmBase, destPorts: number, destGeneration?: 'POWER7'): Design {
  let design = withSriov(d(x), x.a.sys, { id: 'sa1' });
  design = withSriov(design, x.a.sys, { id: 'sa2' });
  design = withLogicalPort(design, 'lp-a1', 'sa1-p0', x.a.vios[0]);
  design = withLogicalPort(design, 'lp-a2', 'sa2-p0', x.a.vios[1]);
  design = withVnic(design, 'vnic-t', x.aix01, ['lp-a1', 'lp-a2']);
  if (destPorts > 0) design = withSriov(design, x.bFrame.sys, { id: 'sb1', ports: destPorts });
  if (destGeneration) design = dest(x, { generation: destGeneration }, design);
  return design;
}

/** aix01 with a direct SR-IOV logical port on p9-a. */
function direct(x: LpmBase, extra: Parameters<typeof withLogicalPort>[4], destShared = true): Design {
  let design = withSriov(d(x), x.a.sys, { id: 'sa1' });
  design = withLogicalPort(design, 'lp-c', 'sa1-p0', x.aix01, extra);
  return destShared ? withSriov(design, x.bFrame.sys, { id: 'sb1' }) : design;
}
const vethOf = (x: LpmBase) => Object.values(d(x).domain.vethAdapters).find((a) => a.partitionId === x.aix01)!.id;

/** aix01 gets an LU of an SSP cluster of p9-a's VIOS (plus `destNode` when given), mapped through both. */
function ssp(x: LpmBase, destNode: boolean): Design {
  const pool = Object.values(d(x).domain.luns)[0]!.id;
  return withSspLu(d(x), x.aix01, destNode ? [...x.a.vios, x.bFrame.vios[0]] : [...x.a.vios], [...x.a.vios], pool);
}

const CASES: LpmCase[] = [
  {
    name: 'a destination without Enterprise Edition', rule: 'LPM-1', text: /PowerVM standard Edition/,
    trigger: (x) => dest(x, { powervmEdition: 'standard' }),
    near: (x) => dest(x, { powervmEdition: 'enterprise' }),
  },
  {
    name: 'a source without Enterprise Edition', rule: 'LPM-1', text: /p9-a runs PowerVM express Edition/,
    trigger: (x) => patch(d(x), 'systems', x.a.sys, { powervmEdition: 'express' }),
    near: (x) => patch(d(x), 'systems', x.a.sys, { powervmEdition: 'enterprise' }),
  },
  {
    name: 'a dedicated-mode SR-IOV adapter owned by the partition', rule: 'LPM-3', text: /dedicated mode/,
    trigger: (x) => withSriov(d(x), x.a.sys, { id: 'sd', mode: 'dedicated', owner: x.aix01 }),
    near: (x) => withSriov(d(x), x.a.sys, { id: 'sd', mode: 'dedicated', owner: x.a.vios[0] }),
  },
  {
    name: 'a direct SR-IOV logical port that is not migratable', rule: 'LPM-5', text: /not migratable/,
    trigger: (x) => direct(x, {}),
    near: (x) => direct(x, { migratable: true, backupDevice: { kind: 'veth', id: vethOf(x) } }),
  },
  {
    name: 'a migratable logical port without a backup device', rule: 'LPM-5', text: /no backup device/,
    trigger: (x) => direct(x, { migratable: true }),
    near: (x) => direct(x, { migratable: true, backupDevice: { kind: 'veth', id: vethOf(x) } }),
  },
  {
    name: 'a migratable logical port that cannot come back on the destination', rule: 'LPM-5', severity: 'warning', text: /stays on the backup device/,
    trigger: (x) => direct(x, { migratable: true, backupDevice: { kind: 'veth', id: vethOf(x) } }, false),
    near: (x) => direct(x, { migratable: true, backupDevice: { kind: 'veth', id: vethOf(x) } }, true),
  },
  {
    name: 'BSR arrays in an active migration', rule: 'LPM-6',
    trigger: (x) => aix(x, { bsrArrays: 2 }),
    near: (x) => aix(x, { bsrArrays: 2, state: 'not-activated' }),
  },
  {
    name: 'the partition\'s RMC connection down', rule: 'LPM-11', text: /RMC connection of aix01/,
    trigger: (x) => aix(x, { rmcDown: true }),
    near: (x) => aix(x, { rmcDown: true, state: 'not-activated' }),
  },
  {
    name: 'no VIOS of the destination is a mover service partition', rule: 'LPM-11', text: /msp=1, RMC up/,
    trigger: (x) => destVios(x, [{ msp: false }, { rmcDown: true }]),
    near: (x) => destVios(x, [{ msp: false }]),
  },
  {
    name: 'no destination VIOS recorded as mover service partition (msp not set)', rule: 'LPM-11', severity: 'warning', text: /recorded as mover service partition/,
    trigger: (x) => destVios(x, [{ msp: undefined }, { msp: undefined }]),
    near: (x) => destVios(x, [{ msp: undefined }]),
  },
  {
    name: 'one mover service partition on the destination against two at home', rule: 'LPM-12', severity: 'warning', text: /mover service partitions/,
    trigger: (x) => destVios(x, [undefined as never, { msp: false }]),
    near: (x) => d(x),
  },
  {
    name: 'viosecure high on every destination MSP', rule: 'LPM-10', severity: 'warning', text: /viosecure/,
    trigger: (x) => destVios(x, [{ viosecureHigh: true }, { viosecureHigh: true }]),
    near: (x) => destVios(x, [{ viosecureHigh: true, msp: false }]),
  },
  {
    name: 'a configured compatibility mode the destination lacks', rule: 'LPM-13', text: /is set to POWER10 mode/,
    trigger: (x) => aix(x, { procCompatMode: 'POWER10' }, patch(d(x), 'systems', x.a.sys, { generation: 'POWER10' })),
    near: (x) => aix(x, { procCompatMode: 'POWER9' }, patch(d(x), 'systems', x.a.sys, { generation: 'POWER10' })),
  },
  {
    name: 'default mode on a newer source: active migration runs in the newer mode', rule: 'LPM-13', text: /runs in POWER10 mode \(default mode on POWER10\)/,
    trigger: (x) => patch(d(x), 'systems', x.a.sys, { generation: 'POWER10' }),
    near: (x) => aix(x, { state: 'not-activated' }, patch(d(x), 'systems', x.a.sys, { generation: 'POWER10' })),
  },
  {
    name: 'a frame list of modes without the partition\'s', rule: 'LPM-13',
    trigger: (x) => aix(x, { procCompatMode: 'POWER8' }, dest(x, { compatModes: ['default', 'POWER9'] })),
    near: (x) => aix(x, { procCompatMode: 'POWER8' }, dest(x, { compatModes: ['default', 'POWER8', 'POWER9'] })),
  },
  {
    name: 'a vNIC and no shared-mode SR-IOV port on the destination', rule: 'LPM-18', text: /no shared-mode SR-IOV port/,
    trigger: (x) => vnic(x, 0),
    near: (x) => vnic(x, 2),
  },
  {
    name: 'a vNIC with two backing devices and one port on the destination', rule: 'LPM-18', severity: 'warning', text: /room for 1 of the 2 backing devices/,
    trigger: (x) => vnic(x, 1),
    near: (x) => vnic(x, 2),
  },
  {
    name: 'a vNIC and a POWER7 destination', rule: 'LPM-18', text: /vNIC needs POWER8/,
    trigger: (x) => vnic(x, 2, 'POWER7'),
    near: (x) => vnic(x, 2),
  },
  {
    name: 'an SSP disk and no destination VIOS in its cluster', rule: 'LPM-22', severity: 'warning', text: /SSP cluster ssp_cluster/,
    trigger: (x) => ssp(x, false),
    near: (x) => ssp(x, true),
  },
  {
    name: 'Active Memory Sharing cannot be checked', rule: 'LPM-19', severity: 'warning',
    trigger: (x) => aix(x, { sharedMemory: true }),
    near: (x) => aix(x, { sharedMemory: false }),
  },
];

describe('LPM readiness, document version 3: the modern base', () => {
  it('vNIC with two backing devices, an HNV port and SSP disks move to a frame that offers the same', () => {
    const x = lpmBase({ destVlans: [10, 20] });
    let design = vnic(x, 3);
    design = withLogicalPort(design, 'lp-h', 'sa1-p0', x.aix01, { migratable: true, backupDevice: { kind: 'vnic', id: 'vnic-t' } });
    design = withSspLu(design, x.aix01, [...x.a.vios, ...x.bFrame.vios], [...x.a.vios], Object.values(design.domain.luns)[0]!.id);
    for (const s of [x.a.sys, x.bFrame.sys]) design = patch(design, 'systems', s, { powervmEdition: 'enterprise' });
    for (const v of [...x.a.vios, ...x.bFrame.vios]) design = patch(design, 'partitions', v, { msp: true });
    design = aix(x, { procCompatMode: 'POWER9' }, design);
    const { cell, reasons } = aixToB(design, x);
    expect(reasons).toEqual([]);
    expect(cell.status).toBe('ready');
  });
});

runLpmCases(CASES);
