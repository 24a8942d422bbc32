import { useEffect } from 'react';
import { useUi } from '../store/ui-store.ts';

/** Messages for the user: refused operations, file errors, confirmations. Errors stay until dismissed. */
export function Notices() {
  const notices = useUi((s) => s.notices);
  const dismiss = useUi((s) => s.dismiss);
  useEffect(() => {
    const timers = notices.filter((n) => n.kind !== 'error').map((n) => setTimeout(() => dismiss(n.id), 6000));
    return () => timers.forEach(clearTimeout);
  }, [notices, dismiss]);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <span>{n.text}</span>
          {n.action && <button type="button" className="notice-action" onClick={n.action.run}>{n.action.label}</button>}
          <button type="button" aria-label="Dismiss" onClick={() => dismiss(n.id)}>×</button>
        </div>
      ))}
    </div>
  );
}
