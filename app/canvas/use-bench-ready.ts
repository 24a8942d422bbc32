import { useEffect, useRef } from 'react';
import { useNodesInitialized, useReactFlow } from '@xyflow/react';

/**
 * In benchmark mode (?bench=N): once every node is measured, fits the view, then marks
 * <html data-bench-ready="true"> and exposes the counts, a viewport setter and the fitted view for the benchmark.
 */
export function useBenchReady(enabled: boolean, nodes: number, edges: number): void {
  const initialized = useNodesInitialized();
  const { fitView, setViewport, getViewport } = useReactFlow();
  const done = useRef(false);
  useEffect(() => {
    if (!enabled || !initialized || done.current || nodes === 0) return;
    done.current = true;
    performance.mark('bench:nodes-initialized');
    if (nodes < 150) void fitView({ padding: 0.02 }); // large designs are fitted on their boxes by the canvas
    // Two frames later the fitted view has been drawn.
    requestAnimationFrame(() => requestAnimationFrame(() => {
      const fitted = getViewport();
      Object.assign(window, {
        /** Back to the fitted view (the playback benchmark watches the whole design). */
        __benchFit: () => void setViewport(fitted),
        __benchInfo: { readyAt: performance.now(), nodes, edges },
        __benchSetViewport: (v: { x: number; y: number; zoom: number }) => void setViewport(v),
      });
      document.documentElement.dataset.benchReady = 'true';
    }));
  }, [enabled, initialized, nodes, edges, fitView, setViewport, getViewport]);
}
