import { create } from 'zustand';

/** Presentation mode (UI state, never saved): the canvas full screen for a demo, panels hidden. */
export interface PresentationState { on: boolean; set: (on: boolean) => void }

export const usePresentation = create<PresentationState>()((set) => ({ on: false, set: (on) => set({ on }) }));
