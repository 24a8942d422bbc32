import { describe, expect, it } from 'vitest';
import * as ops from '../model/index.ts';
import type { Design } from '../model/index.ts';
import { checkIntegrity } from '../model/references.ts';
import { buildPower10ModernTemplate } from '../model/templates/power10-modern.ts';
import { backingDevicesOf } from '../model/modern-query.ts';
import { planConnection, type ConnectionLike } from './connect.ts';
import { connectOptions, planDropOnNode, sourcesOf } from './connect-targets.ts';
import { planDrop } from './palette-actions.ts';

const base = buildPower10ModernTemplate();
const part = (d: Design, name: string) => Object.values(d.domain.partitions).find((p) => p.name === name)!;
const go = (d: Design, c: ConnectionLike) => { const p = planConnection(d, c); if (!p.ok) throw new Error(p.reason); return p.run(d); };

/** power10-modern with a new AIX client aix04 (no adapters). */
function withClient(): { d: Design; client: string; vios1: string; vios2: string } {
  const sys = Object.keys(base.domain.systems)[0]!;
  const d = ops.addPartition(base, { systemId: sys, kind: 'aix', name: 'aix04' });
  return { d, client: part(d, 'aix04').id, vios1: part(d, 'vios1').id, vios2: part(d, 'vios2').id };
}

describe('vNIC gestures', () => {
  it('+vNIC of a client dropped on a VIOS: a vNIC backed by a new logical port; its vNIC row on the other VIOS: the failover backing device on another adapter', () => {
    const { d, client, vios1, vios2 } = withClient();
    const first = planDropOnNode(d, { nodeId: client, handle: 'vnic' }, vios1);
    expect(first.options.map((o) => o.label)).toEqual(['vNIC on aix04 backed by a new logical port on vios1 (sriov1 port 1)']);
    const d1 = first.options[0]!.run(d);
    const vnic = Object.values(d1.domain.vnicAdapters).find((v) => v.partitionId === client)!;
    const second = planDropOnNode(d1, { nodeId: client, handle: vnic.id }, vios2);
    expect(second.options.map((o) => o.label)).toEqual([`Failover vNIC: ${vnic.deviceName} on aix04 gets backing device a new logical port on vios2 (sriov2 port 1)`]);
    const d2 = second.options[0]!.run(d1);
    const backs = backingDevicesOf(d2, vnic.id);
    expect(backs.map((b) => [d2.domain.partitions[d2.domain.sriovLogicalPorts[b.logicalPortId]!.partitionId]!.name, b.failoverPriority])).toEqual([['vios1', 50], ['vios2', 60]]);
    expect(checkIntegrity(d2)).toEqual([]);
  });

  it('a vNIC row dropped on a logical port that already backs a vNIC is refused with the reason; a client onto a client is refused as VNIC-1', () => {
    const { d, client, vios1 } = withClient();
    const d1 = go(d, { source: client, sourceHandle: 'vnic', target: vios1, targetHandle: 'in' });
    const vnic = Object.values(d1.domain.vnicAdapters).find((v) => v.partitionId === client)!;
    const busy = Object.values(d1.domain.sriovLogicalPorts).find((l) => l.partitionId === vios1 && !Object.values(d1.domain.vnicBackingDevices).some((b) => b.vnicId === vnic.id && b.logicalPortId === l.id))!;
    const p = planConnection(d1, { source: client, sourceHandle: vnic.id, target: vios1, targetHandle: busy.id });
    expect(p.ok).toBe(false);
    expect(!p.ok && p.reason).toMatch(/already backs a vNIC|different physical ports/);
    const other = part(d1, 'aix01').id;
    const q = planConnection(d1, { source: client, sourceHandle: 'vnic', target: other, targetHandle: 'in' });
    expect(q).toMatchObject({ ok: false, ruleId: 'VNIC-1' });
  });

  it('a vNIC dragged to an SR-IOV physical port picks a VIOS that does not back it yet', () => {
    const { d, client, vios1 } = withClient();
    const d1 = go(d, { source: client, sourceHandle: 'vnic', target: vios1, targetHandle: 'in' });
    const vnic = Object.values(d1.domain.vnicAdapters).find((v) => v.partitionId === client)!;
    const port = Object.values(d1.domain.sriovPhysicalPorts).find((p) => d1.domain.sriovAdapters[p.adapterId]!.name === 'sriov2' && p.portIndex === 1)!;
    const p = planConnection(d1, { source: client, sourceHandle: vnic.id, target: port.id, targetHandle: null });
    expect(p.ok && p.label).toBe(`Failover vNIC: ${vnic.deviceName} on aix04 gets backing device a new logical port on vios2 (sriov2 port 1)`);
  });

  it('the keyboard Connect… lists the vNIC targets from a client\'s vNIC source', () => {
    const { d, client } = withClient();
    const src = sourcesOf(d, client).find((s) => s.ref.handle === 'vnic')!;
    expect(src.label).toBe('aix04 (vNIC)');
    const labels = connectOptions(d, src.ref).map((o) => o.label);
    expect(labels).toContain('vNIC on aix04 backed by a new logical port on vios1 (sriov1 port 1)');
    expect(labels).toContain('vNIC on aix04 backed by a new logical port on vios2 (sriov1 port 1)');
    // Each SR-IOV physical port of the frame is a target too (on the first VIOS).
    expect(labels).toContain('vNIC on aix04 backed by a new logical port on vios1 (sriov2 port 0)');
  });

  it('an SR-IOV port dropped on a client gives it a direct logical port', () => {
    const { d, client } = withClient();
    const port = Object.keys(d.domain.sriovPhysicalPorts)[0]!;
    const d1 = go(d, { source: port, sourceHandle: null, target: client, targetHandle: 'in' });
    expect(Object.values(d1.domain.sriovLogicalPorts).filter((l) => l.partitionId === client)).toHaveLength(1);
  });
});

describe('Shared Storage Pool gestures', () => {
  it('the pool dropped on a client served by both nodes: a new LU mapped through a vhost on each node', () => {
    const { d, client, vios1, vios2 } = withClient();
    let d1 = go(d, { source: client, sourceHandle: 'vscsi', target: vios1, targetHandle: 'in' });
    d1 = go(d1, { source: client, sourceHandle: 'vscsi', target: vios2, targetHandle: 'in' });
    const pool = Object.keys(d1.domain.sspClusters)[0]!;
    const plan = planConnection(d1, { source: pool, sourceHandle: null, target: client, targetHandle: 'in' });
    expect(plan.ok && plan.label).toMatch(/^lu -create aix04_lu1 \(50 GB thin\) in p10_pool, mapped to vhost\d+ on vios1 and vhost\d+ on vios2$/);
    const d2 = (plan as { run: (x: Design) => Design }).run(d1);
    const lu = Object.values(d2.domain.sspLogicalUnits).find((u) => u.name === 'aix04_lu1')!;
    expect(Object.values(d2.domain.backingDevices).filter((b) => b.logicalUnitId === lu.id).map((b) => d2.domain.partitions[b.partitionId]!.name).sort()).toEqual(['vios1', 'vios2']);
    expect(checkIntegrity(d2)).toEqual([]);
  });

  it('a client without a node vhost is refused with the reason (SSP-11); a LU row dragged onto the other node\'s vhost maps it there', () => {
    const { d, client, vios1, vios2 } = withClient();
    const pool = Object.keys(d.domain.sspClusters)[0]!;
    expect(planConnection(d, { source: pool, sourceHandle: null, target: client, targetHandle: 'in' })).toMatchObject({ ok: false, ruleId: 'SSP-11' });
    let d1 = go(d, { source: client, sourceHandle: 'vscsi', target: vios1, targetHandle: 'in' });
    d1 = go(d1, { source: client, sourceHandle: 'vscsi', target: vios2, targetHandle: 'in' });
    const vhost1 = Object.values(d1.domain.vscsiAdapters).find((a) => a.partitionId === vios1 && a.remotePartitionId === client)!;
    const vhost2 = Object.values(d1.domain.vscsiAdapters).find((a) => a.partitionId === vios2 && a.remotePartitionId === client)!;
    const d2 = go(d1, { source: pool, sourceHandle: null, target: vios1, targetHandle: vhost1.id });
    const row = Object.values(d2.domain.backingDevices).find((b) => b.name === 'aix04_lu1' && b.partitionId === vios1)!;
    const p = planConnection(d2, { source: vios2, sourceHandle: vhost2.id, target: vios1, targetHandle: row.id });
    expect(p.ok && p.label).toBe(`lu -map aix04_lu1 → ${vhost2.deviceName} on vios2`);
  });
});

describe('palette items of today\'s PowerVM', () => {
  it('places an SR-IOV adapter with its ports on a POWER10 frame and refuses it on a POWER6 frame (SRIOV-11)', () => {
    const sys = Object.keys(base.domain.systems)[0]!;
    const p = planDrop(base, 'SR-IOV adapter', sys, { x: 300, y: 300 });
    expect(p.ok && p.label).toBe('Add a shared-mode SR-IOV adapter to p10-frame1');
    const d1 = (p as { run: (x: Design) => Design }).run(base);
    const fresh = Object.values(d1.domain.sriovPhysicalPorts).filter((x) => !(x.id in base.domain.sriovPhysicalPorts));
    expect(fresh).toHaveLength(2);
    for (const f of fresh) expect(d1.layout.nodes[f.id]).toBeDefined();
    const old = ops.addSystem(ops.emptyDesign(), { generation: 'POWER6' });
    expect(planDrop(old, 'SR-IOV adapter', Object.keys(old.domain.systems)[0]!, { x: 10, y: 10 })).toMatchObject({ ok: false, ruleId: 'SRIOV-11' });
  });

  it('a vNIC goes on a client (refused on a VIOS), an SSP cluster on a VIOS, a logical unit on the pool', () => {
    const vios = part(base, 'vios1').id;
    expect(planDrop(base, 'vNIC', vios, { x: 0, y: 0 })).toMatchObject({ ok: false, ruleId: 'VNIC-1' });
    expect(planDrop(base, 'vNIC', part(base, 'aix01').id, { x: 0, y: 0 }).ok).toBe(true);
    expect(planDrop(base, 'SSP cluster', vios, { x: 0, y: 0 })).toMatchObject({ ok: false, reason: 'vios1 is already a node of cluster p10_cluster' });
    const pool = Object.keys(base.domain.sspClusters)[0]!;
    const lu = planDrop(base, 'Logical unit', pool, { x: 0, y: 0 });
    expect(lu.ok && lu.label).toBe('lu -create lu1 (50 GB thin) in p10_pool');
    const fresh = ops.addViosPair(ops.addSystem(ops.emptyDesign(), { generation: 'POWER10' }), { systemId: 'sys-1' });
    const v = Object.values(fresh.domain.partitions)[0]!.id;
    const c = planDrop(fresh, 'SSP cluster', v, { x: 0, y: 0 });
    expect(c.ok && c.label).toMatch(/^cluster -create cluster1 \(pool pool1\) on vios\w*, vios\w*$/);
  });
});

describe('search finds today\'s elements', async () => {
  const { searchDesign } = await import('./search.ts');
  it('a vNIC server adapter, a logical port, a logical unit, the pool and an SR-IOV port', () => {
    const d = base;
    const vios1 = part(d, 'vios1').id;
    const hit = searchDesign(d, 'vnicserver0').find((h) => h.nodeId === vios1)!;
    expect(hit.label).toMatch(/^vnicserver0 on vios1 \(vNIC ent\d+ of (aix01|aix02|lnx03)\)$/);
    expect(d.domain.sriovLogicalPorts[hit.rowId!]!.partitionId).toBe(vios1);
    const lp = Object.values(d.domain.sriovLogicalPorts).find((l) => l.partitionId === vios1)!;
    expect(searchDesign(d, lp.deviceName).some((h) => h.rowId === lp.id && h.label === `${lp.deviceName} on vios1`)).toBe(true);
    const pool = Object.keys(d.domain.sspClusters)[0]!;
    expect(searchDesign(d, 'aix01_rootvg').map((h) => h.label)).toEqual(['aix01_rootvg on vios1', 'aix01_rootvg on vios2', 'Logical unit aix01_rootvg in p10_pool']);
    expect(searchDesign(d, 'p10_pool')[0]).toEqual({ nodeId: pool, label: 'Shared storage pool p10_pool' });
    expect(searchDesign(d, 'sriov2 port 1')[0]!.label).toBe('SR-IOV sriov2 port 1');
  });
});
