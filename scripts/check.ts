/**
 * Checks saved designs against the PowerVM rules from the command line:
 *
 *   npm run check -- design.json [more.json ...] [--json]
 *   npm run check -- design.json [more.json ...] --lpm [--json]
 *
 * Prints the diagnostics of each file grouped by severity (rule id first, then the message and the elements it
 * names), or with --json one JSON object. Exit code: 0 clean (warnings and infos allowed), 1 when any file has an
 * error, 2 when a file cannot be read or is not a valid design. With --lpm it prints the LPM readiness matrix instead
 * (scripts/check-lpm.ts): exit 1 when some partition cannot move to some frame.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { openDesign } from '../app/model/design-file.ts';
import type { Design } from '../app/model/schema/index.ts';
import { validate } from '../app/engine/validate.ts';
import { describeElement } from '../app/engine/labels.ts';
import type { Diagnostic, Severity } from '../app/engine/rules/types.ts';
import { lpmReport, printLpm, type LpmFileReport } from './check-lpm.ts';

export interface CheckIo {
  out(text: string): void;
  err(text: string): void;
  /** The file's bytes (UTF-8, or UTF-8/UTF-16 with a byte-order mark) or its text. */
  readFile(path: string): Promise<string | Uint8Array>;
}

const nodeIo: CheckIo = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
  readFile: (p) => readFile(p),
};

const USAGE = 'Usage: npm run check -- design.json [more.json ...] [--lpm] [--json]';
const OPTIONS = ['--json', '--lpm'];
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const PLURAL: Record<Severity, string> = { error: 'errors', warning: 'warnings', info: 'infos' };

interface CheckedDiagnostic extends Diagnostic { elements: string[] }
type FileReport =
  | { file: string; ok: true; counts: Record<Severity, number>; diagnostics: CheckedDiagnostic[]; suppressed: number }
  | { file: string; ok: false; errors: string[] };

const count = (n: number, s: Severity) => `${n} ${n === 1 ? s : PLURAL[s]}`;

async function readDesign(file: string, io: CheckIo): Promise<{ ok: true; design: Design } | { file: string; ok: false; errors: string[] }> {
  let text: string | Uint8Array;
  try {
    text = await io.readFile(file);
  } catch (e) {
    return { file, ok: false, errors: [`cannot read the file: ${(e as Error).message}`] };
  }
  const opened = openDesign(text);
  if (!opened.ok) return { file, ok: false, errors: opened.errors.map((m) => `not a valid design: ${m}`) };
  return { ok: true, design: opened.design };
}

async function checkFile(file: string, io: CheckIo): Promise<FileReport> {
  const read = await readDesign(file, io);
  if (!read.ok) return read;
  const design: Design = read.design;
  const result = validate(design);
  return {
    file, ok: true, counts: result.counts, suppressed: result.suppressed.length,
    diagnostics: result.diagnostics.map((d) => ({ ...d, elements: d.elementIds.map((id) => describeElement(design, id)) })),
  };
}

function printText(reports: FileReport[], io: CheckIo): void {
  const total: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let unreadable = 0;
  for (const r of reports) {
    if (!r.ok) {
      unreadable++;
      io.err(`${r.file}: cannot be checked`);
      for (const e of r.errors) io.err(`  ${e}`);
      continue;
    }
    for (const s of SEVERITIES) total[s] += r.counts[s];
    io.out(`${r.file}: ${SEVERITIES.map((s) => count(r.counts[s], s)).join(', ')}${r.suppressed ? ` (${r.suppressed} suppressed)` : ''}`);
    for (const s of SEVERITIES) {
      const list = r.diagnostics.filter((d) => d.severity === s);
      if (list.length === 0) continue;
      io.out(`  ${PLURAL[s]}:`);
      for (const d of list) {
        io.out(`    ${d.ruleId.padEnd(9)} ${d.message}`);
        io.out(`              elements: ${d.elements.join('; ')}`);
        for (const f of d.fixes ?? []) io.out(`              fix: ${f.label}`);
      }
    }
  }
  const files = reports.length;
  io.out(`${files} file${files === 1 ? '' : 's'} checked: ${SEVERITIES.map((s) => count(total[s], s)).join(', ')}${unreadable ? `; ${unreadable} could not be checked` : ''}`);
}

/** Runs the checker; returns the exit code (0 clean, 1 errors found, 2 a file could not be read or is not a design). */
export async function main(argv: readonly string[], io: CheckIo = nodeIo): Promise<number> {
  const json = argv.includes('--json');
  if (argv.includes('--help') || argv.includes('-h')) { io.out(USAGE); return 0; }
  const unknown = argv.filter((a) => a.startsWith('-') && !OPTIONS.includes(a));
  const files = argv.filter((a) => !a.startsWith('-'));
  if (unknown.length > 0 || files.length === 0) {
    io.err(unknown.length > 0 ? `Unknown option ${unknown.join(' ')}` : 'No design file given');
    io.err(USAGE);
    return 2;
  }
  if (argv.includes('--lpm')) {
    const lpm: LpmFileReport[] = [];
    for (const f of files) {
      const read = await readDesign(f, io);
      lpm.push(read.ok ? lpmReport(f, read.design) : read);
    }
    return printLpm(lpm, json, io);
  }
  const reports: FileReport[] = [];
  for (const f of files) reports.push(await checkFile(f, io));
  const bad = reports.some((r) => !r.ok);
  const errors = reports.some((r) => r.ok && r.counts.error > 0);
  const exitCode = bad ? 2 : errors ? 1 : 0;
  if (json) {
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const r of reports) if (r.ok) for (const s of SEVERITIES) counts[s] += r.counts[s];
    io.out(JSON.stringify({ files: reports, counts, exitCode }, null, 2));
  } else {
    printText(reports, io);
  }
  return exitCode;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => {
    process.stderr.write(`check failed: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 2;
  });
}
