/**
 * npx tsx scripts/bench/after-ready.ts --url http://127.0.0.1:PORT/?bench=1000
 * The main thread's tasks over 16 ms from page open to 4 s after the bench's ready mark, with what runs in them
 * (a diagnosis tool: what still works when the pan benchmark starts).
 */
import { launch } from './browser.ts';

const argv = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] ?? def : def; };
interface Ev { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { data?: { functionName?: string; url?: string; lineNumber?: number; columnNumber?: number } } }

async function main(): Promise<void> {
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'disabled-by-default-devtools.timeline.invalidationTracking'] });
  await page.goto(opt('url', 'http://127.0.0.1:4198/?bench=1000'));
  await page.waitForFunction(() => document.documentElement.dataset.benchReady === 'true', null, { timeout: 120_000 });
  await page.evaluate(() => performance.mark('ready'));
  await new Promise((r) => setTimeout(r, 4000));
  await page.evaluate(() => performance.mark('end'));
  const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: Ev[] }).traceEvents;
  const ready = events.find((e) => e.name === 'ready')!;
  const main = events.filter((e) => e.pid === ready.pid && e.tid === ready.tid && e.ph === 'X' && e.dur);
  const start = Math.min(...main.map((e) => e.ts));
  const tasks = main.filter((e) => e.name === 'RunTask' && e.dur! > 16_000);
  for (const t of tasks) {
    const inner = main.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur! && e.name !== 'RunTask');
    const kinds = new Map<string, number>();
    for (const e of inner) {
      const k = e.name === 'FunctionCall' || e.name === 'EvaluateScript' ? `${e.name}(${e.args?.data?.functionName || ''}@${(e.args?.data?.url ?? '').split('/').pop()}:${e.args?.data?.lineNumber ?? ''}:${e.args?.data?.columnNumber ?? ''})` : e.name;
      kinds.set(k, Math.max(kinds.get(k) ?? 0, e.dur! / 1000));
    }
    const what = [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
    console.log(`${((t.ts - ready.ts) / 1000).toFixed(0).padStart(6)} ms vs ready  ${(t.dur! / 1000).toFixed(0).padStart(5)} ms  ${what}`);
  }
  for (const e of main) {
    if ((e.name === 'Layout' || e.name === 'UpdateLayoutTree' || e.name === 'Paint') && e.dur! > 40_000) {
      console.log(`${((e.ts - ready.ts) / 1000).toFixed(0).padStart(6)} ms  ${e.name} ${(e.dur! / 1000).toFixed(0)} ms ${JSON.stringify((e as unknown as { args: unknown }).args).slice(0, 400)}`);
    }
  }
  const inv = new Map<string, number>();
  for (const e of events) {
    if (e.pid !== ready.pid || e.ts < ready.ts) continue;
    if (e.name === 'LayoutInvalidationTracking' || e.name === 'StyleRecalcInvalidationTracking' || e.name === 'StyleInvalidatorInvalidationTracking') {
      const d = (e as unknown as { args: { data: { reason?: string; nodeName?: string; invalidationSet?: unknown; invalidatedSelectorId?: string } } }).args.data;
      const k = `${((e.ts - ready.ts) / 500000 | 0) * 500} ${e.name.replace('InvalidationTracking', '')} ${d.reason ?? d.invalidatedSelectorId ?? ''} ${(d.nodeName ?? '').slice(0, 60)}`;
      inv.set(k, (inv.get(k) ?? 0) + 1);
    }
  }
  for (const [k, v] of [...inv].sort((a, b) => parseInt(a[0]) - parseInt(b[0]) || b[1] - a[1]).slice(0, 80)) console.log(`  ${k} ×${v}`);
  console.log(`ready at ${((ready.ts - start) / 1000).toFixed(0)} ms after the first task`);
  await browser.close();
}
void main();
