/**
 * The simulation's figure in Node (issue 13): ten simulated minutes of a VIOS failure (vios1 at t+10 s) and its
 * recovery (t+300 s) in a generated design, every timer played, loads routed, at several sizes (target at 1,000
 * clients: 200 ms). The path model is built once outside the timing (it is the impact engine's, shared with it).
 *
 *   npx tsx scripts/bench/simulation.ts [50 200 1000]
 */
import { pathToFileURL } from 'node:url';
import { generateBenchDesign } from '../../app/model/generate.ts';
import { buildPathModel } from '../../app/engine/impact/index.ts';
import { createSimulation } from '../../app/engine/sim/index.ts';

export interface SimulationBenchRow { name: string; n: number; median_ms: number; p95_ms: number; runs: number; events: number }

export const SIMULATION_ROW = 'simulate 10 min of a VIOS failure and recovery';

const round = (x: number) => Math.round(x * 100) / 100;

export function benchSimulation(sizes: readonly number[] = [50, 200, 1000], opts: { minRuns?: number; budgetMs?: number } = {}): SimulationBenchRow[] {
  const minRuns = opts.minRuns ?? 5;
  const budget = opts.budgetMs ?? 2000;
  const rows: SimulationBenchRow[] = [];
  for (const n of sizes) {
    const design = generateBenchDesign(n);
    const model = buildPathModel(design);
    const vios = model.components.find((c) => c.kind === 'vios')!.id;
    let events = 0;
    const once = () => {
      const sim = createSimulation(model, { design });
      sim.apply({ atMs: 10_000, action: 'fail', targetId: vios });
      sim.apply({ atMs: 300_000, action: 'restore', targetId: vios });
      sim.runUntil(600_000);
      events = sim.events.length;
    };
    once();
    const samples: number[] = [];
    const start = performance.now();
    while (samples.length < minRuns || (performance.now() - start < budget && samples.length < 50)) {
      const t0 = performance.now();
      once();
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    const pick = (p: number) => samples[Math.min(samples.length - 1, Math.max(0, Math.ceil(p * samples.length) - 1))]!;
    rows.push({ name: SIMULATION_ROW, n, median_ms: round(pick(0.5)), p95_ms: round(pick(0.95)), runs: samples.length, events });
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = process.argv.slice(2).map(Number).filter((x) => Number.isInteger(x) && x >= 0);
  for (const r of benchSimulation(sizes.length > 0 ? sizes : undefined)) process.stdout.write(`${r.name}  n=${r.n}  median ${r.median_ms} ms  p95 ${r.p95_ms} ms  (${r.runs} runs, ${r.events} events)\n`);
}
