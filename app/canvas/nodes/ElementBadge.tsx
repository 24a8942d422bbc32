import { memo } from 'react';
import { useDiagnostics } from '../../store/diagnostics-store.ts';

/** Count and worst severity of the diagnostics naming an element (re-renders only when its own summary changes). */
export const ElementBadge = memo(function ElementBadge({ id }: { id: string }) {
  const summary = useDiagnostics((s) => s.badges[id]);
  if (!summary) return null;
  const [worst, count] = summary.split(':');
  return <span className={`badge badge-${worst}`} aria-label={`${count} ${worst}${count === '1' ? '' : 's'}`} title={`${count} diagnostic(s), worst: ${worst}`}>{count}</span>;
});
