import { memo } from 'react';
import type { Verdict } from '../../engine/impact/types.ts';
import { useImpact, VERDICT_CLASS } from '../../store/impact-store.ts';
import { failedStateOf } from './failed-elements.ts';

const ICON: Record<Verdict, string> = { OK: '✓', Degraded: '!', Outage: '✕' };

/**
 * A partition's status for storage and network (OK / Degraded / Outage, in colour and in words), hung
 * above its top edge; a failed VIOS says Failed there instead. Re-renders only when its own state changes.
 */
export const ImpactBadge = memo(function ImpactBadge({ id }: { id: string }) {
  const badge = useImpact((s) => s.badges[id]);
  const failed = useImpact((s) => failedStateOf(s, id));
  const whatIf = useImpact((s) => !!s.whatIf);
  if (failed) {
    return (
      <div className={`impact-badge is-${failed}`} role="status" aria-live="off" aria-label={failed === 'failed' ? 'Failed' : 'Would fail (What if)'}>
        <span className="verdict verdict-outage">{failed === 'failed' ? '✕ Failed' : '✕ What if: fails'}</span>
      </div>
    );
  }
  if (!badge) return null;
  const [storage, network] = badge.split(':') as [Verdict, Verdict];
  return (
    <div className={`impact-badge${whatIf ? ' is-preview' : ''}`} role="status" aria-live="off" aria-label={`Storage ${storage}, network ${network}${whatIf ? ' (What if)' : ''}`}>
      <span className={`verdict ${VERDICT_CLASS[storage]}`} title={`Storage: ${storage}`}><span aria-hidden>{ICON[storage]}</span> Storage {storage}</span>
      <span className={`verdict ${VERDICT_CLASS[network]}`} title={`Network: ${network}`}><span aria-hidden>{ICON[network]}</span> Network {network}</span>
    </div>
  );
});
