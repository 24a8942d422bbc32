/** N from `?bench=N` (1..5000), or null when the page is not in benchmark mode (app/bench-mode.ts). */
export function benchSize(search = location.search): number | null {
  const raw = new URLSearchParams(search).get('bench');
  if (raw === null) return null;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 5000 ? n : null;
}
