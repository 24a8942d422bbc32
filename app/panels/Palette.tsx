/** The element palette (left). Dragging and Enter come with the canvas work; listed here so the area exists. */
export const PALETTE_ITEMS = [
  'Frame', 'VIOS', 'VIOS pair', 'AIX LPAR', 'Linux LPAR', 'IBM i LPAR', 'Ethernet port', 'FC port', 'SAS controller',
  'SAN LUN', 'Internal disk', 'Logical volume', 'File-backed disk', 'Optical drive', 'ISO image', 'Storage array',
  'SAN fabric', 'Ethernet switch', 'VLAN', 'SEA', 'HEA port',
] as const;

export function Palette() {
  return (
    <aside className="palette" aria-label="Palette">
      <h2>Palette</h2>
      <ul>
        {PALETTE_ITEMS.map((label) => <li key={label}><button type="button" disabled>{label}</button></li>)}
      </ul>
    </aside>
  );
}
