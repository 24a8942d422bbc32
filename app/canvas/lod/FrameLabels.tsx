import { memo, useMemo } from 'react';
import { ViewportPortal, useStore, type ReactFlowState } from '@xyflow/react';
import { useDesign } from '../../store/design-store.ts';
import { frameCounts } from '../../model/query.ts';
import type { Box } from './overview-boxes.ts';

/**
 * Below this zoom a frame's own header (22 px type, grown at most 2.2 times) is under 11 px on screen: the
 * frames get a label at screen size instead, like a map's country names.
 */
export const FRAME_LABEL_ZOOM = 0.23;
/** Screen px a label takes above its frame (two lines and the gap): a fitted large design keeps them free. */
export const FRAME_LABEL_ROOM = 40;
const zoomOf = (s: ReactFlowState) => s.transform[2];
/** 1,250 (not toLocaleString: its first call loads the number formats, 30 ms of a large design's first render). */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const plural = (n: number, one: string, many = `${one}s`) => `${thousands(n)} ${n === 1 ? one : many}`;

/**
 * Zoomed far out (a design of hundreds of partitions seen whole), each frame's name and what it holds, in type a
 * person can read, just above the frame's top edge. They move with the view (inside the viewport) and keep
 * their size by the inverse of the zoom; the frame nodes keep their own accessible names, these are pictures.
 */
export const FrameLabels = memo(function FrameLabels({ boxes }: { boxes: ReadonlyMap<string, Box> }) {
  const zoom = useStore(zoomOf);
  const systems = useDesign((s) => s.design.domain.systems);
  const partitions = useDesign((s) => s.design.domain.partitions);
  const labels = useMemo(() => {
    const counts = frameCounts(partitions);
    return Object.values(systems).flatMap((f) => {
      const b = boxes.get(f.id);
      if (!b) return [];
      const c = counts.get(f.id) ?? { clients: 0, vios: 0 };
      return [{ id: f.id, x: b.x, y: b.y, w: b.w, name: f.name, sub: `${plural(c.clients, 'client')} · ${c.vios} VIOS` }];
    });
  }, [systems, partitions, boxes]);
  if (zoom >= FRAME_LABEL_ZOOM || labels.length === 0) return null;
  return (
    <ViewportPortal>
      <div className="frame-labels" aria-hidden="true">
        {labels.map((l) => (
          <div key={l.id} className="frame-label" data-frame={l.name}
            style={{ transform: `translate(${l.x}px, ${l.y}px) scale(${1 / zoom}) translateY(calc(-100% - 4px))`, maxWidth: Math.max(60, l.w * zoom) }}>
            <span className="frame-label-name">{l.name}</span>
            <span className="frame-label-sub">{l.sub}</span>
          </div>
        ))}
      </div>
    </ViewportPortal>
  );
});
