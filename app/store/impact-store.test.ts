import { beforeEach, describe, expect, it } from 'vitest';
import { badgesOf, componentFor, IDLE_PAIRS, pathHighlight, shownResult, useImpact } from './impact-store.ts';
import { useDesign } from './design-store.ts';
import * as ops from '../model/ops/index.ts';
import type { FailableComponent, ImpactResult, PartitionImpact } from '../engine/impact/types.ts';

const vios: FailableComponent = { id: 'lpar-1', kind: 'vios', name: 'vios1', elementIds: ['lpar-1'] };
const adapter: FailableComponent = { id: 'adapter:U78-P1-C2', kind: 'physical-adapter', name: 'vios1 U78-P1-C2', elementIds: ['pp-1', 'pp-2'] };
const port: FailableComponent = { id: 'pp-1', kind: 'physical-port', name: 'vios1 fcs0', elementIds: ['pp-1'] };
const failable = { [vios.id]: vios, [adapter.id]: adapter, [port.id]: port };

const part = (id: string, storage: PartitionImpact['storage'], network: PartitionImpact['network']): PartitionImpact => ({
  partitionId: id, name: id, storage, network, verdict: storage, reason: '',
  services: [{ key: 'lun:1', kind: 'storage', label: 'rootvg', verdict: storage, reason: '', lostElementIds: ['a', 'b'], survivingElementIds: ['c'] },
    { key: 'vlan:1', kind: 'network', label: 'VLAN 10', verdict: network, reason: '', lostElementIds: ['b', 'd'], survivingElementIds: [] }],
});
const result = (...partitions: PartitionImpact[]): ImpactResult => ({ failed: [], partitions, counts: { OK: 0, Degraded: 0, Outage: 0 } });

describe('impact store', () => {
  beforeEach(() => useImpact.setState({ failures: [], whatIf: null, picked: null, failable, impact: null, preview: null, pairs: IDLE_PAIRS, tab: 'partitions' }));

  it('fails, restores and restores all, once per component; failing ends a What if', () => {
    const s = useImpact.getState();
    s.setWhatIf('pp-1');
    s.fail('lpar-1');
    s.fail('lpar-1');
    s.fail('pp-1', false);
    expect(useImpact.getState().failures).toEqual([{ id: 'lpar-1' }, { id: 'pp-1' }]);
    expect(useImpact.getState().whatIf).toBeNull();
    s.restore('lpar-1');
    expect(useImpact.getState().failures).toEqual([{ id: 'pp-1' }]);
    s.fail('lpar-1', true);
    expect(useImpact.getState().failures).toContainEqual({ id: 'lpar-1', planned: true });
    s.restoreAll();
    expect(useImpact.getState().failures).toEqual([]);
  });

  it('is not the design: failing touches neither the design nor its undo history', () => {
    useDesign.getState().replace(ops.emptyDesign('t'));
    const design = useDesign.getState().design;
    useImpact.getState().fail('lpar-1');
    expect(useDesign.getState().design).toBe(design);
    expect(useDesign.temporal.getState().pastStates).toHaveLength(0);
  });

  it('finds the component an element stands for: its own first, else the one that draws it', () => {
    expect(componentFor(failable, 'lpar-1')).toBe(vios);
    expect(componentFor(failable, 'pp-1')).toBe(port);
    expect(componentFor(failable, 'pp-2')).toBe(adapter);
    expect(componentFor(failable, 'lpar-3')).toBeNull();
  });

  it('shows the What if preview while there is one, and badges per partition', () => {
    const impact = result(part('lpar-3', 'OK', 'OK'));
    const preview = result(part('lpar-3', 'Degraded', 'Outage'));
    expect(shownResult({ impact, preview, whatIf: null })).toBe(impact);
    expect(shownResult({ impact, preview, whatIf: 'lpar-1' })).toBe(preview);
    expect(shownResult({ impact, preview: null, whatIf: 'lpar-1' })).toBe(impact);
    expect(badgesOf(preview)).toEqual({ 'lpar-3': 'Degraded:Outage' });
    expect(badgesOf(null)).toEqual({});
  });

  it('lights every lost and surviving record of a partition once', () => {
    expect(pathHighlight(part('lpar-3', 'Degraded', 'OK'))).toEqual({ partitionId: 'lpar-3', lost: ['a', 'b', 'd'], surviving: ['c'] });
  });

  it('starts and cancels the pairs analysis as state the feed acts on', () => {
    useImpact.getState().analysePairs();
    expect(useImpact.getState().pairs.status).toBe('running');
    expect(useImpact.getState().tab).toBe('pairs');
    useImpact.getState().cancelPairs();
    expect(useImpact.getState().pairs.status).toBe('cancelled');
    useImpact.getState().cancelPairs();
    expect(useImpact.getState().pairs.status).toBe('cancelled');
  });
});
