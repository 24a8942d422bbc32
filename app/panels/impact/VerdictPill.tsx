import type { Verdict } from '../../engine/impact/types.ts';
import { VERDICT_CLASS } from '../../store/impact-store.ts';

const ICON: Record<Verdict, string> = { OK: '✓', Degraded: '!', Outage: '✕' };

/** A verdict in colour and in words (never colour alone); `what` is read out before it ("storage"). */
export function VerdictPill({ verdict, what }: { verdict: Verdict; what?: string }) {
  return (
    <span className={`verdict ${VERDICT_CLASS[verdict]}`}>
      <span aria-hidden className="verdict-icon">{ICON[verdict]}</span>
      {what && <span className="visually-hidden">{what} </span>}
      {verdict}
    </span>
  );
}
