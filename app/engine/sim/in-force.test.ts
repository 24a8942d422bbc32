import { describe, expect, it } from 'vitest';
import { failuresInForce } from './in-force.ts';

describe('failuresInForce', () => {
  const actions = [
    { atMs: 10_000, action: 'shutdown' as const, targetId: 'vios1' },
    { atMs: 20_000, action: 'fail' as const, targetId: 'fcs0' },
    { atMs: 300_000, action: 'restore' as const, targetId: 'vios1' },
    { atMs: 5_000, action: 'standby' as const, targetId: 'sea1' },
  ];
  it('is empty before the first failure', () => {
    expect(failuresInForce(actions, 9_999)).toEqual({ failures: [], restored: [] });
  });
  it('keeps a planned shutdown planned and adds later failures in time order', () => {
    expect(failuresInForce(actions, 20_000)).toEqual({ failures: [{ id: 'vios1', planned: true }, { id: 'fcs0' }], restored: [] });
  });
  it('a restore ends the failure and is remembered', () => {
    expect(failuresInForce(actions, 400_000)).toEqual({ failures: [{ id: 'fcs0' }], restored: ['vios1'] });
  });
  it('a failure again after a restore forgets the restore', () => {
    const again = [...actions, { atMs: 500_000, action: 'fail' as const, targetId: 'vios1' }];
    expect(failuresInForce(again, 600_000)).toEqual({ failures: [{ id: 'fcs0' }, { id: 'vios1' }], restored: [] });
  });
});
