import { memo, useMemo } from 'react';
import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { labelView, overviewLineWidth } from './zoom.ts';
import { InViewport } from '../InViewport.tsx';
import { useSettled } from '../use-settled.ts';
import { useDesign } from '../../store/design-store.ts';
import { useDiagnostics } from '../../store/diagnostics-store.ts';
import { useUi } from '../../store/ui-store.ts';
import type { FlowNode, PartitionData, SmallData } from '../project.ts';
import { rowSummary } from './row-summary.ts';
import { intersects, viewRect, type Box } from './overview-boxes.ts';
import type { OverviewPaths } from './overview-paths.ts';
import { hitTest, overviewLabels, overviewShapes, rectsPath } from './overview-shapes.ts';
import { ImpactOverview } from '../impact/ImpactOverview.tsx';


interface Props { boxes: Map<string, Box>; nodes: readonly FlowNode[]; paths: OverviewPaths[] }

/** The labels, re-rendered only when they change (thousands of text elements). */
const OverviewLabels = memo(function OverviewLabels({ labels }: { labels: ReturnType<typeof overviewShapes>['labels'] }) {
  return (
    <g className="ov-labels">
      {labels.map((l) => (
        <text key={l.id} x={l.x} y={l.y + 40} className="ov-name">{l.name}{l.sub && <tspan x={l.x} dy={30} className="ov-sub">{l.sub}</tspan>}</text>
      ))}
    </g>
  );
});

/**
 * The zoomed-out level of detail of a large design: every partition, VLAN, fabric, array, LUN and switch
 * as a light box (name, adapter counts, diagnostics colour) and every connection, drawn in a few SVG paths
 * that move with the viewport. Click selects; double-click zooms in to the element.
 */
export const OverviewLayer = memo(function OverviewLayer({ boxes, nodes, paths }: Props) {
  const selection = useUi((s) => s.selection);
  const badges = useDiagnostics((s) => s.badges);
  const partitions = useDesign((s) => s.design.domain.partitions);
  const { screenToFlowPosition } = useReactFlow();
  // Names are drawn only when they can be read: below that, a thousand text elements cost a lot to lay
  // out and paint and show nothing but grey.
  // Only names and kinds matter here: an edit of a partition's memory must not redraw the overview.
  const sig = useMemo(() => Object.values(partitions).map((p) => `${p.id}\u0001${p.name}\u0001${p.kind}`).join('\u0002'), [partitions]);
  const shapes = useMemo(() => overviewShapes(nodes, boxes, (id) => partitions[id]?.kind),
  // eslint-disable-next-line react-hooks/exhaustive-deps
  [nodes, boxes, sig]);
  // Only the names near the view are mounted (at 20 % a screen shows a few hundred of thousands); the labels
  // (names and adapter counts of every partition) are made the first time names can be read, not at load.
  const labelKey = useStore(labelView);
  // The lines' width follows the zoom once it has settled: restyling them repaints the whole overview layer (during a
  // wheel zoom they scale with the layer for a moment).
  const lineWidth = useSettled(useStore(overviewLineWidth), 250);
  const readable = labelKey !== '';
  const labels = useMemo(() => (readable ? overviewLabels(
    nodes, boxes,
    (n) => (n.type === 'partition' ? partitions[n.id]?.name ?? n.id : (n.data as SmallData).label),
    (n) => (n.type === 'partition' ? rowSummary((n.data as PartitionData).rows) : undefined),
  ) : null),
  // eslint-disable-next-line react-hooks/exhaustive-deps
  [readable, nodes, boxes, sig]);
  const store = useStoreApi();
  const near = useMemo(() => {
    if (!labelKey || !labels) return [];
    const s = store.getState();
    const r = viewRect(s.transform, s.width, s.height);
    return labels.filter((l) => { const b = boxes.get(l.id); return b ? intersects(b, r) : false; });
  }, [labelKey, labels, boxes, store]);
  const marks = useMemo(() => {
    const pick = (pred: (id: string) => boolean) => rectsPath([...boxes.values()].filter((b) => b.type !== 'frame' && pred(b.id)));
    const sel = new Set(selection);
    return {
      selected: pick((id) => sel.has(id)),
      error: pick((id) => badges[id]?.startsWith('error') ?? false),
      warning: pick((id) => badges[id]?.startsWith('warning') ?? false),
    };
  }, [boxes, selection, badges]);
  const onClick = (e: React.MouseEvent<SVGSVGElement>) => {
    const p = screenToFlowPosition({ x: e.clientX, y: e.clientY });
    const id = hitTest(boxes, p.x, p.y);
    if (!id) return;
    if (e.detail >= 2) useUi.getState().focus([id]);
    else useUi.getState().select(e.shiftKey ? [...useUi.getState().selection, id] : [id]);
  };
  return (
    <InViewport>
      <svg className="overview" style={{ position: 'absolute', left: 0, top: 0, overflow: 'visible', width: 1, height: 1 }} onClick={onClick} role="group" aria-label="Overview">
        <g className="overview-edges" strokeWidth={lineWidth}>{paths.map((p) => <path key={p.kind} className={`overview-${p.kind}`} d={p.d} />)}</g>
        {shapes.boxes.map((b) => <path key={b.cls} className={`ov-box ov-${b.cls}`} d={b.d} />)}
        {shapes.stripes.map((s) => <path key={s.cls} className={`ov-stripe kind-${s.cls}`} d={s.d} />)}
        <path className="ov-mark ov-error" d={marks.error} />
        <path className="ov-mark ov-warning" d={marks.warning} />
        <path className="ov-mark ov-selected" d={marks.selected} />
        <ImpactOverview boxes={boxes} />
        {near.length > 0 && <OverviewLabels labels={near} />}
      </svg>
    </InViewport>
  );
});
