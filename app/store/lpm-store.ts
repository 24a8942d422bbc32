import { create } from 'zustand';
import type { LpmMatrix } from '../engine/lpm/types.ts';

/**
 * LPM readiness: UI state, never part of the design. The engine worker computes the matrix on the design it keeps;
 * `lpm-feed.ts` asks for it while the design has two frames or more and writes the answer here.
 */
export interface LpmState {
  matrix: LpmMatrix | null;
  status: 'idle' | 'computing' | 'ready' | 'failed';
  /** Worker time of the last matrix, in ms (0 when it was kept from an earlier call). */
  durationMs: number;
  /** Show only the partitions that some frame refuses. */
  blockedOnly: boolean;
  /** Partition names containing this text (case-insensitive). */
  filter: string;
  /** The region takes the whole bottom area and more height, to read a large matrix. */
  wide: boolean;
  set: (patch: Partial<Omit<LpmState, 'set'>>) => void;
}

export const useLpm = create<LpmState>()((set) => ({
  matrix: null, status: 'idle', durationMs: 0, blockedOnly: false, filter: '', wide: false,
  set: (patch) => set(patch),
}));
