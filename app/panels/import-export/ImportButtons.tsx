import { useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useUi } from '../../store/ui-store.ts';
import { importFiles, openPaste } from './import-flow.ts';
import { ImportDialogs } from './ImportDialogs.tsx';
import './import-export.css';

/** Header: the Import menu (command output .txt files, several at once, or pasted text) and its dialogs. */
export function ImportButtons() {
  const readOnly = useUi((s) => s.readOnly);
  const input = useRef<HTMLInputElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [menu, setMenu] = useState(false);
  useEffect(() => {
    if (!menu) return;
    const away = (e: MouseEvent) => { if (!box.current?.contains(e.target as Node)) setMenu(false); };
    const key = (e: KeyboardEvent) => { if (e.key === 'Escape') setMenu(false); };
    document.addEventListener('mousedown', away);
    window.addEventListener('keydown', key);
    box.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus();
    return () => { document.removeEventListener('mousedown', away); window.removeEventListener('keydown', key); };
  }, [menu]);
  const onFiles = (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    e.target.value = '';
    void importFiles(files);
  };
  const choose = (fn: () => void) => () => { setMenu(false); fn(); };
  const moveFocus = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const items = [...e.currentTarget.querySelectorAll<HTMLElement>('[role=menuitem]')];
    const at = items.indexOf(document.activeElement as HTMLElement);
    items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
  };
  return (
    <div className="io-menu" ref={box}>
      <button type="button" disabled={readOnly} aria-haspopup="menu" aria-expanded={menu} onClick={() => setMenu(!menu)}
        title="Import VIOS and HMC command output">Import<span aria-hidden> ▾</span></button>
      {menu && (
        <div className="io-menu-list" role="menu" aria-label="Import" onKeyDown={moveFocus}>
          <button type="button" role="menuitem" onClick={choose(() => input.current?.click())}>Command output files (.txt)…</button>
          <button type="button" role="menuitem" onClick={choose(openPaste)}>Paste command output…</button>
        </div>
      )}
      <input ref={input} type="file" multiple accept=".txt,text/plain" hidden aria-label="Import command output files" onChange={onFiles} />
      <ImportDialogs />
    </div>
  );
}
