/**
 * The published JSON Schema of the design document, generated from the zod schema (app/model/schema):
 *
 *   npx tsx scripts/design-schema.ts     (run by `npm run build` before vite builds)
 *
 * writes public/schema/design-v<DESIGN_VERSION>.schema.json. Only the current version's file is written: the file
 * of an older version stays committed as it was, so every document version keeps its schema. The schema describes
 * what a file may hold (zod's input side: fields with defaults may be left out) and, like openDesign, allows no
 * field that is not in the schema. What JSON Schema cannot say (ids unique across collections, every reference
 * naming a record) is checked by openDesign only.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { DESIGN_FORMAT, DESIGN_VERSION, designSchema } from '../app/model/schema/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the schema of a document version is published (under public/, so the app serves it too). */
export const schemaFile = (version: number = DESIGN_VERSION): string => join(root, 'public', 'schema', `design-v${version}.schema.json`);

/** Closes every object that lists its properties, as openDesign refuses a field it does not know. */
function closeObjects(node: unknown): void {
  const work: unknown[] = [node];
  while (work.length > 0) {
    const n = work.pop();
    if (Array.isArray(n)) { work.push(...n); continue; }
    if (n === null || typeof n !== 'object') continue;
    const o = n as Record<string, unknown>;
    if (o.type === 'object' && o.properties && o.additionalProperties === undefined) o.additionalProperties = false;
    for (const v of Object.values(o)) work.push(v);
  }
}

/** The JSON Schema (draft 2020-12) of the current document version, as the text written to the file. */
export function designJsonSchemaText(): string {
  const generated = z.toJSONSchema(designSchema, { io: 'input', unrepresentable: 'throw', reused: 'inline' }) as Record<string, unknown>;
  closeObjects(generated);
  const { $schema, ...rest } = generated;
  const schema = {
    $schema,
    $id: `design-v${DESIGN_VERSION}.schema.json`,
    title: `PowerVM design document, version ${DESIGN_VERSION}`,
    description: `A design saved by the PowerVM frame designer ("format": "${DESIGN_FORMAT}", "version": ${DESIGN_VERSION}). `
      + 'Generated from the app\'s zod schema; the app also requires ids to be unique across the document and every '
      + 'reference (domain, scenarios, suppressions, layout) to name an existing record.',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Writes the current version's schema file; returns whether it changed. */
export async function writeDesignSchema(): Promise<boolean> {
  const file = schemaFile();
  const text = designJsonSchemaText();
  const before = await readFile(file, 'utf8').catch(() => null);
  if (before === text) return false;
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeDesignSchema().then((changed) => {
    process.stdout.write(`${schemaFile()} ${changed ? 'written' : 'unchanged'}\n`);
  }, (e: unknown) => {
    process.stderr.write(`schema generation failed: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  });
}
