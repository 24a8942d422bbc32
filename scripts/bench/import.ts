/**
 * Import benchmark in Node: `lsmap -all` listings of 10,000 and 1,000,000 lines (app/io/import/big-outputs.ts),
 * read, merged and built into a design by importTexts, the function the import worker runs.
 *
 *   npx tsx scripts/bench/import.ts [10000 1000000]
 */
import { pathToFileURL } from 'node:url';
import { bigLsmapAll } from '../../app/io/import/big-outputs.ts';
import { importTexts } from '../../app/io/import/index.ts';

export interface ImportBenchRow { name: 'import lsmap -all'; n: number; median_ms: number; max_ms: number; runs: number; partitions: number; vtds: number }

/** Times importTexts on generated lsmap listings of each size (lines); `rounds` runs each after one warm-up of the smallest. */
export function benchImport(lines: readonly number[] = [10_000, 1_000_000], rounds = 3): ImportBenchRow[] {
  const rows: ImportBenchRow[] = [];
  importTexts([{ name: 'warm-up', text: bigLsmapAll(Math.min(...lines, 10_000)) }]);
  for (const n of lines) {
    const text = bigLsmapAll(n);
    const samples: number[] = [];
    let last = importTexts([{ name: 'x', text: '' }]);
    for (let r = 0; r < Math.max(1, rounds); r++) {
      const t0 = performance.now();
      last = importTexts([{ name: `lsmap-${n}.txt`, text }]);
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    const d = last.design.domain;
    rows.push({
      name: 'import lsmap -all', n, median_ms: Math.round(samples[Math.floor((samples.length - 1) / 2)]! * 100) / 100,
      max_ms: Math.round(samples.at(-1)! * 100) / 100, runs: samples.length, partitions: Object.keys(d.partitions).length, vtds: Object.keys(d.vtds).length,
    });
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = process.argv.slice(2).map(Number).filter((x) => Number.isInteger(x) && x > 0);
  for (const r of benchImport(sizes.length ? sizes : undefined)) console.log(`${r.name} ${r.n} lines: median ${r.median_ms} ms, max ${r.max_ms} ms (${r.runs} runs; ${r.partitions} partitions, ${r.vtds} VTDs)`);
}
