import { useEffect, useRef } from 'react';
import { useConnectUi } from './connect-ui-store.ts';
import { applyPlan } from './apply-plan.ts';

/** After a connection dropped on a node body that can mean several operations: a menu of them at the drop point. */
export function ConnectChoiceMenu() {
  const choice = useConnectUi((s) => s.choice);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => { first.current?.focus(); }, [choice]);
  if (!choice) return null;
  const close = () => useConnectUi.getState().set({ choice: null });
  return (
    <div className="connect-choice-backdrop" onMouseDown={(e) => { if (e.target === e.currentTarget) close(); }}>
      <div className="connect-choice" role="menu" aria-label={choice.title} style={{ left: Math.min(choice.x, window.innerWidth - 380), top: Math.min(choice.y, window.innerHeight - 60 - 28 * choice.options.length) }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') { e.preventDefault(); close(); }
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            const items = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
            const i = items.indexOf(document.activeElement as HTMLButtonElement);
            items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
          }
        }}>
        <div className="connect-choice-title">{choice.title}</div>
        {choice.options.map((o, i) => (
          <button key={`${o.to.nodeId}|${o.to.handle}|${o.label}`} ref={i === 0 ? first : undefined} type="button" role="menuitem"
            onClick={() => { close(); applyPlan({ ok: true, label: o.label, run: o.run }, { select: false }); }}>
            {o.label}
          </button>
        ))}
        <button type="button" role="menuitem" className="connect-choice-cancel" onClick={close}>Cancel</button>
      </div>
    </div>
  );
}
