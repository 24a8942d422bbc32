/** The I/O animation in words and data attributes (for screen readers and tests), pure. */
import { formatTime } from '../../engine/sim/types.ts';
import type { DrawStats } from './io-draw.ts';
import type { IoFrame } from './io-plan.ts';

const list = (m: Map<string, number>): string => [...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => `${k}:${n}`).join(' ');
const words = (m: Map<string, number>): string => [...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => `${k} ${n} path${n === 1 ? '' : 's'}`).join(', ');

/** One sentence a screen reader reads: where I/O goes now, what is failing over (with its timers) and what failed. */
export function ioSentence(f: IoFrame, countdowns: readonly string[], motion: boolean): string {
  const parts = [`I/O at ${formatTime(f.t)}`];
  parts.push(f.summary.active.size > 0 ? `carried through ${words(f.summary.active)}` : 'no path carries I/O');
  if (f.summary.failing.size > 0) parts.push(`failing over: ${words(f.summary.failing)}${countdowns.length > 0 ? ` (${[...new Set(countdowns)].slice(0, 4).join(', ')})` : ''}`);
  if (f.summary.failed.size > 0) parts.push(`failed: ${words(f.summary.failed)}`);
  if (!motion) parts.push('reduced motion: states without moving dots');
  return `${parts.join('; ')}.`;
}

/** Data attributes of the layer: paths per state per VIOS, dots drawn per VIOS, countdowns shown. */
export function ioAttributes(f: IoFrame, stats: DrawStats | null, motion: boolean): Record<string, string> {
  return {
    'data-clock': String(f.t),
    'data-active': list(f.summary.active),
    'data-failing': list(f.summary.failing),
    'data-failed': list(f.summary.failed),
    'data-dots': stats ? list(stats.dots) : '',
    'data-dot-count': String(stats ? [...stats.dots.values()].reduce((a, b) => a + b, 0) : 0),
    'data-countdowns': stats ? stats.countdowns.join('; ') : '',
    'data-overloaded': stats ? stats.overloaded.join('; ') : '',
    'data-motion': motion ? 'full' : 'reduced',
  };
}
