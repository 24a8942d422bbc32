import { MAX_DESIGN_BYTES, type Design, type OpenResult, openDesign, saveDesign } from '../model/index.ts';

/** Longest fragment read (about 1.5 MB of compressed design); longer ones are refused before decoding. */
export const MAX_SHARE_CHARS = 2 * 1024 * 1024;

async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) { await reader.cancel(); return null; }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.byteLength; }
  return out;
}

const streamOf = (bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> => new Blob([bytes]).stream();

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Room for the address and `#share=` around the code when a whole link is given. */
const SHARE_SLACK = 8 * 1024;

const tooLong = (length: number): OpenResult => ({
  ok: false,
  errors: [`The share link is longer than the limit of ${MAX_SHARE_CHARS / 1024 / 1024} MB (it is ${(length / 1024 / 1024).toFixed(1)} MB); it was not decoded. Share the design as a file instead`],
});

/** A share link fragment: the saved design JSON, deflate-raw compressed, base64url. */
export async function encodeShare(design: Design): Promise<string> {
  const json = new TextEncoder().encode(saveDesign(design));
  const packed = await collect(streamOf(json).pipeThrough(new CompressionStream('deflate-raw')), Number.MAX_SAFE_INTEGER);
  return toBase64Url(packed!);
}

/**
 * Opens a design from a share link fragment (with or without the leading `#`, or a whole URL). A
 * damaged, oversized or hostile fragment gives `{ ok: false, errors }`; it never throws.
 */
export async function decodeShare(fragment: string): Promise<OpenResult> {
  // Refused before anything else is done with it: no trim, no search, no decoding of an oversized fragment.
  if (typeof fragment === 'string' && fragment.length > MAX_SHARE_CHARS + SHARE_SLACK) return tooLong(fragment.length);
  try {
    let text = typeof fragment === 'string' ? fragment.trim() : '';
    if (text.includes('#')) text = text.slice(text.indexOf('#') + 1);
    text = text.replace(/^(share|design|d)=/, '');
    if (!text) return { ok: false, errors: ['The share link holds no design'] };
    if (text.length > MAX_SHARE_CHARS) return tooLong(text.length);
    if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return { ok: false, errors: ['The share link is damaged: it is not base64url text'] };
    const json = await collect(streamOf(fromBase64Url(text)).pipeThrough(new DecompressionStream('deflate-raw')), MAX_DESIGN_BYTES);
    if (!json) return { ok: false, errors: [`The shared design unpacks to more than ${MAX_DESIGN_BYTES / 1024 / 1024} MB; it was not opened`] };
    return openDesign(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch (e) {
    return { ok: false, errors: [`The share link is damaged and cannot be unpacked (${e instanceof Error ? e.message : String(e)})`] };
  }
}
