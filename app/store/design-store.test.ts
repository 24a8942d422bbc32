import { beforeEach, describe, expect, it } from 'vitest';
import { useDesign, undo, redo } from './design-store.ts';
import * as ops from '../model/ops/index.ts';

describe('design store', () => {
  beforeEach(() => useDesign.getState().replace(ops.emptyDesign('t')));

  it('records one undo step per operation and undoes/redoes it', () => {
    const { apply } = useDesign.getState();
    apply(ops.addSystem, { name: 'f1' });
    apply(ops.addPartition, { systemId: 'sys-1', kind: 'aix' });
    expect(Object.keys(useDesign.getState().design.domain.partitions)).toHaveLength(1);
    undo();
    expect(Object.keys(useDesign.getState().design.domain.partitions)).toHaveLength(0);
    expect(Object.keys(useDesign.getState().design.domain.systems)).toHaveLength(1);
    redo();
    expect(Object.keys(useDesign.getState().design.domain.partitions)).toHaveLength(1);
  });
  it('a refused operation changes nothing, records no step and says why', () => {
    const before = useDesign.getState().design;
    const r = useDesign.getState().apply(ops.addPartition, { systemId: 'none', kind: 'aix' });
    expect(r).toMatchObject({ ok: false });
    expect(useDesign.getState().design).toBe(before);
    expect(useDesign.temporal.getState().pastStates).toHaveLength(0);
  });
  it('applyAll is a single step; replace clears history', () => {
    useDesign.getState().applyAll([(d) => ops.addSystem(d, {}), (d) => ops.addPartition(d, { systemId: 'sys-1', kind: 'vios' })]);
    expect(useDesign.temporal.getState().pastStates).toHaveLength(1);
    useDesign.getState().replace(ops.emptyDesign('x'));
    expect(useDesign.temporal.getState().pastStates).toHaveLength(0);
  });
  it('a multi-node move is one step (setLayout)', () => {
    const { apply } = useDesign.getState();
    apply(ops.addSystem, {});
    apply(ops.addPartition, { systemId: 'sys-1', kind: 'aix' });
    apply(ops.addPartition, { systemId: 'sys-1', kind: 'aix' });
    const n = useDesign.temporal.getState().pastStates.length;
    apply(ops.setLayout, { nodes: { 'lpar-1': { x: 100, y: 100 }, 'lpar-2': { x: 300, y: 100 } } });
    expect(useDesign.temporal.getState().pastStates.length).toBe(n + 1);
  });
});
