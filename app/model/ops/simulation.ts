import type { Id } from '../schema/index.ts';
import { scenarioSchema, simulationSettingsSchema, type Scenario, type SimulationSettingsInput } from '../schema/index.ts';
import { OpError } from '../errors.ts';
import { op } from './op.ts';

/** The next free scenario id (scn-N). */
function nextScenarioId(scenarios: Record<Id, Scenario>): Id {
  let max = 0;
  for (const id of Object.keys(scenarios)) {
    const m = /^scn-(\d+)$/.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `scn-${max + 1}`;
}

/**
 * Saves a scenario (a named, timed sequence of fail / restore / shutdown / standby / auto actions, `at` in seconds):
 * a new one without an id, or the one with that id replaced. Names are unique; events are kept in time order.
 */
export const saveScenario = op<{ id?: Id; name: string; description?: string; events: Scenario['events'] }>((d, a) => {
  const id = a.id ?? nextScenarioId(d.scenarios);
  const name = a.name.trim();
  if (Object.values(d.scenarios).some((s) => s.id !== id && s.name.toLowerCase() === name.toLowerCase())) throw new OpError(`Another scenario is already named ${name}`);
  const events = a.events.map((e, i) => ({ e, i })).sort((x, y) => x.e.at - y.e.at || x.i - y.i).map((x) => x.e);
  const r = scenarioSchema.safeParse({ id, name, description: a.description ?? d.scenarios[id]?.description ?? '', events });
  if (!r.success) throw new OpError(`Invalid scenario: ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`);
  d.scenarios[id] = r.data;
});

export const removeScenario = op<{ id: Id }>((d, { id }) => {
  if (!d.scenarios[id]) throw new OpError('No such scenario');
  delete d.scenarios[id];
});

/**
 * Sets the simulation's settings saved in the design (SEA failover delay, vSCSI retry, fc_err_recov delays ...): the
 * patch's fields over the saved ones; a field set to undefined goes back to the default; nothing left removes them.
 */
export const setSimulationSettings = op<{ patch: { [K in keyof SimulationSettingsInput]?: SimulationSettingsInput[K] | undefined } }>((d, { patch }) => {
  const merged: Record<string, unknown> = { ...d.simulation };
  for (const [k, v] of Object.entries(patch)) { if (v === undefined) delete merged[k]; else merged[k] = v; }
  const r = simulationSettingsSchema.strict().safeParse(merged);
  if (!r.success) throw new OpError(`Invalid simulation setting ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`);
  if (Object.keys(r.data).length === 0) delete d.simulation;
  else d.simulation = r.data;
});
