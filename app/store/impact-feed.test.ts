import { describe, expect, it } from 'vitest';
import { isOtherDocument } from './impact-feed.ts';
import * as ops from '../model/ops/index.ts';
import { base } from '../engine/testing/fixture.ts';

describe('isOtherDocument', () => {
  it('an operation is an edit of the same document (failures stay)', () => {
    const d = base().design;
    const p = Object.values(d.domain.partitions)[0]!;
    expect(isOtherDocument(d, ops.updatePartition(d, { id: p.id, patch: { memory: { ...p.memory, desiredMB: p.memory.desiredMB + 256 } } }))).toBe(false);
    expect(isOtherDocument(d, ops.renameDesign(d, { name: 'x' }))).toBe(false);
    expect(isOtherDocument(d, ops.addSystem(d, {}))).toBe(false);
  });
  it('New, Open, a template or its undo is another document (failures end)', () => {
    const d = base().design;
    expect(isOtherDocument(d, ops.emptyDesign('t'))).toBe(true);
    expect(isOtherDocument(d, structuredClone(d))).toBe(true);
    expect(isOtherDocument(ops.emptyDesign('t'), d)).toBe(false);
  });
});
