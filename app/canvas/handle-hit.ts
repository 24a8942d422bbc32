/** Smallest hit area of a handle on screen, in px (drawn handles are smaller). */
export const HANDLE_HIT_SCREEN_PX = 16;
/** Zoom steps of 2^(1/4) (about 19 %): the hit area is 16 to 19 screen px, and changes only at a step. */
const STEPS_PER_DOUBLING = 4;

/**
 * The side of a handle's hit area in flow px at a zoom: at least 16 screen px. The zoom is rounded down to
 * a step so that wheel zooming rewrites the CSS variable (and restyles the handles) a few times, not on
 * every frame. Pure.
 */
export function handleHitSize(zoom: number): number {
  if (!Number.isFinite(zoom) || zoom <= 0) return HANDLE_HIT_SCREEN_PX;
  const step = Math.floor(Math.log2(zoom) * STEPS_PER_DOUBLING) / STEPS_PER_DOUBLING;
  return Math.ceil((HANDLE_HIT_SCREEN_PX / 2 ** step) * 10) / 10;
}
