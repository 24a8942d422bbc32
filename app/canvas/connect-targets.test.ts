import { describe, expect, it } from 'vitest';
import { buildDualViosTemplate } from '../model/templates/sample.ts';
import { checkIntegrity } from '../model/references.ts';
import { connectOptions, planDropOnNode, sourcesOf } from './connect-targets.ts';

const d = buildDualViosTemplate();
const dom = d.domain;
const part = (name: string) => Object.values(dom.partitions).find((p) => p.name === name)!.id;
const dev = (pid: string, name: string) => [...Object.values(dom.vscsiAdapters), ...Object.values(dom.vfcAdapters)].find((a) => a.partitionId === pid && a.deviceName === name)!.id;
const [vios1, vios2, aix01, aix02] = [part('vios1'), part('vios2'), part('aix01'), part('aix02')];
const lun = Object.values(dom.luns).find((l) => l.name === 'aix01_rootvg')!.id;

describe('a connection dropped on a node body', () => {
  it('with one sensible target connects to it: the +vSCSI chip of a VIOS onto a client', () => {
    const r = planDropOnNode(d, { nodeId: vios1, handle: 'vscsi' }, aix02);
    expect(r.options.map((o) => o.label)).toEqual(['vSCSI: vhost on vios1 ↔ vscsi on aix02']);
    const next = r.options[0]!.run(d);
    expect(Object.keys(next.domain.vscsiAdapters).length).toBe(Object.keys(dom.vscsiAdapters).length + 2);
    expect(checkIntegrity(next)).toEqual([]);
  });
  it('with several offers each: a LUN onto a VIOS maps its hdisk to one of the vhosts not yet mapping it', () => {
    const r = planDropOnNode(d, { nodeId: lun, handle: null }, vios2);
    // vios2 sees the LUN as hdisk0 (mapped to vhost0 already): vhost1 or vhost2; a second hdisk is refused.
    expect(r.options.map((o) => o.label)).toEqual(['VTD: hdisk0 → vhost1', 'VTD: hdisk0 → vhost2']);
    expect(r.options.map((o) => o.toLabel)).toEqual(['vhost1 on vios2', 'vhost2 on vios2']);
    expect(r.refusal).toBeNull();
  });
  it('with none says why (the model refusal, with its rule)', () => {
    const r = planDropOnNode(d, { nodeId: vios1, handle: dev(vios1, 'vhost0') }, aix02);
    expect(r.options).toEqual([]);
    expect(r.refusal).toMatchObject({ ok: false, ruleId: 'PAIR-2' });
    const none = planDropOnNode(d, { nodeId: vios1, handle: dev(vios1, 'vfchost0') }, Object.keys(dom.vlans)[0]!);
    // "No link", said with what the dragged end is for.
    expect(none.refusal).toMatchObject({ ok: false, reason: expect.stringMatching(/^No PowerVM link joins vfchost0 .*: drop on a physical FC port of this VIOS \(vfcmap\)$/) });
    // The node's own refusal, not one of its adapter rows (aix02's vscsi0 would say something true but beside the point).
    const bd = Object.values(dom.backingDevices).find((b) => b.partitionId === vios1)!.id;
    expect(planDropOnNode(d, { nodeId: vios1, handle: bd }, aix02).refusal).toMatchObject({ reason: expect.stringMatching(/^No PowerVM link joins hdisk0 \(backing device\) and partition aix02: drop on a vhost/) });
  });
});

describe('Connect… (keyboard)', () => {
  it('lists every connection an element can make, with the resulting operation', () => {
    const labels = connectOptions(d, { nodeId: aix01, handle: 'out' }).map((o) => `${o.toLabel}: ${o.label}`);
    expect(labels).toContain('vios1: vSCSI: vhost on vios1 ↔ vscsi on aix01');
    expect(labels).toContain('vios2: vSCSI: vhost on vios2 ↔ vscsi on aix01');
    // aix01 already has a virtual Ethernet adapter on VLAN 10: not offered.
    expect(labels.some((l) => l.startsWith('VLAN 10'))).toBe(false);
    expect(connectOptions(d, { nodeId: aix01, handle: 'npiv' }).map((o) => o.label)).toContain('NPIV: vfchost on vios1 ↔ fcs on aix01');
  });
  it('offers a partition, its chips and each of its rows as the starting end; a row on its own', () => {
    const s = sourcesOf(d, vios1).map((x) => x.label);
    expect(s[0]).toMatch(/^vios1 \(vSCSI pair/);
    expect(s).toContain('vhost0 on vios1');
    expect(sourcesOf(d, dev(vios1, 'vfchost1'))).toEqual([{ ref: { nodeId: vios1, handle: dev(vios1, 'vfchost1') }, label: 'vfchost1 on vios1' }]);
  });
});
