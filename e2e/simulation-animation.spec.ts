import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectErrors, openFresh } from './helpers.ts';
import { partition } from './canvas-helpers.ts';

const sim = (page: Page) => page.getByRole('region', { name: 'Simulation' });
const impact = (page: Page) => page.getByRole('region', { name: 'Impact' });
const failures = (page: Page) => page.getByRole('toolbar', { name: 'Failures' });
/** The animation layer over the canvas: its data attributes say what it draws (paths per state per VIOS, dots per VIOS). */
const layer = (page: Page) => page.getByTestId('io-animation');
const summary = (page: Page) => layer(page).getByRole('status', { name: 'I/O animation' });

async function select(page: Page, name: string): Promise<void> {
  await expect(impact(page).getByRole('status', { name: 'Impact summary' })).toHaveText(/\d+ OK/, { timeout: 30_000 });
  await partition(page, name).locator('.partition-name').click();
  await expect(failures(page).getByText(name, { exact: true })).toBeVisible();
}

/** "vios1:12 vios2:3" -> { vios1: 12, vios2: 3 } */
const counts = (s: string | null): Record<string, number> => Object.fromEntries((s ?? '').split(' ').filter(Boolean).map((x) => { const [k, n] = x.split(':'); return [k!, Number(n)]; }));
interface Sample { clock: number; active: Record<string, number>; failing: Record<string, number>; dots: Record<string, number>; countdowns: string }
async function sample(l: Locator): Promise<Sample> {
  const a = await l.evaluate((el) => Object.fromEntries([...el.attributes].map((x) => [x.name, x.value])));
  return { clock: Number(a['data-clock']), active: counts(a['data-active']!), failing: counts(a['data-failing']!), dots: counts(a['data-dots']!), countdowns: a['data-countdowns'] ?? '' };
}

test('dual VIOS: Fail vios1 and Play: the dots leave vios1\'s paths for vios2\'s at the configured times, the timers counted down on the way', async ({ page }) => {
  const errors = collectErrors(page);
  await openFresh(page);
  await expect(impact(page).getByRole('status', { name: 'Impact summary' })).toHaveText(/\d+ OK/, { timeout: 30_000 });
  // Before any failure I/O runs through both VIOS: dots on the paths of each.
  // The canvas (drawn by the drawing worker) shows the dots moving on screen.
  await playsThroughBothVios(page);
  await sim(page).getByRole('button', { name: 'Pause', exact: true }).click();
  await sim(page).getByRole('button', { name: 'Back to the start' }).click();

  await select(page, 'vios1');
  await failures(page).getByRole('button', { name: 'Fail', exact: true }).click();
  await sim(page).getByRole('combobox', { name: 'Speed' }).selectOption('10');

  // Record, in the page, every update of what the layer draws while the clock runs (10 simulated seconds per second).
  await layer(page).evaluate((el) => {
    const w = window as unknown as { ioSamples: Record<string, string>[] };
    w.ioSamples = [];
    new MutationObserver(() => w.ioSamples.push(Object.fromEntries([...el.attributes].map((x) => [x.name, x.value])))).observe(el, { attributes: true });
  });
  await sim(page).getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(async () => (await sample(layer(page))).clock, { timeout: 30_000 }).toBeGreaterThan(40_000);
  await sim(page).getByRole('button', { name: 'Pause', exact: true }).click();
  const samples: Sample[] = (await page.evaluate(() => (window as unknown as { ioSamples: Record<string, string>[] }).ioSamples)).map((a) => ({
    clock: Number(a['data-clock']), active: counts(a['data-active']!), failing: counts(a['data-failing']!), dots: counts(a['data-dots']!), countdowns: a['data-countdowns'] ?? '',
  }));

  // Until vscsi_path_to (30 s) plus the retry (fast_fail, 1.2 s) has run out, vios1's vSCSI paths are failing over,
  // their timer is counted down next to them, and no dot runs on vios1's paths (its I/O is paused).
  const early = samples.filter((s) => s.clock > 500 && s.clock < 31_000);
  expect(early.length).toBeGreaterThan(3);
  for (const s of early) {
    expect(s.failing.vios1 ?? 0).toBeGreaterThan(0);
    expect(s.dots.vios1 ?? 0).toBe(0);
  }
  expect(early.some((s) => /vscsi_path_to \d+ s/.test(s.countdowns))).toBe(true);
  // The SEA's backup bridges after 3 s: network dots through vios2 from then on.
  expect(samples.filter((s) => s.clock > 3500).every((s) => (s.dots.vios2 ?? 0) > 0)).toBe(true);
  // After 31.2 s nothing fails over any more: every path carrying I/O goes through vios2, and the dots with it.
  const late = samples.filter((s) => s.clock > 32_500);
  expect(late.length).toBeGreaterThan(0);
  for (const s of late) {
    expect(s.failing).toEqual({});
    expect(Object.keys(s.active)).toEqual(['vios2']);
    expect(Object.keys(s.dots)).toEqual(['vios2']);
  }
  await expect(summary(page)).toHaveText(/carried through vios2 \d+ paths; failed: vios1 \d+ paths\.$/);
  expect(errors).toEqual([]);
});

/** Whether what the animation's canvas shows changes within 300 ms (the dots move). */
async function moving(page: Page): Promise<boolean> {
  const canvas = layer(page).locator('canvas');
  const a = await canvas.screenshot();
  await page.waitForTimeout(300);
  return !a.equals(await canvas.screenshot());
}

test('where a canvas cannot be handed over to a worker, the page draws the animation itself', async ({ page }) => {
  await page.addInitScript(() => { delete (HTMLCanvasElement.prototype as { transferControlToOffscreen?: unknown }).transferControlToOffscreen; });
  const errors = collectErrors(page);
  await openFresh(page);
  await expect(impact(page).getByRole('status', { name: 'Impact summary' })).toHaveText(/\d+ OK/, { timeout: 30_000 });
  await playsThroughBothVios(page);
  // Its pixels are the page's own: the lines' colours are on the canvas.
  const drawn = await layer(page).locator('canvas').evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
    return n;
  });
  expect(drawn).toBeGreaterThan(1000);
  expect(errors).toEqual([]);
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('states are drawn without moving dots', async ({ page }) => {
    await openFresh(page);
    await select(page, 'vios1');
    await failures(page).getByRole('button', { name: 'Fail', exact: true }).click();
    await sim(page).getByRole('button', { name: 'Play', exact: true }).click();
    await expect(layer(page)).toHaveAttribute('data-motion', 'reduced');
    await expect(layer(page)).toHaveAttribute('data-failing', /vios1:\d/);
    await expect(layer(page)).toHaveAttribute('data-active', /vios2:\d/);
    await expect(summary(page)).toHaveText(/failing over: vios1 \d+ paths .*reduced motion: states without moving dots/);
    // Some frames later, still no dot.
    await page.waitForTimeout(800);
    await expect(layer(page)).toHaveAttribute('data-dot-count', '0');
    await expect(layer(page)).toHaveAttribute('data-dots', '');
  });
});

test('presentation mode: P enters, Space plays and pauses, the arrows step the scenario, Escape leaves', async ({ page }) => {
  const errors = collectErrors(page);
  await openFresh(page);
  await select(page, 'vios1');
  await failures(page).getByRole('button', { name: 'Fail', exact: true }).click();
  await page.getByRole('region', { name: 'Canvas' }).click({ position: { x: 5, y: 300 } });

  await page.keyboard.press('p');
  const pres = page.getByRole('region', { name: 'Presentation' });
  await expect(pres).toBeVisible();
  // Panels are hidden: the canvas has the screen.
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeHidden();
  await expect(sim(page)).toBeHidden();
  await expect(pres.getByRole('list', { name: 'Legend' })).toContainText('failing over (timer)');
  const clock = pres.locator('output[aria-label="Presentation clock"]');
  // The design is fitted whole clear of the clock (top) and the legend (right).
  await expect.poll(() => overlapsOverlays(page)).toEqual([]);
  // The simulation starts with the failure in force at t+0.
  await expect(clock).toHaveText('t+0.0 s');
  await expect(pres.getByLabel('Latest event')).toContainText(/^t\+0\.0 s .*vios1/);

  // → steps to the next moment something happens: the SEA failover at t+3 s, NPIV's fast_fail at t+15 s.
  await page.keyboard.press('ArrowRight');
  await expect(clock).toHaveText('t+3.0 s');
  await expect(pres.getByLabel('Latest event')).toContainText(/ent3 on vios2 becomes PRIMARY/);
  await page.keyboard.press('ArrowRight');
  await expect(clock).toHaveText('t+15.0 s');
  // ← goes back to the previous event's time.
  await page.keyboard.press('ArrowLeft');
  await expect(clock).toHaveText('t+3.0 s');
  // The arrows did not move the selected VIOS on the canvas.
  await expect(page.getByRole('status', { name: 'Playback' })).toHaveText(/Paused/);

  await page.keyboard.press(' ');
  await expect(page.getByRole('status', { name: 'Playback' })).toHaveText(/Playing/);
  await expect.poll(async () => Number(/t\+([\d.]+)/.exec(await clock.innerText())![1])).toBeGreaterThan(3.5);
  await page.keyboard.press(' ');
  await expect(page.getByRole('status', { name: 'Playback' })).toHaveText(/Paused/);

  if (process.env.PICTURES) {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: 'docs/presentation-1920.png' });
  }

  await page.keyboard.press('Escape');
  await expect(pres).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeVisible();
  await expect(sim(page)).toBeVisible();
  // The design did not move under the arrow keys (they stepped the scenario instead).
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  expect(errors).toEqual([]);
});

/** Partitions (their names) drawn under the presentation's clock or legend. */
async function overlapsOverlays(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => {
    const over = ['output[aria-label="Presentation clock"]', '.pres-legend'].map((q) => document.querySelector(q)!.getBoundingClientRect());
    const hit = (a: DOMRect, b: DOMRect) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
    return [...document.querySelectorAll<HTMLElement>('.react-flow__node-partition')]
      .filter((n) => over.some((o) => hit(n.getBoundingClientRect(), o))).map((n) => n.dataset.id ?? '?');
  });
}

/** Play: dots on the paths of both VIOS, said in the summary, moving on the canvas. */
async function playsThroughBothVios(page: import('@playwright/test').Page): Promise<void> {
  await sim(page).getByRole('button', { name: 'Play', exact: true }).click();
  await expect(layer(page)).toHaveAttribute('data-dots', /vios1:[1-9]\d* vios2:[1-9]/);
  await expect(summary(page)).toHaveText(/carried through vios1 \d+ paths, vios2 \d+ paths/);
  await expect.poll(() => moving(page)).toBe(true);
}
