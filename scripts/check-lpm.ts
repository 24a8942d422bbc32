/**
 * `npm run check -- design.json --lpm [--json]`: the LPM readiness matrix of each design (every client partition
 * against every other frame: Ready or Blocked, with every reason and its rule id). Exit code as for check: 0 when
 * every partition can move to every other frame (warnings allowed), 1 when some cell is Blocked, 2 when a file cannot
 * be read or is not a design.
 */
import type { Design } from '../app/model/schema/index.ts';
import { lpmMatrix, cellReasons, type LpmMatrix } from '../app/engine/lpm/index.ts';
import type { CliIo } from './cli-io.ts';

export type LpmFileReport =
  | { file: string; ok: true; lpm: LpmMatrix }
  | { file: string; ok: false; errors: string[] };

export const lpmReport = (file: string, design: Design): LpmFileReport => ({ file, ok: true, lpm: lpmMatrix(design) });

const pad = (s: string, n: number): string => (s.length >= n ? `${s} ` : s.padEnd(n));
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function printMatrix(r: Extract<LpmFileReport, { ok: true }>, io: CliIo): void {
  const m = r.lpm;
  const { ready, blocked } = m.counts;
  io.out(`${r.file}: LPM readiness of ${plural(m.rows.length, 'client partition')} across ${plural(m.frames.length, 'frame')}: ${ready} Ready, ${blocked} Blocked`);
  if (m.frames.length < 2) { io.out('  one frame only: there is nowhere to move to'); return; }
  if (m.rows.length === 0) return;
  const frameName = new Map(m.frames.map((f) => [f.id, f.name]));
  const cellText = (status: string, rules: string[]) => (status === 'source' ? '(home)' : status === 'ready' ? (rules.length ? `Ready (${rules.join(', ')})` : 'Ready') : `Blocked (${rules.join(', ')})`);
  const grid = m.rows.map((row) => [row.name, frameName.get(row.sourceId) ?? row.sourceId, ...row.cells.map((c) => cellText(c.status, [...new Set(cellReasons(row, c).map((x) => x.ruleId))]))]);
  const head = ['partition', 'source', ...m.frames.map((f) => f.name)];
  const widths = head.map((h, i) => Math.max(h.length, ...grid.map((g) => g[i]!.length)) + 2);
  io.out(`  ${head.map((h, i) => pad(h, widths[i]!)).join('').trimEnd()}`);
  for (const g of grid) io.out(`  ${g.map((c, i) => pad(c, widths[i]!)).join('').trimEnd()}`);
  const withReasons = m.rows.flatMap((row) => row.cells.filter((c) => c.status !== 'source' && cellReasons(row, c).length > 0).map((c) => ({ row, c })));
  if (withReasons.length === 0) return;
  io.out('  reasons:');
  for (const { row, c } of withReasons) {
    io.out(`    ${row.name} -> ${frameName.get(c.destinationId) ?? c.destinationId}: ${c.status === 'ready' ? 'Ready' : 'Blocked'} (${row.migration} migration)`);
    for (const x of cellReasons(row, c)) io.out(`      ${x.ruleId.padEnd(8)} ${x.severity === 'warning' ? 'warning: ' : ''}${x.message}`);
  }
}

/** Prints the reports; returns the exit code. */
export function printLpm(reports: LpmFileReport[], json: boolean, io: CliIo): number {
  const bad = reports.some((r) => !r.ok);
  const blocked = reports.some((r) => r.ok && r.lpm.counts.blocked > 0);
  const exitCode = bad ? 2 : blocked ? 1 : 0;
  if (json) {
    io.out(JSON.stringify({ files: reports, exitCode }, null, 2));
    return exitCode;
  }
  for (const r of reports) {
    if (!r.ok) {
      io.err(`${r.file}: cannot be checked`);
      for (const e of r.errors) io.err(`  ${e}`);
    } else printMatrix(r, io);
  }
  return exitCode;
}
