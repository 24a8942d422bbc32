import { describe, expect, it } from 'vitest';
import { buildDualViosTemplate } from '../../model/templates/sample.ts';
import { rowCounts } from '../../model/layout/tidy.ts';
import { createSimulation } from '../../engine/sim/index.ts';
import { createPicture } from '../../picture/picture.ts';
import { SEG_ACTIVE, SEG_FAILING } from '../../picture/io-paths.ts';
import { polyline, pointAt } from './io-geometry.ts';
import { placeDots } from './io-draw.ts';
import { ioFrame, ioTopology, ioTopologyInSteps, pictureSource, runFor, SegmentLines } from './io-plan.ts';
import { ioAttributes, ioSentence } from './io-summary.ts';

describe('dots along a polyline', () => {
  it('places points by distance along the segments, in the direction of I/O', () => {
    const p = polyline([{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 50 }], true);
    expect(p.length).toBe(150);
    const o = { x: 0, y: 0, i: 1 };
    pointAt(p, 25, o);
    expect([o.x, o.y]).toEqual([100, 25]);
    pointAt(p, 100, o);
    expect([o.x, o.y]).toEqual([50, 0]);
    // Small squares of side 2r centred on each dot; circles (moveTo to the right edge, then arc) when big.
    const squares = (phase: number) => {
      const at: [number, number][] = [];
      const n = placeDots({ fillRect: (x, y) => { at.push([x + 1, y + 1]); }, moveTo: () => {}, arc: () => {} }, p, 40, phase, 1, false);
      expect(n).toBe(at.length);
      return at;
    };
    expect(squares(10)).toEqual([[100, 40], [100, 0], [60, 0], [20, 0]]);
    // a larger phase moves every dot further along
    expect(squares(20)).toEqual([[100, 30], [90, 0], [50, 0], [10, 0]]);
    const circles: [number, number][] = [];
    expect(placeDots({ fillRect: () => {}, moveTo: () => {}, arc: (x, y) => { circles.push([x, y]); } }, p, 40, 10, 3, true)).toBe(4);
    expect(circles).toEqual(squares(10));
  });
});

describe('the animation plan of the dual-VIOS sample', () => {
  const d = buildDualViosTemplate();
  const rc = rowCounts(d);
  const picture = createPicture(d, (id) => rc.get(id) ?? 0);
  const sim = createSimulation(d);
  const paths = sim.paths();
  const comps = sim.model.components.map((c) => c.id);
  const parts = sim.model.partitions.map((p) => p.partitionId);
  const topo = ioTopology(d, picture, paths, comps, parts);
  const vios1 = Object.values(d.domain.partitions).find((p) => p.name === 'vios1')!.id;

  it('before a failure, I/O goes through both VIOS and dots have routes to follow', () => {
    const f = ioFrame(topo, sim.frame());
    expect([...f.summary.active.keys()].sort()).toEqual(['vios1', 'vios2']);
    const lines = new SegmentLines(topo, pictureSource(picture), false);
    const active = [...f.state.keys()].filter((s) => f.state[s] === SEG_ACTIVE);
    expect(active.length).toBeGreaterThan(5);
    for (const s of active) expect(lines.get(s)!.length).toBeGreaterThan(0);
    // Zoomed out: box to box lines.
    const over = new SegmentLines(topo, pictureSource(picture), true);
    expect(over.get(active[0]!)!.xy.length).toBe(8);
    expect(f.countdowns).toEqual([]);
    expect(ioSentence(f, [], true)).toMatch(/^I\/O at t\+0\.0 s; carried through vios1 \d+ paths, vios2 \d+ paths\.$/);
  });

  it('vios1 failed: its paths fail over with vscsi_path_to counted down, I/O moves to vios2', () => {
    sim.apply({ atMs: 0, action: 'fail', targetId: vios1 });
    sim.runUntil(5000);
    const f = ioFrame(topo, sim.frame());
    expect(f.summary.failing.get('vios1')).toBeGreaterThan(0);
    expect(f.countdowns.map((c) => c.name)).toContain('vscsi_path_to');
    expect(f.countdowns.find((c) => c.name === 'vscsi_path_to')!.due).toBe(30_000 + 1200); // the sample's clients: vscsi_path_to=30, fast_fail
    expect([...f.state].some((x) => x === SEG_FAILING)).toBe(true);
    sim.runToSettled();
    const g = ioFrame(topo, sim.frame());
    expect(g.summary.active.has('vios1')).toBe(false);
    expect(g.summary.active.get('vios2')).toBeGreaterThan(0);
    expect(g.summary.failing.size).toBe(0);
    const attrs = ioAttributes(g, { dots: new Map([['vios2', 12]]), countdowns: [], overloaded: [] }, false);
    expect(attrs['data-dots']).toBe('vios2:12');
    expect(attrs['data-motion']).toBe('reduced');
    expect(attrs['data-failed']).toMatch(/^vios1:\d+$/);
    expect(ioSentence(g, [], false)).toMatch(/reduced motion: states without moving dots/);
  });

  it('mapped in steps within a time budget (a large design over several animation frames), it is the same mapping', () => {
    const steps = ioTopologyInSteps(d, picture, paths, comps, parts);
    let clock = 0;
    // A clock that moves 1 ms per reading: a budget of 1 ms lets one step run per call.
    const now = () => clock++;
    let calls = 0;
    let out = null;
    while (!out) { out = runFor(steps, 1, now); calls++; }
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(out.io).toEqual(topo.io);
    expect(out.pathComps).toEqual(topo.pathComps);
    expect([...out.segComp]).toEqual([...topo.segComp]);
    expect([...out.labelSegment]).toEqual([...topo.labelSegment]);
    expect(out.viosName).toEqual(topo.viosName);
  });
});
