import { describe, expect, it } from 'vitest';
import { z } from './z.ts';
import { lazySchema } from './lazy.ts';
import { COLLECTIONS, designSchema, domainSchema } from './design.ts';
import { idSchema } from './common.ts';
import { emptyDesign } from '../ops/design.ts';

describe('lazySchema', () => {
  it('builds the schema the first time it is used, once, and behaves as the schema itself', () => {
    let built = 0;
    const port = lazySchema(() => { built++; return z.object({ name: z.string().min(1), speed: z.number().default(10) }); });
    const link = lazySchema(() => { built++; return z.object({ from: port, to: port }); });
    expect(built).toBe(0);
    expect(link.parse({ from: { name: 'ent0' }, to: { name: 'ent1', speed: 25 } })).toEqual({ from: { name: 'ent0', speed: 10 }, to: { name: 'ent1', speed: 25 } });
    expect(built).toBe(2);
    expect(link.safeParse({ from: { name: '' }, to: { name: 'x' } }).success).toBe(false);
    expect(port).toBeInstanceOf(z.ZodObject);
    expect(Object.keys(port.shape)).toEqual(['name', 'speed']);
    expect(port.pick({ name: true }).parse({ name: 'ent2' })).toEqual({ name: 'ent2' });
    expect(built).toBe(2);
  });

  it('the document schema parses through lazy schemas, refuses what it refused, and converts to JSON Schema', () => {
    expect(designSchema.parse(emptyDesign())).toEqual(emptyDesign());
    expect(idSchema.safeParse('__proto__').success).toBe(false);
    expect(designSchema.safeParse({ ...emptyDesign(), version: 2 }).success).toBe(false);
    const json = z.toJSONSchema(designSchema, { io: 'input', unrepresentable: 'throw', reused: 'inline' }) as { properties: Record<string, unknown> };
    expect(Object.keys(json.properties)).toContain('domain');
  });

  it('COLLECTIONS is the domain schema\'s collections, in its order', () => {
    expect([...COLLECTIONS]).toEqual(Object.keys(domainSchema.shape));
  });
});
