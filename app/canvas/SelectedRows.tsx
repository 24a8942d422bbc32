import { memo } from 'react';
import { useUi } from '../store/ui-store.ts';

/**
 * Highlights the selected adapter or device rows (search, diagnostics) with one style rule per selected id:
 * no partition node re-renders for it.
 */
export const SelectedRows = memo(function SelectedRows() {
  const selection = useUi((s) => s.selection);
  if (selection.length === 0 || selection.length > 50) return null;
  const sel = selection.map((id) => `.partition-node .row[data-rowid="${CSS.escape(id)}"]`).join(',\n');
  return <style>{`${sel} { background: var(--row-selected); box-shadow: inset 3px 0 0 var(--accent); }`}</style>;
});
