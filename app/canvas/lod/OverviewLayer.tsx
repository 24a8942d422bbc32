import { memo, useMemo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { useDesign } from '../../store/design-store.ts';
import { useDiagnostics } from '../../store/diagnostics-store.ts';
import { useUi } from '../../store/ui-store.ts';
import type { FlowNode } from '../project.ts';
import { rowSummary } from './row-summary.ts';
import type { Box } from './overview-boxes.ts';
import type { OverviewPaths } from './overview-paths.ts';

interface Props { boxes: Map<string, Box>; nodes: readonly FlowNode[]; paths: OverviewPaths[] }

/**
 * The zoomed-out level of detail: every partition, VLAN, fabric, array, LUN and switch as a light box
 * (name, adapter counts, diagnostics colour) and every connection in a few paths, all in one SVG that
 * moves with the viewport. Click selects; double-click zooms in to the element.
 */
export const OverviewLayer = memo(function OverviewLayer({ boxes, nodes, paths }: Props) {
  const selection = useUi((s) => s.selection);
  const badges = useDiagnostics((s) => s.badges);
  const partitions = useDesign((s) => s.design.domain.partitions);
  const selected = useMemo(() => new Set(selection), [selection]);
  const items = useMemo(() => nodes.filter((n) => n.type !== 'frame'), [nodes]);
  const onClick = (e: React.MouseEvent<SVGSVGElement>) => {
    const id = (e.target as Element).closest('[data-id]')?.getAttribute('data-id');
    if (!id) return;
    if (e.detail >= 2) useUi.getState().focus([id]);
    else useUi.getState().select(e.shiftKey ? [...useUi.getState().selection, id] : [id]);
  };
  return (
    <ViewportPortal>
      <svg className="overview" style={{ position: 'absolute', left: 0, top: 0, overflow: 'visible', width: 1, height: 1 }} onClick={onClick} role="group" aria-label="Overview">
        <g className="overview-edges">{paths.map((p) => <path key={p.kind} className={`overview-${p.kind}`} d={p.d} />)}</g>
        {items.map((n) => {
          const b = boxes.get(n.id);
          if (!b) return null;
          const badge = badges[n.id];
          const p = n.type === 'partition' ? partitions[n.id] : undefined;
          const label = p ? p.name : (n.data as { label?: string }).label ?? n.id;
          return (
            <g key={n.id} data-id={n.id} className={`ov ov-${n.type}${p ? ` kind-${p.kind}` : ''}${selected.has(n.id) ? ' selected' : ''}${badge ? ` sev-${badge.split(':')[0]}` : ''}`} transform={`translate(${b.x} ${b.y})`}>
              <rect width={b.w} height={b.h} rx={8} />
              {p && <rect className="ov-stripe" width={b.w} height={8} rx={4} />}
              <text x={12} y={p ? 40 : 34} className="ov-name">{label}</text>
              {p && n.type === 'partition' && <text x={12} y={72} className="ov-sub">{rowSummary((n.data as { rows: Parameters<typeof rowSummary>[0] }).rows)}</text>}
              {badge && <text x={b.w - 12} y={p ? 40 : 34} className="ov-badge" textAnchor="end">{badge.split(':')[1]} {badge.split(':')[0]}</text>}
            </g>
          );
        })}
      </svg>
    </ViewportPortal>
  );
});
