import { describe, expect, it } from 'vitest';
import { FIT_MARGIN, MIN_ZOOM, fittedViewport, insetViewport, minZoomFor } from './fit.ts';

/** The screen rectangle a flow rectangle takes under a viewport. */
const onScreen = (b: { x: number; y: number; w: number; h: number }, v: { x: number; y: number; zoom: number }) =>
  ({ left: b.x * v.zoom + v.x, top: b.y * v.zoom + v.y, right: (b.x + b.w) * v.zoom + v.x, bottom: (b.y + b.h) * v.zoom + v.y });

describe('fittedViewport', () => {
  const wide = { x: 0, y: 0, w: 2000, h: 900 };
  it('keeps the picture clear of the canvas tools and inside the canvas', () => {
    const r = onScreen(wide, fittedViewport(wide, 900, 620));
    expect(r.top).toBeGreaterThanOrEqual(FIT_MARGIN.top - 0.01);
    expect(r.left).toBeGreaterThanOrEqual(FIT_MARGIN.left - 0.01);
    expect(r.right).toBeLessThanOrEqual(900);
  });
  it('keeps the picture clear of a toolbar in the top right corner: below it or left of it', () => {
    const bar = { w: 420, h: 90 };
    for (const b of [wide, { x: 0, y: 0, w: 800, h: 900 }, { x: -50, y: 40, w: 3000, h: 400 }]) {
      const r = onScreen(b, fittedViewport(b, 900, 620, 1.2, bar));
      expect(r.top >= bar.h + 8 - 0.01 || r.right <= 900 - bar.w - 8 + 0.01).toBe(true);
    }
  });
  it('gives up no zoom for a toolbar lower than the tools row', () => {
    expect(fittedViewport(wide, 900, 620, 1.2, { w: 420, h: 40 })).toEqual(fittedViewport(wide, 900, 620));
  });
});

describe('fittedViewport aboveTop', () => {
  it('keeps that many px free above the picture, also below a toolbar in the top right corner', () => {
    const wide = { x: 0, y: 0, w: 2000, h: 900 };
    expect(onScreen(wide, fittedViewport(wide, 900, 620, 1.2, null, 30)).top).toBeGreaterThanOrEqual(FIT_MARGIN.top + 30 - 0.01);
    const bar = { w: 420, h: 90 };
    const r = onScreen(wide, fittedViewport(wide, 900, 620, 1.2, bar, 30));
    expect(r.top >= bar.h + 8 + 30 - 0.01 || (r.right <= 900 - bar.w - 8 + 0.01 && r.top >= FIT_MARGIN.top + 30 - 0.01)).toBe(true);
  });
});

describe('minZoomFor', () => {
  it('keeps the usual floor for a design that fits above it', () => {
    expect(minZoomFor({ w: 4000, h: 2000 }, 1440, 900)).toBe(MIN_ZOOM);
    expect(minZoomFor(null, 1440, 900)).toBe(MIN_ZOOM);
  });
  it('goes below it when the whole design fits only lower (1,000 partitions with tall VIOS columns)', () => {
    const huge = { x: 0, y: 0, w: 31000, h: 18000 };
    const floor = minZoomFor(huge, 1440, 900);
    expect(floor).toBeLessThan(MIN_ZOOM);
    // The fitted view of the canvas (smaller than the screen: panels around it) is reachable above the floor.
    expect(fittedViewport(huge, 940, 620).zoom).toBeGreaterThan(floor);
  });
});

describe('insetViewport', () => {
  it('shows the rectangle whole and centred inside the insets (presentation: clock on top, legend on the right)', () => {
    const b = { x: -100, y: 50, w: 31000, h: 18000 };
    const insets = { top: 140, right: 380, bottom: 200, left: 30 };
    const r = onScreen(b, insetViewport(b, 1920, 1080, insets));
    expect(r.left).toBeGreaterThanOrEqual(30 - 0.01);
    expect(r.top).toBeGreaterThanOrEqual(140 - 0.01);
    expect(r.right).toBeLessThanOrEqual(1920 - 380 + 0.01);
    expect(r.bottom).toBeLessThanOrEqual(1080 - 200 + 0.01);
    // Centred on the axis that has room to spare, touching the insets on the other.
    expect(Math.min(Math.abs(r.left - 30), Math.abs(r.top - 140))).toBeLessThan(0.5);
  });
});
