import { create } from 'zustand';
import type { Design } from './model/index.ts';
import { decodeShare } from './io/share.ts';
import { loadAutosave } from './io/autosave.ts';
import { useDesign } from './store/design-store.ts';
import { useUi } from './store/ui-store.ts';

/** Share links carry the design in the fragment: `#share=<encodeShare(design)>`; nothing goes to a server. */
export const SHARE_PREFIX = '#share=';

/** Whether the page shows a shared design read-only (the banner offers "Make a copy to edit"). */
export const useShareView = create<{ shared: boolean }>(() => ({ shared: false }));

let onCopy: (() => void) | null = null;

/** The encoded design in `#share=…`, or null when the page was not opened from a share link. */
export function shareFragment(hash = location.hash): string | null {
  return hash.startsWith(SHARE_PREFIX) ? hash.slice(SHARE_PREFIX.length) : null;
}

/** The link that opens this design read-only. */
export const shareUrl = (code: string, loc: Pick<Location, 'origin' | 'pathname' | 'search'> = location): string =>
  `${loc.origin}${loc.pathname}${loc.search}${SHARE_PREFIX}${code}`;

/** A share link pasted into the address bar of an open tab changes only the fragment: reload to open it. */
export function watchShareLinks(): void {
  addEventListener('hashchange', () => { if (shareFragment() !== null) location.reload(); });
}

const dropFragment = () => history.replaceState(null, '', `${location.pathname}${location.search}`);

/**
 * Opens the shared design read-only, without reading or writing the user's autosave. A damaged link
 * shows an error, loses its fragment and returns false (the caller then opens the autosave as usual).
 * `startEditing` runs when the user makes a copy (it starts the autosave).
 */
export async function openSharedView(code: string, startEditing: () => void): Promise<boolean> {
  const r = await decodeShare(code);
  const ui = useUi.getState();
  if (!r.ok) {
    dropFragment();
    ui.notify('error', `The share link could not be opened: ${r.errors.slice(0, 2).join('; ')}. Your own design was opened instead.`);
    return false;
  }
  useDesign.getState().replace(r.design);
  if (r.repaired?.length) ui.notify('info', `The shared design was repaired on opening: ${r.repaired.join('; ')}`);
  ui.setReadOnly(true);
  useShareView.setState({ shared: true });
  onCopy = startEditing;
  return true;
}

/**
 * "Make a copy to edit": the shared design becomes the user's own, autosaved from now on; the user's
 * previous autosaved design stays one Undo away. The fragment leaves the address bar.
 */
export function makeCopy(): void {
  const shared: Design = useDesign.getState().design;
  const previous = loadAutosave(localStorage);
  useUi.getState().setReadOnly(false);
  useShareView.setState({ shared: false });
  dropFragment();
  onCopy?.();
  onCopy = null;
  // A new object, so the autosave (started just above) writes it even when nothing else changes.
  if (previous) { useDesign.getState().replace(previous); useDesign.getState().open(shared); }
  else useDesign.getState().replace({ ...shared });
  useUi.getState().notify('success', previous
    ? 'The shared design is now your own copy (Undo returns to the design you had before)'
    : 'The shared design is now your own copy');
}
