import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../templates/index.ts';
import { NODE_SIZE, tidyLayout } from './tidy.ts';

describe('tidyLayout outside the frames', () => {
  for (const t of TEMPLATES) {
    it(`lays out "${t.title}": fabrics and switches in one row, each array with its LUNs in the row below, no wider than a screen's proportions`, () => {
      const design = t.build();
      const L = tidyLayout(design);
      const d = design.domain;
      const frames = Object.values(d.systems).map((s) => L[s.id]!);
      const frameRight = Math.max(...frames.map((f) => f.x + (f.w ?? 0)));
      const frameBottom = Math.max(...frames.map((f) => f.y + (f.h ?? 0)));
      const top = [...Object.keys(d.sanFabrics), ...Object.keys(d.ethernetSwitches)].map((id) => L[id]!.y);
      expect(new Set(top).size, 'fabrics and switches share one row').toBeLessThanOrEqual(1);
      for (const y of top) expect(y).toBeGreaterThan(frameBottom);
      const storage = [...Object.keys(d.storageArrays), ...Object.keys(d.luns)].map((id) => L[id]!);
      for (const s of storage) expect(s.y, 'arrays and LUNs below the fabrics').toBeGreaterThan(Math.max(...top, frameBottom));
      // Nothing outside is further right than the frames or the wrapped storage rows allow (the switches never widen it).
      const right = Math.max(...[...Object.keys(d.sanFabrics), ...Object.keys(d.ethernetSwitches), ...Object.keys(d.storageArrays), ...Object.keys(d.luns)]
        .map((id) => L[id]!.x + NODE_SIZE.small.w));
      const height = Math.max(...storage.map((s) => s.y + NODE_SIZE.small.h), frameBottom);
      expect(right).toBeLessThanOrEqual(Math.max(frameRight, 1.45 * height) + NODE_SIZE.small.w);
      // No two outside boxes overlap.
      const boxes = [...Object.keys(d.sanFabrics), ...Object.keys(d.ethernetSwitches), ...Object.keys(d.storageArrays), ...Object.keys(d.luns)].map((id) => L[id]!);
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!, b = boxes[j]!;
        expect(a.x + NODE_SIZE.small.w <= b.x || b.x + NODE_SIZE.small.w <= a.x || a.y + NODE_SIZE.small.h <= b.y || b.y + NODE_SIZE.small.h <= a.y).toBe(true);
      }
    });
  }
});
