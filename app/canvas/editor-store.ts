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
  set: (patch: Partial<Omit<EditorState, 'set'>>) => void;
}

export const useEditor = create<EditorState>()((set) => ({
  pendingDelete: null,
  selectedEdges: [],
  shortcutsOpen: false,
  templatesOpen: false,
  set: (patch) => set(patch),
}));
