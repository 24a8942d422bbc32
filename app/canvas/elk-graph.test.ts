import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { buildDualViosTemplate } from '../model/templates/sample.ts';
import { buildElkGraph, frameSizeOf, layoutFromElk } from './elk-graph.ts';
import { NODE_SIZE } from '../model/layout/tidy.ts';

describe('ELK graph builder', () => {
  const d = buildDualViosTemplate();
  const sys = Object.keys(d.domain.systems)[0]!;
  it('nests partitions, VLANs and HEA ports in their frame; external elements at the root; edges in their common parent', () => {
    const g = buildElkGraph(d);
    const frame = g.children!.find((c) => c.id === sys)!;
    expect(frame.children!.map((c) => c.id).sort()).toEqual([...Object.keys(d.domain.partitions), ...Object.keys(d.domain.vlans)].sort());
    expect(g.children!.length).toBe(1 + 2 + 1 + 6 + 1); // frame, fabrics, array, rootvg and data LUNs, switch
    expect(frame.edges!.length).toBeGreaterThan(5);
    const inFrame = new Set(frame.children!.map((c) => c.id));
    for (const e of frame.edges!) expect(inFrame.has(e.sources[0]!) && inFrame.has(e.targets[0]!)).toBe(true);
    for (const e of g.edges!) expect(inFrame.has(e.sources[0]!) && inFrame.has(e.targets[0]!)).toBe(false);
  });
  it('ELK lays it out without overlaps inside the frame (run in Node)', async () => {
    const res = (await new ELK().layout(buildElkGraph(d))) as ElkNode;
    const layout = layoutFromElk(res);
    const parts = Object.keys(d.domain.partitions).map((id) => layout[id]!);
    for (let i = 0; i < parts.length; i++) for (let j = i + 1; j < parts.length; j++) {
      const a = parts[i]!; const b = parts[j]!;
      const apart = Math.abs(a.x - b.x) >= NODE_SIZE.partitionWidth || Math.abs(a.y - b.y) >= 60;
      expect(apart).toBe(true);
    }
    expect(layout[sys]!.w).toBeGreaterThan(NODE_SIZE.partitionWidth * 2);
    for (const id of Object.keys(d.domain.partitions)) expect(layout[id]!.y).toBeGreaterThanOrEqual(NODE_SIZE.frameHeader);
  });
  it('one frame: only its content, frame size returned', async () => {
    const g = buildElkGraph(d, { systemId: sys });
    expect(g.children!.length).toBe(6);
    const res = (await new ELK().layout(g)) as ElkNode;
    expect(Object.keys(layoutFromElk(res)).sort()).toEqual(g.children!.map((c) => c.id).sort());
    expect(frameSizeOf(res).w).toBeGreaterThan(300);
  });
});
