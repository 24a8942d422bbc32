import { z } from 'zod';
import { DESIGN_FORMAT, DESIGN_VERSION, designSchema, type Design } from './schema/index.ts';
import { checkIntegrity } from './references.ts';
import { migrate1to2 } from './migrate-v2.ts';

/**
 * The way into the app for any saved design: JSON text -> migrated, schema-checked, whole design, or a
 * list of problems that say what is wrong and where. Nothing is ever half-loaded.
 */
export type OpenResult = { ok: true; design: Design; migratedFrom?: number } | { ok: false; errors: string[] };

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

const describe = (issue: z.core.$ZodIssue) => `${issue.path.length ? issue.path.join('.') : '(document)'}: ${issue.message}`;

export function openDesign(input: string | unknown): OpenResult {
  let raw: unknown = input;
  if (typeof input === 'string') {
    if (input.length > MAX_DESIGN_BYTES) return { ok: false, errors: [`The file is larger than ${MAX_DESIGN_BYTES / 1024 / 1024} MB`] };
    try {
      raw = JSON.parse(input);
    } catch (e) {
      return { ok: false, errors: [`Not valid JSON: ${(e as Error).message}`] };
    }
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, errors: ['A design is a JSON object'] };
  const doc = raw as Record<string, unknown>;
  if (doc.format !== DESIGN_FORMAT) {
    return { ok: false, errors: [`Not a PowerVM design: "format" must be "${DESIGN_FORMAT}"${doc.format === undefined ? ' (missing)' : ` (found ${JSON.stringify(doc.format).slice(0, 40)})`}`] };
  }
  if (typeof doc.version === 'number' && doc.version > DESIGN_VERSION) {
    return { ok: false, errors: [`This design is version ${doc.version}; this app reads up to version ${DESIGN_VERSION}. Update the app to open it.`] };
  }
  let migrated: { doc: Record<string, unknown>; from: number };
  try {
    migrated = migrate(doc);
  } catch (e) {
    return { ok: false, errors: [(e as Error).message] };
  }
  const parsed = designSchema.safeParse(migrated.doc);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.slice(0, 20).map(describe) };
  const problems = checkIntegrity(parsed.data);
  if (problems.length > 0) return { ok: false, errors: problems.slice(0, 20).map((p) => `${p.path}: ${p.message}`) };
  return migrated.from !== DESIGN_VERSION ? { ok: true, design: parsed.data, migratedFrom: migrated.from } : { ok: true, design: parsed.data };
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
