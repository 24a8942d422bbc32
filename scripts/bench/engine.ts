/**
 * Engine benchmarks in Node: generating a design, opening its saved JSON, validating it (from scratch, and after a
 * one-client edit with the path model and the LPM matrix kept from the version before, as the worker does), the failure-impact
 * engine (building the path model, the impact of one VIOS failure, the N-1 and N-2 analyses) and the LPM readiness
 * matrix (every client against every other frame), at several sizes.
 *
 *   npx tsx scripts/bench/engine.ts [50 200 1000]
 *
 * Each measurement warms up first, then repeats until it has at least `minRuns` samples and has run for `budgetMs`
 * (capped at `maxRuns`); the figures are the median and the 95th percentile of the samples (performance.now).
 */
import { pathToFileURL } from 'node:url';
import { generateBenchDesign } from '../../app/model/generate.ts';
import { openDesign, saveDesign } from '../../app/model/design-file.ts';
import { validate } from '../../app/engine/validate.ts';
import { analysePairs, analyseSinglePoints, buildPathModel, impactOf } from '../../app/engine/impact/index.ts';
import { lpmMatrix } from '../../app/engine/lpm/index.ts';
import { createPathModelKeeper } from '../../app/engine/impact/keeper.ts';
import { createLpmMatrixKeeper } from '../../app/engine/lpm/keeper.ts';
import { updatePartition } from '../../app/model/ops/index.ts';

export interface EngineBenchRow {
  name: 'generate' | 'open' | 'validate' | 'validate after an edit' | 'impact: path model' | 'impact of one failure' | 'N-1 analysis' | 'N-2 analysis'
    | 'LPM readiness matrix';
  /** Client LPARs in the design. */
  n: number;
  median_ms: number;
  p95_ms: number;
  runs: number;
}

export interface EngineBenchOptions { warmup?: number; minRuns?: number; maxRuns?: number; budgetMs?: number }

const round = (x: number) => Math.round(x * 100) / 100;

function percentile(sorted: readonly number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[i]!;
}

function measure(fn: () => unknown, o: Required<EngineBenchOptions>): { median: number; p95: number; runs: number } {
  for (let i = 0; i < o.warmup; i++) fn();
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < o.maxRuns && (samples.length < o.minRuns || performance.now() - start < o.budgetMs)) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 0.5), p95: percentile(samples, 0.95), runs: samples.length };
}

/** Times generate, open (JSON.parse + openDesign of the saved JSON) and validate for each design size. */
export function benchEngine(sizes: readonly number[] = [50, 200, 1000], opts: EngineBenchOptions = {}): EngineBenchRow[] {
  const o: Required<EngineBenchOptions> = { warmup: 5, minRuns: 15, maxRuns: 500, budgetMs: 1000, ...opts };
  const rows: EngineBenchRow[] = [];
  for (const n of sizes) {
    const design = generateBenchDesign(n);
    const text = saveDesign(design);
    const check = openDesign(text);
    if (!check.ok) throw new Error(`the generated design of ${n} clients does not open: ${check.errors.join('; ')}`);
    const model = buildPathModel(design);
    const vios = model.components.find((c) => c.kind === 'vios')!;
    // analyses cache per model: each run gets a fresh copy (the model is built once per design, outside the timing)
    const fresh = () => ({ ...model });
    // The worker's case: the design of the last validation is kept with its path model, and an edit of one client
    // (its memory, as the browser bench does) is validated; the two versions alternate, each one edit from the other.
    const client = Object.values(design.domain.partitions).find((p) => p.kind !== 'vios');
    const edited = client ? updatePartition(design, { id: client.id, patch: { memory: { ...client.memory, desiredMB: client.memory.desiredMB + 256 } } }) : design;
    const paths = createPathModelKeeper();
    const lpm = createLpmMatrixKeeper();
    let flip = false;
    const slow: Required<EngineBenchOptions> = { ...o, warmup: 1, minRuns: 3, maxRuns: 15, budgetMs: Math.min(o.budgetMs, 1000) };
    const cases: [EngineBenchRow['name'], () => unknown, Required<EngineBenchOptions>?][] = [
      ['generate', () => generateBenchDesign(n)],
      ['open', () => openDesign(text)],
      ['validate', () => validate(design)],
      ['validate after an edit', () => validate((flip = !flip) ? edited : design, { paths, lpm })],
      ['impact: path model', () => buildPathModel(design)],
      ['impact of one failure', () => impactOf(model, [{ id: vios.id }])],
      ['N-1 analysis', () => analyseSinglePoints(fresh())],
      ['N-2 analysis', () => analysePairs(fresh()), slow],
      // a new domain object each run: the matrix is kept per domain (what the panel reuses), which would time a lookup
      ['LPM readiness matrix', () => lpmMatrix({ ...design, domain: { ...design.domain } })],
    ];
    for (const [name, fn, own] of cases) {
      const m = measure(fn, own ?? o);
      rows.push({ name, n, median_ms: round(m.median), p95_ms: round(m.p95), runs: m.runs });
    }
  }
  return rows;
}

/** The rows as an aligned text table. */
export function formatTable(rows: readonly EngineBenchRow[]): string {
  const head = ['name', 'n', 'median_ms', 'p95_ms', 'runs'];
  const body = rows.map((r) => [r.name, String(r.n), r.median_ms.toFixed(2), r.p95_ms.toFixed(2), String(r.runs)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = process.argv.slice(2).map(Number).filter((x) => Number.isInteger(x) && x >= 0);
  const rows = benchEngine(sizes.length > 0 ? sizes : undefined);
  process.stdout.write(`${formatTable(rows)}\n`);
}
