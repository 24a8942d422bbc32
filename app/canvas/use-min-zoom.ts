import { useSyncExternalStore } from 'react';
import { minZoomFor } from './fit.ts';

const onResize = (notify: () => void) => {
  window.addEventListener('resize', notify);
  return () => window.removeEventListener('resize', notify);
};

/**
 * The canvas's zoom floor for a design of these bounds (minZoomFor), for the window's size now: a window made smaller
 * lowers it, so that the whole design can still be seen. Re-renders only when the floor changes.
 */
export function useMinZoom(bounds: { w: number; h: number } | null): number {
  return useSyncExternalStore(onResize, () => minZoomFor(bounds, window.innerWidth, window.innerHeight));
}
