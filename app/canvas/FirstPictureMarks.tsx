import { memo } from 'react';
import { useBenchReady } from './use-bench-ready.ts';
import { useMarkPictureDrawn } from './use-mark-picture-drawn.ts';

const BENCH = new URLSearchParams(location.search).has('bench');

/**
 * Marks the first picture drawn (and, in benchmark mode, ready) once React Flow has measured the mounted nodes.
 * A component of its own inside the canvas: the moment the nodes are measured re-renders it, not the whole canvas.
 */
export const FirstPictureMarks = memo(function FirstPictureMarks({ nodes, edges, mounted }: { nodes: number; edges: number; mounted: number }) {
  useBenchReady(BENCH, nodes, edges);
  useMarkPictureDrawn(mounted);
  return null;
});
