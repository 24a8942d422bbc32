import { describe, expect, it } from 'vitest';
import { buildDualViosTemplate } from '../../model/templates/sample.ts';
import { rowCounts } from '../../model/layout/tidy.ts';
import { createSimulation } from '../../engine/sim/index.ts';
import { createPicture } from '../../picture/picture.ts';
import { ioFrame, ioTopology, pictureSource } from './io-plan.ts';
import { packTopology, unpackBoxes, unpackTopology, wireBuffers } from './io-wire.ts';

describe('the I/O topology sent to the drawing worker', () => {
  const d = buildDualViosTemplate();
  const rc = rowCounts(d);
  const picture = createPicture(d, (id) => rc.get(id) ?? 0);
  const sim = createSimulation(d);
  const topo = ioTopology(d, picture, sim.paths(), sim.model.components.map((c) => c.id), sim.model.partitions.map((p) => p.partitionId));

  it('arrives as the same topology, in a few flat arrays whose buffers are all transferred', () => {
    const wire = packTopology(topo, pictureSource(picture).box);
    // A structured clone (what postMessage does) of the wire form.
    const back = unpackTopology(structuredClone(wire));
    expect(back).toEqual(topo);
    sim.runUntil(0);
    expect(ioFrame(back, sim.frame())).toEqual(ioFrame(topo, sim.frame()));
    // Every typed array of the wire form is transferred (none copied), and there are few of them.
    const buffers = wireBuffers(wire);
    expect(buffers.length).toBeLessThan(15);
    const arrays = Object.values(wire).flatMap((v) => (ArrayBuffer.isView(v) ? [v] : typeof v === 'object' && !Array.isArray(v) ? Object.values(v) : []));
    for (const a of arrays) expect(buffers).toContain((a as Int32Array).buffer);
  });

  it('carries the boxes the lines join and the partitions\' tiles', () => {
    const boxes = unpackBoxes(packTopology(topo, pictureSource(picture).box));
    for (const g of topo.io.segments) {
      for (const id of [g.source, g.target]) {
        const b = picture.boxes.get(id);
        expect(boxes.get(id)).toEqual(b ? { x: b.x, y: b.y, w: b.w, h: b.h } : undefined);
      }
    }
    for (const id of topo.partitions) expect(boxes.has(id)).toBe(picture.boxes.has(id));
  });
});
