import { describe, expect, it } from 'vitest';
import { emptyDesign } from './design.ts';
import { DESIGN_FORMAT, DESIGN_VERSION, designSchema } from '../schema/index.ts';

describe('emptyDesign', () => {
  it('written out, is what the schema makes of a name alone (every collection, layout, scenarios, suppressions)', () => {
    const parsed = designSchema.parse({ format: DESIGN_FORMAT, version: DESIGN_VERSION, name: 'Untitled design', domain: {} });
    expect(emptyDesign()).toStrictEqual(parsed);
    expect(Object.keys(emptyDesign().domain).sort()).toEqual(Object.keys(parsed.domain).sort());
  });
  it('a fresh document each time, and another name goes through the schema', () => {
    const a = emptyDesign();
    const b = emptyDesign();
    expect(a).not.toBe(b);
    expect(a.domain.partitions).not.toBe(b.domain.partitions);
    expect(emptyDesign('My frame').name).toBe('My frame');
  });
});
