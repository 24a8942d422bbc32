import type { Design } from '../model/index.ts';
import type { EngineClient } from '../worker/engine-client.ts';
import { useDesign } from './design-store.ts';
import { useDiagnostics } from './diagnostics-store.ts';
import { useLpm } from './lpm-store.ts';

/** The matrix follows the design after this quiet time: longer than validation's, so edits are checked first. */
export const LPM_DEBOUNCE_MS = 300;

/** Whether the design has somewhere to move a partition to (the region is shown then). */
export const hasSeveralFrames = (design: Design): boolean => Object.keys(design.domain.systems).length >= 2;

/**
 * Feeds the LPM readiness region: asks the engine worker for the matrix of the design it keeps (no copy) once the
 * first validation has sent the design there, and again after every edit of the domain, while the design has two
 * frames or more. Answers for an older design are dropped.
 */
export function startLpmFeed(client: EngineClient): () => void {
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let started = false;

  const refresh = async () => {
    const design = useDesign.getState().design;
    const my = ++seq;
    if (!hasSeveralFrames(design)) { useLpm.getState().set({ matrix: null, status: 'idle' }); return; }
    useLpm.getState().set({ status: 'computing' });
    try {
      const r = await client.withDesign(design, (w, id) => w.lpm(id));
      if (my === seq) useLpm.getState().set({ matrix: r.matrix, durationMs: r.durationMs, status: 'ready' });
    } catch {
      if (my === seq) useLpm.getState().set({ status: 'failed' });
    }
  };

  const unsubDesign = useDesign.subscribe((s, prev) => {
    if (!started || s.design.domain === prev.design.domain) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => { timer = null; void refresh(); }, LPM_DEBOUNCE_MS);
  });
  const begin = () => {
    if (started) return;
    started = true;
    unsubDiag();
    void refresh();
  };
  const unsubDiag = useDiagnostics.subscribe((d) => { if (d.status === 'ready') begin(); });
  const fallback = setTimeout(begin, 3000);
  if (useDiagnostics.getState().status === 'ready') begin();

  return () => {
    clearTimeout(fallback);
    if (timer) clearTimeout(timer);
    unsubDesign();
    unsubDiag();
  };
}
