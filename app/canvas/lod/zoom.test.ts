import { describe, expect, it } from 'vitest';
import type { ReactFlowState } from '@xyflow/react';
import { DETAIL_ZOOM, isCompact, isCompactOrUnset, labelView } from './zoom.ts';

const state = (zoom: number, panZoom: unknown) => ({ transform: [0, 0, zoom], panZoom, width: 1600, height: 900 }) as unknown as ReactFlowState;

describe('isCompactOrUnset', () => {
  it('is compact before React Flow has set its viewport (its first render is at 100 %), then by the zoom', () => {
    expect(isCompact(state(1, null))).toBe(false);
    expect(isCompactOrUnset(state(1, null))).toBe(true);
    expect(isCompactOrUnset(state(1, {}))).toBe(false);
    expect(isCompactOrUnset(state(DETAIL_ZOOM / 2, {}))).toBe(true);
  });
  it('names no place for labels before the viewport is set, then while they can be read', () => {
    expect(labelView(state(1, null))).toBe('');
    expect(labelView(state(1, {}))).not.toBe('');
    expect(labelView(state(0.05, {}))).toBe('');
  });
});
