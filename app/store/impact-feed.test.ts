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

describe('the impact feed', () => {
  it('renders a worker\'s answer in the task after the one that received it', async () => {
    const { startImpactFeed } = await import('./impact-feed.ts');
    const { useImpact } = await import('./impact-store.ts');
    const { useDiagnostics } = await import('./diagnostics-store.ts');
    const d = base().design;
    const vios = Object.values(d.domain.partitions).find((p) => p.kind === 'vios')!;
    const result = { failed: [vios.id], partitions: [], counts: { OK: 0, Degraded: 0, Outage: 0 } };
    let statusInTheAnswersTask: string | null = null;
    const worker = {
      failable: async () => [{ id: vios.id, kind: 'vios', name: vios.name }],
      impact: async () => {
        // Queued before the feed gets the answer: runs after the answer's task, before the feed's next one.
        setTimeout(() => { statusInTheAnswersTask = useImpact.getState().status; }, 0);
        return { results: [result], durationMs: 1 };
      },
    };
    const client = { withDesign: async (_d: unknown, run: (w: typeof worker, id: number) => Promise<unknown>) => run(worker, 1) };
    useDiagnostics.setState({ status: 'ready' });
    const stop = startImpactFeed(client as never);
    try {
      useImpact.getState().fail(vios.id);
      for (let i = 0; i < 50 && useImpact.getState().status !== 'ready'; i++) await new Promise((r) => setTimeout(r, 10));
      expect(useImpact.getState().status).toBe('ready');
      expect(useImpact.getState().impact).toEqual(result);
      expect(statusInTheAnswersTask).toBe('computing');
    } finally {
      stop();
    }
  });
});
