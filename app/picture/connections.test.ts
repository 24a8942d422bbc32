import { describe, expect, it } from 'vitest';
import { designConnections } from './connections.ts';
import { buildDualViosTemplate } from '../model/templates/sample.ts';
import { removeElements, updatePartition } from '../model/index.ts';

describe('designConnections', () => {
  it('lists every kind of link of the sample, and reuses them while their collections are unchanged', () => {
    const a = buildDualViosTemplate();
    const first = designConnections(a);
    const kinds = new Set(first.map((c) => c.kind));
    for (const k of ['vscsi', 'vfc', 'ethernet', 'cable', 'storage']) expect(kinds).toContain(k);
    const client = Object.values(a.domain.partitions).find((p) => p.kind !== 'vios')!;
    const b = updatePartition(a, { id: client.id, patch: { memory: { ...client.memory, desiredMB: 16384 } } });
    const second = designConnections(b);
    expect(second.map((c) => c.id)).toEqual(first.map((c) => c.id));
    // Same objects: nothing re-derived for a memory edit.
    const pair = (cs: typeof first) => cs.find((c) => c.kind === 'vscsi')!;
    expect(pair(second)).toBe(pair(first));
  });

  it('follows removals', () => {
    const a = buildDualViosTemplate();
    const client = Object.values(a.domain.partitions).find((p) => p.kind !== 'vios')!;
    const before = designConnections(a).filter((c) => c.source === client.id || c.target === client.id);
    expect(before.length).toBeGreaterThan(0);
    const b = removeElements(a, { ids: [client.id] });
    expect(designConnections(b).filter((c) => c.source === client.id || c.target === client.id)).toEqual([]);
  });

  it('a vSCSI or vFC pair names its server and client adapters (id, label, dependencies, made when read)', () => {
    const d = buildDualViosTemplate();
    const c = designConnections(d).find((x) => x.kind === 'vscsi')!;
    const server = d.domain.vscsiAdapters[c.sourceRow!]!;
    const client = d.domain.vscsiAdapters[c.targetRow!]!;
    expect(server.role).toBe('server');
    expect(client.role).toBe('client');
    expect([c.source, c.target]).toEqual([server.partitionId, client.partitionId]);
    expect(c.id).toBe(`vscsi:${server.id}`);
    expect(c.label).toBe(`${server.deviceName} ↔ ${client.deviceName} · slot ${server.slot} ↔ ${client.slot}`);
    expect(c.deps).toEqual([server, client]);
    expect(c.deps).toBe(c.deps);
  });
});
