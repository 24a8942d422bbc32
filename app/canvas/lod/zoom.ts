import type { ReactFlowState } from '@xyflow/react';

/** Below this zoom, partitions are drawn as light boxes and connections as a few overview paths. */
export const DETAIL_ZOOM = 0.45;

/** Boolean selector: components re-render only when the zoom crosses the threshold. */
export const isCompact = (s: ReactFlowState): boolean => s.transform[2] < DETAIL_ZOOM;
