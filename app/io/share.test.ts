import { describe, expect, it } from 'vitest';
import { saveDesign } from '../model/index.ts';
import { buildDualViosTemplate } from '../model/templates/sample.ts';
import { decodeShare, encodeShare, MAX_SHARE_CHARS } from './share.ts';

async function pack(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

describe('share links', () => {
  it('round-trips a design through a URL-safe fragment', async () => {
    const design = buildDualViosTemplate();
    const fragment = await encodeShare(design);
    expect(fragment).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(saveDesign(design).length / 4);
    for (const form of [fragment, `#${fragment}`, `https://example.invalid/app#${fragment}`]) {
      const r = await decodeShare(form);
      expect(r.ok).toBe(true);
      if (r.ok) expect(saveDesign(r.design)).toBe(saveDesign(design));
    }
  });

  it('gives a clear error for damaged, foreign or hostile fragments, and never throws', async () => {
    const fragment = await encodeShare(buildDualViosTemplate());
    const cases: [string, RegExp][] = [
      ['', /no design/],
      ['not base64!', /not base64url/],
      [fragment.slice(0, fragment.length / 2), /damaged|JSON/],
      ['AAAA', /damaged|JSON/],
      [await pack('{"format":"something-else"}'), /Not a PowerVM design/],
      [await pack('\u0000not json'), /Not valid JSON/],
      [await pack('{"format":"powervm-design","version":99}'), /version 99/],
      ['A'.repeat(3 * 1024 * 1024), /longer than/],
    ];
    for (const [input, message] of cases) {
      const r = await decodeShare(input);
      expect(r.ok, input.slice(0, 20)).toBe(false);
      if (!r.ok) expect(r.errors.join(' '), input.slice(0, 20)).toMatch(message);
    }
    const r = await decodeShare(undefined as unknown as string);
    expect(r.ok).toBe(false);
  });

  it('refuses a fragment over the stated limit at once, before any decoding, with a message', async () => {
    const huge = 'A'.repeat(MAX_SHARE_CHARS + 64 * 1024);
    for (const form of [huge, `#share=${huge}`, `https://example.invalid/app#share=${huge}`, `${huge}!!! not base64`]) {
      const t0 = performance.now();
      const r = await decodeShare(form);
      expect(performance.now() - t0).toBeLessThan(50);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]).toMatch(/^The share link is longer than the limit of 2 MB \(it is 2\.1 MB\); it was not decoded/);
    }
    // Just under the limit, the fragment is read (and this one is refused only for what it holds).
    const r = await decodeShare('A'.repeat(MAX_SHARE_CHARS - 1));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).not.toMatch(/longer than the limit/);
  });

  it('refuses a compressed bomb before unpacking it all', { timeout: 60_000 }, async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(32);
    let sent = 0;
    const spaces = new ReadableStream<Uint8Array<ArrayBuffer>>({ pull(c) { if (sent++ < 60) c.enqueue(chunk); else c.close(); } });
    const packed = new Uint8Array(await new Response(spaces.pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    let bin = '';
    for (const b of packed) bin += String.fromCharCode(b);
    const bomb = btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(bomb.length).toBeLessThan(200_000);
    const r = await decodeShare(bomb);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/more than 50 MB/);
  });
});
