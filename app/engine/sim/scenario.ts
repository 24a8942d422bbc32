/** Saved scenarios (design.scenarios): find one by name or id, turn it into actions, play it to the end. */
import type { Design, Scenario } from '../../model/schema/index.ts';
import type { ImpactResult } from '../impact/types.ts';
import { Simulation, type SimulationOptions } from './simulation.ts';
import type { Overload, SimAction, SimEvent } from './types.ts';
import { impactAt, overloads } from './view.ts';

export function findScenario(design: Design, nameOrId: string): Scenario | { error: string } {
  const all = Object.values(design.scenarios);
  const q = nameOrId.trim().toLowerCase();
  const hit = design.scenarios[nameOrId] ?? all.find((s) => s.name.toLowerCase() === q);
  if (hit) return hit;
  const names = all.map((s) => `"${s.name}"`).join(', ');
  return { error: `No scenario is named "${nameOrId}"${all.length > 0 ? `; the design has ${names}` : '; the design has none'}` };
}

/** A scenario's events as actions in milliseconds, in time order (stable for equal times). */
export function scenarioActions(s: Scenario): SimAction[] {
  return s.events
    .map((e, i) => ({ i, a: { atMs: Math.round(e.at * 1000), action: e.action, targetId: e.targetId } as SimAction }))
    .sort((x, y) => x.a.atMs - y.a.atMs || x.i - y.i)
    .map((x) => x.a);
}

export interface ScenarioRun {
  scenario: Scenario;
  events: SimEvent[];
  /** Verdicts once every timer has run out after the last action (the load included). */
  finalImpact: ImpactResult;
  overloads: Overload[];
  /** Clock at the end: when the last timer ran out. */
  endMs: number;
}

/** Plays a saved scenario from the start until every timer has run out; throws on an unknown scenario or target. */
export function runScenario(design: Design, scenario: Scenario | string, opts: SimulationOptions = {}): ScenarioRun {
  const s = typeof scenario === 'string' ? findScenario(design, scenario) : scenario;
  if ('error' in s) throw new Error(s.error);
  const sim = new Simulation(design, opts);
  for (const a of scenarioActions(s)) sim.apply(a);
  sim.runToSettled();
  return { scenario: s, events: sim.events.slice(), finalImpact: impactAt(sim), overloads: overloads(sim), endMs: sim.now };
}
