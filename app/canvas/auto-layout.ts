import type { Id, NodeLayout } from '../model/index.ts';
import { applyAutoLayout } from '../model/index.ts';
import { useDesign } from '../store/design-store.ts';
import { useUi } from '../store/ui-store.ts';
import { runLayout, type LayoutJob } from '../worker/layout-client.ts';
import { buildElkGraph, frameSizeOf, layoutFromElk } from './elk-graph.ts';
import { useEditor } from './editor-store.ts';

let current: LayoutJob | null = null;

/**
 * Lays out the whole design, or the inside of one frame, with ELK in the layout worker; the result is one
 * undo step. The design may change meanwhile: positions are applied to what still exists.
 */
export async function autoLayout(systemId: Id | null): Promise<boolean> {
  current?.cancel();
  const design = useDesign.getState().design;
  const scope = { systemId };
  const name = systemId ? design.domain.systems[systemId]?.name ?? 'frame' : 'the whole design';
  const job = runLayout(buildElkGraph(design, scope));
  current = job;
  useEditor.getState().set({ layout: { scope: name, startedAt: Date.now() } });
  try {
    const res = await job.result;
    const nodes: Record<Id, NodeLayout> = layoutFromElk(res);
    if (systemId) {
      const cur = useDesign.getState().design.layout.nodes[systemId] ?? { x: 0, y: 0 };
      nodes[systemId] = { x: cur.x, y: cur.y, ...frameSizeOf(res) };
    }
    const r = useDesign.getState().apply(applyAutoLayout, { nodes });
    if (r.ok) useUi.getState().notify('success', `Laid out ${name}`);
    return r.ok;
  } catch (e) {
    const msg = (e as Error).message;
    useUi.getState().notify(msg === 'cancelled' ? 'info' : 'error', msg === 'cancelled' ? 'Layout cancelled; nothing moved' : `Layout failed: ${msg}`);
    return false;
  } finally {
    if (current === job) { current = null; useEditor.getState().set({ layout: null }); }
  }
}

export function cancelLayout(): void {
  current?.cancel();
}
