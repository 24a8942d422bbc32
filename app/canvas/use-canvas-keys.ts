import { useEffect, useRef } from 'react';
import type { Id } from '../model/index.ts';
import { setLayout } from '../model/index.ts';
import { covered, type Rect } from '../model/layout/overlap.ts';
import { useDesign } from '../store/design-store.ts';
import { useUi } from '../store/ui-store.ts';
import { useEditor } from './editor-store.ts';
import { useConnectUi } from './connect-ui-store.ts';
import { labelOf } from './labels.ts';
import type { FlowNode } from './project.ts';

const inField = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName) || !!t.closest('dialog, [role="dialog"], [role="menu"]'));
const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
/** A move burst (keys pressed one after the other) ends this long after the last arrow: one undo step. */
const BURST_MS = 1200;
const STEP = 10;
const BIG_STEP = 50;

/** Opens the Connect… dialog for the selected element (key C, and the Connect… button). */
export function openConnect(): void {
  const id = useUi.getState().selection[0];
  if (id && !useUi.getState().readOnly) useConnectUi.getState().set({ dialogFor: id, choice: null });
}

/**
 * Keyboard editing on the canvas: C opens Connect… for the selected element; the arrow keys move the
 * selected elements (Shift: a bigger step), a burst of moves being one undo step, and a move onto
 * another element is refused.
 */
export function useCanvasKeys(nodes: () => readonly FlowNode[]): void {
  const getNodes = useRef(nodes);
  getNodes.current = nodes;
  useEffect(() => {
    let burst: ReturnType<typeof setTimeout> | null = null;
    const endBurst = () => {
      if (burst === null) return;
      clearTimeout(burst);
      burst = null;
      useDesign.temporal.getState().resume();
    };
    const move = (dx: number, dy: number): boolean => {
      const ids = new Set(useUi.getState().selection);
      const all = getNodes.current();
      const movers = all.filter((n) => ids.has(n.id));
      if (movers.length === 0) return false;
      const design = useDesign.getState().design;
      const rect = (n: FlowNode, d = 0): Rect => {
        const l = design.layout.nodes[n.id] ?? n.position;
        return { id: n.id, x: l.x + d * dx, y: l.y + d * dy, w: n.width ?? n.measured?.width ?? 0, h: n.height ?? n.measured?.height ?? 0 };
      };
      const moves: Record<Id, { x: number; y: number }> = {};
      for (const n of movers) {
        const r = rect(n, 1);
        const siblings = all.filter((o) => (o.parentId ?? '') === (n.parentId ?? '') && !ids.has(o.id)).map((o) => rect(o));
        const inWay = covered(r, siblings);
        if (inWay.length > 0) {
          useUi.getState().notify('error', `Cannot move ${labelOf(design, n.id)} there: it would cover ${inWay.map((o) => labelOf(design, o.id)).join(', ')}`);
          return true;
        }
        moves[n.id] = { x: r.x, y: n.parentId ? Math.max(0, r.y) : r.y };
        if (n.parentId) moves[n.id]!.x = Math.max(0, r.x);
      }
      const first = burst === null;
      useDesign.getState().apply(setLayout, { nodes: moves });
      if (first) useDesign.temporal.getState().pause();
      if (burst !== null) clearTimeout(burst);
      burst = setTimeout(endBurst, BURST_MS);
      return true;
    };
    const onKey = (e: KeyboardEvent) => {
      const arrow = ARROWS[e.key];
      // Another key ends a burst of moves (Shift, pressed for a bigger step, does not).
      if (!arrow && !['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) endBurst();
      const editor = useEditor.getState();
      const connect = useConnectUi.getState();
      if (inField(e.target) || editor.pendingDelete || editor.shortcutsOpen || editor.templatesOpen || connect.dialogFor || connect.choice) return;
      if (useUi.getState().readOnly || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'c' || e.key === 'C') {
        if (useUi.getState().selection.length === 0) return;
        e.preventDefault();
        openConnect();
        return;
      }
      if (arrow && move(arrow[0] * (e.shiftKey ? BIG_STEP : STEP), arrow[1] * (e.shiftKey ? BIG_STEP : STEP))) {
        // React Flow would move a focused node too (without telling the design): this is the one move.
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => { window.removeEventListener('keydown', onKey, true); endBurst(); };
  }, []);
}
