import type { ReactFlowState } from '@xyflow/react';

/** Below this zoom, partitions are drawn as light boxes and connections as a few overview paths. */
export const DETAIL_ZOOM = 0.45;

/** Boolean selector: components re-render only when the zoom crosses the threshold. */
export const isCompact = (s: ReactFlowState): boolean => s.transform[2] < DETAIL_ZOOM;

/**
 * isCompact, and also before React Flow has set its viewport (its first render is at zoom 1 whatever the
 * default viewport): a large design's first render mounts the light overview, not detailed nodes at 100 %.
 */
export const isCompactOrUnset = (s: ReactFlowState): boolean => s.panZoom === null || isCompact(s);

/** The view, quantised to half a screen, so the canvas re-renders only when what is mounted must change. */
export const viewKey = (s: ReactFlowState): string => {
  const [tx, ty, z] = s.transform;
  const w = Math.max(1, s.width);
  const h = Math.max(1, s.height);
  return `${Math.floor(tx / (w / 2))}|${Math.floor(ty / (h / 2))}|${Math.round(Math.log2(z) * 4)}`;
};

/** Zoom from which overview names and impact words (20 to 26 px in flow units) are at least about 4 to 5 px on screen. */
export const LABEL_MIN_ZOOM = 0.2;
/**
 * '' while names and words are too small to read (or the viewport is not set yet: React Flow's first render is at
 * 100 %, whatever the default viewport); else where the view is (quantised), so they follow the view.
 */
export const labelView = (s: ReactFlowState): string => (s.panZoom !== null && s.transform[2] >= LABEL_MIN_ZOOM ? viewKey(s) : '');

/** The overview's lines on screen (px): the viewport is a composited layer, so a non-scaling stroke would scale with it. */
export const OVERVIEW_LINE_PX = 1.2;
/**
 * The overview lines' stroke width in flow units at this zoom: OVERVIEW_LINE_PX on screen, in steps of half an
 * octave of zoom (between about 1 and 1.45 px), so that zooming restyles the lines seldom.
 */
export const overviewLineWidth = (s: ReactFlowState): number => {
  const z = Math.max(1e-3, s.transform[2]);
  return Number((OVERVIEW_LINE_PX / 2 ** (Math.round(Math.log2(z) * 2) / 2)).toPrecision(4));
};
