import { describe, expect, it } from 'vitest';
import type { ReactFlowState } from '@xyflow/react';
import { DETAIL_ZOOM, isCompact, isCompactOrUnset } from './zoom.ts';

const state = (zoom: number, panZoom: unknown) => ({ transform: [0, 0, zoom], panZoom, width: 1600, height: 900 }) as unknown as ReactFlowState;

describe('isCompactOrUnset', () => {
  it('is compact before React Flow has set its viewport (its first render is at 100 %), then by the zoom', () => {
    expect(isCompact(state(1, null))).toBe(false);
    expect(isCompactOrUnset(state(1, null))).toBe(true);
    expect(isCompactOrUnset(state(1, {}))).toBe(false);
    expect(isCompactOrUnset(state(DETAIL_ZOOM / 2, {}))).toBe(true);
  });
});
