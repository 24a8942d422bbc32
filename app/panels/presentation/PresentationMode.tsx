import { lazy, Suspense, useEffect, useRef } from 'react';
import { useUi } from '../../store/ui-store.ts';
import { usePresentation } from './presentation-store.ts';
import { usePresentationKeys } from './use-presentation-keys.ts';
import './presentation.css';

// The overlay's code loads the first time presentation mode is entered.
const PresentationOverlay = lazy(() => import('./PresentationOverlay.tsx').then((m) => ({ default: m.PresentationOverlay })));

/** Presenting, the design keeps clear of the clock (top), the legend (right) and the latest event (bottom). */
const PRESENTING_INSETS = { top: 140, right: 380, bottom: 200, left: 30 };

/**
 * Presentation mode: the canvas fills the screen (panels hidden by CSS on the root), with a large clock, the state of
 * the clients, the latest event and a large legend, readable from the back of a meeting room. Space plays and
 * pauses, the arrow keys step the scenario, Escape leaves (usePresentationKeys).
 */
export function PresentationMode() {
  usePresentationKeys();
  const on = usePresentation((s) => s.on);
  // Whether presentation mode has been entered since the page opened: before that, the canvas fits the design itself.
  const entered = useRef(false);
  useEffect(() => {
    document.documentElement.toggleAttribute('data-presenting', on);
    if (on) entered.current = true;
    if (!entered.current) return;
    // The canvas has grown (or shrunk back): fit the whole design (every box, also those the level of detail does
    // not mount) once it has been measured again.
    const insets = on ? PRESENTING_INSETS : null;
    let raf = 0;
    const fit = () => { cancelAnimationFrame(raf); raf = requestAnimationFrame(() => { raf = requestAnimationFrame(() => { useUi.getState().fitWhole(insets); }); }); };
    fit();
    // A window resized (or full screen entered) while presenting: fit again.
    if (on) window.addEventListener('resize', fit);
    return () => { cancelAnimationFrame(raf); window.removeEventListener('resize', fit); };
  }, [on]);
  if (!on) return null;
  return <Suspense fallback={null}><PresentationOverlay /></Suspense>;
}
