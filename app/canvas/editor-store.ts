import { create } from 'zustand';
import type { Id } from '../model/index.ts';

/** Transient editor state of the canvas (not part of the design, not undoable). */
interface EditorState {
  /** Elements waiting for the delete confirmation, with everything that goes with them. */
  pendingDelete: { ids: Id[]; impact: Id[] } | null;
  /** Connections selected on the canvas (edges are derived; deleting one removes what it stands for). */
  selectedEdges: string[];
  shortcutsOpen: boolean;
  templatesOpen: boolean;
  /** A running automatic layout: what it covers, and since when (the progress bar shows after a moment). */
  layout: { scope: string; startedAt: number } | null;
  set: (patch: Partial<Omit<EditorState, 'set'>>) => void;
}

export const useEditor = create<EditorState>()((set) => ({
  pendingDelete: null,
  selectedEdges: [],
  shortcutsOpen: false,
  templatesOpen: false,
  layout: null,
  set: (patch) => set(patch),
}));
