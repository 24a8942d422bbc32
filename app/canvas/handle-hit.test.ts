import { describe, expect, it } from 'vitest';
import { HANDLE_HIT_SCREEN_PX, handleHitSize } from './handle-hit.ts';

describe('handle hit area', () => {
  it('is at least 16 and at most about 19 screen px at every zoom', () => {
    for (let z = 0.05; z <= 2.5; z *= 1.013) {
      const screen = handleHitSize(z) * z;
      expect(screen).toBeGreaterThanOrEqual(HANDLE_HIT_SCREEN_PX);
      expect(screen).toBeLessThan(HANDLE_HIT_SCREEN_PX * 1.2);
    }
  });
  it('changes only at zoom steps (a wheel notch of a few percent rarely rewrites it)', () => {
    const values = new Set<number>();
    for (let z = 0.5; z < 1; z += 0.005) values.add(handleHitSize(z));
    expect(values.size).toBe(4);
  });
  it('falls back to screen px for a bad zoom', () => {
    expect(handleHitSize(0)).toBe(16);
    expect(handleHitSize(Number.NaN)).toBe(16);
  });
});
