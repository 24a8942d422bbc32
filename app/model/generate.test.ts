import { describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import { generateBenchDesign } from './generate.ts';
import { checkIntegrity } from './references.ts';
import { designSchema } from './schema/index.ts';
import { openDesign, saveDesign } from './design-file.ts';
import { ID_PREFIX } from './ids.ts';
import { partnerOf } from './query.ts';
import type { Design } from './schema/index.ts';

const big = generateBenchDesign(1000);

function slotsArePerPartitionUnique(d: Design): boolean {
  const seen = new Set<string>();
  for (const c of [d.domain.vscsiAdapters, d.domain.vfcAdapters, d.domain.vethAdapters]) {
    for (const a of Object.values(c)) {
      const k = `${a.partitionId}#${a.slot}`;
      if (seen.has(k)) return false;
      seen.add(k);
    }
  }
  return true;
}

describe('generateBenchDesign', () => {
  it('builds a whole, schema-valid document (parsing changes nothing)', { timeout: 30_000 }, () => {
    expect(checkIntegrity(big)).toEqual([]);
    const parsed = designSchema.parse(big);
    expect(isDeepStrictEqual(parsed, big)).toBe(true);
    const reopened = openDesign(saveDesign(big));
    expect(reopened.ok).toBe(true);
  });

  it('puts at most 250 clients and a VIOS pair in each frame', () => {
    const d = big.domain;
    expect(Object.keys(d.systems)).toHaveLength(4);
    const clients = Object.values(d.partitions).filter((p) => p.kind !== 'vios');
    expect(clients).toHaveLength(1000);
    for (const sys of Object.values(d.systems)) {
      const parts = Object.values(d.partitions).filter((p) => p.systemId === sys.id);
      expect(parts.filter((p) => p.kind === 'vios').map((p) => p.lparId)).toEqual([1, 2]);
      expect(parts.filter((p) => p.kind !== 'vios')).toHaveLength(250);
      expect(new Set(parts.map((p) => p.lparId)).size).toBe(parts.length);
    }
    expect(Object.values(generateBenchDesign(7, { maxClientsPerFrame: 3 }).domain.systems)).toHaveLength(3);
  });

  it('follows the ops conventions: prefix-N ids, unique slots, pairs pointing at each other', () => {
    for (const [c, rec] of Object.entries(big.domain)) {
      const prefix = ID_PREFIX[c as keyof typeof ID_PREFIX];
      for (const key of Object.keys(rec)) expect(key).toMatch(new RegExp(`^${prefix}-\\d+$`));
    }
    expect(slotsArePerPartitionUnique(big)).toBe(true);
    const small = generateBenchDesign(20);
    for (const all of [small.domain.vscsiAdapters, small.domain.vfcAdapters]) {
      for (const a of Object.values(all)) {
        const partner = partnerOf(all as Record<string, typeof a>, a);
        expect(partner, a.id).not.toBeNull();
        expect(partner!.remotePartitionId).toBe(a.partitionId);
        expect(partner!.remoteSlot).toBe(a.slot);
      }
    }
  });

  it('names devices like AIX and the VIOS do, unique per partition', () => {
    const d = generateBenchDesign(3).domain;
    const names = new Map<string, string[]>();
    const add = (pid: string | null, n: string) => { if (pid) names.set(pid, [...(names.get(pid) ?? []), n]); };
    for (const c of [d.vscsiAdapters, d.vfcAdapters, d.vethAdapters, d.physicalPorts, d.seas]) for (const a of Object.values(c)) add(a.partitionId, a.deviceName);
    for (const b of Object.values(d.backingDevices)) add(b.partitionId, b.name);
    for (const [, list] of names) expect(new Set(list).size).toBe(list.length);
    expect(names.get('lpar-1')!.sort()).toEqual(['ent0', 'ent1', 'ent2', 'ent3', 'fcs0', 'fcs1', 'hdisk0', 'hdisk1', 'hdisk2', 'vfchost0', 'vfchost1', 'vfchost2', 'vhost0', 'vhost1', 'vhost2']);
    expect(names.get('lpar-3')!.sort()).toEqual(['ent0', 'ent1', 'fcs0', 'fcs1', 'vscsi0', 'vscsi1']);
  });

  it('wires each client to its own LUN through both VIOS (no_reserve) and NPIV to two fabrics', () => {
    const d = generateBenchDesign(4).domain;
    const client = Object.values(d.partitions).find((p) => p.kind === 'aix')!;
    const vhosts = Object.values(d.vscsiAdapters).filter((a) => a.role === 'server' && a.remotePartitionId === client.id);
    expect(new Set(vhosts.map((v) => v.partitionId)).size).toBe(2);
    const bds = Object.values(d.vtds).filter((v) => vhosts.some((h) => h.id === v.serverAdapterId)).map((v) => d.backingDevices[v.backingDeviceId!]!);
    expect(new Set(bds.map((b) => b.lunId)).size).toBe(1);
    expect(bds.every((b) => b.reservePolicy === 'no_reserve')).toBe(true);
    const fabrics = Object.values(d.vfcAdapters).filter((a) => a.role === 'server' && a.remotePartitionId === client.id)
      .map((a) => d.physicalPorts[a.physicalPortId!]!.cabledToId);
    expect(new Set(fabrics).size).toBe(2);
    const trunks = Object.values(d.vethAdapters).filter((a) => a.trunk).map((a) => a.trunkPriority);
    expect(trunks.sort()).toEqual([1, 2]);
    expect(Object.values(d.seas).every((s) => s.controlChannelId && s.haMode === 'auto')).toBe(true);
  });

  it('lays frames side by side, the clients wrapped into rows above the VIOS pair, inside their frame', () => {
    const d = generateBenchDesign(300);
    const [f1, f2] = Object.keys(d.domain.systems).map((id) => d.layout.nodes[id]!);
    expect(f2!.x).toBeGreaterThan(f1!.x + f1!.w!);
    expect(f1!.y).toBe(f2!.y);
    const clients = Object.values(d.domain.partitions).filter((p) => p.systemId === 'sys-1' && p.kind === 'aix').map((p) => d.layout.nodes[p.id]!);
    const columns = new Set(clients.map((c) => c.x)).size;
    expect(columns).toBeGreaterThan(10);
    expect(new Set(clients.map((c) => c.y)).size).toBe(Math.ceil(clients.length / columns));
    const vios = Object.values(d.domain.partitions).filter((p) => p.kind === 'vios' && p.systemId === 'sys-1').map((p) => d.layout.nodes[p.id]!);
    expect(Math.min(...vios.map((v) => v.y))).toBeGreaterThan(Math.max(...clients.map((c) => c.y)));
    for (const c of clients) {
      expect(c.x).toBeGreaterThanOrEqual(0);
      expect(c.y + 100).toBeLessThanOrEqual(f1!.h!);
      expect(c.x + 180).toBeLessThanOrEqual(f1!.w!);
    }
  });

  it('builds 1 VIOS per frame on request and refuses other counts', () => {
    const d = generateBenchDesign(5, { viosPerFrame: 1 });
    expect(checkIntegrity(d)).toEqual([]);
    expect(Object.values(d.domain.partitions).filter((p) => p.kind === 'vios')).toHaveLength(1);
    expect(() => generateBenchDesign(5, { viosPerFrame: 3 as 2 })).toThrow();
    expect(Object.keys(generateBenchDesign(0).domain.partitions)).toHaveLength(2);
  });
});
