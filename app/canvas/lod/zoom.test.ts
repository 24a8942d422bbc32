import { describe, expect, it } from 'vitest';
import type { ReactFlowState } from '@xyflow/react';
import { DETAIL_ZOOM, OVERVIEW_LINE_PX, isCompact, isCompactOrUnset, labelView, overviewLineWidth } from './zoom.ts';

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

describe('overviewLineWidth', () => {
  it('keeps the lines about OVERVIEW_LINE_PX wide on screen at every zoom, in steps', () => {
    for (let z = 0.005; z < 0.5; z *= 1.07) {
      const onScreen = overviewLineWidth(state(z, {})) * z;
      expect(onScreen).toBeGreaterThan(OVERVIEW_LINE_PX / 1.2);
      expect(onScreen).toBeLessThan(OVERVIEW_LINE_PX * 1.2);
    }
    // Close zooms give the same width (no restyle on every wheel step).
    expect(overviewLineWidth(state(0.025, {}))).toBe(overviewLineWidth(state(0.026, {})));
  });
});
