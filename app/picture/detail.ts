/**
 * The level of detail of the picture, the same on the canvas and in the exports. Adapter rows are drawn
 * in 11 px type: below the zoom where that is 9 px on screen, partitions show a summary instead (counts per
 * kind, state) in type large enough to read, and parallel connections become one bundle with its count.
 */
export const ROW_FONT = 11;
export const ROWS_MIN_ZOOM = 9 / ROW_FONT;
export const rowsHidden = (zoom: number): boolean => zoom < ROWS_MIN_ZOOM - 1e-6;

/** Type size (flow px) of the smallest of names (24), kinds and VIOS roles (20) while rows are hidden. */
export const POSTER_FONT = 20;
/**
 * While rows are hidden, names, kinds and roles grow as the view zooms out (like a map's labels), so that
 * they stay at least 12.5 px on screen down to a zoom of about 0.2; in steps, so zooming restyles seldom.
 */
export function labelScale(zoom: number): number {
  if (!rowsHidden(zoom)) return 1;
  const s = 12.5 / (POSTER_FONT * Math.max(zoom, 0.01));
  return Math.min(2.2, Math.max(1, Math.ceil(s * 5) / 5));
}
