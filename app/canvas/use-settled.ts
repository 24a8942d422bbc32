import { useEffect, useState } from 'react';

/**
 * `value` once it has stayed the same for `ms` (the first value at once): what would repaint a large layer on
 * every step of a gesture (a wheel zoom) follows when the gesture has stopped.
 */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, settled, ms]);
  return settled;
}
