import type { z } from './schema/z.ts';
import { COLLECTIONS, DESIGN_FORMAT, DESIGN_VERSION, designSchema, type Design } from './schema/index.ts';
import { checkIntegrity, dropOrphanLayout } from './references.ts';
import { MAX_DESIGN_BYTES, migrate, type OpenResult } from './design-file.ts';
import { copyJson, decodeJsonBytes, formatProblem, locate, parseJson, type JsonProblem, type PathSegment } from './parse-json.ts';

/** Most messages returned for one refused design. */
const MAX_ERRORS = 20;

/** Fields a version 0 (flat draft) document may have; anything else would be lost by its migration. */
const V0_FIELDS = new Set<string>(['format', 'version', 'name', 'layout', ...COLLECTIONS]);

const kindOf = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? `the string ${JSON.stringify(v).slice(0, 40)}`
    : typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`;

const refuse = (problems: readonly JsonProblem[]): OpenResult =>
  ({ ok: false, errors: problems.slice(0, MAX_ERRORS).map(formatProblem) });

/** Adds line and column to problems found after parsing (one more pass over the text, only when refusing). */
function placed(text: string | null, problems: JsonProblem[]): JsonProblem[] {
  if (text === null || problems.length === 0) return problems;
  const shown = problems.slice(0, MAX_ERRORS);
  const at = locate(text, shown.map((p) => p.path));
  return shown.map((p, i) => (at[i] ? { ...p, at: at[i] } : p));
}

interface Walk { a: unknown; b: unknown; up: Walk | null; key: PathSegment }
const pathOf = (w: Walk): PathSegment[] => {
  const out: PathSegment[] = [];
  for (let at: Walk | null = w; at?.up; at = at.up) out.push(at.key);
  return out.reverse();
};

/** Every field of the input that the schema's output does not have (zod drops unknown keys without a word). */
function droppedFields(input: unknown, output: unknown): JsonProblem[] {
  const out: JsonProblem[] = [];
  const work: Walk[] = [{ a: input, b: output, up: null, key: '' }];
  while (work.length > 0 && out.length < MAX_ERRORS) {
    const w = work.pop()!;
    const { a, b } = w;
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') continue;
    if (Array.isArray(a)) {
      if (Array.isArray(b)) for (let i = 0; i < a.length; i++) work.push({ a: a[i], b: b[i], up: w, key: i });
      continue;
    }
    for (const k in a) {
      if (!Object.hasOwn(b, k)) out.push({ path: [...pathOf(w), k], message: `"${k}" is not a field of a design here; it would be lost, so the document is refused` });
      else work.push({ a: (a as Record<string, unknown>)[k], b: (b as Record<string, unknown>)[k], up: w, key: k });
    }
  }
  return out;
}

const zodProblem = (issue: z.core.$ZodIssue): JsonProblem => ({
  path: issue.path.map((s) => (typeof s === 'symbol' ? String(s) : s)),
  message: issue.message,
});

/** Text (or bytes, or a value) -> a whole, checked design, or the reasons it is refused. Never throws. */
export function openChecked(input: unknown): OpenResult {
  try {
    return openUnsafe(input);
  } catch (e) {
    return { ok: false, errors: [`The document could not be read: ${e instanceof Error ? e.message : String(e)}`] };
  }
}

function openUnsafe(input: unknown): OpenResult {
  const tooLarge = { ok: false as const, errors: [`The file is larger than ${MAX_DESIGN_BYTES / 1024 / 1024} MB`] };
  let text: string | null = null;
  let bytes: Uint8Array | null = input instanceof ArrayBuffer ? new Uint8Array(input) : input instanceof Uint8Array ? input : null;
  if (bytes) {
    if (bytes.byteLength > MAX_DESIGN_BYTES) return tooLarge;
    const decoded = decodeJsonBytes(bytes);
    bytes = null;
    if (!decoded.ok) return { ok: false, errors: [`Not a text file: ${decoded.message}`] };
    text = decoded.text;
  } else if (typeof input === 'string') {
    if (input.length > MAX_DESIGN_BYTES) return tooLarge;
    text = input;
  }
  const parsedJson = text !== null ? parseJson(text) : copyJson(input);
  if (!parsedJson.ok) return refuse(parsedJson.problems);
  const raw = parsedJson.value;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return refuse([{ path: [], message: `a design is a JSON object, not ${kindOf(raw)}` }]);
  const doc = raw as Record<string, unknown>;

  if (doc.format !== DESIGN_FORMAT) {
    const found = doc.format === undefined ? ' (missing)' : typeof doc.format === 'string' ? ` (found ${JSON.stringify(doc.format).slice(0, 40)})` : ` (found ${kindOf(doc.format)})`;
    return refuse(placed(text, [{ path: ['format'], message: `Not a PowerVM design: "format" must be the string "${DESIGN_FORMAT}"${found}` }]));
  }
  const version = doc.version;
  if (version !== undefined && (typeof version !== 'number' || !Number.isInteger(version) || version < 0)) {
    return refuse(placed(text, [{ path: ['version'], message: `"version" must be a whole number (found ${kindOf(version)}); the document is refused rather than read as another version` }]));
  }
  if (typeof version === 'number' && version > DESIGN_VERSION) {
    return refuse(placed(text, [{ path: ['version'], message: `This design is version ${version}; this app reads up to version ${DESIGN_VERSION}. Update the app to open it.` }]));
  }
  if (version === undefined || version === 0) {
    if (Object.hasOwn(doc, 'domain')) return refuse(placed(text, [{ path: ['domain'], message: '"version" is missing: a document with a "domain" must say its version' }]));
    const lost = Object.keys(doc).filter((k) => !V0_FIELDS.has(k));
    if (lost.length > 0) return refuse(placed(text, lost.map((k) => ({ path: [k], message: `"${k}" is not a field of a version 0 design; it would be lost, so the document is refused` }))));
  }

  let migrated: { doc: Record<string, unknown>; from: number };
  try {
    migrated = migrate(doc);
  } catch (e) {
    return refuse([{ path: ['version'], message: (e as Error).message }]);
  }
  // Since version 1 the document keeps its shape (later migrations add records and fields), so the paths of
  // problems still lead to the text; a version 0 document was reshaped, so its problems are named without a place.
  const source = migrated.from >= 1 ? text : null;
  const parsed = designSchema.safeParse(migrated.doc);
  if (!parsed.success) return refuse(placed(source, parsed.error.issues.map(zodProblem)));
  const dropped = droppedFields(migrated.doc, parsed.data);
  if (dropped.length > 0) return refuse(placed(source, dropped));

  const design: Design = parsed.data;
  const orphans = dropOrphanLayout(design);
  const problems = checkIntegrity(design);
  if (problems.length > 0) {
    return refuse(placed(source, problems.map((p) => ({ path: p.segments ?? [p.path], message: p.message }))));
  }
  const repaired = orphans.length > 0
    ? [`removed ${orphans.length} layout ${orphans.length === 1 ? 'entry' : 'entries'} for elements that do not exist (${orphans.slice(0, 5).join(', ')}${orphans.length > 5 ? ', …' : ''})`]
    : [];
  return {
    ok: true, design,
    ...(migrated.from !== DESIGN_VERSION ? { migratedFrom: migrated.from } : {}),
    ...(repaired.length > 0 ? { repaired } : {}),
  };
}
