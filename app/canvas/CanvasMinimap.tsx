import { memo, useEffect, useMemo, useRef } from 'react';
import { Panel, useReactFlow, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useDesign } from '../store/design-store.ts';
import { useUi } from '../store/ui-store.ts';
import type { Box } from './lod/overview-boxes.ts';
import { fitMinimap, fromMinimap, minimapPaths, screenRect, toMinimap, type MinimapFit } from './lod/minimap-geometry.ts';

/** The VIOS ids as one string, computed once per partitions object (a memory edit must not redraw the minimap). */
const viosKeys = new WeakMap<object, string>();
function viosKeyOf(partitions: Record<string, { id: string; kind: string }>): string {
  let k = viosKeys.get(partitions);
  if (k === undefined) {
    k = Object.values(partitions).filter((p) => p.kind === 'vios').map((p) => p.id).join('\n');
    viosKeys.set(partitions, k);
  }
  return k;
}

const W = 200;
const H = 150;

/**
 * The minimap: every frame, partition and outside element (not only what is mounted), drawn in five paths,
 * with the screen's rectangle on top. The rectangle is moved by a compositor transform written straight
 * from the viewport store, so panning never repaints the minimap. Click or drag moves the view, the wheel zooms.
 */
export const CanvasMinimap = memo(function CanvasMinimap({ boxes }: { boxes: ReadonlyMap<string, Box> }) {
  const store = useStoreApi();
  const { setViewport } = useReactFlow();
  const viosKey = useDesign((s) => viosKeyOf(s.design.domain.partitions));
  const vios = useMemo(() => new Set(viosKey.split('\n')), [viosKey]);
  const selection = useUi((s) => s.selection);
  const fit = useMemo(() => fitMinimap(boxes.values(), W, H), [boxes]);
  const paths = useMemo(
    () => minimapPaths(boxes.values(), fit, (id) => vios.has(id), new Set(selection)),
    [boxes, fit, vios, selection],
  );
  const viewRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<HTMLDivElement>(null);
  const fitRef = useRef<MinimapFit>(fit);
  fitRef.current = fit;

  useEffect(() => {
    let last = '';
    const draw = (s: ReactFlowState) => {
      const el = viewRef.current;
      if (!el) return;
      const r = screenRect(s.transform, s.width, s.height);
      const a = toMinimap(fit, r.x, r.y);
      const key = `${a.x.toFixed(1)}|${a.y.toFixed(1)}|${(r.w * fit.scale).toFixed(1)}|${(r.h * fit.scale).toFixed(1)}`;
      if (key === last) return;
      last = key;
      el.style.transform = `translate(${a.x.toFixed(1)}px, ${a.y.toFixed(1)}px)`;
      el.style.width = `${Math.max(2, r.w * fit.scale).toFixed(1)}px`;
      el.style.height = `${Math.max(2, r.h * fit.scale).toFixed(1)}px`;
    };
    draw(store.getState());
    return store.subscribe(draw);
  }, [store, fit]);

  // Wheel over the minimap zooms around the centre of the screen (a non-passive listener, to stop the page scrolling).
  useEffect(() => {
    const el = mapRef.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const { transform: [tx, ty, z], width, height, minZoom, maxZoom } = store.getState();
      const zoom = Math.min(maxZoom, Math.max(minZoom, z * (e.deltaY < 0 ? 1.2 : 1 / 1.2)));
      const cx = (width / 2 - tx) / z;
      const cy = (height / 2 - ty) / z;
      void setViewport({ x: width / 2 - cx * zoom, y: height / 2 - cy * zoom, zoom });
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [store, setViewport]);

  const centreOn = (e: React.PointerEvent<HTMLDivElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const p = fromMinimap(fitRef.current, e.clientX - rect.left, e.clientY - rect.top);
    const { transform: [, , z], width, height } = store.getState();
    void setViewport({ x: width / 2 - p.x * z, y: height / 2 - p.y * z, zoom: z });
  };

  return (
    <Panel position="bottom-right" className="canvas-minimap-panel">
      <div
        ref={mapRef}
        className="canvas-minimap nopan nowheel nodrag"
        role="group"
        aria-label="Minimap"
        title="Minimap: click or drag to move the view, wheel to zoom"
        onPointerDown={(e) => { if (e.button !== 0) return; e.currentTarget.setPointerCapture(e.pointerId); centreOn(e); }}
        onPointerMove={(e) => { if (e.currentTarget.hasPointerCapture(e.pointerId)) centreOn(e); }}
      >
        <svg width={W} height={H} aria-hidden>
          <g transform="scale(0.1)">
            <path className="mm-frames" d={paths.frames} />
            <path className="mm-other" d={paths.other} />
            <path className="mm-clients" d={paths.clients} />
            <path className="mm-vios" d={paths.vios} />
            <path className="mm-selected" d={paths.selected} />
          </g>
        </svg>
        <div ref={viewRef} className="canvas-minimap-view" />
      </div>
    </Panel>
  );
});
