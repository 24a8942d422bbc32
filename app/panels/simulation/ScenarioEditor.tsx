import { useMemo, useState } from 'react';
import { SCENARIO_ACTIONS } from '../../model/schema/index.ts';
import * as ops from '../../model/ops/index.ts';
import type { FailableComponent } from '../../engine/impact/types.ts';
import { useDesign } from '../../store/design-store.ts';
import { useImpact } from '../../store/impact-store.ts';
import { useUi } from '../../store/ui-store.ts';
import { ACTION_LABEL } from './labels.ts';

type Action = (typeof SCENARIO_ACTIONS)[number];
interface Row { key: number; at: string; action: Action; targetId: string }

/** Which actions a component takes: ha_mode for an SEA, a planned shutdown for a VIOS or a frame. */
const fits = (a: Action, c: FailableComponent | undefined) =>
  !c || ((a !== 'standby' && a !== 'auto') || c.kind === 'sea') && (a !== 'shutdown' || c.kind === 'vios' || c.kind === 'frame');

let keySeq = 0;

/** A small editor of a scenario's timed steps: time (s), action, target; add, remove; saved as one undo step. */
export function ScenarioEditor({ scenarioId, onClose }: { scenarioId: string | null; onClose: () => void }) {
  const saved = useDesign((s) => (scenarioId ? s.design.scenarios[scenarioId] : undefined));
  const failable = useImpact((s) => s.failable);
  const targets = useMemo(() => Object.values(failable).sort((a, b) => a.name.localeCompare(b.name)), [failable]);
  const [name, setName] = useState(saved?.name ?? '');
  const [description, setDescription] = useState(saved?.description ?? '');
  const [rows, setRows] = useState<Row[]>(() => (saved?.events ?? []).map((e) => ({ key: ++keySeq, at: String(e.at), action: e.action, targetId: e.targetId })));
  const edit = (key: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () => setRows((rs) => [...rs, { key: ++keySeq, at: String(rs.length > 0 ? Number(rs[rs.length - 1]!.at) + 10 || 0 : 10), action: 'fail', targetId: targets[0]?.id ?? '' }]);

  const save = (e: React.FormEvent) => {
    e.preventDefault();
    const bad = rows.findIndex((r) => !(Number(r.at) >= 0) || r.at.trim() === '' || !failable[r.targetId] || !fits(r.action, failable[r.targetId]));
    if (bad >= 0) { useUi.getState().notify('error', `Step ${bad + 1}: a time of 0 s or more, a component and an action it takes are needed`); return; }
    const events = rows.map((r) => ({ at: Number(r.at), action: r.action, targetId: r.targetId }));
    const r = useDesign.getState().apply(ops.saveScenario, { ...(scenarioId ? { id: scenarioId } : {}), name, description, events });
    if (!r.ok) { useUi.getState().notify('error', r.reason); return; }
    useUi.getState().notify('success', `Scenario ${name.trim()} saved in the design`);
    onClose();
  };

  return (
    <form className="scenario-editor" aria-label={scenarioId ? `Edit scenario ${saved?.name ?? ''}` : 'New scenario'} onSubmit={save}>
      <div className="scenario-head">
        <input aria-label="Scenario name" required maxLength={120} value={name} onChange={(e) => setName(e.target.value)} placeholder="Name" />
        <input aria-label="Scenario description" maxLength={2000} value={description} onChange={(e) => setDescription(e.target.value)} placeholder="What it shows" />
      </div>
      <ol className="scenario-steps" aria-label="Steps">
        {rows.map((r, i) => {
          const target = failable[r.targetId];
          return (
            <li key={r.key}>
              <label>at t+<input type="number" min={0} step={0.1} aria-label={`Time of step ${i + 1} (s)`} value={r.at} onChange={(e) => edit(r.key, { at: e.target.value })} /> s</label>
              <select aria-label={`Target of step ${i + 1}`} value={r.targetId} onChange={(e) => edit(r.key, { targetId: e.target.value })}>
                {!target && <option value={r.targetId}>{r.targetId ? `${r.targetId} (not in the design)` : 'Choose…'}</option>}
                {targets.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
              </select>
              <select aria-label={`Action of step ${i + 1}`} value={r.action} onChange={(e) => edit(r.key, { action: e.target.value as Action })}>
                {SCENARIO_ACTIONS.map((a) => <option key={a} value={a} disabled={!fits(a, target)}>{ACTION_LABEL[a]}</option>)}
              </select>
              <button type="button" aria-label={`Remove step ${i + 1}`} onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}>×</button>
            </li>
          );
        })}
      </ol>
      <div className="scenario-actions">
        <button type="button" onClick={add}>Add step</button>
        <button type="submit" className="primary">Save scenario</button>
        <button type="button" onClick={onClose}>Cancel</button>
      </div>
    </form>
  );
}
