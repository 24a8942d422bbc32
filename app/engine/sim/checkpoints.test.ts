import { describe, expect, it } from 'vitest';
import { byName, dualVios } from './fixtures.ts';
import { createSimulation } from './index.ts';
import { SimSession, type SimReply } from './session.ts';
import type { SimAction } from './types.ts';

/** Everything a reply says about the state at its clock (frame arrays, events up to it, failures in force). */
const state = (r: SimReply, events: readonly unknown[]) => ({
  t: r.clockMs, settled: r.settled, inForce: r.inForce,
  frame: Object.fromEntries(Object.entries(r.frame).map(([k, v]) => [k, ArrayBuffer.isView(v) ? [...(v as Uint8Array)] : v])),
  events: events.slice(0, r.frame.eventCount),
});

/** The recording of a VIOS failed at 5 s and back at 60 s, and its SEA put to standby at 90 s. */
function recording(d: ReturnType<typeof dualVios>): SimAction[] {
  const vios1 = byName(d, 'vios1');
  return [{ atMs: 5000, action: 'fail', targetId: vios1 }, { atMs: 60_000, action: 'restore', targetId: vios1 }];
}

/** A session played to `to` in steps of a second (as the UI does), with its idle work done; returns it and the events it sent. */
function played(to: number) {
  const d = dualVios();
  const s = new SimSession();
  s.setDesign(d, 1);
  s.setActions(recording(d), 1);
  const events: unknown[] = [];
  for (let t = 0; t <= to; t += 1000) {
    const r = s.frameAt(t, events.length);
    events.splice(r.eventStart, events.length, ...r.events);
  }
  while (s.idle(1000));
  return { d, s, events };
}

/** The state at `t` by a fresh session replaying from t+0 (no checkpoint can exist). */
function fresh(d: ReturnType<typeof dualVios>, t: number) {
  const s = new SimSession();
  s.setDesign(d, 1);
  s.setActions(recording(d), 1);
  const r = s.frameAt(t, 0);
  return state(r, r.events);
}

describe('scrubber checkpoints (seek back from the nearest earlier exact run)', () => {
  it('are built in idle time, spread over what has happened', () => {
    const { s } = played(150_000);
    expect(s.checkpoints.times).toEqual(s.checkpoints.wanted(150_000));
    expect(s.checkpoints.times.length).toBeGreaterThan(5);
    expect(s.checkpoints.times.length).toBeLessThanOrEqual(12);
  });

  it('a seek back via a checkpoint gives the same state as a replay from t+0, at every second', () => {
    const { d, s, events } = played(150_000);
    const before = s.checkpoints.times;
    const r = s.frameAt(47_300, events.length);
    // The checkpoint at or before 47.3 s was taken out to become the live simulation; the one left at 150 s kept.
    expect(s.checkpoints.times).not.toEqual(before);
    expect(s.checkpoints.times).toContain(150_000);
    expect(state(r, events)).toEqual(fresh(d, 47_300));
    for (const t of [3000, 5000, 5001, 31_000, 61_000, 89_999, 120_000, 149_000, 150_000]) {
      const back = s.frameAt(t, events.length);
      expect(state(back, events), `at ${t} ms`).toEqual(fresh(d, t));
      while (s.idle(1000));
    }
  });

  it('an action added later applies to the checkpoints before it and drops those after; the states stay exact', () => {
    const { d, s, events } = played(100_000);
    const sea = Object.values(d.domain.seas)[0]!.id;
    const more: SimAction = { atMs: 100_000, action: 'standby', targetId: sea };
    s.setActions([...recording(d), more], 2);
    s.frameAt(130_000, events.length);
    while (s.idle(1000));
    const check = new SimSession();
    check.setDesign(d, 1);
    check.setActions([...recording(d), more], 2);
    for (const t of [40_000, 110_000, 125_000]) {
      const a = s.frameAt(t, 0);
      const b = check.frameAt(t, 0);
      expect(state(a, a.events)).toEqual(state(b, b.events));
    }
  });

  it('a recording changed (not only added to) forgets them', () => {
    const { d, s } = played(100_000);
    expect(s.checkpoints.times.length).toBeGreaterThan(0);
    s.setActions(recording(d).slice(0, 1), 2);
    expect(s.checkpoints.times).toEqual([]);
    const r = s.frameAt(80_000, 0);
    const sim = createSimulation(d);
    sim.apply(recording(d)[0]!);
    sim.runUntil(80_000);
    expect([...r.frame.pathState]).toEqual([...sim.frame().pathState]);
  });
});
