import { describe, expect, it } from 'vitest';
import { applyDelta, diffDesign } from './delta.ts';
import { buildDualViosTemplate } from './templates/sample.ts';
import { addPartition, removeElements, renameDesign, updatePartition } from './index.ts';
import { generateBenchDesign } from './generate.ts';

const strip = <T extends { layout: unknown }>(d: T) => ({ ...d, layout: { nodes: {} } });

describe('design deltas', () => {
  it('an edit of one partition is a one-record delta that rebuilds the edited design', () => {
    const a = buildDualViosTemplate();
    const p = Object.values(a.domain.partitions).find((x) => x.kind !== 'vios')!;
    const b = updatePartition(a, { id: p.id, patch: { memory: { ...p.memory, desiredMB: p.memory.desiredMB + 1024 } } });
    const delta = diffDesign(a, b);
    expect(delta.records).toBe(1);
    expect(Object.keys(delta.collections)).toEqual(['partitions']);
    expect(delta.fields).toEqual({});
    expect(applyDelta(strip(a), delta)).toEqual(strip(b));
  });

  it('carries additions, cascaded removals and renamed designs', () => {
    const a = buildDualViosTemplate();
    const client = Object.values(a.domain.partitions).find((x) => x.kind !== 'vios')!;
    const sys = Object.values(a.domain.systems)[0]!;
    let b = removeElements(a, { ids: [client.id] });
    b = addPartition(b, { systemId: sys.id, kind: 'linux', name: 'lnx99' });
    b = renameDesign(b, { name: 'Renamed' });
    const delta = diffDesign(a, b);
    expect(delta.fields.name).toBe('Renamed');
    expect(delta.collections.partitions!.removed).toContain(client.id);
    // The client's adapters went with it.
    expect(delta.collections.vscsiAdapters!.removed.length).toBeGreaterThan(0);
    expect(applyDelta(strip(a), delta)).toEqual(strip(b));
  });

  it('finds nothing between a design and itself, and leaves the base untouched', () => {
    const a = generateBenchDesign(50);
    expect(diffDesign(a, a).records).toBe(0);
    const p = Object.values(a.domain.partitions)[3]!;
    const b = updatePartition(a, { id: p.id, patch: { name: 'renamed' } });
    const before = JSON.stringify(a);
    applyDelta(a, diffDesign(a, b));
    expect(JSON.stringify(a)).toBe(before);
  });
});
