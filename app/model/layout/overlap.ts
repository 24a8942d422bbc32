/** A drawn element's box (same coordinate space for every box compared: siblings in one frame, or the top level). */
export interface Rect { id: string; x: number; y: number; w: number; h: number }
export interface Bounds { minX?: number; minY?: number }

/** Whether two boxes share area (touching edges do not). */
export const overlaps = (a: Rect, b: Rect): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** The boxes a box would cover at its place. */
export const covered = (r: Rect, others: readonly Rect[]): Rect[] => others.filter((o) => o.id !== r.id && overlaps(r, o));

function nearestFree(r: Rect, fixed: readonly Rect[], gap: number, bounds: Bounds): { x: number; y: number } {
  const ok = (x: number, y: number) => (bounds.minX === undefined || x >= bounds.minX) && (bounds.minY === undefined || y >= bounds.minY)
    && !fixed.some((f) => overlaps({ ...r, x, y }, f));
  // Candidates: beside each box in the way (and, a second time, beside the boxes those candidates meet).
  let tries: { x: number; y: number }[] = [{ x: r.x, y: r.y }];
  for (let round = 0; round < 3; round++) {
    const next: { x: number; y: number }[] = [];
    for (const t of tries) {
      for (const f of covered({ ...r, ...t }, fixed)) {
        next.push({ x: f.x + f.w + gap, y: t.y }, { x: f.x - r.w - gap, y: t.y }, { x: t.x, y: f.y + f.h + gap }, { x: t.x, y: f.y - r.h - gap });
      }
    }
    const free = next.filter((p) => ok(p.x, p.y));
    if (free.length > 0) {
      const d = (p: { x: number; y: number }) => Math.hypot(p.x - r.x, p.y - r.y);
      return free.reduce((a, b) => (d(b) < d(a) ? b : a));
    }
    tries = next;
  }
  // Below everything: always free.
  return { x: Math.max(r.x, bounds.minX ?? r.x), y: Math.max(...fixed.map((f) => f.y + f.h + gap), bounds.minY ?? r.y) };
}

/**
 * Where moved boxes may land among fixed ones without covering any: where they were dropped when that is
 * free, otherwise the nearest free place beside what is in the way (`gap` apart), never above or left of
 * `bounds`. Boxes are settled one after the other; a settled box is in the way of the next. Pure.
 * Returns the boxes that had to move aside, with where they go and what they would have covered.
 */
export function settleWithoutOverlap(moved: readonly Rect[], fixed: readonly Rect[], gap = 20, bounds: Bounds = {}): { id: string; x: number; y: number; covered: string[] }[] {
  const placed = fixed.filter((f) => !moved.some((m) => m.id === f.id));
  const out: { id: string; x: number; y: number; covered: string[] }[] = [];
  for (const m of moved) {
    const inWay = covered(m, placed);
    if (inWay.length === 0) { placed.push(m); continue; }
    const p = nearestFree(m, placed, gap, bounds);
    const at = { ...m, x: Math.round(p.x), y: Math.round(p.y) };
    placed.push(at);
    out.push({ id: m.id, x: at.x, y: at.y, covered: inWay.map((r) => r.id) });
  }
  return out;
}
