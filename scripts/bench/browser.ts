/**
 * In-browser figures on the production build: load, drawn frames while panning (counted from the
 * compositor's DrawFrame trace events, input sent at a fixed 60 Hz without waiting), the longest frame
 * while zooming, edit-to-diagnostics latency, JS heap; for our app (?bench=N) and for a bare React Flow
 * page with the same node and edge counts.
 */
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';

export interface BrowserFigures {
  page: 'ours' | 'react-flow';
  n: number;
  nodes: number;
  edges: number;
  loadMs: number;
  heapMB: number;
  /** Navigation until what follows the first picture is done (diagnostics, impact, LPM readiness shown); ours only. */
  settledMs: number | null;
  /** Panning the fitted view 1 s after load (as before: the panels may still be receiving their first results). */
  panFitFps: number;
  /** Panning the fitted view once the page has settled (the pan itself). */
  panFitSettledFps: number;
  pan100Fps: number;
  zoomMaxFrameMs: number;
  /** The first edit after load (the worker's code is still cold). */
  editToDiagnosticsMs: number | null;
  /** Six more edits, 300 ms apart, after the first. */
  editsMs: number[];
  /** Fail (or restore) of a VIOS until its impact is shown, six times 300 ms apart. */
  failMs: number[];
  /** The engine worker's time for the impact of each of those. */
  failWorkerMs: number[];
  /** Drawn frames per second during 10 s of a scenario playing (a VIOS failing and coming back, at 10x), fitted. */
  playbackFps: number | null;
  /** Main-thread tasks over 50 ms during 10 s of the same scenario played untraced (a tracer stalls the page itself). */
  playbackLongTasks: number | null;
  /** The same count during the traced 10 s (the tracer's own cost included: for comparison only). */
  playbackLongTasksTraced: number | null;
}

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions'];
export const VIEW = { width: 1600, height: 1000 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch(executablePath = CHROMIUM): Promise<Browser> {
  return chromium.launch({ executablePath, args: ARGS, headless: true });
}

/** Installs the rAF sampler before any page script runs. */
const SAMPLER = `(() => {
  const B = (window.__frames = { on: false, ts: [] });
  const loop = (t) => { if (B.on) B.ts.push(t); requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
})();`;

/**
 * Frames drawn during `gesture`: the page compositor's DrawFrame events; with `display`, the frames the display
 * compositor drew instead (the I/O animation is drawn by a worker on a canvas handed over to it, and its frames reach
 * the display without the page's compositor).
 */
async function traced(browser: Browser, page: Page, gesture: () => Promise<void>, display = false): Promise<{ drawn: number; ms: number; maxFrame: number }> {
  await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline.frame', 'blink.user_timing', ...(display ? ['viz'] : [])] });
  await page.evaluate(() => { performance.mark('g0'); const f = (window as unknown as { __frames: { on: boolean; ts: number[] } }).__frames; f.ts = []; f.on = true; });
  await gesture();
  const ts = await page.evaluate(() => { performance.mark('g1'); const f = (window as unknown as { __frames: { on: boolean; ts: number[] } }).__frames; f.on = false; return f.ts; });
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents as { name: string; ts: number; pid: number }[];
  const g0 = events.find((e) => e.name === 'g0');
  const g1 = events.find((e) => e.name === 'g1');
  let maxFrame = 0;
  for (let i = 1; i < ts.length; i++) maxFrame = Math.max(maxFrame, ts[i]! - ts[i - 1]!);
  if (!g0 || !g1) return { drawn: 0, ms: 0, maxFrame };
  const drawn = display
    ? events.filter((e) => e.name === 'Display::DrawAndSwap' && e.ts >= g0.ts && e.ts <= g1.ts).length
    : events.filter((e) => e.name === 'DrawFrame' && e.pid === g0.pid && e.ts >= g0.ts && e.ts <= g1.ts).length;
  return { drawn, ms: (g1.ts - g0.ts) / 1000, maxFrame };
}

/** 60 moves of +5 px then 60 of -5 px at 60 Hz, not waiting for acknowledgements (like a real pointer). */
async function drag(cdp: CDPSession, x: number, y: number): Promise<void> {
  const send = (type: string, px: number, pressed: boolean) => cdp.send('Input.dispatchMouseEvent', { type: type as 'mouseMoved', x: px, y, button: 'left', buttons: pressed ? 1 : 0, clickCount: 1 });
  await send('mouseMoved', x, false);
  const pending: Promise<unknown>[] = [send('mousePressed', x, true)];
  const t0 = performance.now();
  for (let i = 1; i <= 120; i++) {
    const dx = i <= 60 ? i * 5 : (120 - i) * 5;
    const due = t0 + i * (1000 / 60);
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    pending.push(send('mouseMoved', x + dx, true));
  }
  pending.push(send('mouseReleased', x, false));
  await Promise.all(pending);
}

async function wheelZoom(cdp: CDPSession, x: number, y: number): Promise<void> {
  const pending: Promise<unknown>[] = [];
  for (let i = 1; i <= 20; i++) {
    pending.push(cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x, y, deltaX: 0, deltaY: i <= 10 ? -100 : 100 }));
    await sleep(i === 10 ? 700 : 50);
  }
  await Promise.all(pending);
  await sleep(700);
}

/** A point on the empty pane (not on a node) from which to drag. */
async function emptyPoint(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(({ width: w, height: h }) => {
    for (let y = 40; y < h; y += 37) for (let x = 40; x < w; x += 53) {
      if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
    }
    return { x: 20, y: h - 20 };
  }, VIEW);
}

export async function measurePage(browser: Browser, url: string, kind: BrowserFigures['page'], n: number): Promise<BrowserFigures> {
  const context = await browser.newContext({ viewport: VIEW });
  await context.addInitScript(SAMPLER);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.benchReady === 'true', null, { timeout: 120_000 });
  const info = await page.evaluate(() => (window as unknown as { __benchInfo?: { readyAt: number; nodes: number; edges: number } }).__benchInfo ?? null);
  await sleep(1000);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  let p = await emptyPoint(page);
  const fit = await traced(browser, page, () => drag(cdp, p.x, p.y));
  // The same gesture once the page has settled: 1 s after load, the first diagnostics, impact and LPM results
  // arrive during the pan in some rounds and not in others.
  const settledMs = kind === 'ours'
    ? await page.evaluate(() => (window as unknown as { __benchSettled: () => Promise<number> }).__benchSettled())
    : null;
  await sleep(500);
  p = await emptyPoint(page);
  const fitSettled = await traced(browser, page, () => drag(cdp, p.x, p.y));
  await sleep(300);
  const zoom = await traced(browser, page, () => wheelZoom(cdp, VIEW.width / 2, VIEW.height / 2));
  await page.evaluate(() => (window as unknown as { __benchSetViewport: (v: { x: number; y: number; zoom: number }) => void }).__benchSetViewport({ x: 300, y: 150, zoom: 1 }));
  await sleep(800);
  p = await emptyPoint(page);
  const at100 = await traced(browser, page, () => drag(cdp, p.x, p.y));
  let editMs: number | null = null;
  const editsMs: number[] = [];
  const failMs: number[] = [];
  const failWorkerMs: number[] = [];
  if (kind === 'ours') {
    const edit = () => page.evaluate(() => (window as unknown as { __benchEdit: () => Promise<number> }).__benchEdit());
    editMs = await edit();
    for (let i = 0; i < 6; i++) {
      await sleep(300);
      editsMs.push(Math.round((await edit()) * 10) / 10);
    }
    const fail = () => page.evaluate(() => (window as unknown as { __benchFail: () => Promise<{ ms: number; workerMs: number }> }).__benchFail());
    for (let i = 0; i < 6; i++) {
      await sleep(300);
      const r = await fail();
      failMs.push(Math.round(r.ms * 10) / 10);
      failWorkerMs.push(Math.round(r.workerMs * 100) / 100);
    }
  }
  const fps = (t: { drawn: number; ms: number }) => (t.ms > 0 ? Math.round((t.drawn / t.ms) * 10000) / 10 : 0);
  let playbackFps: number | null = null;
  let playbackLongTasks: number | null = null;
  let playbackLongTasksTraced: number | null = null;
  if (kind === 'ours') {
    const play = await playback(browser, page);
    playbackFps = fps(play);
    playbackLongTasks = play.longTasks;
    playbackLongTasksTraced = play.longTasksTraced;
  }
  await context.close();
  return {
    page: kind, n, nodes: info?.nodes ?? 0, edges: info?.edges ?? 0, loadMs: Math.round(info?.readyAt ?? 0),
    heapMB: Math.round((heap.usedSize / 1048576) * 10) / 10, settledMs: settledMs === null ? null : Math.round(settledMs),
    panFitFps: fps(fit), panFitSettledFps: fps(fitSettled), pan100Fps: fps(at100),
    zoomMaxFrameMs: Math.round(zoom.maxFrame), editToDiagnosticsMs: editMs === null ? null : Math.round(editMs * 10) / 10, editsMs,
    failMs, failWorkerMs, playbackFps, playbackLongTasks, playbackLongTasksTraced,
  };
}

/** Counts main-thread tasks over 50 ms (PerformanceObserver 'longtask') while `during` runs. */
export async function longTasksDuring(page: Page, during: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number; __longObs?: PerformanceObserver };
    w.__longTasks = 0;
    w.__longObs = new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.duration > 50) w.__longTasks++; });
    w.__longObs.observe({ type: 'longtask' });
  });
  await during();
  return page.evaluate(() => {
    const w = window as unknown as { __longTasks: number; __longObs?: PerformanceObserver };
    w.__longObs?.disconnect();
    return w.__longTasks;
  });
}

/**
 * Playback: the design fitted, the simulation plays a VIOS failure and its return at 10x (the animation layer drawing
 * dots, states and countdowns), twice from the scenario's start, each time after a second to settle:
 *   1. 10 s untraced, counting main-thread tasks over 50 ms (a tracer stalls the page's main thread itself when it
 *      starts and when it stops, and costs every thread meanwhile);
 *   2. 10 s traced: frames drawn (by the display compositor: the animation's own frames come from its drawing worker),
 *      and the tasks over 50 ms again, the tracer's cost included, for comparison.
 */
async function playback(browser: Browser, page: Page): Promise<{ drawn: number; ms: number; maxFrame: number; longTasks: number; longTasksTraced: number }> {
  const play = async () => {
    await page.evaluate(() => (window as unknown as { __benchPlay: (speed: number) => Promise<void> }).__benchPlay(10));
    await sleep(1000);
  };
  const pause = () => page.evaluate(() => (window as unknown as { __benchPause: () => void }).__benchPause());
  await page.evaluate(() => (window as unknown as { __benchFit?: () => void }).__benchFit?.());
  await play();
  const longTasks = await longTasksDuring(page, async () => { await sleep(10_000); });
  await pause();
  await play();
  let t = { drawn: 0, ms: 0, maxFrame: 0 };
  const longTasksTraced = await longTasksDuring(page, async () => { t = await traced(browser, page, async () => { await sleep(10_000); }, true); });
  await pause();
  return { ...t, longTasks, longTasksTraced };
}
