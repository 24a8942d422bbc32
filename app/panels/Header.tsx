import { useRef, useState, type ChangeEvent } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { useDesign, undo, redo } from '../store/design-store.ts';
import { useUi } from '../store/ui-store.ts';
import { emptyDesign, renameDesign } from '../model/index.ts';
import { openDesignFile } from './open-design-file.ts';
import { downloadDesign } from '../io/files.ts';
import { TemplatesButton } from './TemplatesButton.tsx';
import { ImportButtons } from './import-export/ImportButtons.tsx';
import { ExportButton } from './import-export/ExportButton.tsx';
import { ShareButton } from './import-export/ShareButton.tsx';
import { PresentButton } from './presentation/PresentButton.tsx';

/** The app header: the design's name, New, Open, Save, Undo, Redo and the theme switch. */
export function Header() {
  const name = useDesign((s) => s.design.name);
  const apply = useDesign((s) => s.apply);
  const openDoc = useDesign((s) => s.open);
  const canUndo = useStore(useDesign.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useDesign.temporal, (s) => s.futureStates.length > 0);
  const { theme, setTheme, notify, readOnly } = useUi(useShallow((s) => ({ theme: s.theme, setTheme: s.setTheme, notify: s.notify, readOnly: s.readOnly })));
  const fileInput = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<string | null>(null);

  const commitName = () => {
    if (draft === null) return;
    const r = apply(renameDesign, { name: draft });
    if (!r.ok) notify('error', r.reason);
    setDraft(null);
  };
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    await openDesignFile(file);
  };

  return (
    <header className="app-header">
      <img className="logo" src={`${import.meta.env.BASE_URL}logo.svg`} alt="" width={26} height={26} />
      <input
        className="design-name"
        aria-label="Design name"
        value={draft ?? name}
        readOnly={readOnly}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commitName}
        onKeyDown={(e) => { if (e.key === 'Enter') (e.target as HTMLInputElement).blur(); if (e.key === 'Escape') setDraft(null); }}
      />
      <nav className="toolbar" aria-label="Design">
        <button type="button" disabled={readOnly} onClick={() => openDoc(emptyDesign())}>New</button>
        <TemplatesButton />
        <button type="button" disabled={readOnly} onClick={() => fileInput.current?.click()}>Open</button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden aria-label="Open design file" onChange={onFile} />
        <button type="button" onClick={() => downloadDesign(useDesign.getState().design)} title="Save as JSON (Ctrl+S)">Save</button>
        <span className="sep" /><ImportButtons /><ExportButton /><ShareButton />
        <span className="sep" />
        <button type="button" disabled={!canUndo || readOnly} onClick={undo} title="Undo (Ctrl+Z)">Undo</button>
        <button type="button" disabled={!canRedo || readOnly} onClick={redo} title="Redo (Ctrl+Shift+Z)">Redo</button>
        <span className="sep" /><PresentButton />
        <button type="button" aria-pressed={theme === 'dark'} onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}>
          {theme === 'dark' ? 'Light theme' : 'Dark theme'}
        </button>
      </nav>
    </header>
  );
}
