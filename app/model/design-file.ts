import { DESIGN_VERSION, designSchema, type Design } from './schema/index.ts';
import { openChecked } from './open-checks.ts';
import { migrate1to2 } from './migrate-v2.ts';
import { migrate2to3 } from './migrate-v3.ts';

/**
 * The way into the app for any saved design: JSON text -> migrated, schema-checked, whole design, or a
 * list of problems that say what is wrong and where. Nothing is ever half-loaded.
 */
export type OpenResult =
  | { ok: true; design: Design; migratedFrom?: number; repaired?: string[] }
  | { ok: false; errors: string[] };

/** Migrations: MIGRATIONS[n] turns a version-n document into version n+1. */
export const MIGRATIONS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {
  // 0 -> 1: version 0 was the flat draft format (collections at the top level, no `domain`).
  0: (doc) => {
    const { format, name, layout, ...rest } = doc;
    const domain: Record<string, unknown> = {};
    for (const key of Object.keys(designSchema.shape.domain.shape)) if (key in rest) domain[key] = rest[key];
    return { format, version: 1, name: name ?? 'Migrated design', domain, layout: layout ?? { nodes: {} } };
  },
  // 1 -> 2: client volume groups and NPIV-visible LUNs (app/model/migrate-v2.ts).
  1: migrate1to2,
  // 2 -> 3: SR-IOV, vNIC, Shared Storage Pools and the settings LPM reads (app/model/migrate-v3.ts).
  2: migrate2to3,
};

export const MAX_DESIGN_BYTES = 50 * 1024 * 1024;

export function migrate(doc: Record<string, unknown>): { doc: Record<string, unknown>; from: number } {
  const from = typeof doc.version === 'number' ? doc.version : 0;
  let cur = doc;
  for (let v = from; v < DESIGN_VERSION; v++) {
    const m = MIGRATIONS[v];
    if (!m) throw new Error(`No migration from version ${v}`);
    cur = m(cur);
  }
  return { doc: cur, from };
}

/**
 * The way in for every saved design (Open, drop, autosave, templates, share links, `npm run check`): text, the
 * bytes of a file (UTF-8 or UTF-16 with a byte-order mark) or an already parsed value. See open-checks.ts.
 */
export function openDesign(input: string | Uint8Array | ArrayBuffer | unknown): OpenResult {
  return openChecked(input);
}
/** Stable, diff-friendly JSON: keys of records sorted, two-space indent, trailing newline. */
export function saveDesign(design: Design): string {
  const { format, version, name, description, domain, layout, scenarios, suppressions, simulation } = design;
  const ordered = {
    format, version, name, description, domain: sortKeys(domain), layout: sortKeys(layout), scenarios: sortKeys(scenarios), suppressions,
    ...(simulation ? { simulation: sortKeys(simulation) } : {}),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) out[k] = sortKeys((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}
