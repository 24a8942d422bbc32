import type { Id, NodeLayout } from '../model/index.ts';
import { applyAutoLayout } from '../model/index.ts';
import { frameLayout, tidyLayout } from '../model/layout/tidy.ts';
import { useDesign } from '../store/design-store.ts';
import { useUi } from '../store/ui-store.ts';

/**
 * Lays out the whole design, or the inside of one frame, with the layered placement every design gets
 * (app/model/layout/tidy.ts: clients on top, the VIOS pair below, the SAN and LAN under the frames); the
 * result is one undo step. It is pure and takes milliseconds even for a thousand partitions, so it runs
 * at once; the connections are routed again from the new positions (app/picture).
 */
export async function autoLayout(systemId: Id | null): Promise<boolean> {
  const design = useDesign.getState().design;
  const name = systemId ? design.domain.systems[systemId]?.name ?? 'frame' : 'the whole design';
  let nodes: Record<Id, NodeLayout>;
  if (systemId) {
    const f = frameLayout(design, systemId);
    const cur = design.layout.nodes[systemId] ?? { x: 0, y: 0 };
    nodes = { ...f.nodes, [systemId]: { x: cur.x, y: cur.y, w: f.w, h: f.h } };
  } else {
    nodes = tidyLayout(design);
  }
  const r = useDesign.getState().apply(applyAutoLayout, { nodes });
  if (r.ok) useUi.getState().notify('success', `Laid out ${name}`);
  return r.ok;
}
