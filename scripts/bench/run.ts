/**
 * npm run bench [-- --json] [--sizes 50,200,1000] [--browser-sizes 200,1000] [--import-lines 10000,1000000] [--rounds 3] [--no-browser]
 *
 * Engine figures in Node (validation, JSON open, generation) and in-browser figures on the production
 * build for our app and for a bare React Flow page with the same node and edge counts, and in our app the
 * time from Fail (of a VIOS) to its impact shown, with the engine worker's time for that impact. Prints a table,
 * or with --json one object { machine, results: [{ name, n, median_ms, p95_ms, fps, ratio, count }] }. Playback: drawn fps
 * and main-thread tasks over 50 ms (count) during 10 s of a VIOS failure and return playing at 10x.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { benchEngine } from './engine.ts';
import { benchImport } from './import.ts';
import { benchSimulation } from './simulation.ts';
import { launch, measurePage, type BrowserFigures } from './browser.ts';
import { desktopPlayback } from './desktop-priorities.ts';

const argv = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] ?? def : def; };
const JSON_OUT = argv.includes('--json');
const SIZES = opt('sizes', '50,200,1000').split(',').map(Number);
const BROWSER_SIZES = opt('browser-sizes', '200,1000').split(',').map(Number);
const ROUNDS = Number(opt('rounds', '3'));
/** BENCH_PORT or --port: another port (and dist folder) when several benchmarks run on one machine. */
const PORT = Number(process.env.BENCH_PORT ?? opt('port', '4179'));
const OUT = PORT === 4179 ? 'dist-bench' : `dist-bench-${PORT}`;
const VITE = join('node_modules', '.bin', 'vite');
const log = (s: string) => { if (!JSON_OUT) console.log(s); else console.error(s); };

interface Result { name: string; n: number; median_ms: number | null; p95_ms: number | null; fps: number | null; ratio: number | null; value?: number | null; unit?: string; count?: number | null }

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN; };

function chromiumVersion(): string {
  const r = spawnSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' });
  return (r.stdout || '').trim() || 'unknown';
}

/** Gzipped size of the JavaScript the app shell loads at start (entry + its static imports). */
function initialJsGzipKB(dir: string): number {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const m of html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)) files.add(m[1]!);
  let total = 0;
  for (const f of files) total += gzipSync(readFileSync(join(dir, f))).length;
  return Math.round(total / 102.4) / 10;
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try { if ((await fetch(url)).ok) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}

async function browserFigures(results: Result[]): Promise<void> {
  log('building the production bundle…');
  const build = spawnSync(VITE, ['build', '--outDir', OUT, '--emptyOutDir'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
  const js = initialJsGzipKB(OUT);
  results.push({ name: 'initial JS (gzip, KB)', n: 0, median_ms: null, p95_ms: null, fps: null, ratio: null, value: js, unit: 'KB' });
  const server = spawn(VITE, ['preview', '--outDir', OUT, '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  const base = `http://127.0.0.1:${PORT}`;
  try {
    await waitForServer(base);
    const browser = await launch();
    try {
      for (const n of BROWSER_SIZES) {
        const ours: BrowserFigures[] = [];
        const bare: BrowserFigures[] = [];
        for (let r = 0; r < ROUNDS; r++) {
          log(`  N=${n} round ${r + 1}/${ROUNDS}: our app`);
          const o = await measurePage(browser, `${base}/?bench=${n}`, 'ours', n);
          ours.push(o);
          log(`  N=${n} round ${r + 1}/${ROUNDS}: bare React Flow (${o.nodes} nodes, ${o.edges} edges)`);
          bare.push(await measurePage(browser, `${base}/bench/baseline.html?nodes=${o.nodes}&edges=${o.edges}&frames=${Math.ceil(n / 250)}`, 'react-flow', n));
        }
        const m = (xs: BrowserFigures[], k: keyof BrowserFigures) => median(xs.map((x) => Number(x[k])));
        const row = (name: string, k: keyof BrowserFigures, isFps: boolean) => {
          const a = m(ours, k);
          const b = m(bare, k);
          results.push({ name, n, median_ms: isFps ? null : a, p95_ms: isFps ? null : Math.max(...ours.map((x) => Number(x[k]))), fps: isFps ? a : null, ratio: b ? Math.round((a / b) * 100) / 100 : null });
          results.push({ name: `${name} [bare React Flow]`, n, median_ms: isFps ? null : b, p95_ms: null, fps: isFps ? b : null, ratio: null });
        };
        row('load', 'loadMs', false);
        const settled = ours.map((x) => x.settledMs).filter((x): x is number => x !== null);
        if (settled.length) results.push({ name: 'settled after load (diagnostics, impact, LPM shown)', n, median_ms: median(settled), p95_ms: Math.max(...settled), fps: null, ratio: null });
        row('pan fitted, 1 s after load (drawn fps)', 'panFitFps', true);
        row('pan fitted, settled (drawn fps)', 'panFitSettledFps', true);
        row('pan 100% (drawn fps)', 'pan100Fps', true);
        row('zoom longest frame', 'zoomMaxFrameMs', false);
        results.push({ name: 'JS heap (MB)', n, median_ms: null, p95_ms: null, fps: null, ratio: Math.round((m(ours, 'heapMB') / m(bare, 'heapMB')) * 100) / 100, value: m(ours, 'heapMB'), unit: 'MB' });
        const edits = ours.flatMap((x) => x.editsMs);
        const sorted = [...edits].sort((a, b) => a - b);
        results.push({ name: 'edit to diagnostics', n, median_ms: median(edits), p95_ms: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? null, fps: null, ratio: null });
        results.push({ name: 'edit to diagnostics, first after load', n, median_ms: m(ours, 'editToDiagnosticsMs'), p95_ms: Math.max(...ours.map((x) => Number(x.editToDiagnosticsMs))), fps: null, ratio: null });
        const spread = (name: string, xs: number[]) => {
          const sorted = [...xs].sort((a, b) => a - b);
          results.push({ name, n, median_ms: xs.length ? median(xs) : null, p95_ms: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? null, fps: null, ratio: null });
        };
        spread('Fail to impact shown', ours.flatMap((x) => x.failMs));
        spread('impact of one failure (in the worker)', ours.flatMap((x) => x.failWorkerMs));
        const plays = ours.map((x) => x.playbackFps).filter((x): x is number => x !== null);
        const longs = ours.map((x) => x.playbackLongTasks).filter((x): x is number => x !== null);
        const longsTraced = ours.map((x) => x.playbackLongTasksTraced).filter((x): x is number => x !== null);
        results.push({ name: 'playback (drawn fps)', n, median_ms: null, p95_ms: null, fps: plays.length ? median(plays) : null, ratio: null });
        results.push({ name: 'long tasks during playback', n, median_ms: null, p95_ms: null, fps: null, ratio: null, count: longs.length ? median(longs) : null, value: longs.length ? Math.max(...longs) : null, unit: 'max of rounds (tasks > 50 ms in 10 s, untraced)' });
        results.push({ name: 'long tasks during playback, traced', n, median_ms: null, p95_ms: null, fps: null, ratio: null, count: longsTraced.length ? median(longsTraced) : null, value: longsTraced.length ? Math.max(...longsTraced) : null, unit: 'max of rounds (tasks > 50 ms in 10 s, with the tracer running: for comparison)' });
        if (n === Math.max(...BROWSER_SIZES)) {
          log(`  N=${n}: long tasks during playback in a Chromium without raised thread priorities (${ROUNDS} rounds)`);
          const d = await desktopPlayback(base, n, ROUNDS);
          results.push('skipped' in d
            ? { name: 'long tasks during playback, desktop priorities', n, median_ms: null, p95_ms: null, fps: null, ratio: null, value: null, unit: `not measured: ${d.skipped}` }
            : { name: 'long tasks during playback, desktop priorities', n, median_ms: null, p95_ms: null, fps: null, ratio: null, count: median(d.longTasks), value: Math.max(...d.longTasks),
              unit: `max of rounds (untraced; Chromium without the raised thread priorities it takes as root, as a desktop user runs it: ${d.raisedThreads} of its threads below nice 0)` });
        }
        results.push({ name: 'nodes / edges drawn', n, median_ms: null, p95_ms: null, fps: null, ratio: null, value: ours[0]?.nodes ?? 0, unit: `nodes, ${ours[0]?.edges ?? 0} edges` });
      }
    } finally {
      await browser.close();
    }
  } finally {
    try { process.kill(-server.pid!); } catch { /* gone */ }
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const machine = {
    cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryGB: Math.round(totalmem() / 2 ** 30 * 10) / 10,
    freeMemoryGB: Math.round(freemem() / 2 ** 30 * 10) / 10, loadAverage1m: loadavg()[0], node: process.version,
    chromium: chromiumVersion(), rendering: 'headless, --disable-gpu (software)', date: new Date().toISOString(),
  };
  const results: Result[] = [];
  log(`engine figures in Node for N = ${SIZES.join(', ')}…`);
  for (const r of benchEngine(SIZES)) results.push({ name: r.name, n: r.n, median_ms: r.median_ms, p95_ms: r.p95_ms, fps: null, ratio: null });
  const importLines = opt('import-lines', '10000,1000000').split(',').map(Number).filter((x) => Number.isInteger(x) && x > 0);
  log(`import of lsmap -all listings of ${importLines.join(', ')} lines…`);
  for (const r of benchImport(importLines, ROUNDS)) {
    results.push({ name: `${r.name} (lines)`, n: r.n, median_ms: r.median_ms, p95_ms: r.max_ms, fps: null, ratio: null, value: r.vtds, unit: `VTDs, ${r.partitions} partitions` });
  }
  for (const r of benchSimulation(SIZES)) results.push({ name: r.name, n: r.n, median_ms: r.median_ms, p95_ms: r.p95_ms, fps: null, ratio: null, value: r.events, unit: 'events' });
  if (!argv.includes('--no-browser')) await browserFigures(results);
  const out = { machine: { ...machine, loadAverage1mAtEnd: loadavg()[0], durationS: Math.round((Date.now() - started) / 1000) }, results };
  if (JSON_OUT) { console.log(JSON.stringify(out, null, 2)); return; }
  console.log(`\nMachine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GiB, load ${machine.loadAverage1m?.toFixed(2)} → ${out.machine.loadAverage1mAtEnd?.toFixed(2)}, Node ${machine.node}, ${machine.chromium}, ${machine.rendering}`);
  console.log('| figure | N | median ms | p95/max ms | fps | count | value | ours ÷ bare React Flow |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  const f = (v: number | null | undefined) => (v === null || v === undefined || Number.isNaN(v) ? '' : String(Math.round(v * 100) / 100));
  for (const r of results) console.log(`| ${r.name} | ${r.n || ''} | ${f(r.median_ms)} | ${f(r.p95_ms)} | ${f(r.fps)} | ${f(r.count)} | ${r.value !== undefined ? `${f(r.value)} ${r.unit ?? ''}` : ''} | ${f(r.ratio)} |`);
  console.log(`\n(${out.machine.durationS} s)`);
}

main().catch((e) => { console.error(e); process.exit(1); });
