import { memo, useMemo } from 'react';
import { useStore, useStoreApi } from '@xyflow/react';
import type { Verdict } from '../../engine/impact/types.ts';
import { useImpact } from '../../store/impact-store.ts';
import { intersects, viewRect, type Box } from '../lod/overview-boxes.ts';
import { labelView } from '../lod/zoom.ts';
import { rectsPath } from '../lod/overview-shapes.ts';
import { useFailedElements } from './failed-elements.ts';

const VERDICTS: Verdict[] = ['OK', 'Degraded', 'Outage'];
/** Two status tiles along the bottom of a partition box (storage, network), as large as a zoomed-out view needs. */
const TILE = { w: 124, h: 30, gap: 8 };

/**
 * The impact in the zoomed-out overview: every client's storage and network verdict as two coloured tiles
 * with their initial and word (S Degraded / N Outage) along its bottom, failed elements crossed out in red.
 * The words are mounted only where they can be read: from the zoom names are (smaller, hundreds of text elements
 * laid out and painted each time verdicts change, during a simulation every failover, for a grey blur), and near
 * the view (as the names are).
 */
export const ImpactOverview = memo(function ImpactOverview({ boxes }: { boxes: ReadonlyMap<string, Box> }) {
  const badges = useImpact((s) => s.badges);
  const { failed } = useFailedElements();
  const wordsView = useStore(labelView);
  const store = useStoreApi();
  const shapes = useMemo(() => {
    const tiles: Record<Verdict, Box[]> = { OK: [], Degraded: [], Outage: [] };
    for (const [id, b] of Object.entries(badges)) {
      const box = boxes.get(id);
      if (!box) continue;
      const [storage, network] = b.split(':') as [Verdict, Verdict];
      const x1 = box.x + 12;
      const y = box.y + Math.max(40, box.h - TILE.h - 10);
      tiles[storage].push({ id, type: 's', x: x1, y, w: TILE.w, h: TILE.h });
      tiles[network].push({ id, type: 'n', x: x1 + TILE.w + TILE.gap, y, w: TILE.w, h: TILE.h });
    }
    const crossed = [...failed].map((id) => boxes.get(id)).filter((b): b is Box => !!b);
    return {
      tiles: VERDICTS.map((v) => ({ v, d: rectsPath(tiles[v]) })),
      failedBoxes: rectsPath(crossed),
      cross: crossed.map((b) => `M${Math.round(b.x)} ${Math.round(b.y)}L${Math.round(b.x + b.w)} ${Math.round(b.y + b.h)}M${Math.round(b.x + b.w)} ${Math.round(b.y)}L${Math.round(b.x)} ${Math.round(b.y + b.h)}`).join(''),
    };
  }, [badges, boxes, failed]);
  const texts = useMemo(() => {
    const out: { id: string; x: number; y: number; text: string; verdict: Verdict }[] = [];
    if (!wordsView) return out;
    const s = store.getState();
    const view = viewRect(s.transform, s.width, s.height);
    for (const [id, b] of Object.entries(badges)) {
      const box = boxes.get(id);
      if (!box || !intersects(box, view)) continue;
      const [storage, network] = b.split(':') as [Verdict, Verdict];
      if (storage === 'OK' && network === 'OK') continue;
      const x1 = box.x + 12;
      const y = box.y + Math.max(40, box.h - TILE.h - 10);
      out.push({ id: `${id}s`, x: x1 + 8, y: y + 22, text: `S ${storage}`, verdict: storage });
      out.push({ id: `${id}n`, x: x1 + TILE.w + TILE.gap + 8, y: y + 22, text: `N ${network}`, verdict: network });
    }
    return out;
  }, [wordsView, badges, boxes, store]);
  return (
    <g className="ov-impact">
      {shapes.tiles.map((t) => <path key={t.v} className={`ov-verdict ov-${t.v.toLowerCase()}`} d={t.d} />)}
      {texts.length <= 600 && texts.map((t) => <text key={t.id} x={t.x} y={t.y} className={`ov-verdict-text ov-${t.verdict.toLowerCase()}`}>{t.text}</text>)}
      <path className="ov-failed" d={shapes.failedBoxes} />
      <path className="ov-failed-cross" d={shapes.cross} />
    </g>
  );
});
