import { create } from 'zustand';
import { immer } from 'zustand/middleware/immer';

export type Theme = 'light' | 'dark';
/** A button in a notice (e.g. download a damaged autosave). */
export interface NoticeAction { label: string; run: () => void }
export interface Notice { id: number; kind: 'info' | 'error' | 'success'; text: string; action?: NoticeAction }

interface UiState {
  selection: string[];
  theme: Theme;
  notices: Notice[];
  readOnly: boolean;
  /** Element the canvas should frame (set by search and diagnostics; the canvas clears it). */
  focusRequest: { ids: string[]; seq: number } | null;
  /** The canvas should show the whole design, keeping `insets` screen px free on each side (null: its usual margins). */
  fitRequest: { insets: FitInsets | null; seq: number } | null;
  select: (ids: string[]) => void;
  setTheme: (t: Theme) => void;
  notify: (kind: Notice['kind'], text: string, action?: NoticeAction) => void;
  dismiss: (id: number) => void;
  setReadOnly: (v: boolean) => void;
  focus: (ids: string[]) => void;
  fitWhole: (insets: FitInsets | null) => void;
}

/** Screen px kept free on each side of a fitted picture. */
export interface FitInsets { top: number; right: number; bottom: number; left: number }

let noticeSeq = 0;

export const useUi = create<UiState>()(
  immer((set) => ({
    selection: [],
    theme: 'light',
    notices: [],
    readOnly: false,
    focusRequest: null,
    fitRequest: null,
    select: (ids) => set((s) => { s.selection = ids; }),
    setTheme: (t) => set((s) => { s.theme = t; }),
    notify: (kind, text, action) => set((s) => {
      // The same message again replaces the earlier one (a gesture refused twice is one notice).
      s.notices = s.notices.filter((n) => !(n.kind === kind && n.text === text));
      s.notices.push({ id: ++noticeSeq, kind, text, ...(action ? { action } : {}) });
      // The notice area shows two and folds the rest; keep a bounded history of the folded ones.
      if (s.notices.length > 30) s.notices.shift();
    }),
    dismiss: (id) => set((s) => { s.notices = s.notices.filter((n) => n.id !== id); }),
    setReadOnly: (v) => set((s) => { s.readOnly = v; }),
    focus: (ids) => set((s) => { s.focusRequest = { ids, seq: (s.focusRequest?.seq ?? 0) + 1 }; s.selection = ids; }),
    fitWhole: (insets) => set((s) => { s.fitRequest = { insets, seq: (s.fitRequest?.seq ?? 0) + 1 }; }),
  })),
);
