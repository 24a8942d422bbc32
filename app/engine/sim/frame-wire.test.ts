import { describe, expect, it } from 'vitest';
import { buildDualViosTemplate } from '../../model/templates/sample.ts';
import { createSimulation } from './index.ts';
import { FramePacker, FrameUnpacker, sameArrays, type WireFrame } from './frame-wire.ts';
import type { SimFrame } from './types.ts';

/** A VIOS failing at t+2 s in the dual-VIOS sample, sampled every 250 ms for 60 s (as a page playing would ask). */
function frames(): SimFrame[] {
  const d = buildDualViosTemplate();
  const sim = createSimulation(d);
  const vios1 = Object.values(d.domain.partitions).find((p) => p.name === 'vios1')!;
  sim.apply({ atMs: 2000, action: 'fail', targetId: vios1.id });
  const out: SimFrame[] = [];
  for (let t = 0; t <= 60_000; t += 250) { sim.runUntil(t); out.push(sim.frame()); }
  return out;
}

describe('frames on the wire between the simulation worker and the page', () => {
  it('sends a frame whole only when something but its time changed, and the page gets every frame as it was', () => {
    const all = frames();
    const packer = new FramePacker();
    const page = new FrameUnpacker();
    let whole = 0;
    for (const f of all) {
      const w: WireFrame = packer.pack(f, page.have);
      if ('frame' in w) whole++;
      const got = page.unpack(w);
      expect(got.t).toBe(f.t);
      expect(got.eventCount).toBe(f.eventCount);
      expect(sameArrays(got, f)).toBe(true);
    }
    // The failure changes the look a few times (paths failing, failed, the survivor's load); most frames are time only.
    const looks = all.filter((f, i) => i === 0 || !sameArrays(f, all[i - 1]!)).length;
    expect(looks).toBeGreaterThan(2);
    expect(whole).toBe(looks);
    expect(whole).toBeLessThan(all.length / 4);
  });

  it('sends it whole again to a page that does not hold the last look (a reply it dropped, a restarted worker)', () => {
    const [a] = frames();
    const packer = new FramePacker();
    const first = packer.pack(a!, 0);
    expect('frame' in first).toBe(true);
    expect('frame' in packer.pack({ ...a!, t: a!.t + 16 }, first.look)).toBe(false);
    expect('frame' in packer.pack({ ...a!, t: a!.t + 32 }, 0)).toBe(true);
    expect('frame' in packer.pack({ ...a!, t: a!.t + 48 }, first.look)).toBe(true); // the look it holds is no longer the last
  });

  it('refuses a time-only frame of a look it does not hold, with a message naming both', () => {
    const page = new FrameUnpacker();
    expect(() => page.unpack({ look: 3, t: 10, eventCount: 0 })).toThrow(/look 3 without its arrays, and this side holds 0/);
    const [a] = frames();
    page.unpack({ look: 1, frame: a! });
    expect(page.have).toBe(1);
    page.reset();
    expect(page.have).toBe(0);
  });
});
