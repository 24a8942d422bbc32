/**
 * The --scenario part of `npm run simulate` (issue 13): plays a scenario saved in a design through the timed
 * simulation and prints its events and the final verdicts.
 *
 *   npm run simulate -- design.json --scenario NAME [--json]
 *
 * NAME is the scenario's name (any case) or id. Text: one line per event ("t+31.2 s aix01 LUN ...: path via vscsi0
 * (vios1) Failed, I/O resumes on vscsi1 (vios2)"), then every client partition with its storage and network verdicts
 * and the reason, and the links over capacity. --json: { file, scenario, endMs, events, impact, overloads }.
 * Exit code: 0 when no client ends in Outage, 1 when some does, 2 when the file is not a design or the scenario
 * cannot be played (unknown name, a target that is not in the design). Run on its own with
 * `tsx scripts/simulate-scenario.ts design.json --scenario NAME` until scripts/simulate.ts calls simulateScenario.
 */
import { nodeIo, type CliIo } from './cli-io.ts';
import { pathToFileURL } from 'node:url';
import { openDesign } from '../app/model/design-file.ts';
import { formatEvent, runScenario, type ScenarioRun } from '../app/engine/sim/index.ts';

export type SimulateIo = CliIo;

export const SCENARIO_USAGE = 'Usage: npm run simulate -- design.json --scenario NAME [--json]';

function printText(file: string, r: ScenarioRun, io: SimulateIo): void {
  io.out(`${file}: scenario "${r.scenario.name}"${r.scenario.description ? ` (${r.scenario.description})` : ''}`);
  io.out('');
  for (const e of r.events) io.out(formatEvent(e));
  io.out('');
  io.out(`Final verdicts (t+${(r.endMs / 1000).toFixed(1)} s, every timer run out):`);
  const w = Math.max(9, ...r.finalImpact.partitions.map((p) => p.name.length));
  io.out(`${'partition'.padEnd(w)}  ${'storage'.padEnd(8)}  ${'network'.padEnd(8)}  reason`);
  for (const p of r.finalImpact.partitions) io.out(`${p.name.padEnd(w)}  ${p.storage.padEnd(8)}  ${p.network.padEnd(8)}  ${p.reason}`);
  for (const o of r.overloads) io.out(`over capacity: ${o.reason}`);
  const c = r.finalImpact.counts;
  io.out('');
  io.out(`${c.OK} OK, ${c.Degraded} Degraded, ${c.Outage} Outage`);
}

/** Runs `file --scenario NAME [--json]`; returns the exit code. */
export async function simulateScenario(file: string, name: string, json: boolean, io: SimulateIo = nodeIo): Promise<number> {
  let text: string | Uint8Array;
  try {
    text = await io.readFile(file);
  } catch (e) {
    io.err(`${file}: cannot read the file: ${(e as Error).message}`);
    return 2;
  }
  const opened = openDesign(text);
  if (!opened.ok) {
    io.err(`${file}: not a valid design: ${opened.errors.join('; ')}`);
    return 2;
  }
  let r: ScenarioRun;
  try {
    r = runScenario(opened.design, name);
  } catch (e) {
    io.err(`${file}: ${(e as Error).message}`);
    return 2;
  }
  if (json) {
    io.out(JSON.stringify({ file, scenario: r.scenario, endMs: r.endMs, events: r.events, impact: r.finalImpact, overloads: r.overloads }, null, 2));
  } else printText(file, r, io);
  return r.finalImpact.counts.Outage > 0 ? 1 : 0;
}

/** Parses argv (after the script name) for the --scenario form; null when it is not one. */
export function parseScenarioArgs(argv: readonly string[]): { file: string; name: string; json: boolean } | { error: string } | null {
  const i = argv.indexOf('--scenario');
  if (i < 0) return null;
  const name = argv[i + 1];
  const files = argv.filter((a, k) => !a.startsWith('--') && k !== i + 1);
  if (!name || name.startsWith('--')) return { error: `--scenario needs a name. ${SCENARIO_USAGE}` };
  if (files.length !== 1) return { error: `one design file, please. ${SCENARIO_USAGE}` };
  return { file: files[0]!, name, json: argv.includes('--json') };
}

export async function main(argv: readonly string[], io: SimulateIo = nodeIo): Promise<number> {
  const args = parseScenarioArgs(argv);
  if (!args) { io.err(SCENARIO_USAGE); return 2; }
  if ('error' in args) { io.err(args.error); return 2; }
  return simulateScenario(args.file, args.name, args.json, io);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => { process.stderr.write(`${(e as Error).stack ?? String(e)}\n`); process.exitCode = 2; });
}
