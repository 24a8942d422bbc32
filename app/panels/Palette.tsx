import { memo, type DragEvent } from 'react';
import { PALETTE_HINTS, PALETTE_ITEMS, planAdd, type PaletteItem } from '../canvas/palette-actions.ts';
import { applyPlan } from '../canvas/apply-plan.ts';
import { useDesign } from '../store/design-store.ts';
import { useUi } from '../store/ui-store.ts';

export { PALETTE_ITEMS };
export const PALETTE_MIME = 'application/x-powervm-palette';

const GROUPS: { title: string; items: PaletteItem[] }[] = [
  { title: 'Frames and partitions', items: ['Frame', 'VIOS', 'VIOS pair', 'AIX LPAR', 'Linux LPAR', 'IBM i LPAR'] },
  { title: 'Adapters', items: ['Ethernet port', 'FC port', 'SAS controller', 'HEA port', 'SR-IOV adapter', 'vNIC'] },
  { title: 'Storage', items: ['SAN LUN', 'Internal disk', 'Logical volume', 'File-backed disk', 'Optical drive', 'ISO image', 'Storage array', 'SAN fabric', 'SSP cluster', 'Logical unit'] },
  { title: 'Network', items: ['VLAN', 'SEA', 'Ethernet switch'] },
];

const onDragStart = (e: DragEvent<HTMLButtonElement>, item: PaletteItem) => {
  e.dataTransfer.setData(PALETTE_MIME, item);
  e.dataTransfer.setData('text/plain', item);
  e.dataTransfer.effectAllowed = 'copy';
};

/** Adds the item at a sensible place: into the selected frame or partition, else the first one that can hold it. */
const add = (item: PaletteItem) => {
  if (useUi.getState().readOnly) return;
  applyPlan(planAdd(useDesign.getState().design, item, useUi.getState().selection));
};

/** The element palette: drag an item onto the canvas, a frame or a partition, or press Enter to add it. */
export const Palette = memo(function Palette() {
  return (
    <aside className="palette" aria-label="Palette">
      <h2>Palette</h2>
      {GROUPS.map((g) => (
        <section key={g.title} aria-label={g.title}>
          <h3 className="palette-group">{g.title}</h3>
          <ul>
            {g.items.map((item) => (
              <li key={item}>
                <button type="button" draggable className={`palette-item pi-${item.replace(/\W+/g, '-').toLowerCase()}`} title={PALETTE_HINTS[item]}
                  onDragStart={(e) => onDragStart(e, item)} onClick={() => add(item)}>{item}</button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
});
