import { describe, expect, it } from 'vitest';
import * as ops from './index.ts';
import { checkIntegrity } from '../references.ts';
import { buildDualViosTemplate } from '../templates/sample.ts';
import { partnerOf } from '../query.ts';

const byName = (d: ReturnType<typeof buildDualViosTemplate>, name: string) => Object.values(d.domain.partitions).find((p) => p.name === name)!;

describe('copy and paste', () => {
  it('duplicates a client: renamed, new partition id, new server adapters in free VIOS slots, new WWPNs', () => {
    const d = buildDualViosTemplate();
    const aix01 = byName(d, 'aix01');
    const { design, created } = ops.pasteClip(d, { clip: ops.copyElements(d, [aix01.id]) });
    expect(created).toHaveLength(1);
    const copy = design.domain.partitions[created[0]!]!;
    expect(copy.name).toBe('aix03');
    expect(copy.lparId).toBe(Math.max(...Object.values(d.domain.partitions).map((p) => p.lparId)) + 1);
    expect(checkIntegrity(design)).toEqual([]);
    for (const c of ['vscsiAdapters', 'vfcAdapters'] as const) {
      const all = design.domain[c] as Record<string, (typeof design.domain)['vfcAdapters'][string]>;
      const clients = Object.values(all).filter((a) => a.partitionId === copy.id);
      expect(clients).toHaveLength(2);
      for (const a of clients) {
        const server = partnerOf(all, a)!;
        expect(server).toBeTruthy();
        expect(server.remotePartitionId).toBe(copy.id);
        // the server slot is new on the VIOS: never the slot of the original's server adapter
        const slotsOnVios = Object.values(all).filter((s) => s.partitionId === server.partitionId).map((s) => s.slot);
        expect(new Set(slotsOnVios).size).toBe(slotsOnVios.length);
      }
    }
    const wwpns = Object.values(design.domain.vfcAdapters).flatMap((a) => a.wwpns ?? []);
    expect(new Set(wwpns).size).toBe(wwpns.length);
    // the copy does not take over the original's disks
    expect(Object.keys(design.domain.vtds)).toHaveLength(Object.keys(d.domain.vtds).length);
    expect(design.layout.nodes[copy.id]!.x).toBe(d.layout.nodes[aix01.id]!.x + 40);
  });
  it('copies a whole frame with its VIOS pair, SEAs and VTDs intact', () => {
    const d = buildDualViosTemplate();
    const sys = Object.keys(d.domain.systems)[0]!;
    const { design, created } = ops.pasteClip(d, { clip: ops.copyElements(d, [sys]), offset: { x: 2000, y: 0 } });
    expect(created).toEqual([expect.stringMatching(/^sys-/)]);
    expect(Object.keys(design.domain.partitions)).toHaveLength(10);
    expect(Object.keys(design.domain.seas)).toHaveLength(4);
    expect(Object.keys(design.domain.vtds)).toHaveLength(12);
    expect(design.domain.systems[created[0]!]!.name).toBe('p9-frame2');
    expect(checkIntegrity(design)).toEqual([]);
  });
  it('a copied VLAN gets a free VLAN id; the source design is not changed', () => {
    const d = buildDualViosTemplate();
    const vlan = Object.keys(d.domain.vlans)[0]!;
    const before = JSON.stringify(d);
    const { design, created } = ops.pasteClip(d, { clip: ops.copyElements(d, [vlan]) });
    expect(design.domain.vlans[created[0]!]!.vlanId).toBe(11);
    expect(JSON.stringify(d)).toBe(before);
  });
  it('refuses an empty paste', () => {
    expect(() => ops.pasteClip(ops.emptyDesign(), { clip: { source: ops.emptyDesign(), ids: [] } })).toThrow(/Nothing to paste/);
  });
});
