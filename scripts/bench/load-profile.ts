/**
 * npx tsx scripts/bench/load-profile.ts --url http://127.0.0.1:PORT/?bench=1000 --dist DIR
 * A CPU profile of the main thread from navigation to the bench's ready mark, self time summed by source file
 * (through the build's source maps) and by function: where the load's time goes (a diagnosis tool).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { launch } from './browser.ts';

const argv = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] ?? def : def; };
interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number }

async function main(): Promise<void> {
  const dist = opt('dist', 'dist');
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.goto(opt('url', 'http://127.0.0.1:4199/?bench=1000'));
  await page.waitForFunction(() => document.documentElement.dataset.benchReady === 'true', null, { timeout: 120_000, polling: 50 });
  const ready = await page.evaluate(() => (window as unknown as { __benchInfo?: { readyAt: number } }).__benchInfo?.readyAt ?? 0);
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name}@${Math.round(m.startTime)}`).join(' '));
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  console.log(`ready ${Math.round(ready)} ms (wall ${Date.now() - t0} ms); marks: ${marks}`);
  const maps = new Map<string, SourceMapConsumer | null>();
  const mapOf = (url: string) => {
    if (!maps.has(url)) {
      const f = join(dist, new URL(url).pathname + '.map');
      maps.set(url, existsSync(f) ? new SourceMapConsumer(JSON.parse(readFileSync(f, 'utf8'))) : null);
    }
    return maps.get(url)!;
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i]!, (self.get(profile.samples[i]!) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  const byFile = new Map<string, number>();
  const byFn = new Map<string, number>();
  for (const [id, ms] of self) {
    const n = byId.get(id)!;
    const { url, lineNumber, columnNumber, functionName } = n.callFrame;
    let file = url ? url.split('/').pop()! : `(${functionName || 'program'})`;
    let fn = functionName;
    if (url.startsWith('http')) {
      const m = mapOf(url);
      const p = m?.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
      if (p?.source) { file = p.source.replace(/^(\.\.\/)+/, '').replace(/.*node_modules\//, 'nm/'); fn = `${p.name ?? functionName}@${file}:${p.line}`; }
    }
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    byFn.set(fn || file, (byFn.get(fn || file) ?? 0) + ms);
  }
  if (argv.includes('--timeline')) {
    // Per 100 ms of the profile: the files that took the most self time (where the load waits and where it works).
    const buckets = new Map<number, Map<string, number>>();
    let t = 0;
    for (let i = 0; i < profile.samples.length; i++) {
      t += (profile.timeDeltas[i] ?? 0) / 1000;
      const n = byId.get(profile.samples[i]!)!;
      const { url, lineNumber, columnNumber, functionName } = n.callFrame;
      let file = url ? url.split('/').pop()! : `(${functionName || 'program'})`;
      if (url.startsWith('http')) { const p = mapOf(url)?.originalPositionFor({ line: lineNumber + 1, column: columnNumber }); if (p?.source) file = p.source.replace(/.*\//, ''); }
      const b = buckets.get(Math.floor(t / 100)) ?? new Map<string, number>();
      b.set(file, (b.get(file) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      buckets.set(Math.floor(t / 100), b);
    }
    for (const [k, b] of [...buckets].sort((x, y) => x[0] - y[0])) {
      console.log(`${String(k * 100).padStart(6)} ms  ` + [...b].sort((x, y) => y[1] - x[1]).slice(0, 4).map(([f, ms]) => `${f} ${ms.toFixed(0)}`).join(', '));
    }
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n');
  console.log('self time by file:\n' + top(byFile, 30));
  console.log('self time by function:\n' + top(byFn, 30));
  await browser.close();
}
void main();
