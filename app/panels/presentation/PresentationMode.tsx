import { lazy, Suspense, useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import { usePresentation } from './presentation-store.ts';
import { usePresentationKeys } from './use-presentation-keys.ts';
import './presentation.css';

// The overlay's code loads the first time presentation mode is entered.
const PresentationOverlay = lazy(() => import('./PresentationOverlay.tsx').then((m) => ({ default: m.PresentationOverlay })));

/**
 * Presentation mode: the canvas fills the screen (panels hidden by CSS on the root), with a large clock, the state of
 * the clients, the latest event and a large legend, readable from the back of a meeting room. Space plays and
 * pauses, the arrow keys step the scenario, Escape leaves (usePresentationKeys).
 */
export function PresentationMode() {
  usePresentationKeys();
  const on = usePresentation((s) => s.on);
  const { fitView } = useReactFlow();
  // Whether presentation mode has been entered since the page opened: before that, the canvas fits the design itself.
  const entered = useRef(false);
  useEffect(() => {
    document.documentElement.toggleAttribute('data-presenting', on);
    if (on) entered.current = true;
    if (!entered.current) return;
    // The canvas has grown (or shrunk back): fit the design once it has been measured again.
    // Presenting, the design keeps clear of the clock (top), the legend (right) and the latest event (bottom).
    const padding = on ? { top: '140px', right: '380px', bottom: '200px', left: '30px' } as const : 0.08;
    let raf = 0;
    const fit = () => { cancelAnimationFrame(raf); raf = requestAnimationFrame(() => { raf = requestAnimationFrame(() => { void fitView({ padding, duration: 0 }); }); }); };
    fit();
    // A window resized (or full screen entered) while presenting: fit again.
    if (on) window.addEventListener('resize', fit);
    return () => { cancelAnimationFrame(raf); window.removeEventListener('resize', fit); };
  }, [on, fitView]);
  if (!on) return null;
  return <Suspense fallback={null}><PresentationOverlay /></Suspense>;
}
