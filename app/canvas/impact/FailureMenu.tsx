import { useEffect, useRef } from 'react';
import { useImpact } from '../../store/impact-store.ts';
import { useFailureMenu } from './failure-menu-store.ts';

/** The context menu of a failable element: Fail / Restore, What if, and Rehearse maintenance for a VIOS. */
export function FailureMenu() {
  const menu = useFailureMenu((s) => s.menu);
  const close = useFailureMenu((s) => s.close);
  const failures = useImpact((s) => s.failures);
  const whatIf = useImpact((s) => s.whatIf);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!menu) return;
    ref.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const away = (e: Event) => { if (!ref.current?.contains(e.target as Node)) close(); };
    const key = (e: KeyboardEvent) => { if (e.key === 'Escape') { e.stopPropagation(); close(); } };
    window.addEventListener('pointerdown', away, true);
    window.addEventListener('keydown', key, true);
    window.addEventListener('wheel', close, { passive: true });
    return () => { window.removeEventListener('pointerdown', away, true); window.removeEventListener('keydown', key, true); window.removeEventListener('wheel', close); };
  }, [menu, close]);
  if (!menu) return null;
  const s = useImpact.getState();
  const act = (fn: () => void) => () => { fn(); close(); };
  const move = (e: React.KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const items = [...(ref.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
  };
  return (
    <div ref={ref} className="failure-menu" role="menu" aria-label={menu.label} style={{ left: menu.x, top: menu.y }} onKeyDown={move}>
      {menu.components.map((c, i) => {
        const failed = failures.some((f) => f.id === c.id);
        return (
          <div key={c.id} className="failure-menu-group" role="group" aria-label={c.name}>
            {i > 0 && <hr />}
            {failed
              ? <button type="button" role="menuitem" onClick={act(() => s.restore(c.id))}>Restore {c.name}</button>
              : <button type="button" role="menuitem" onClick={act(() => s.fail(c.id))}>Fail {c.name} <kbd>F</kbd></button>}
            {!failed && <button type="button" role="menuitem" onClick={act(() => s.setWhatIf(whatIf === c.id ? null : c.id))}>{whatIf === c.id ? `End What if ${c.name}` : `What if ${c.name} fails`}</button>}
            {c.kind === 'vios' && <button type="button" role="menuitem" onClick={act(() => s.rehearse(c.id))}>Rehearse maintenance of {c.name}</button>}
          </div>
        );
      })}
    </div>
  );
}
