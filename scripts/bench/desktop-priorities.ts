/**
 * Long tasks while playing, in a Chromium without the thread priorities it gives itself when run as root.
 *
 * Run as root (as here and in CI), Chromium raises its display threads to nice -8: the display compositor, the
 * page's compositor, the IO threads and the I/O animation's drawing worker (a worker drawing on a canvas handed
 * over to it). The page's main thread stays at 0 and, on two cores, waits behind them. A desktop user's Chromium
 * cannot raise a thread above nice 0 (it is not root), so every thread runs at 0. This runs the playback's long
 * task count again in a Chromium started without the capability to raise priorities (setpriv, util-linux), and
 * checks that no thread of it is below nice 0.
 */
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { CHROMIUM, launch, longTasksDuring, VIEW } from './browser.ts';

const SETPRIV = '/usr/bin/setpriv';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export type DesktopPlayback = { longTasks: number[]; raisedThreads: number } | { skipped: string };

/** The fields of a /proc stat line after the command (which may hold spaces): state, ppid, ... (nice is [16]). */
const statFields = (path: string): string[] => { const stat = readFileSync(path, 'utf8'); return stat.slice(stat.lastIndexOf(')') + 2).split(' '); };

/** Threads below nice 0 in the process tree under `root` (from /proc). */
export function raisedThreads(root: number): number {
  const parent = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try { parent.set(Number(d), Number(statFields(`/proc/${d}/stat`)[1])); } catch { /* gone */ }
  }
  const inTree = (pid: number): boolean => { for (let p = pid, i = 0; p > 1 && i < 50; p = parent.get(p) ?? 0, i++) if (p === root) return true; return false; };
  let raised = 0;
  for (const pid of parent.keys()) {
    if (!inTree(pid)) continue;
    try {
      for (const t of readdirSync(`/proc/${pid}/task`)) if (Number(statFields(`/proc/${pid}/task/${t}/stat`)[16]) < 0) raised++;
    } catch { /* gone */ }
  }
  return raised;
}

export async function desktopPlayback(base: string, n: number, rounds: number): Promise<DesktopPlayback> {
  if (process.getuid?.() !== 0) return { skipped: 'not run as root: the figures above are already without raised priorities' };
  if (!existsSync(SETPRIV)) return { skipped: `${SETPRIV} not found` };
  const wrapper = join(tmpdir(), `chromium-desktop-priorities-${process.pid}.sh`);
  const pidFile = `${wrapper}.pid`;
  // The shell's pid is the browser's (exec keeps it): the process tree whose threads are checked.
  writeFileSync(wrapper, `#!/bin/sh\necho $$ > ${pidFile}\nexec ${SETPRIV} --inh-caps=-sys_nice --bounding-set=-sys_nice ${CHROMIUM} "$@"\n`);
  chmodSync(wrapper, 0o755);
  const browser: Browser = await launch(wrapper);
  const longTasks: number[] = [];
  let raised = 0;
  try {
    for (let r = 0; r < rounds; r++) {
      const context = await browser.newContext({ viewport: VIEW });
      const page = await context.newPage();
      await page.goto(`${base}/?bench=${n}`);
      await page.waitForFunction(() => document.documentElement.dataset.benchReady === 'true', null, { timeout: 120_000 });
      await page.evaluate(() => (window as unknown as { __benchSettled: () => Promise<number> }).__benchSettled());
      await page.evaluate(() => (window as unknown as { __benchPlay: (speed: number) => Promise<void> }).__benchPlay(10));
      await sleep(1000);
      longTasks.push(await longTasksDuring(page, async () => { await sleep(10_000); }));
      // Read while the animation's drawing worker and the compositors are running.
      const pid = Number(readFileSync(pidFile, 'utf8'));
      raised = Math.max(raised, raisedThreads(pid));
      await page.evaluate(() => (window as unknown as { __benchPause: () => void }).__benchPause());
      await context.close();
    }
  } finally {
    await browser.close();
    for (const f of [wrapper, pidFile]) rmSync(f, { force: true });
  }
  return { longTasks, raisedThreads: raised };
}
