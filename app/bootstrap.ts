import type { Design } from './model/index.ts';
import { openDesign } from './model/index.ts';
import { type AutosaveLoad, LEGACY_AUTOSAVE_KEY, loadAutosave, startAutosave } from './io/autosave.ts';
import { appAutosaveStore } from './io/autosave-idb.ts';
import { downloadText } from './io/files.ts';
import { useDesign } from './store/design-store.ts';
import { useUi } from './store/ui-store.ts';
import { startValidation } from './worker/run-validation.ts';
import { startImpactFeed } from './store/impact-feed.ts';
import { startLpmFeed } from './store/lpm-feed.ts';
import { startSimulationFeed } from './store/simulation-feed.ts';
import { benchSize } from './bench-size.ts';
import { openSharedView, shareFragment, watchShareLinks } from './share-mode.ts';

export const SAMPLE_URL = `${import.meta.env.BASE_URL}templates/sample.json`;

async function fetchTemplate(url: string): Promise<Design | null> {
  try {
    const res = await fetch(url);
    if (!res.ok) return null;
    const r = openDesign(new Uint8Array(await res.arrayBuffer()));
    if (!r.ok) console.error(`The sample design was refused: ${r.errors.join('; ')}`);
    return r.ok ? r.design : null;
  } catch {
    return null;
  }
}

/**
 * Decides what the app opens: a shared design read-only (`#share=`), the autosaved design, or on first
 * start the sample template. Then keeps the autosave going (a reload or a crash loses no work).
 */
export async function bootstrap(): Promise<void> {
  const ui = useUi.getState();
  const bench = benchSize();
  if (bench !== null) {
    // Benchmark mode never reads or writes the user's autosaved design.
    // The benchmark's code and its generator load only in benchmark mode (a chunk of their own, fetched at once).
    const { openBenchDesign } = await import('./bench-mode.ts');
    await openBenchDesign(bench);
    const engine = startValidation();
    startImpactFeed(engine);
    startLpmFeed(engine);
    startSimulationFeed();
    return;
  }
  watchShareLinks();
  const shared = shareFragment();
  // A share link opens read-only and leaves the autosave alone until the user makes a copy; a damaged one opens the autosave.
  if (shared !== null && await openSharedView(shared, startAutosaving)) {
    startEngine();
    return;
  }
  const saved = await loadAutosave(appAutosaveStore(), localStorage);
  reportAutosave(saved);
  if (saved.state === 'ok') {
    useDesign.getState().replace(saved.design);
  } else {
    const sample = await fetchTemplate(SAMPLE_URL);
    if (sample) useDesign.getState().replace(sample);
    else ui.notify('error', 'The sample design could not be loaded; starting with an empty design.');
  }
  startEngine();
  startAutosaving();
}

function startEngine(): void {
  const engine = startValidation();
  startImpactFeed(engine);
  startLpmFeed(engine);
  startSimulationFeed();
  Object.assign(window, { __powervm: { hangEngine: (ms: number) => engine.hang(ms) } });
}

/** Tells the user about an autosave that could not be opened or read, and offers a damaged one for download. */
export function reportAutosave(saved: AutosaveLoad): void {
  const ui = useUi.getState();
  if (saved.state === 'damaged') {
    const file = `damaged-autosave-${saved.keptAs.slice(saved.keptAs.indexOf(':') + 1).replace(/[:.]/g, '-')}.json`;
    ui.notify('error', `The autosaved design could not be opened (${saved.errors.slice(0, 2).join('; ')}). It was kept aside, not overwritten: download it to repair it by hand. The sample design was opened instead.`,
      { label: 'Download the damaged autosave', run: () => downloadText(saved.text, file) });
  } else if (saved.state === 'unavailable') {
    ui.notify('error', `The autosave cannot be read (${saved.error}); changes may not be kept across a reload: save the design to a file.`);
  }
}

/** Keeps the autosave going from now on. */
function startAutosaving(): void {
  const autosave = startAutosave(
    (fn) => useDesign.subscribe((s, prev) => { if (s.design !== prev.design) fn(s.design); }),
    appAutosaveStore(),
    (m) => useUi.getState().notify('error', m),
  );
  addEventListener('pagehide', () => autosave.unloadCopy((text) => localStorage.setItem(LEGACY_AUTOSAVE_KEY, text)));
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') void autosave.flush(); });
  Object.assign(window, { __powervmAutosave: { flush: autosave.flush } });
}
