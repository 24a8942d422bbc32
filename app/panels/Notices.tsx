import { useEffect, useRef, useState } from 'react';
import { useUi, type Notice } from '../store/ui-store.ts';

/** How long a notice stays by itself; errors stay until dismissed. */
export const NOTICE_MS: Record<Notice['kind'], number | null> = { success: 4000, info: 6000, error: null };
const VISIBLE = 2;

/**
 * One notice area (top right of the canvas, clear of the canvas tools and the minimap): the two newest
 * notices, the older ones folded into "+N" (opened on demand). Successes leave after 4 s, errors stay
 * until dismissed.
 */
export function Notices() {
  const notices = useUi((s) => s.notices);
  const dismiss = useUi((s) => s.dismiss);
  const [open, setOpen] = useState(false);
  // One timer per notice, started when it appears (a newer notice does not restart the older ones').
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const live = new Set(notices.map((n) => n.id));
    for (const n of notices) {
      const ms = NOTICE_MS[n.kind];
      if (ms !== null && !timers.current.has(n.id)) timers.current.set(n.id, setTimeout(() => { timers.current.delete(n.id); dismiss(n.id); }, ms));
    }
    for (const [id, t] of timers.current) if (!live.has(id)) { clearTimeout(t); timers.current.delete(id); }
  }, [notices, dismiss]);
  useEffect(() => () => { for (const t of timers.current.values()) clearTimeout(t); }, []);
  useEffect(() => { if (notices.length <= VISIBLE) setOpen(false); }, [notices.length]);
  const hidden = Math.max(0, notices.length - VISIBLE);
  const shown = open ? notices : notices.slice(-VISIBLE);
  return (
    <div className={`notices${open ? ' open' : ''}`} role="region" aria-label="Notices">
      {hidden > 0 && (
        <div className="notices-more">
          <button type="button" aria-expanded={open} onClick={() => setOpen((v) => !v)} title={open ? 'Show only the newest two' : `${hidden} older notice${hidden === 1 ? '' : 's'}`}>
            {open ? 'Fold' : `+${hidden}`}
          </button>
          {open && <button type="button" onClick={() => notices.forEach((n) => dismiss(n.id))}>Dismiss all</button>}
        </div>
      )}
      <div className="notices-list" aria-live="polite">
        {shown.map((n) => (
          <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
            <span>{n.text}</span>
            <button type="button" aria-label="Dismiss" onClick={() => dismiss(n.id)}>×</button>
          </div>
        ))}
      </div>
    </div>
  );
}
