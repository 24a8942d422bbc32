/**
 * The timed failover simulation (issue 13): a discrete-event simulation over the impact engine's path model, one
 * small state machine per PowerVM mechanism with the timings of REFERENCE.md section 3. Pure and deterministic: the
 * same design, settings and actions give the same events to the millisecond. Runs in a worker, in Node and in tests.
 *
 *   const sim = createSimulation(design);              // or createSimulation(pathModel, { design })
 *   sim.apply({ atMs: 10_000, action: 'fail', targetId: 'lpar-1' });   // fail | restore | shutdown | standby | auto
 *   sim.runUntil(60_000);           // -> SimEvent[] produced up to then; the clock moves to 60 s
 *   sim.stepToNextEvent();          // -> the events of the next moment something happens ([] at the end)
 *   sim.frame();                    // -> SimFrame: typed arrays per component (linkState, linkLoad, linkUtilisation)
 *                                   //    and per client partition (storage, network: 0 OK 1 Degraded 2 Outage
 *                                   //    3 failing over) and per path (pathState: standby, active, failing,
 *                                   //    failed; laid out by sim.paths()); fresh buffers, transfer them
 *   sim.snapshot();                 // -> { t, frame, impact (ImpactResult), overloads, events, settled }
 *   sim.stateAt(30_000);            // -> snapshot at an earlier (or later) time, recomputed by replaying the actions
 *                                   //    from the start on a fresh simulation of the same model: never approximated
 *   sim.events / sim.now / sim.settled() / sim.runToSettled()
 *   runScenario(design, 'VIOS maintenance')   // -> { events, finalImpact, overloads, endMs }
 *
 * Components and partitions are indexed as in the path model (sim.model.components, sim.model.partitions), so a UI
 * maps the frame's arrays once per topology. Events carry component and partition ids, the mechanism and a sentence
 * (formatEvent adds "t+31.2 s"). Settings: DEFAULT_SETTINGS, over them the design's `simulation`, over both the
 * options; a client's own tunables (vscsi_path_to, vscsi_err_recov, fc_err_recov, hcheck_interval) and an
 * EtherChannel's netaddr, retry_time, num_retries, poll_uplink win for that client. Once every timer has run out the
 * availability verdicts (impact(false)) equal impactOf's for the failures in force (sim.test.ts checks it).
 */
import type { Design } from '../../model/schema/index.ts';
import type { ImpactResult } from '../impact/types.ts';
import type { PathModel } from '../impact/model.ts';
import { Simulation, type SimulationOptions } from './simulation.ts';
import type { PathInfo, SimAction, SimEvent, SimFrame, SimSnapshot } from './types.ts';
import { frameOf, impactAt, overloads, pathInfo } from './view.ts';

export * from './types.ts';
export { DEFAULT_SETTINGS, resolveSettings, type SimulationSettings } from './settings.ts';
export { DEFAULT_WORKLOADS, workloadOf } from './workload.ts';
export { findScenario, runScenario, scenarioActions, type ScenarioRun } from './scenario.ts';
export { failuresInForce, type InForce } from './in-force.ts';
export type { SimulationOptions } from './simulation.ts';

export interface SimulationApi {
  readonly model: PathModel;
  readonly now: number;
  readonly events: readonly SimEvent[];
  readonly actions: readonly SimAction[];
  apply(action: SimAction): void;
  runUntil(tMs: number): SimEvent[];
  stepToNextEvent(): SimEvent[];
  runToSettled(limitMs?: number): SimEvent[];
  settled(): boolean;
  frame(withLoad?: boolean): SimFrame;
  /** The layout of frame().pathState: every path of every unit, once per topology. */
  paths(): PathInfo[];
  /** Verdicts now; `withLoad` false leaves out links over capacity (the impact engine's view). */
  impact(withLoad?: boolean): ImpactResult;
  snapshot(): SimSnapshot;
  stateAt(tMs: number): SimSnapshot;
}

export function createSimulation(input: Design | PathModel, options: SimulationOptions = {}): SimulationApi {
  const sim = new Simulation(input, options);
  const snap = (s: Simulation): SimSnapshot => ({
    t: s.now, frame: frameOf(s), impact: impactAt(s), overloads: overloads(s), events: s.events.slice(), settled: s.settled(),
  });
  return {
    get model() { return sim.model; },
    get now() { return sim.now; },
    get events() { return sim.events; },
    get actions() { return sim.actions; },
    apply: (a) => sim.apply(a),
    runUntil: (t) => sim.runUntil(t),
    stepToNextEvent: () => sim.stepToNextEvent(),
    runToSettled: (limit) => sim.runToSettled(limit),
    settled: () => sim.settled(),
    frame: (withLoad = true) => frameOf(sim, withLoad),
    paths: () => pathInfo(sim),
    impact: (withLoad = true) => impactAt(sim, withLoad),
    snapshot: () => snap(sim),
    stateAt: (t) => {
      const replay = new Simulation(sim.model, { ...options, design: sim.design });
      for (const a of sim.actions) if (a.atMs <= t) replay.apply(a);
      replay.runUntil(t);
      return snap(replay);
    },
  };
}
