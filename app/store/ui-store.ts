import { create } from 'zustand';
import { immer } from 'zustand/middleware/immer';

export type Theme = 'light' | 'dark';
export interface Notice { id: number; kind: 'info' | 'error' | 'success'; text: string }

interface UiState {
  selection: string[];
  theme: Theme;
  notices: Notice[];
  readOnly: boolean;
  /** Element the canvas should frame (set by search and diagnostics; the canvas clears it). */
  focusRequest: { ids: string[]; seq: number } | null;
  select: (ids: string[]) => void;
  setTheme: (t: Theme) => void;
  notify: (kind: Notice['kind'], text: string) => void;
  dismiss: (id: number) => void;
  setReadOnly: (v: boolean) => void;
  focus: (ids: string[]) => void;
}

let noticeSeq = 0;

export const useUi = create<UiState>()(
  immer((set) => ({
    selection: [],
    theme: 'light',
    notices: [],
    readOnly: false,
    focusRequest: null,
    select: (ids) => set((s) => { s.selection = ids; }),
    setTheme: (t) => set((s) => { s.theme = t; }),
    notify: (kind, text) => set((s) => {
      // The same message again replaces the earlier one (a gesture refused twice is one notice).
      s.notices = s.notices.filter((n) => !(n.kind === kind && n.text === text));
      s.notices.push({ id: ++noticeSeq, kind, text });
      // The notice area shows two and folds the rest; keep a bounded history of the folded ones.
      if (s.notices.length > 30) s.notices.shift();
    }),
    dismiss: (id) => set((s) => { s.notices = s.notices.filter((n) => n.id !== id); }),
    setReadOnly: (v) => set((s) => { s.readOnly = v; }),
    focus: (ids) => set((s) => { s.focusRequest = { ids, seq: (s.focusRequest?.seq ?? 0) + 1 }; s.selection = ids; }),
  })),
);
