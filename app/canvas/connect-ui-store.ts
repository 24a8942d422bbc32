import { create } from 'zustand';
import type { Id } from '../model/index.ts';
import type { ConnectOption } from './connect-targets.ts';

/** Transient state of connecting by choice: the menu after a drop on a node body, the keyboard's Connect… dialog. */
interface ConnectUiState {
  /** A drop that can mean several operations: the user picks one (screen position of the drop). */
  choice: { x: number; y: number; title: string; options: ConnectOption[] } | null;
  /** The element the Connect… dialog starts from. */
  dialogFor: Id | null;
  set: (patch: Partial<Omit<ConnectUiState, 'set'>>) => void;
}

export const useConnectUi = create<ConnectUiState>()((set) => ({
  choice: null,
  dialogFor: null,
  set: (patch) => set(patch),
}));
