import type { Design } from '../model/schema/index.ts';
import type { StaleDesign } from './impact-api.ts';
import { lpmMatrix } from './lpm/matrix.ts';
import type { LpmMatrix } from './lpm/types.ts';

export interface LpmAnswer { matrix: LpmMatrix; durationMs: number }

export interface LpmApi {
  /** The LPM readiness matrix of the kept design `designId` (every client partition against every other frame). */
  lpm(designId: number): LpmAnswer | StaleDesign;
}

/**
 * LPM readiness behind the worker boundary, on the design the validation keeps (`held`): nothing is copied to
 * the worker for it. The matrix of a domain is kept, so a rename or a layout change costs nothing.
 */
export function createLpmApi(held: () => { id: number; design: Design } | null): LpmApi {
  let last: { domain: Design['domain']; answer: LpmAnswer } | null = null;
  return {
    lpm(designId) {
      const h = held();
      if (!h || h.id !== designId) return { stale: true };
      if (last?.domain === h.design.domain) return { ...last.answer, durationMs: 0 };
      const t0 = performance.now();
      const matrix = lpmMatrix(h.design);
      last = { domain: h.design.domain, answer: { matrix, durationMs: performance.now() - t0 } };
      return last.answer;
    },
  };
}
