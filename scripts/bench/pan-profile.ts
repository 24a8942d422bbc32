/**
 * npx tsx scripts/bench/pan-profile.ts --url http://127.0.0.1:PORT/?bench=1000 [--rounds 3]
 *
 * Where the main thread's time goes while the view is panned at the fitted zoom (the bench's gesture): per round,
 * drawn frames, then main-thread busy time by trace event (self time of the top-level tasks' children), and the
 * React commits counted with a PerformanceObserver-free hook (the number of times React Flow's store changed is
 * not enough: what we want is the work per pan frame). A diagnosis tool; the figures of record come from run.ts.
 */
import { launch } from './browser.ts';

const argv = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] ?? def : def; };
const URL_ = opt('url', 'http://127.0.0.1:4196/?bench=1000');
const ROUNDS = Number(opt('rounds', '3'));
const VIEW = { width: 1600, height: 1000 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Ev { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; cat: string; args?: { data?: { functionName?: string; url?: string } } }

async function main(): Promise<void> {
  const browser = await launch();
  for (let round = 0; round < ROUNDS; round++) {
    const context = await browser.newContext({ viewport: VIEW });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const t0 = Date.now();
    await page.goto(URL_);
    await page.waitForFunction(() => document.documentElement.dataset.benchReady === 'true', null, { timeout: 120_000 });
    const readyAt = await page.evaluate(() => (window as unknown as { __benchInfo?: { readyAt: number } }).__benchInfo?.readyAt ?? 0);
    await sleep(1000);
    const p = await page.evaluate(({ width: w, height: h }) => {
      for (let y = 40; y < h; y += 37) for (let x = 40; x < w; x += 53) {
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      }
      return { x: 20, y: h - 20 };
    }, VIEW);
    const zoom = await page.evaluate(() => document.querySelector('.react-flow__viewport')?.getAttribute('style') ?? '');
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'blink.user_timing', 'v8.execute'] });
    await page.evaluate(() => {
      const w = window as unknown as { __mut: Record<string, number> };
      w.__mut = {};
      new MutationObserver((list) => {
        for (const m of list) {
          const t = m.target as Element;
          const k = `${m.type}:${t.nodeName}.${(t.getAttribute?.('class') ?? '').split(' ')[0]}${m.attributeName ? `@${m.attributeName}` : ''}`;
          w.__mut[k] = (w.__mut[k] ?? 0) + 1;
        }
      }).observe(document, { subtree: true, attributes: true, childList: true, characterData: true });
      performance.mark('g0');
    });
    const send = (type: string, px: number, pressed: boolean) => cdp.send('Input.dispatchMouseEvent', { type: type as 'mouseMoved', x: px, y: p.y, button: 'left', buttons: pressed ? 1 : 0, clickCount: 1 });
    await send('mouseMoved', p.x, false);
    const pending: Promise<unknown>[] = [send('mousePressed', p.x, true)];
    const s0 = performance.now();
    for (let i = 1; i <= 120; i++) {
      const dx = i <= 60 ? i * 5 : (120 - i) * 5;
      const wait = s0 + i * (1000 / 60) - performance.now();
      if (wait > 0) await sleep(wait);
      pending.push(send('mouseMoved', p.x + dx, true));
    }
    pending.push(send('mouseReleased', p.x, false));
    await Promise.all(pending);
    const mut = await page.evaluate(() => { performance.mark('g1'); return (window as unknown as { __mut: Record<string, number> }).__mut; });
    const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: Ev[] }).traceEvents;
    const g0 = events.find((e) => e.name === 'g0')!, g1 = events.find((e) => e.name === 'g1')!;
    const inWin = events.filter((e) => e.pid === g0.pid && e.ts >= g0.ts && e.ts <= g1.ts);
    const ms = (g1.ts - g0.ts) / 1000;
    const drawn = inWin.filter((e) => e.name === 'DrawFrame').length;
    const main = inWin.filter((e) => e.tid === g0.tid && e.ph === 'X');
    const byName = new Map<string, number>();
    for (const e of main) if (e.dur) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
    const threads = new Map<number, number>();
    for (const e of inWin) if (e.ph === 'X' && e.name === 'RunTask' && e.dur) threads.set(e.tid, (threads.get(e.tid) ?? 0) + e.dur / 1000);
    const fn = new Map<string, number>();
    for (const e of main) if (e.name === 'FunctionCall' && e.dur) { const k = `${e.args?.data?.functionName || '?'}@${(e.args?.data?.url ?? '').split('/').pop()}`; fn.set(k, (fn.get(k) ?? 0) + e.dur / 1000); }
    const top = (m: Map<string | number, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k}=${Math.round(v * 10) / 10}`).join('  ');
    console.log(`round ${round + 1}: load ${Math.round(readyAt)} ms (page ${Date.now() - t0} ms), ${zoom}`);
    console.log(`  drawn ${drawn} in ${ms.toFixed(0)} ms = ${(drawn / ms * 1000).toFixed(1)} fps`);
    console.log(`  main thread: ${top(byName, 14)}`);
    console.log(`  functions: ${top(fn, 8)}`);
    console.log(`  DOM mutations: ${top(new Map(Object.entries(mut)), 12)}`);
    console.log(`  RunTask per thread: ${top(threads, 6)}`);
    await context.close();
  }
  await browser.close();
}
void main();
