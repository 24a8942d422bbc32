import { memo, useEffect } from 'react';
import { useImpact } from '../../store/impact-store.ts';
import { useUi } from '../../store/ui-store.ts';
import { useEditor } from '../../canvas/editor-store.ts';
import { useFailureTarget } from './use-failure-target.ts';
import { toggleFailure, toggleWhatIf } from './failure-actions.ts';
import { KIND_LABEL } from './ComponentPicker.tsx';

const inField = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/** Key F fails (or restores) the selected component; Escape ends a What if. */
function useFailureKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (inField(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      const ed = useEditor.getState();
      if (ed.pendingDelete || ed.templatesOpen || ed.shortcutsOpen) return;
      if (e.key === 'f' || e.key === 'F') { if (toggleFailure()) e.preventDefault(); }
      else if (e.key === 'Escape' && useImpact.getState().whatIf) useImpact.getState().setWhatIf(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** Fail, Restore, What if, Rehearse maintenance and Restore all, over the canvas (failures are not design edits). */
export const FailureTools = memo(function FailureTools() {
  useFailureKeys();
  // A new selection on the canvas is what the buttons act on again.
  const selection = useUi((st) => st.selection);
  useEffect(() => { useImpact.getState().pick(null); }, [selection]);
  const { component, failed, why } = useFailureTarget();
  const failures = useImpact((s) => s.failures.length + s.restored.length);
  const whatIf = useImpact((s) => s.whatIf);
  const picked = useImpact((s) => !!s.picked);
  const s = useImpact.getState();
  const name = component?.name ?? '';
  return (
    <div className="failure-tools" role="toolbar" aria-label="Failures">
      <span className={`failure-target${component ? '' : ' none'}${failed ? ' is-failed' : ''}`} title={why || `${KIND_LABEL[component!.kind]} ${name}`}>
        <span className="target-name">{component ? name : 'Select what fails'}</span>
        {picked && <button type="button" className="unpick" aria-label={`Stop acting on ${name}`} title="Act on the canvas selection again" onClick={() => s.pick(null)}>×</button>}
      </span>
      {failed
        ? <button type="button" onClick={() => s.restore(component!.id)} title={`Restore ${name} (F)`}>Restore</button>
        : <button type="button" className="fail-button" disabled={!component} onClick={() => component && s.fail(component.id)} title={why || `Fail ${name} (F)`}>Fail</button>}
      <button type="button" aria-pressed={!!component && whatIf === component.id} disabled={!component || failed} onClick={toggleWhatIf} title={why || `Show what failing ${name} would do, without failing it`}>What if</button>
      <button type="button" disabled={component?.kind !== 'vios'} onClick={() => component && s.rehearse(component.id)} title={component?.kind === 'vios' ? `Shut ${name} down as an administrator would and show every client's verdict` : 'Select a VIOS'} aria-label="Rehearse maintenance">Rehearse</button>
      <button type="button" disabled={failures === 0 && !whatIf} onClick={s.restoreAll} title="Restore every failed component (and re-enable every path left Failed)">Restore all</button>
    </div>
  );
});
