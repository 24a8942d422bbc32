import { describe, expect, it } from 'vitest';
import { componentsAt } from './failure-menu-store.ts';
import { elementsOf, failedStateOf } from './failed-elements.ts';
import type { FailableComponent } from '../../engine/impact/types.ts';

const c = (id: string, kind: FailableComponent['kind'], elementIds: string[]): FailableComponent => ({ id, kind, name: id, elementIds });
const failable = Object.fromEntries([
  c('lpar-1', 'vios', ['lpar-1']), c('pp-1', 'physical-port', ['pp-1']), c('adapter:P1-C2', 'physical-adapter', ['pp-1', 'pp-2']),
  c('sys-1', 'frame', ['sys-1', 'lpar-1', 'lpar-3']),
].map((x) => [x.id, x]));

describe('failure menu and failed elements', () => {
  it('offers a port and its adapter for a port row, and only the VIOS for a VIOS (not its frame)', () => {
    expect(componentsAt(failable, 'pp-1').map((x) => x.id)).toEqual(['pp-1', 'adapter:P1-C2']);
    expect(componentsAt(failable, 'lpar-1').map((x) => x.id)).toEqual(['lpar-1']);
    expect(componentsAt(failable, 'pp-2').map((x) => x.id)).toEqual(['adapter:P1-C2']);
    expect(componentsAt(failable, 'lpar-9')).toEqual([]);
  });
  it('draws every element of a failed component failed, and a What if apart', () => {
    expect([...elementsOf({ failable }, ['adapter:P1-C2'])].sort()).toEqual(['adapter:P1-C2', 'pp-1', 'pp-2']);
    const s = { failable, failures: [{ id: 'sys-1' }], whatIf: 'pp-1' };
    expect(failedStateOf(s, 'lpar-3')).toBe('failed');
    expect(failedStateOf(s, 'pp-1')).toBe('what-if');
    expect(failedStateOf(s, 'pp-9')).toBe('');
  });
});
