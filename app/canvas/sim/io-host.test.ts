import { describe, expect, it } from 'vitest';
import { buildDualViosTemplate } from '../../model/templates/sample.ts';
import { rowCounts } from '../../model/layout/tidy.ts';
import { createSimulation } from '../../engine/sim/index.ts';
import { createPicture } from '../../picture/picture.ts';
import { CLOCK_AHEAD_MS, IoHost, clockAt, type FromDrawing, type PlayClock } from './io-host.ts';
import type { PathLike } from './io-lines.ts';
import { ioFrame, ioTopology, pictureSource } from './io-plan.ts';
import { packTopology } from './io-wire.ts';

class CountingPath implements PathLike {
  moves = 0;
  moveTo(): void { this.moves++; }
  lineTo(): void {}
  rect(): void {}
}

/** A canvas whose 2D context records the calls made on it. */
function fakeCanvas(name: string, log: string[]) {
  const state: Record<string | symbol, unknown> = {};
  const ctx = new Proxy(state, {
    get: (t, k) => (k in t ? t[k] : k === 'measureText' ? () => ({ width: 10 }) : (...a: unknown[]) => {
      log.push(`${name}.${String(k)}${k === 'stroke' ? `:${(a[0] as CountingPath).moves}` : k === 'drawImage' ? `:${(a[0] as { name: string }).name}` : ''}`);
    }),
    set: (t, k, v) => { t[k] = v; return true; },
  });
  return { name, width: 300, height: 150, getContext: () => ctx };
}

const COLOURS = { active: 'g', standby: 's', failing: 'o', failed: 'r', over: 'm', dot: 'b', text: 'w', ok: 'ok', degraded: 'dg', outage: 'out' };

describe('the drawing side of the I/O animation (what the drawing worker runs)', () => {
  const d = buildDualViosTemplate();
  const rc = rowCounts(d);
  const picture = createPicture(d, (id) => rc.get(id) ?? 0);
  const sim = createSimulation(d);
  const topo = ioTopology(d, picture, sim.paths(), sim.model.components.map((c) => c.id), sim.model.partitions.map((p) => p.partitionId));
  sim.runUntil(5000);
  const frame = sim.frame();
  const xs = [...picture.boxes.values()];
  const x0 = Math.min(...xs.map((b) => b.x)), y0 = Math.min(...xs.map((b) => b.y));
  const view = { transform: [-x0 + 10, -y0 + 10, 1] as const, width: 4000, height: 3000, dpr: 1 };
  const T0 = 1_750_000_000_000;
  const clock: PlayClock = { clockMs: 5000, at: T0, speed: 1, playing: true };

  /** A host on fake canvases, with its animation frames run by `run` and its wall clock at `wall.now` (epoch ms). */
  function setUp(motion: boolean) {
    const log: string[] = [];
    const told: FromDrawing[] = [];
    const queue: (() => void)[] = [];
    const wall = { now: T0 };
    let buffers = 0;
    const host = new IoHost((m) => told.push(m), () => fakeCanvas(`buffer${buffers++}`, log),
      { request: (cb) => queue.push(cb), cancel: (id) => { queue[id - 1] = () => {}; } }, () => new CountingPath(), () => wall.now);
    const screen = fakeCanvas('screen', log);
    const run = (frames: number) => { for (let i = 0; i < frames; i++) { const next = queue.splice(0); for (const f of next) f(); } };
    host.handle({ type: 'attach', canvas: screen, options: { colours: COLOURS, overview: false, motion, scale: 1 } });
    host.handle({ type: 'clock', clock });
    return { host, log, told, queue, screen, run, wall };
  }

  it('draws nothing until it has a topology, a frame and a view; then the lines (once their routes came) and the dots over them', async () => {
    const { host, log, told, screen, run } = setUp(true);
    run(3);
    expect(log.filter((l) => l.startsWith('screen.') && l !== 'screen.setTransform' && l !== 'screen.clearRect')).toEqual([]);
    host.handle({ type: 'topology', wire: packTopology(topo, pictureSource(picture).box) });
    host.handle({ type: 'frame', frame });
    host.handle({ type: 'view', view });
    run(3);
    // The screen takes the view's size; no route is known yet: no line is drawn, no dot.
    expect([screen.width, screen.height]).toEqual([4000, 3000]);
    expect(log.filter((l) => l.startsWith('buffer') && l.includes('stroke:')).length).toBe(0);
    // The routes arrive (as the page sends those near the view): the lines are drawn into a buffer and copied onto the screen under the dots.
    const ids = [...new Set(topo.io.segments.map((g) => g.connectionId))];
    host.handle({ type: 'routes', ids, points: ids.map((id) => picture.route(id)?.points ?? null) });
    log.length = 0;
    // The lines are drawn in slices of a few ms each (more frames on a busy machine): until they are copied onto the screen.
    for (let i = 0; i < 1000 && !log.some((l) => l.startsWith('screen.drawImage')); i++) run(1);
    const strokes = log.filter((l) => /^buffer\d\.stroke/.test(l)).reduce((a, l) => a + Number(l.split(':')[1]), 0);
    expect(strokes).toBe([...ioFrame(topo, frame).state].filter((st) => st >= 0).length);
    const copied = log.findIndex((l) => l.startsWith('screen.drawImage:buffer'));
    expect(copied).toBeGreaterThanOrEqual(0);
    expect(log.slice(copied).some((l) => l === 'screen.arc' || l === 'screen.fillRect')).toBe(true);
    // The summary is told at most five times a second.
    await new Promise((r) => setTimeout(r, 250));
    run(1);
    // What it drew, told to the page: paths per VIOS and dots.
    const summary = told.at(-1);
    expect(summary?.type).toBe('summary');
    expect(summary!.attrs['data-active']).toMatch(/vios1:\d+ vios2:\d+/);
    expect(Number(summary!.attrs['data-dot-count'])).toBeGreaterThan(0);
    expect(summary!.sentence).toMatch(/^I\/O at /);
  });

  it('takes a later time of the same frame without its arrays: the clock it draws moves, the states stay', async () => {
    const { host, told, run } = setUp(true);
    host.handle({ type: 'topology', wire: packTopology(topo, pictureSource(picture).box) });
    host.handle({ type: 'frame', frame });
    host.handle({ type: 'view', view });
    run(3);
    await new Promise((r) => setTimeout(r, 250));
    run(1);
    const before = told.at(-1)!;
    host.handle({ type: 'time', t: frame.t + 1500, eventCount: frame.eventCount });
    host.handle({ type: 'clock', clock: { ...clock, clockMs: frame.t + 1500, playing: false } });
    await new Promise((r) => setTimeout(r, 250));
    run(2);
    const after = told.at(-1)!;
    expect(after.attrs['data-clock']).toBe(String(frame.t + 1500));
    expect(after.attrs['data-active']).toBe(before.attrs['data-active']);
  });

  it('with reduced motion, draws the states and no dot; detached, it stops drawing', () => {
    const { host, told, queue, run } = setUp(false);
    host.handle({ type: 'topology', wire: packTopology(topo, pictureSource(picture).box) });
    host.handle({ type: 'frame', frame });
    host.handle({ type: 'view', view });
    run(5);
    const summary = told.at(-1)!;
    expect(summary.attrs['data-motion']).toBe('reduced');
    expect(summary.attrs['data-dot-count']).toBe('0');
    expect(summary.attrs['data-active']).toMatch(/vios/);
    host.handle({ type: 'detach' });
    run(1);
    expect(queue.length).toBe(0);
  });

  it('moves the clock on by itself between the settings the page sends (at their speed, not past CLOCK_AHEAD_MS), and stops it paused', async () => {
    const failing = createSimulation(d);
    const vios1 = Object.values(d.domain.partitions).find((p) => p.name === 'vios1')!.id;
    failing.apply({ atMs: 1000, action: 'fail', targetId: vios1 });
    failing.runUntil(2000);
    const f = failing.frame();
    const { host, told, run, wall, log } = setUp(true);
    host.handle({ type: 'topology', wire: packTopology(topo, pictureSource(picture).box) });
    host.handle({ type: 'frame', frame: f });
    host.handle({ type: 'view', view });
    const ids = [...new Set(topo.io.segments.map((g) => g.connectionId))];
    host.handle({ type: 'routes', ids, points: ids.map((id) => picture.route(id)?.points ?? null) });
    // Every line drawn (the countdowns go along them), in slices of a few ms each.
    for (let i = 0; i < 1000 && !log.some((l) => l.startsWith('screen.drawImage')); i++) run(1);
    /** The countdowns drawn, `ms` of wall time after the clock was set to 2 s at 10x. */
    const countdownsAfter = async (ms: number, playing: boolean) => {
      host.handle({ type: 'clock', clock: { clockMs: 2000, at: T0, speed: 10, playing } });
      wall.now = T0 + ms;
      run(30);
      await new Promise((r) => setTimeout(r, 210));
      run(1);
      return told.at(-1)!.attrs['data-countdowns']!;
    };
    const seconds = (text: string) => text.split('; ').map((c) => Number(/([\d.]+) s$/.exec(c)?.[1]));
    const at2s = seconds(await countdownsAfter(0, true));
    expect(at2s.length).toBeGreaterThan(0);
    expect(at2s.every(Number.isFinite)).toBe(true);
    // 100 ms of wall time at 10x: every countdown is one second shorter.
    const later = seconds(await countdownsAfter(100, true));
    expect(later.map((x, i) => Math.round((at2s[i]! - x) * 10) / 10)).toEqual(at2s.map(() => 1));
    // Paused: the clock stays where it was set.
    expect(seconds(await countdownsAfter(100, false))).toEqual(at2s);
    // Long past the last setting (a stalled page): no further than CLOCK_AHEAD_MS.
    expect(clockAt({ clockMs: 2000, at: T0, speed: 10, playing: true }, T0 + 10_000)).toBe(2000 + CLOCK_AHEAD_MS * 10);
    expect(clockAt({ clockMs: 2000, at: T0, speed: 10, playing: true }, T0 - 50)).toBe(2000);
  });
});
