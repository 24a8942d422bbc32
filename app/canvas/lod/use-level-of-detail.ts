import { useMemo } from 'react';
import { useStore, useStoreApi } from '@xyflow/react';
import type { FlowEdge, FlowNode } from '../project.ts';
import { absoluteBoxes, viewRect, visibleNodeIds, type Box } from './overview-boxes.ts';
import { overviewPaths, type OverviewLine, type OverviewPaths } from './overview-paths.ts';
import { useStableArray } from '../use-stable-array.ts';
import { isCompactOrUnset, viewKey } from './zoom.ts';

/** Designs with more nodes than this get the level of detail; smaller ones are always drawn in full. */
export const LOD_MIN_NODES = 150;


export interface LevelOfDetail {
  compact: boolean;
  nodes: FlowNode[];
  edges: FlowEdge[];
  boxes: Map<string, Box> | null;
  paths: OverviewPaths[] | null;
}

const NO_EDGES: FlowEdge[] = [];

/**
 * What React Flow mounts. Small designs: everything. Large designs zoomed out: only the frames, the rest
 * drawn by the overview layer (from the connections: no edge is made then). Large designs zoomed in: what
 * meets the (padded) view, and the other ends of its connections, so React Flow never renders hundreds of
 * detailed nodes at once. `edgesOf` makes every edge, the first time it is asked for.
 */
export function useLevelOfDetail(nodes: FlowNode[], edgesOf: () => FlowEdge[], connections: readonly OverviewLine[], keep: ReadonlySet<string>): LevelOfDetail {
  const large = nodes.length > LOD_MIN_NODES;
  const zoomedOut = useStore(isCompactOrUnset);
  const compact = large && zoomedOut;
  const key = useStore((s) => (large && !zoomedOut ? viewKey(s) : ''));
  const store = useStoreApi();
  const boxes = useMemo(() => (large ? absoluteBoxes(nodes) : null), [large, nodes]);
  const paths = useMemo(() => (compact && boxes ? overviewPaths(boxes, connections) : null), [compact, boxes, connections]);
  // An edit that changes no edge keeps the same array (nothing derived from it is redone).
  const edges = useStableArray(useMemo(() => (compact ? NO_EDGES : edgesOf()), [compact, edgesOf]));
  return useMemo(() => {
    if (!large || !boxes) return { compact: false, nodes, edges, boxes: null, paths: null };
    if (compact) return { compact, nodes: nodes.filter((n) => n.type === 'frame' || keep.has(n.id)), edges: [], boxes, paths };
    const s = store.getState();
    const ids = visibleNodeIds(boxes, viewRect(s.transform, s.width, s.height));
    for (const id of keep) ids.add(id);
    return { compact, nodes: nodes.filter((n) => ids.has(n.id)), edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)), boxes, paths };
    // `key` changes when the view has moved enough to change what is mounted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [large, compact, nodes, edges, boxes, paths, keep, key, store]);
}
