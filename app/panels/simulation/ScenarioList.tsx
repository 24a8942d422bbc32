import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import * as ops from '../../model/ops/index.ts';
import { useDesign } from '../../store/design-store.ts';
import { actionsOfSteps, stepsOfActions, useSimulation } from '../../store/simulation-store.ts';
import { useUi } from '../../store/ui-store.ts';
import { ScenarioEditor } from './ScenarioEditor.tsx';
import { clockText } from './labels.ts';

/** Saved scenarios of the design: replay, edit, delete; the recording saved as a new one; a new one written by hand. */
export function ScenarioList() {
  const scenarios = useDesign(useShallow((s) => Object.values(s.design.scenarios)));
  const { recorded, playingId } = useSimulation(useShallow((s) => ({ recorded: s.actions.length, playingId: s.scenarioId })));
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [name, setName] = useState('');
  const ui = useUi.getState();

  if (editing) return <ScenarioEditor scenarioId={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />;

  const replay = (id: string) => {
    const sc = useDesign.getState().design.scenarios[id];
    if (!sc) return;
    const sim = useSimulation.getState();
    sim.load(actionsOfSteps(sc.events), id);
    sim.play();
  };
  const saveRecording = (e: React.FormEvent) => {
    e.preventDefault();
    const steps = stepsOfActions(useSimulation.getState().actions);
    const r = useDesign.getState().apply(ops.saveScenario, { name, events: steps });
    if (!r.ok) { ui.notify('error', r.reason); return; }
    ui.notify('success', `Scenario ${name.trim()} saved in the design (${steps.length} step${steps.length === 1 ? '' : 's'})`);
    setName('');
  };
  const remove = (id: string, n: string) => {
    const r = useDesign.getState().apply(ops.removeScenario, { id });
    if (r.ok) ui.notify('info', `Scenario ${n} deleted (Ctrl+Z brings it back)`);
  };

  return (
    <div className="sim-scenarios">
      <ul className="scenario-list" aria-label="Saved scenarios">
        {scenarios.map((sc) => (
          <li key={sc.id} className={playingId === sc.id ? 'current' : ''}>
            <span className="scenario-name" title={sc.description}>{sc.name}</span>
            <span className="muted-small">{sc.events.length} step{sc.events.length === 1 ? '' : 's'}{sc.events.length > 0 ? `, to ${clockText(Math.max(...sc.events.map((x) => x.at)) * 1000)}` : ''}</span>
            <button type="button" aria-label={`Replay ${sc.name}`} onClick={() => replay(sc.id)}>▶ Replay</button>
            <button type="button" aria-label={`Edit ${sc.name}`} onClick={() => setEditing(sc.id)}>Edit</button>
            <button type="button" aria-label={`Delete ${sc.name}`} onClick={() => remove(sc.id, sc.name)}>Delete</button>
          </li>
        ))}
        {scenarios.length === 0 && <li className="muted-small">No scenario saved in this design.</li>}
      </ul>
      <div className="scenario-actions">
        <form onSubmit={saveRecording} className="scenario-save">
          <input aria-label="Scenario name" placeholder="Name the recording" value={name} onChange={(e) => setName(e.target.value)} maxLength={120} />
          <button type="submit" disabled={recorded === 0 || name.trim() === ''} title={recorded === 0 ? 'Fail, restore or shut down something while the simulation runs: it is recorded' : `Save the ${recorded} recorded actions as a scenario`}>
            Save recording ({recorded})
          </button>
        </form>
        <button type="button" onClick={() => setEditing('new')}>New scenario…</button>
      </div>
    </div>
  );
}
