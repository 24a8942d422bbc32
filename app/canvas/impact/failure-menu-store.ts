import type { MouseEvent as ReactMouseEvent } from 'react';
import { create } from 'zustand';
import type { FailableComponent } from '../../engine/impact/types.ts';
import { useImpact } from '../../store/impact-store.ts';
import { useUi } from '../../store/ui-store.ts';

interface MenuState {
  menu: { x: number; y: number; components: FailableComponent[]; label: string } | null;
  close: () => void;
}

export const useFailureMenu = create<MenuState>()((set) => ({ menu: null, close: () => set({ menu: null }) }));

/** The components an element stands for: itself, and for a physical port also its adapter. */
export function componentsAt(failable: Readonly<Record<string, FailableComponent>>, id: string): FailableComponent[] {
  const out: FailableComponent[] = [];
  const own = failable[id];
  if (own) out.push(own);
  for (const c of Object.values(failable)) {
    if (c !== own && (c.kind === 'physical-adapter' || !own) && c.elementIds.includes(id)) out.push(c);
  }
  return out;
}

/**
 * The canvas's context menu on a node: the failable components under the pointer (the adapter row first,
 * then the node itself). Elements that cannot fail leave the browser's own menu alone.
 */
export function openFailureMenu(e: ReactMouseEvent, node: { id: string }): void {
  const failable = useImpact.getState().failable;
  const rowId = (e.target as HTMLElement | null)?.closest?.('[data-rowid]')?.getAttribute('data-rowid') ?? null;
  const seen = new Set<string>();
  const components = [...(rowId ? componentsAt(failable, rowId) : []), ...componentsAt(failable, node.id)].filter((c) => !seen.has(c.id) && seen.add(c.id));
  if (components.length === 0) return;
  e.preventDefault();
  if (!useUi.getState().selection.includes(node.id)) useUi.getState().select([node.id]);
  useFailureMenu.setState({ menu: { x: e.clientX, y: e.clientY, components, label: `Failures of ${components[0]!.name}` } });
}
