import { memo, useContext } from 'react';
import { BaseEdge, type EdgeProps } from '@xyflow/react';
import type { FlowEdge } from '../project.ts';
import { PictureContext } from '../picture-context.ts';
import { useDragOffsets } from '../drag-store.ts';
import { LANE } from '../../picture/picture.ts';
import { labelPoint, orthogonalRoute, pathOf } from '../../picture/routes.ts';
import type { Port } from '../../picture/ports.ts';

const PORT = 7;
const shift = (p: Port, o: { dx: number; dy: number } | undefined): Port => (o ? { ...p, x: p.x + o.dx, y: p.y + o.dy } : p);

/**
 * A connection drawn along its orthogonal route from the picture, with a small port square where it meets
 * each node; a bundle (zoomed out) carries its count. While one of its nodes is dragged it follows with a
 * simple orthogonal path; the route is computed again when the move is committed.
 */
export const RouteEdge = memo(function RouteEdge({ id, source, target, data, interactionWidth }: EdgeProps<FlowEdge>) {
  const picture = useContext(PictureContext);
  const parentOf = (n: string) => picture?.boxes.get(n)?.parent ?? '';
  const moved = useDragOffsets((s) => {
    if (!s.offsets) return null;
    const a = s.offsets.get(source) ?? s.offsets.get(parentOf(source));
    const b = s.offsets.get(target) ?? s.offsets.get(parentOf(target));
    return a || b ? `${a?.dx ?? 0},${a?.dy ?? 0},${b?.dx ?? 0},${b?.dy ?? 0}` : null;
  });
  const route = picture?.route(data?.routeId ?? id);
  if (!route) return null;
  let { from, to, points } = route;
  if (moved) {
    const [ax, ay, bx, by] = moved.split(',').map(Number) as [number, number, number, number];
    from = shift(from, { dx: ax, dy: ay });
    to = shift(to, { dx: bx, dy: by });
    points = orthogonalRoute(from, to, null, LANE[route.kind]);
  }
  const count = data?.count ?? 1;
  const mid = count > 1 ? (!moved && data?.countAt) || labelPoint(points) : null;
  return (
    <>
      <BaseEdge id={id} path={pathOf(points)} interactionWidth={interactionWidth ?? 12} />
      <rect className="edge-port" x={from.x - PORT / 2} y={from.y - PORT / 2} width={PORT} height={PORT} />
      <rect className="edge-port" x={to.x - PORT / 2} y={to.y - PORT / 2} width={PORT} height={PORT} />
      {mid && (
        <g className="edge-count" transform={`translate(${mid.x} ${mid.y})`}>
          <g className="edge-count-scale">
            <circle r={11} />
            <text textAnchor="middle" dy="0.35em">{count}</text>
          </g>
        </g>
      )}
    </>
  );
});
