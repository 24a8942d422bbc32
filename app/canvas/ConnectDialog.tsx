import { useMemo, useState } from 'react';
import { useDesign } from '../store/design-store.ts';
import { useConnectUi } from './connect-ui-store.ts';
import { connectOptions, sourcesOf } from './connect-targets.ts';
import { applyPlan } from './apply-plan.ts';
import { labelOf } from './labels.ts';

/**
 * Connect… (key C): every connection the selected element can make, with the operation each one performs,
 * from the same planner as dragging, so that every connection can be made without a mouse.
 */
export function ConnectDialog() {
  const id = useConnectUi((s) => s.dialogFor);
  const design = useDesign((s) => s.design);
  const sources = useMemo(() => (id ? sourcesOf(design, id) : []), [design, id]);
  const [pick, setPick] = useState(0);
  const [filter, setFilter] = useState('');
  const from = sources[Math.min(pick, sources.length - 1)];
  const options = useMemo(() => (from ? connectOptions(design, from.ref) : []), [design, from]);
  if (!id) return null;
  const q = filter.trim().toLowerCase();
  const shown = options.filter((o) => !q || `${o.toLabel} ${o.label}`.toLowerCase().includes(q));
  const close = () => { setPick(0); setFilter(''); useConnectUi.getState().set({ dialogFor: null }); };
  const run = (i: number) => {
    const o = shown[i];
    if (!o) return;
    close();
    applyPlan({ ok: true, label: o.label, run: o.run }, { select: false });
  };
  const title = `Connect ${labelOf(design, id)}`;
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => { if (e.target === e.currentTarget) close(); }}>
      <div className="dialog connect-dialog" role="dialog" aria-modal="true" aria-label={title} onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); close(); } }}>
        <h2>{title}</h2>
        {sources.length > 1 && (
          <label className="connect-from">From
            <select value={pick} onChange={(e) => setPick(Number(e.target.value))}>
              {sources.map((s, i) => <option key={`${s.ref.handle}`} value={i}>{s.label}</option>)}
            </select>
          </label>
        )}
        <input aria-label="Filter connections" placeholder="Filter: a partition, vhost0, VLAN 10…" value={filter} autoFocus
          onChange={(e) => setFilter(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') run(0); }} />
        {shown.length === 0
          ? <p className="muted">{options.length === 0 ? `Nothing can be connected to ${from?.label ?? 'this element'} in this design.` : 'No connection matches the filter.'}</p>
          : (
            <ul className="connect-options" aria-label="Possible connections">
              {shown.map((o, i) => (
                <li key={`${o.to.nodeId}|${o.to.handle}|${o.label}`}>
                  <button type="button" onClick={() => run(i)}><b>{o.toLabel}</b> · {o.label}</button>
                </li>
              ))}
            </ul>
          )}
        <div className="actions"><button type="button" onClick={close}>Close</button></div>
      </div>
    </div>
  );
}
