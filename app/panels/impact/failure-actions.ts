import { useImpact } from '../../store/impact-store.ts';
import { failureTarget } from './use-failure-target.ts';

/** F: fails the target, or restores it when it is failed. Returns false when there is nothing to act on. */
export function toggleFailure(): boolean {
  const t = failureTarget();
  if (!t.component) return false;
  const s = useImpact.getState();
  if (t.failed) s.restore(t.component.id);
  else s.fail(t.component.id);
  return true;
}

/** What if: previews the target's failure without failing it; again, or on another target, switches. */
export function toggleWhatIf(): void {
  const t = failureTarget();
  const s = useImpact.getState();
  if (!t.component || t.failed || s.whatIf === t.component.id) s.setWhatIf(null);
  else s.setWhatIf(t.component.id);
}
