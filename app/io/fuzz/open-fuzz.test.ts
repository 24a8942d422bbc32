import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateBenchDesign } from '../../model/generate.ts';
import { openDesign, saveDesign } from '../../model/index.ts';
import { prototypeSnapshot } from '../../model/testing/prototype-snapshot.ts';
import { decodeShare } from '../share.ts';
import { damage, mutate, mutationArb, textDamageArb } from './mutate.ts';
import { expectHonest, templateTexts, timed } from './outcome.ts';

/**
 * Fuzzing of the way in (openDesign for Open, drop, autosave, templates and `npm run check`; decodeShare for share
 * links): random JSON, random text and bytes, and templates damaged as people and attackers do. Every input is
 * refused with messages or opens whole with exactly the input's records; nothing throws, nothing takes 5 s, and
 * Object.prototype stays as it was. 1,700 inputs here; the import fuzzing adds 500.
 */
const templates = templateTexts();
const before = prototypeSnapshot();

async function pack(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const tally = { opened: 0, repaired: 0, refused: 0 };
const openText = (text: string) => {
  const r = timed(() => openDesign(text));
  expectHonest(text, r);
  if (!r.ok) tally.refused++;
  else if (r.repaired) tally.repaired++;
  else tally.opened++;
};

describe('fuzzing the way in', { timeout: 120_000 }, () => {
  it('random JSON values (400)', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => { openText(JSON.stringify(v) ?? 'null'); }), { numRuns: 400 });
  });

  it('random JSON objects shaped like a design (200)', () => {
    const doc = fc.record({
      format: fc.oneof(fc.constant('powervm-design'), fc.jsonValue()),
      version: fc.oneof(fc.constant(1), fc.constant(0), fc.jsonValue()),
      name: fc.oneof(fc.string(), fc.jsonValue()),
      domain: fc.dictionary(fc.constantFrom('partitions', 'systems', 'luns', '__proto__', 'constructor', 'x'), fc.jsonValue()),
      layout: fc.jsonValue(),
    }, { requiredKeys: [] });
    fc.assert(fc.property(doc, (d) => { openText(JSON.stringify(d)); }), { numRuns: 200 });
  });

  it('random text and random bytes (300)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (t) => { openText(t); }), { numRuns: 150 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => { expectHonest(null, timed(() => openDesign(b))); }), { numRuns: 150 });
  });

  it('templates damaged by up to three mutations and text damage (600)', () => {
    const arb = fc.record({ t: fc.nat(templates.length - 1), ms: fc.array(mutationArb, { minLength: 0, maxLength: 3 }), d: textDamageArb });
    Object.assign(tally, { opened: 0, repaired: 0, refused: 0 });
    fc.assert(fc.property(arb, ({ t, ms, d }) => {
      const doc = JSON.parse(templates[t]!) as Record<string, never>;
      for (const m of ms) mutate(doc, m);
      openText(damage(JSON.stringify(doc, null, 2), d));
    }), { numRuns: 600 });
    // Both sides of the property were exercised: damaged templates that still open whole (or repaired), and refusals.
    expect(tally.opened + tally.repaired).toBeGreaterThan(40);
    expect(tally.refused).toBeGreaterThan(200);
  });

  it('inputs up to 1 MB finish within 5 s', () => {
    const big = saveDesign(generateBenchDesign(150));
    const inputs = [
      big.slice(0, 1_000_000),
      '['.repeat(1_000_000),
      `${'{"a":'.repeat(150_000)}1${'}'.repeat(150_000)}`,
      `{"format":"powervm-design","version":1,"name":"${'x'.repeat(999_000)}"}`,
      `[${'1,'.repeat(400_000)}1]`,
      `{${Array.from({ length: 40_000 }, (_, i) => `"k${i % 20_000}":${i}`).join(',')}}`,
      big.replace('"domain": {', `"domain": {"__proto__": {"polluted": 1},`),
    ];
    if (big.length <= 1_000_000) inputs.push(big);
    for (const t of inputs) {
      expect(t.length).toBeLessThanOrEqual(1_000_100);
      openText(t);
    }
  }, 120_000);

  it('share links: random fragments and packed damaged templates (400)', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_#=!'), maxLength: 400 }), async (s) => {
      const t0 = performance.now();
      expectHonest(null, await decodeShare(s));
      expect(performance.now() - t0).toBeLessThan(5_000);
    }), { numRuns: 200 });
    const arb = fc.record({ t: fc.nat(templates.length - 1), ms: fc.array(mutationArb, { minLength: 0, maxLength: 2 }), d: textDamageArb });
    await fc.assert(fc.asyncProperty(arb, async ({ t, ms, d }) => {
      const doc = JSON.parse(templates[t]!) as Record<string, never>;
      for (const m of ms) mutate(doc, m);
      const text = damage(JSON.stringify(doc), d);
      const t0 = performance.now();
      expectHonest(text, await decodeShare(await pack(text)));
      expect(performance.now() - t0).toBeLessThan(5_000);
    }), { numRuns: 200 });
  }, 120_000);

  it('left Object.prototype as it was', () => {
    expect(prototypeSnapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
