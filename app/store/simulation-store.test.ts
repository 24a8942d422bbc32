import { beforeEach, describe, expect, it } from 'vitest';
import { eventElementIds, filteredEvents, MAX_SPEED, useSimulation } from './simulation-store.ts';
import { failureActions } from './simulation-feed.ts';
import type { SimEvent } from '../engine/sim/types.ts';

const ev = (t: number, mechanism: SimEvent['mechanism'], partitionIds: string[], componentIds: string[] = []): SimEvent => ({ t, mechanism, partitionIds, componentIds, sentence: `at ${t}` });

describe('the simulation store', () => {
  beforeEach(() => useSimulation.getState().turnOff());

  it('plays, pauses and steps; Step pauses and asks for the next event', () => {
    const s = useSimulation.getState();
    s.play();
    expect(useSimulation.getState().status).toBe('playing');
    s.pause();
    expect(useSimulation.getState().status).toBe('paused');
    s.play();
    s.step();
    expect(useSimulation.getState()).toMatchObject({ status: 'paused', stepSeq: expect.any(Number) });
  });

  it('keeps the speed between 1× and 60×, whole', () => {
    useSimulation.getState().setSpeed(200);
    expect(useSimulation.getState().speed).toBe(MAX_SPEED);
    useSimulation.getState().setSpeed(0);
    expect(useSimulation.getState().speed).toBe(1);
    useSimulation.getState().setSpeed(Number.NaN);
    expect(useSimulation.getState().speed).toBe(1);
  });

  it('seek moves the clock (never below 0) and the horizon with it; going back keeps the horizon', () => {
    useSimulation.getState().seek(90_000);
    useSimulation.getState().seek(-5);
    expect(useSimulation.getState()).toMatchObject({ clockMs: 0, horizonMs: 90_000, status: 'paused' });
  });

  it('an action drops what was known after its time (it is recomputed) and turns the simulation on', () => {
    useSimulation.getState().set({ events: [ev(1000, 'component', []), ev(5000, 'vscsi-mpio', ['lpar-3'])], clockMs: 3000, horizonMs: 9000 });
    useSimulation.getState().apply({ atMs: 3000, action: 'fail', targetId: 'lpar-1' });
    const s = useSimulation.getState();
    expect(s.events.map((e) => e.t)).toEqual([1000]);
    expect(s.horizonMs).toBe(3000);
    expect(s.actions).toEqual([{ atMs: 3000, action: 'fail', targetId: 'lpar-1' }]);
    expect(s.status).toBe('paused');
  });

  it('load replays a scenario from t+0; reset empties the recording', () => {
    useSimulation.getState().load([{ atMs: 10_000, action: 'shutdown', targetId: 'lpar-1' }], 'scn-1');
    expect(useSimulation.getState()).toMatchObject({ clockMs: 0, scenarioId: 'scn-1', status: 'paused' });
    useSimulation.getState().reset();
    expect(useSimulation.getState()).toMatchObject({ actions: [], scenarioId: null, events: [] });
  });

  it('filters events by partition and mechanism, and names the records an event speaks of', () => {
    const events = [ev(0, 'component', ['a', 'b'], ['lpar-1']), ev(1, 'vscsi-mpio', ['a']), ev(2, 'sea-failover', ['b'], ['sea-1'])];
    expect(filteredEvents(events, { partitionId: 'a', mechanism: null })).toEqual([0, 1]);
    expect(filteredEvents(events, { partitionId: 'b', mechanism: 'sea-failover' })).toEqual([2]);
    const topo = { componentIds: ['sea-1', 'adapter:U78'], componentElementIds: [['sea-1', 'veth-3'], ['pp-1', 'pp-2']] };
    expect(eventElementIds(topo, events[2]!)).toEqual(['sea-1', 'veth-3', 'b']);
    expect(eventElementIds(topo, ev(3, 'component', [], ['adapter:U78', 'adapter:none']))).toEqual(['pp-1', 'pp-2']);
  });
});

describe('failures made with the Failures toolbar become actions at the clock', () => {
  it('a new failure is a fail (a planned one a shutdown), one gone is a restore', () => {
    expect(failureActions([{ id: 'x' }], [{ id: 'y', planned: true }], 4200)).toEqual([
      { atMs: 4200, action: 'restore', targetId: 'x' },
      { atMs: 4200, action: 'shutdown', targetId: 'y' },
    ]);
  });
});
