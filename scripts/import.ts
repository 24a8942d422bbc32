/**
 * Imports VIOS and HMC command outputs into one design:
 *   npm run import -- lsmap-all.txt lshwres-scsi.txt [more ...] > design.json
 * The design JSON goes to stdout, the report (lines not understood with file:line, HMC errors,
 * warnings about what had to be assumed) to stderr. Exit 0 on success, 2 when a file cannot be read
 * or nothing could be imported.
 */
import { readFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeTextBytes, saveDesign } from '../app/model/index.ts';
import { importTexts, type ImportReport } from '../app/io/import/merge.ts';

export interface ImportIo {
  readFile(path: string): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** npm run starts scripts in the project root; relative paths are meant from where npm was started. */
export const nodeIo: ImportIo = {
  readFile: async (path) => decodeTextBytes(await readFile(resolve(process.env.INIT_CWD ?? process.cwd(), path))),
  stdout: (text) => { process.stdout.write(text); },
  stderr: (text) => { process.stderr.write(text); },
};

const USAGE = 'usage: npm run import -- <command output file> [more files ...] > design.json\n';

export function formatReport(report: ImportReport): string {
  const out: string[] = [];
  for (const f of report.files) {
    const parts = f.parts?.length ? ` (${f.parts.map((p) => `${p.command}: ${p.kind}`).join('; ')})` : '';
    out.push(`${f.name}: ${f.kind}${parts}${f.unparsed.length ? `, ${f.unparsed.length} line(s) not understood` : ''}${f.errors.length ? `, ${f.errors.length} HMC error(s)` : ''}`);
    for (const e of f.errors) out.push(`  ${f.name}:${e.line}: HMC error ${e.code}: ${e.text}`);
    for (const u of f.unparsed) out.push(`  ${f.name}:${u.line}: not understood: ${u.text}`);
  }
  for (const w of report.warnings) out.push(`warning: ${w}`);
  return out.length ? `${out.join('\n')}\n` : '';
}

/** Runs the importer; returns the exit code. */
export async function main(argv: readonly string[], io: ImportIo = nodeIo): Promise<number> {
  const files = argv.filter((a) => a !== '--');
  if (files.length === 0 || files.includes('-h') || files.includes('--help')) {
    io.stderr(USAGE);
    return files.length === 0 ? 2 : 0;
  }
  const inputs: { name: string; text: string }[] = [];
  for (const name of files) {
    try {
      inputs.push({ name, text: await io.readFile(name) });
    } catch (e) {
      io.stderr(`${name}: cannot be read (${e instanceof Error ? e.message : String(e)})\n`);
      return 2;
    }
  }
  const { design, report } = importTexts(inputs);
  io.stderr(formatReport(report));
  const d = design.domain;
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  if (Object.keys(d.partitions).length === 0) {
    io.stderr('Nothing could be imported: no partition, adapter or mapping was found in these files.\n');
    return 2;
  }
  io.stderr(`Imported ${count(Object.keys(d.systems).length, 'frame')}, ${count(Object.keys(d.partitions).length, 'partition')}, `
    + `${count(Object.keys(d.vscsiAdapters).length, 'vSCSI adapter')}, ${count(Object.keys(d.vfcAdapters).length, 'vFC adapter')}, `
    + `${count(Object.keys(d.vtds).length, 'VTD')}, ${count(Object.keys(d.seas).length, 'SEA')}.\n`);
  io.stdout(saveDesign(design));
  return 0;
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(realpathSync(entry)).href) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => {
    process.stderr.write(`import failed: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 2;
  });
}
