import { describe, expect, it } from 'vitest';
import * as ops from '../model/index.ts';
import { checkIntegrity } from '../model/references.ts';
import { DesignBuilder } from '../model/templates/build.ts';
import { planConnection, type ConnectionLike } from './connect.ts';
import type { Design } from '../model/index.ts';

function setup(generation: 'POWER9' | 'POWER6' = 'POWER9') {
  const b = new DesignBuilder(ops.emptyDesign());
  b.apply(ops.addSystem, { generation, ...(generation === 'POWER6' ? { hea: { type: '2x1G' as const, portGroups: [{ index: 0, mcs: 4 as const }] } } : {}) });
  const sys = b.last('systems');
  b.design = ops.addViosPair(b.design, { systemId: sys });
  const [v1, v2] = Object.keys(b.design.domain.partitions) as [string, string];
  b.apply(ops.addPartition, { systemId: sys, kind: 'aix' }); const c1 = b.last('partitions');
  b.apply(ops.addPartition, { systemId: sys, kind: 'aix' }); const c2 = b.last('partitions');
  b.apply(ops.addVlan, { systemId: sys, vlanId: 10 }); const vlan = b.last('vlans');
  b.apply(ops.addSanFabric, {}); const fab = b.last('sanFabrics');
  b.apply(ops.addStorageArray, {}); const arr = b.last('storageArrays');
  b.apply(ops.addLun, { arrayId: arr }); const lun = b.last('luns');
  b.apply(ops.addEthernetSwitch, {}); const sw = b.last('ethernetSwitches');
  return { b, sys, v1, v2, c1, c2, vlan, fab, arr, lun, sw };
}
const go = (d: Design, c: ConnectionLike) => { const p = planConnection(d, c); if (!p.ok) throw new Error(p.reason); return p.run(d); };
const port = (d: Design, pid: string, kind: string) => Object.values(d.domain.physicalPorts).find((p) => p.partitionId === pid && p.kind === kind)!.id;

describe('planConnection', () => {
  it('client ↔ VIOS from either end creates a vSCSI pair; the NPIV handle creates a vFC pair', () => {
    const { b, v1, c1 } = setup();
    let d = go(b.design, { source: c1, sourceHandle: 'out', target: v1, targetHandle: 'in' });
    const vs = Object.values(d.domain.vscsiAdapters);
    expect(vs.map((a) => [a.partitionId, a.role])).toEqual([[v1, 'server'], [c1, 'client']]);
    expect(vs[0]!.remoteSlot).toBe(vs[1]!.slot);
    d = go(d, { source: v1, sourceHandle: 'npiv', target: c1, targetHandle: 'in' });
    expect(Object.values(d.domain.vfcAdapters).map((a) => a.role)).toEqual(['server', 'client']);
  });
  it('builds storage: LUN → vhost (hdisk + VTD), vfchost → FC port, FC port → fabric, LUN → fabric', () => {
    const { b, v1, c1, c2, lun, fab } = setup();
    let d = go(b.design, { source: c1, sourceHandle: 'vscsi', target: v1, targetHandle: 'in' });
    d = go(d, { source: c2, sourceHandle: 'vscsi', target: v1, targetHandle: 'in' });
    const vhosts = Object.values(d.domain.vscsiAdapters).filter((a) => a.role === 'server');
    d = go(d, { source: lun, target: v1, targetHandle: vhosts[0]!.id });
    d = go(d, { source: lun, target: v1, targetHandle: vhosts[1]!.id });
    expect(Object.values(d.domain.backingDevices)).toHaveLength(1);
    expect(Object.values(d.domain.backingDevices)[0]!.reservePolicy).toBe('no_reserve');
    expect(Object.values(d.domain.vtds)).toHaveLength(2);
    d = go(d, { source: c1, sourceHandle: 'npiv', target: v1, targetHandle: 'in' });
    const vfchost = Object.values(d.domain.vfcAdapters).find((a) => a.role === 'server')!;
    const fcs = port(d, v1, 'fc');
    d = go(d, { source: v1, sourceHandle: vfchost.id, target: v1, targetHandle: fcs });
    expect(d.domain.vfcAdapters[vfchost.id]!.physicalPortId).toBe(fcs);
    d = go(d, { source: v1, sourceHandle: fcs, target: fab });
    d = go(d, { source: fab, target: lun });
    expect(d.domain.physicalPorts[fcs]!.cabledToId).toBe(fab);
    expect(d.domain.luns[lun]!.fabricIds).toEqual([fab]);
    expect(checkIntegrity(d)).toEqual([]);
  });
  it('network: partition → VLAN, Ethernet port → VLAN on both VIOS (SEA failover), port → switch', () => {
    const { b, v1, v2, c1, vlan, sw } = setup();
    let d = go(b.design, { source: c1, sourceHandle: 'out', target: vlan });
    expect(Object.values(d.domain.vethAdapters)[0]).toMatchObject({ partitionId: c1, pvid: 10 });
    d = go(d, { source: v1, sourceHandle: port(d, v1, 'ethernet'), target: vlan });
    d = go(d, { source: vlan, target: v2, targetHandle: port(d, v2, 'ethernet') });
    expect(Object.values(d.domain.seas).map((s) => s.haMode)).toEqual(['auto', 'auto']);
    d = go(d, { source: v1, sourceHandle: port(d, v1, 'ethernet'), target: sw });
    expect(d.domain.physicalPorts[port(d, v1, 'ethernet')]!.cabledToId).toBe(sw);
  });
  it('refuses impossible connections with the reason', () => {
    const { b, v1, c1, c2, vlan, fab } = setup();
    expect(planConnection(b.design, { source: c1, sourceHandle: 'npiv', target: c2, targetHandle: 'in' })).toMatchObject({ ok: false, ruleId: 'PAIR-3', reason: expect.stringMatching(/not a VIOS/) });
    let d = go(b.design, { source: c1, sourceHandle: 'vscsi', target: v1, targetHandle: 'in' });
    const vhost = Object.values(d.domain.vscsiAdapters).find((a) => a.role === 'server')!;
    expect(planConnection(d, { source: v1, sourceHandle: vhost.id, target: c2, targetHandle: 'in' })).toMatchObject({ ok: false, ruleId: 'PAIR-2' });
    expect(planConnection(d, { source: c1, sourceHandle: 'out', target: fab })).toMatchObject({ ok: false, reason: expect.stringMatching(/No PowerVM link/) });
    expect(planConnection(d, { source: c1, sourceHandle: 'out', target: c1, targetHandle: 'out' }).ok).toBe(false);
    d = go(d, { source: c1, sourceHandle: 'out', target: vlan });
    expect(planConnection(d, { source: c1, sourceHandle: 'out', target: vlan })).toMatchObject({ ok: false, reason: expect.stringMatching(/already has/) });
    expect(planConnection(d, { source: c1, sourceHandle: port(d, v1, 'fc'), target: vlan }).ok).toBe(false);
  });
  it('HEA port → partition gives a logical port', () => {
    const { b, sys, c1 } = setup('POWER6');
    const d0 = ops.addHeaPort(b.design, { systemId: sys });
    const h = Object.keys(d0.domain.heaPorts)[0]!;
    const d = go(d0, { source: h, target: c1, targetHandle: 'in' });
    expect(Object.values(d.domain.heaLogicalPorts)).toHaveLength(1);
  });
});
