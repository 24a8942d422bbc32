import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { DESIGN_VERSION, saveDesign } from '../app/model/index.ts';
import { buildDualViosTemplate } from '../app/model/templates/sample.ts';
import { generateBenchDesign } from '../app/model/generate.ts';
import { designJsonSchemaText, schemaFile } from './design-schema.ts';

const committed = () => { try { return readFileSync(schemaFile(), 'utf8'); } catch { return `(${schemaFile()} is missing)`; } };
/** An independent validator (Ajv, not zod) reading the committed file, as any other tool would. */
let compiled: ReturnType<Ajv2020['compile']> | null = null;
const validator = () => (compiled ??= new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(JSON.parse(committed()) as object));
const templatesDir = join(process.cwd(), 'public', 'templates');
const templates = readdirSync(templatesDir).filter((f) => f.endsWith('.json') && f !== 'index.json');

describe('published JSON Schema (public/schema)', () => {
  it('is committed exactly as the zod schema generates it (run npm run schema after changing app/model/schema)', () => {
    expect(committed(), 'public/schema differs from the zod schema: run `npm run schema` and commit the file').toBe(designJsonSchemaText());
  });

  it('keeps one file per document version up to the current one', () => {
    const files = readdirSync(join(process.cwd(), 'public', 'schema'));
    for (let v = 1; v <= DESIGN_VERSION; v++) expect(files).toContain(`design-v${v}.schema.json`);
  });

  it.each(templates)('accepts the template %s', (file) => {
    const validate = validator();
    const ok = validate(JSON.parse(readFileSync(join(templatesDir, file), 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('accepts a saved sample and a saved generated design', () => {
    const validate = validator();
    for (const d of [buildDualViosTemplate(), generateBenchDesign(20)]) {
      const ok = validate(JSON.parse(saveDesign(d)));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('refuses what openDesign refuses by shape: wrong version type, unknown field, reserved id', () => {
    const validate = validator();
    const base = JSON.parse(saveDesign(buildDualViosTemplate())) as Record<string, unknown>;
    const cases: Record<string, unknown>[] = [
      { ...base, version: '1' },
      { ...base, extra: true },
      { ...base, layout: { nodes: { constructor: { x: 0, y: 0 } } } },
      { ...base, domain: { ...(base.domain as object), partitons: {} } },
    ];
    for (const c of cases) expect(validate(c)).toBe(false);
  });
});
