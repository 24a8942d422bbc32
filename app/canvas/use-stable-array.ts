import { useRef } from 'react';

/**
 * Returns the previous array when the new one holds the same objects in the same order, so that an
 * edit that changes nothing drawn (a partition's memory, say) does not redo what depends on the array.
 */
export function useStableArray<T>(next: T[]): T[] {
  const prev = useRef(next);
  const p = prev.current;
  if (p !== next && (p.length !== next.length || next.some((x, i) => x !== p[i]))) prev.current = next;
  return prev.current;
}
