import { memo } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useDesign } from '../store/design-store.ts';
import { useUi } from '../store/ui-store.ts';
import { useEditor } from './editor-store.ts';
import { autoLayout } from './auto-layout.ts';
import { CanvasSearch } from './CanvasSearch.tsx';
import { openConnect } from './use-canvas-keys.ts';

/** The frame a selection belongs to (a frame, or the frame of a partition, VLAN or HEA port). */
function useSelectedFrame(): string | null {
  return useDesign((s) => {
    const id = useUi.getState().selection[0];
    if (!id) return null;
    const d = s.design.domain;
    return d.systems[id]?.id ?? d.partitions[id]?.systemId ?? d.vlans[id]?.systemId ?? d.heaPorts[id]?.systemId ?? null;
  });
}

/** Search, automatic layout, Connect… and the shortcut list, over the canvas. */
export const CanvasTools = memo(function CanvasTools() {
  const hasSelection = useUi((s) => s.selection).length > 0;
  const frame = useSelectedFrame();
  const readOnly = useUi((s) => s.readOnly);
  const { fitView } = useReactFlow();
  const run = async (systemId: string | null) => {
    if (await autoLayout(systemId)) requestAnimationFrame(() => { void fitView({ padding: 0.08, duration: 200 }); });
  };
  return (
    <div className="canvas-tools">
      <CanvasSearch />
      <button type="button" disabled={readOnly} onClick={() => void run(null)} title="Lay out the whole design: clients on top, the VIOS pair below, SAN and LAN under the frames">Auto layout</button>
      <button type="button" disabled={readOnly || !frame} onClick={() => void run(frame)} title="Lay out the selected frame">Layout frame</button>
      <button type="button" disabled={readOnly || !hasSelection} onClick={openConnect} title="Connect the selected element to another (C)">Connect…</button>
      <button type="button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={() => useEditor.getState().set({ shortcutsOpen: true })}>?</button>
    </div>
  );
});
