/**
 * Writes the templates in public/templates from their builders (npm run templates). A unit test checks
 * that the files and the builders agree.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { TEMPLATES } from '../app/model/templates/index.ts';
import { saveDesign } from '../app/model/index.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'templates');
mkdirSync(dir, { recursive: true });
for (const t of TEMPLATES) {
  writeFileSync(join(dir, `${t.file}.json`), saveDesign(t.build()));
  console.log(`wrote public/templates/${t.file}.json`);
}
writeFileSync(join(dir, 'index.json'), `${JSON.stringify(TEMPLATES.map(({ file, title, description }) => ({ file, title, description })), null, 2)}\n`);
