import { memo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import type { OverviewPaths } from './overview-paths.ts';

/** All connections as a handful of SVG paths inside the viewport (zoomed-out level of detail). */
export const OverviewEdges = memo(function OverviewEdges({ paths }: { paths: OverviewPaths[] }) {
  return (
    <ViewportPortal>
      <svg className="overview-edges" aria-hidden style={{ position: 'absolute', left: 0, top: 0, overflow: 'visible', width: 1, height: 1, pointerEvents: 'none' }}>
        {paths.map((p) => <path key={p.kind} className={`overview-${p.kind}`} d={p.d} />)}
      </svg>
    </ViewportPortal>
  );
});
