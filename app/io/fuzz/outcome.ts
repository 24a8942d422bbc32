import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import {
  COLLECTIONS, RESERVED_NAMES, checkIntegrity, designSchema, type OpenResult,
} from '../../model/index.ts';

/** The templates as text: the seeds of the mutation fuzzing. */
export function templateTexts(): string[] {
  const dir = join(process.cwd(), 'public', 'templates');
  return readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'index.json').map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Longest any single open, decode or import may take. */
export const HANG_MS = 5_000;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Ids of the records of each collection (and scenarios) in a parsed input document, as openDesign would read it. */
function recordsOf(raw: Record<string, Json>): Record<string, Record<string, Json>> {
  const flat = raw.version === undefined || raw.version === 0;
  const from = (flat ? raw : raw.domain) as Record<string, Json> | undefined;
  const out: Record<string, Record<string, Json>> = {};
  for (const c of COLLECTIONS) out[c] = (from?.[c] ?? {}) as Record<string, Json>;
  return out;
}

/** Every field of the input record is in the opened record with the same value (defaults may be added). */
function sameFields(input: Json, opened: unknown, where: string): void {
  if (input === null || typeof input !== 'object') { expect(opened, where).toEqual(input); return; }
  expect(opened !== null && typeof opened === 'object', where).toBe(true);
  if (Array.isArray(input)) {
    expect(Array.isArray(opened) && opened.length === input.length, where).toBe(true);
    input.forEach((v, i) => sameFields(v, (opened as unknown[])[i], `${where}[${i}]`));
    return;
  }
  for (const [k, v] of Object.entries(input)) sameFields(v, (opened as Record<string, unknown>)[k], `${where}.${k}`);
}

/**
 * The fuzzing property: the input is refused with messages, or it opens as a design that passes the schema and
 * the integrity check, with exactly the records of the input, each with the input's fields (no silent loss), and
 * any layout entry removed is listed in the notice.
 */
export function expectHonest(inputText: string | null, r: OpenResult): void {
  if (!r.ok) {
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) expect(typeof e === 'string' && e.length > 0).toBe(true);
    return;
  }
  expect(designSchema.safeParse(r.design).success).toBe(true);
  expect(checkIntegrity(r.design)).toEqual([]);
  for (const c of COLLECTIONS) for (const id of Object.keys(r.design.domain[c])) expect(RESERVED_NAMES.has(id)).toBe(false);
  if (inputText === null) return;
  const raw = JSON.parse(inputText.replace(/^\ufeff/, '')) as Record<string, Json>;
  const input = recordsOf(raw);
  for (const c of COLLECTIONS) {
    expect(Object.keys(r.design.domain[c]).sort(), c).toEqual(Object.keys(input[c]!).sort());
    for (const [id, rec] of Object.entries(input[c]!)) sameFields(rec, r.design.domain[c][id], `${c}.${id}`);
  }
  const layoutIn = Object.keys(((raw.layout as Record<string, Json> | undefined)?.nodes ?? {}) as object);
  const layoutOut = new Set(Object.keys(r.design.layout.nodes));
  const removed = layoutIn.filter((id) => !layoutOut.has(id));
  if (removed.length > 0) expect(r.repaired?.join(' ')).toMatch(/removed \d+ layout entr/);
  for (const id of layoutOut) expect(layoutIn).toContain(id);
  expect(Object.keys(r.design.scenarios).sort()).toEqual(Object.keys((raw.scenarios ?? {}) as object).sort());
  expect(r.design.suppressions.length).toBe(Array.isArray(raw.suppressions) ? raw.suppressions.length : 0);
}

/** Runs fn and checks it finished within HANG_MS. */
export function timed<T>(fn: () => T): T {
  const t0 = performance.now();
  const out = fn();
  expect(performance.now() - t0).toBeLessThan(HANG_MS);
  return out;
}
