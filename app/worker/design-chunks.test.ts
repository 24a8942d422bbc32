import { describe, expect, it } from 'vitest';
import { generateBenchDesign } from '../model/generate.ts';
import { DesignAssembly, splitDesign } from './design-chunks.ts';

describe('a design sent to a worker in pieces', () => {
  it('is put together equal to the design, whatever the order of the pieces', () => {
    const d = generateBenchDesign(60);
    const { shell, pieces } = splitDesign(d, 50);
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.every(([, entries]) => entries.length <= 50)).toBe(true);
    const a = new DesignAssembly(structuredClone(shell));
    for (const [kind, entries] of [...pieces].reverse()) a.add(kind, structuredClone(entries));
    const back = a.done();
    expect(back).toEqual(d);
    // Records keep their order within a collection when the pieces come in order.
    const b = new DesignAssembly(shell);
    for (const [kind, entries] of pieces) b.add(kind, entries);
    expect(Object.keys(b.done().domain.partitions)).toEqual(Object.keys(d.domain.partitions));
  });

  it('keeps empty collections and the top-level fields', () => {
    const d = generateBenchDesign(2);
    const { shell, pieces } = splitDesign(d);
    expect(shell.domain.partitions).toEqual({});
    expect(shell.name).toBe(d.name);
    const a = new DesignAssembly(shell);
    for (const [kind, entries] of pieces) a.add(kind, entries);
    expect(a.done().domain.mediaRepositories).toEqual({});
  });
});
