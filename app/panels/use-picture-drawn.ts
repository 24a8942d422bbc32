import { useEffect, useState } from 'react';
import { afterPictureDrawn } from '../store/picture-drawn.ts';

/** At most this long after mounting, what waits for the first picture is shown anyway (a canvas that never measures). */
const FALLBACK_MS = 3000;

/**
 * False until the canvas's first picture has been drawn, then true (for good): regions that have nothing to show
 * before the engine's first answer mount after the picture, in a task of their own, without a user action.
 */
export function usePictureDrawn(): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    let live = true;
    void afterPictureDrawn(FALLBACK_MS).then(() => { if (live) setDrawn(true); });
    return () => { live = false; };
  }, []);
  return drawn;
}
