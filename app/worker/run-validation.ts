import { useDesign } from '../store/design-store.ts';
import { useDiagnostics } from '../store/diagnostics-store.ts';
import { useUi } from '../store/ui-store.ts';
import { EngineClient } from './engine-client.ts';
import { afterPictureDrawn } from '../store/picture-drawn.ts';

export const DEBOUNCE_MS = 10;
export const START_DELAY_MS = 400;

let current: EngineClient | null = null;
/** The running engine client (null before start-up). */
export const engineClient = (): EngineClient | null => current;

/**
 * Validates the design in the worker after every change (debounced); only the latest revision is ever
 * checked, and an answer for an older revision is dropped.
 */
export function startValidation(): EngineClient {
  const diag = useDiagnostics.getState();
  const client = new EngineClient((reason) => {
    useDiagnostics.getState().setStatus('restarting');
    useUi.getState().notify('error', `Validation restarted: ${reason}. Your design is untouched.`);
  });
  current = client;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let again = false;
  let failures = 0;

  const run = async () => {
    if (running) { again = true; return; }
    running = true;
    const revision = useDiagnostics.getState().designRevision;
    const design = useDesign.getState().design;
    try {
      const result = await client.validate(design, revision);
      useDiagnostics.getState().setResult(result);
      failures = 0;
    } catch (e) {
      failures++;
      if (failures < 3) again = true; // retried on the fresh worker
      else {
        useDiagnostics.getState().setStatus('failed');
        useUi.getState().notify('error', `Validation failed three times (${(e as Error).message}); it will try again after your next change.`);
      }
    } finally {
      running = false;
      const stale = useDiagnostics.getState().resultRevision !== useDiagnostics.getState().designRevision;
      if (again || (stale && failures === 0)) {
        again = false;
        schedule();
      }
    }
  };
  const schedule = (delay = DEBOUNCE_MS) => {
    waiting = false;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => { timer = null; void run(); }, delay);
  };
  diag.bumpRevision();
  // The first check waits for the first paint and then for a quiet moment: starting the worker and
  // copying a large design into it is not free, and the canvas comes first.
  const first = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => { if (!timer && !running) void run(); }, { timeout: 2000 });
    else void run();
  };
  // The delay counts from the first picture on screen (or START_DELAY_MS * 5 at most), not from the app's start;
  // an edit before then validates at once (schedule) and the first check is not needed.
  let waiting = true;
  void afterPictureDrawn(START_DELAY_MS * 5).then(() => {
    if (waiting) timer = setTimeout(() => { timer = null; first(); }, START_DELAY_MS);
  });
  useDesign.subscribe((s, prev) => {
    if (s.design === prev.design) return;
    failures = 0;
    useDiagnostics.getState().bumpRevision();
    schedule();
  });
  return client;
}
