/**
 * What if it fails, from the command line:
 *
 *   npm run simulate -- design.json --fail vios1[,fabric-a] [--restored ent3] [--planned] [--json]
 *   npm run simulate -- design.json --spof [--pairs] [--json]
 *
 * --fail prints every client partition's storage and network verdict (OK / Degraded / Outage) with the reason of
 * each service that is not OK; --planned makes the VIOS failures planned shutdowns; --restored names components that
 * failed and came back (an AIX client with hcheck_interval=0 keeps those paths Failed). --spof prints every single
 * point of failure (N-1), --pairs adds the pairs of shared components that do more together than apart (N-2); there
 * the exit code is 1 when one failure the design could avoid (VIOS, adapter, port, SEA, link aggregation, HEA port,
 * fabric — not a frame, array, LUN or switch) puts a client in Outage; pairs do not change it.
 * Components are named as in the app ("vios1", "fabric-A", "vios1 fcs0") or by id; an unknown name is an error that
 * lists the close matches. Exit code: 0 when no client is in Outage, 1 when some is, 2 when the file cannot be read
 * or is not a design, or the command line is wrong.
 */
import { nodeIo, type CliIo } from './cli-io.ts';
import { pathToFileURL } from 'node:url';
import { openDesign } from '../app/model/design-file.ts';
import {
  AVOIDABLE, analysePairs, analyseSinglePoints, buildPathModel, impactOf, resolveComponent, type FailableComponent, type FailureEntry, type ImpactResult,
} from '../app/engine/impact/index.ts';

import { main as scenarioMain } from './simulate-scenario.ts';

export type SimulateIo = CliIo;

const USAGE = [
  'Usage: npm run simulate -- design.json --fail vios1[,fabric-a] [--planned] [--restored name[,name]] [--json]',
  '       npm run simulate -- design.json --spof [--pairs] [--json]',
  '       npm run simulate -- design.json --scenario NAME [--json]',
].join('\n');

interface Args { file: string | null; fail: string[]; restored: string[]; planned: boolean; spof: boolean; pairs: boolean; json: boolean; errors: string[] }

function parseArgs(argv: readonly string[]): Args {
  const a: Args = { file: null, fail: [], restored: [], planned: false, spof: false, pairs: false, json: false, errors: [] };
  const names = (v: string | undefined, flag: string): string[] => {
    if (v === undefined || v.startsWith('--')) { a.errors.push(`${flag} needs a component name`); return []; }
    return v.split(',').map((x) => x.trim()).filter(Boolean);
  };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    const [flag, inline] = x.startsWith('--') && x.includes('=') ? [x.slice(0, x.indexOf('=')), x.slice(x.indexOf('=') + 1)] : [x, undefined];
    if (flag === '--fail') a.fail.push(...names(inline ?? argv[++i], '--fail'));
    else if (flag === '--restored') a.restored.push(...names(inline ?? argv[++i], '--restored'));
    else if (flag === '--planned') a.planned = true;
    else if (flag === '--spof') a.spof = true;
    else if (flag === '--pairs') a.pairs = true;
    else if (flag === '--json') a.json = true;
    else if (flag.startsWith('-')) a.errors.push(`Unknown option ${flag}`);
    else if (a.file === null) a.file = x;
    else a.errors.push(`One design file at a time (${x})`);
  }
  if (!a.file) a.errors.push('No design file given');
  if (a.fail.length === 0 && !a.spof) a.errors.push('Say what fails (--fail name[,name]) or ask for the single points of failure (--spof)');
  if (a.pairs && !a.spof) a.errors.push('--pairs goes with --spof');
  return a;
}

const pad = (s: string, n: number) => s.padEnd(n);

function printImpact(r: ImpactResult, failed: readonly FailableComponent[], io: SimulateIo): void {
  io.out(`Failed: ${failed.map((c) => `${c.name} (${c.kind})`).join(', ')}`);
  io.out(`${r.partitions.length} client partitions: ${r.counts.Outage} Outage, ${r.counts.Degraded} Degraded, ${r.counts.OK} OK`);
  const w = Math.max(9, ...r.partitions.map((p) => p.name.length));
  io.out(`  ${pad('partition', w)}  ${pad('storage', 8)}  ${pad('network', 8)}`);
  for (const p of r.partitions) {
    io.out(`  ${pad(p.name, w)}  ${pad(p.storage, 8)}  ${pad(p.network, 8)}`);
    for (const s of p.services) if (s.verdict !== 'OK') io.out(`      ${pad(s.verdict, 8)} ${s.reason}`);
  }
}

function printEntries(title: string, entries: readonly FailureEntry[], io: SimulateIo): void {
  const hit = entries.filter((e) => e.partitions.length > 0);
  io.out(`${title}: ${hit.length} with an impact${entries.length > hit.length ? ` (${entries.length - hit.length} without)` : ''}`);
  for (const e of hit) {
    io.out(`  ${e.components.map((c) => `${c.name} (${c.kind})`).join(' + ')}: ${e.outages} Outage, ${e.degraded} Degraded`);
    for (const p of e.partitions.slice(0, 12)) io.out(`      ${pad(p.name, 12)} ${pad(p.verdict, 8)} ${p.reason}`);
    if (e.partitions.length > 12) io.out(`      ... and ${e.partitions.length - 12} more partitions`);
  }
}

/** Runs the simulation; returns the exit code (0 no Outage, 1 some client in Outage, 2 unreadable file or bad command line). */
export async function main(argv: readonly string[], io: SimulateIo = nodeIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) { io.out(USAGE); return 0; }
  if (argv.includes('--scenario')) return scenarioMain(argv, io);
  const args = parseArgs(argv);
  if (args.errors.length > 0) { for (const e of args.errors) io.err(e); io.err(USAGE); return 2; }
  let text: string | Uint8Array;
  try {
    text = await io.readFile(args.file!);
  } catch (e) {
    io.err(`${args.file}: cannot read the file: ${(e as Error).message}`);
    return 2;
  }
  const opened = openDesign(text);
  if (!opened.ok) {
    io.err(`${args.file}: not a valid design`);
    for (const m of opened.errors) io.err(`  ${m}`);
    return 2;
  }
  const design = opened.design;
  const model = buildPathModel(design);
  const resolve = (names: readonly string[]): FailableComponent[] | null => {
    const out: FailableComponent[] = [];
    let bad = false;
    for (const n of names) {
      const r = resolveComponent(design, n, model.components);
      if (r.ok) { if (!out.includes(r.component)) out.push(r.component); continue; }
      bad = true;
      io.err(r.error);
      if (r.suggestions.length > 0) io.err(`  close matches: ${r.suggestions.join(', ')}`);
    }
    return bad ? null : out;
  };
  if (args.spof) {
    const single = analyseSinglePoints(model);
    const pairs = args.pairs ? analysePairs(model) : null;
    // with --spof the exit code says whether one failure the design could avoid (a VIOS, adapter, port, SEA, link
    // aggregation, HEA port or fabric) puts a client in Outage; pairs are listed but do not count (two VIOS down
    // is an Outage in every dual-VIOS design)
    const outage = single.some((e) => e.outages > 0 && e.components.every((c) => AVOIDABLE.has(c.kind)));
    const exitCode = outage ? 1 : 0;
    if (args.json) io.out(JSON.stringify({ file: args.file, design: design.name, singlePoints: single, ...(pairs ? { pairs } : {}), exitCode }, null, 2));
    else {
      io.out(`${args.file}: ${design.name}`);
      printEntries('Single points of failure (N-1)', single, io);
      if (pairs) printEntries('Pairs of shared components (N-2) worse together than apart', pairs, io);
    }
    return exitCode;
  }
  const failed = resolve(args.fail);
  const restored = resolve(args.restored);
  if (!failed || !restored) return 2;
  const r = impactOf(model, failed.map((c) => ({ id: c.id, ...(args.planned && c.kind === 'vios' ? { planned: true } : {}) })), { restored: restored.map((c) => c.id) });
  const exitCode = r.counts.Outage > 0 ? 1 : 0;
  if (args.json) io.out(JSON.stringify({ file: args.file, design: design.name, failed, restored, impact: r, exitCode }, null, 2));
  else { io.out(`${args.file}: ${design.name}`); printImpact(r, failed, io); }
  return exitCode;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => {
    process.stderr.write(`simulate failed: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 2;
  });
}
