import { makeCopy, useShareView } from '../../share-mode.ts';
import './import-export.css';

/** Shown over the canvas while a shared design is open read-only. */
export function ReadOnlyBanner() {
  const shared = useShareView((s) => s.shared);
  if (!shared) return null;
  return (
    <div className="readonly-banner" role="region" aria-label="Shared design">
      <span><strong>Shared design, read-only</strong><small>Nothing here is saved; your own design is untouched.</small></span>
      <button type="button" onClick={makeCopy}>Make a copy to edit</button>
    </div>
  );
}
