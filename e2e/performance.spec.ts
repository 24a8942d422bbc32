import { expect, test } from '@playwright/test';
import { readAutosave, waitForCanvas } from './helpers.ts';
import { zoomToRows } from './canvas-helpers.ts';

test('benchmark mode draws a large design as an overview, leaves the autosave alone, and mounts detail only where the user zooms', async ({ page }) => {
  await page.goto('/');
  await waitForCanvas(page);
  await page.getByLabel('Design name').fill('My own work');
  await page.getByLabel('Design name').press('Enter');
  await expect.poll(() => readAutosave(page)).toContain('My own work');
  const saved = await readAutosave(page);

  await page.goto('/?bench=200');
  await page.waitForFunction(() => document.documentElement.dataset.benchReady === 'true', null, { timeout: 60_000 });
  await expect(page.getByLabel('Design name')).toHaveValue('Generated: 200 clients');
  // Zoomed out: one overview layer, no detailed partition nodes mounted, counts still visible.
  await expect(page.getByRole('group', { name: 'Overview' })).toBeVisible();
  expect(await page.locator('.react-flow__node-partition').count()).toBe(0);
  // Fitted, the names would be a pixel tall: they are left out until they can be read.
  expect(await page.locator('.overview .ov-name').count()).toBe(0);
  // The overview's lines are about 1.2 px wide on screen, fitted and zoomed in (once the zoom has settled).
  const lineOnScreen = () => page.evaluate(() => {
    const width = parseFloat(getComputedStyle(document.querySelector('.overview-edges path')!).strokeWidth);
    return width * new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
  });
  expect(await lineOnScreen()).toBeGreaterThan(1);
  expect(await lineOnScreen()).toBeLessThan(1.5);
  await page.evaluate(() => (window as unknown as { __benchSetViewport: (v: object) => void }).__benchSetViewport({ x: 0, y: 0, zoom: 0.3 }));
  await expect(page.locator('.overview .ov-name').first()).toBeAttached();
  await expect.poll(lineOnScreen).toBeLessThan(1.5);
  expect(await lineOnScreen()).toBeGreaterThan(1);
  expect(await page.locator('.react-flow__node-partition').count()).toBe(0);
  await expect(page.locator('.overview .ov-name', { hasText: 'aix0001' }).first()).toBeAttached();
  // Only the names near the view are mounted: far from the design, none.
  await page.evaluate(() => (window as unknown as { __benchSetViewport: (v: object) => void }).__benchSetViewport({ x: 200_000, y: 200_000, zoom: 0.3 }));
  await expect(page.locator('.overview .ov-name')).toHaveCount(0);
  await page.evaluate(() => (window as unknown as { __benchSetViewport: (v: object) => void }).__benchSetViewport({ x: 0, y: 0, zoom: 0.3 }));
  await expect(page.locator('.overview .ov-name').first()).toBeAttached();
  await expect(page.locator('.overview .ov-sub').first()).toContainText('vSCSI');
  await page.screenshot({ path: 'test-results/bench-200-overview.png' });

  // Search focuses a partition: the view zooms in and only nearby partitions are mounted, in detail.
  await page.getByRole('combobox', { name: 'Search' }).fill('vios1');
  await page.getByRole('combobox', { name: 'Search' }).press('Enter');
  await expect(page.getByTestId('partition-vios1')).toBeVisible({ timeout: 10_000 });
  // Framed whole, a VIOS serving 200 clients is too tall for its rows to be read: zoom in until they are drawn.
  await zoomToRows(page);
  await expect(page.getByTestId('partition-vios1').getByText('vhost0', { exact: true })).toBeAttached();
  const mounted = await page.locator('.react-flow__node-partition').count();
  expect(mounted).toBeGreaterThan(0);
  expect(mounted).toBeLessThan(120);
  await page.screenshot({ path: 'test-results/bench-200-detail.png' });

  // The user's own design is still in the autosave.
  expect(await readAutosave(page)).toBe(saved);
});

test('the minimap shows the whole design and moves the view; a drag on a frame body pans the canvas', async ({ page }) => {
  await page.goto('/?bench=200');
  await page.waitForFunction(() => document.documentElement.dataset.benchReady === 'true', null, { timeout: 60_000 });
  const view = () => page.evaluate(() => {
    const m = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
    return { x: m.e, y: m.f, zoom: m.a };
  });
  const map = page.getByRole('group', { name: 'Minimap' });
  await expect(map).toBeVisible();
  // Every partition is drawn (clients and VIOS in their own paths), not only what React Flow has mounted.
  const counts = await map.evaluate((el) => ['mm-clients', 'mm-vios', 'mm-frames'].map((c) => (el.querySelector(`.${c}`)?.getAttribute('d')?.match(/M/g) ?? []).length));
  expect(counts[0]).toBe(200);
  expect(counts[1]).toBe(2);
  expect(counts[2]).toBe(1);
  // Zoomed in, a click on the minimap centres the view there.
  await page.evaluate(() => (window as unknown as { __benchSetViewport: (v: object) => void }).__benchSetViewport({ x: 0, y: 0, zoom: 1 }));
  const before = await view();
  const box = (await map.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.8, box.y + box.height * 0.8);
  const after = await view();
  expect(after.zoom).toBeCloseTo(before.zoom, 2);
  expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeGreaterThan(200);
  // A drag that starts on a frame's empty body pans (the frame is grabbed by its header only).
  await page.evaluate(() => (window as unknown as { __benchSetViewport: (v: object) => void }).__benchSetViewport({ x: -500, y: -200, zoom: 1 }));
  await page.waitForTimeout(300);
  const start = await page.evaluate(() => {
    const f = document.querySelector('.react-flow__node-frame')!.getBoundingClientRect();
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    for (let y = Math.max(f.top, pane.top) + 60; y < Math.min(f.bottom, pane.bottom) - 20; y += 13) {
      for (let x = Math.max(f.left, pane.left) + 20; x < Math.min(f.right, pane.right) - 20; x += 17) {
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      }
    }
    return null;
  });
  expect(start, 'an empty point of a frame body on screen').not.toBeNull();
  const v0 = await view();
  await page.mouse.move(start!.x, start!.y);
  await page.mouse.down();
  await page.mouse.move(start!.x + 60, start!.y + 40, { steps: 5 });
  await page.mouse.up();
  const v1 = await view();
  expect({ dx: Math.round(v1.x - v0.x), dy: Math.round(v1.y - v0.y) }).toEqual({ dx: 60, dy: 40 });
});

test('a design of 1,000 partitions on four frames opens fitted whole, clear of the canvas tools', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?bench=1000');
  await page.waitForFunction(() => document.documentElement.dataset.benchReady === 'true', null, { timeout: 60_000 });
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  const tools = (await page.getByRole('button', { name: 'Auto layout' }).boundingBox())!;
  const frames = page.locator('.react-flow__node-frame');
  await expect(frames).toHaveCount(4);
  for (const f of await frames.all()) {
    const b = (await f.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(canvas.x);
    expect(b.x + b.width).toBeLessThanOrEqual(canvas.x + canvas.width + 0.5);
    expect(b.y).toBeGreaterThanOrEqual(tools.y + tools.height);
    expect(b.y + b.height).toBeLessThanOrEqual(canvas.y + canvas.height + 0.5);
  }
  // Each frame's name and counts are readable above it (its own header is a pixel tall at this zoom), side by
  // side, none under the Failures toolbar.
  const labels = page.locator('.frame-label');
  await expect(labels).toHaveCount(4);
  await expect(labels.first()).toContainText('250 clients · 2 VIOS');
  const bar = (await page.locator('.failure-tools-panel').boundingBox())!;
  const rects: { x: number; y: number; width: number; height: number }[] = [];
  for (const l of await labels.all()) {
    const r = (await l.boundingBox())!;
    const px = await l.locator('.frame-label-name').evaluate((e) => e.getBoundingClientRect().height);
    expect(px).toBeGreaterThanOrEqual(14);
    // Nothing cut short: the counts fit the label (the frame is about 150 px wide on screen here).
    expect(await l.locator('.frame-label-sub').evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    const under = r.x < bar.x + bar.width && r.x + r.width > bar.x && r.y < bar.y + bar.height && r.y + r.height > bar.y;
    expect(under).toBe(false);
    for (const o of rects) expect(r.x >= o.x + o.width || r.x + r.width <= o.x).toBe(true);
    rects.push(r);
  }
  await expect(page.locator('.frame-label-name').nth(3)).toHaveText('p9-frame4');
  await page.screenshot({ path: process.env.PICTURES ? 'docs/bench-1000-whole.png' : 'test-results/bench-1000-whole.png' });

  // Presenting, the whole design (not only what React Flow mounts) is fitted clear of the clock and the legend.
  await page.getByRole('button', { name: 'Present' }).click();
  const legend = page.getByRole('region', { name: 'Presentation' }).getByRole('list', { name: 'Legend' });
  await expect(legend).toBeVisible();
  await expect.poll(async () => {
    const l = (await legend.boundingBox())!;
    const boxes = await Promise.all((await frames.all()).map((f) => f.boundingBox()));
    return boxes.every((b) => b!.x + b!.width <= l.x && b!.y >= 0);
  }).toBe(true);
  await page.keyboard.press('Escape');

  // A window made smaller lowers the zoom floor: zoomed out as far as it goes, the four frames fit the smaller canvas.
  await page.setViewportSize({ width: 800, height: 600 });
  const small = (await page.locator('.react-flow').boundingBox())!;
  await page.mouse.move(small.x + small.width / 2, small.y + small.height / 2);
  for (let i = 0; i < 30; i++) await page.mouse.wheel(0, 400);
  await expect.poll(async () => {
    const boxes = await Promise.all((await frames.all()).map((f) => f.boundingBox()));
    const x1 = Math.min(...boxes.map((b) => b!.x)), x2 = Math.max(...boxes.map((b) => b!.x + b!.width));
    return x2 - x1 <= small.width;
  }).toBe(true);
});

test('a long event list follows the newest event while a large design plays, and stays where the user scrolled to', async ({ page }) => {
  await page.goto('/?bench=200');
  await page.waitForFunction(() => document.documentElement.dataset.benchReady === 'true', null, { timeout: 60_000 });
  const list = page.getByRole('region', { name: 'Simulation' }).getByRole('list', { name: 'Simulation events' });
  const count = page.locator('.sim-filters .muted-small');
  // vios1 fails at t+2 s: some four hundred events at once (every client's disk and FC paths), a windowed list.
  await page.evaluate(() => (window as unknown as { __benchPlay: (speed: number) => Promise<void> }).__benchPlay(10));
  await expect.poll(async () => Number((await count.innerText()).split(' ')[0]), { timeout: 30_000 }).toBeGreaterThan(300);
  const view = () => list.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const rows = [...el.querySelectorAll('li.sim-event')];
    const shown = rows.filter((r) => { const b = r.getBoundingClientRect(); return b.bottom > box.top + 1 && b.top < box.bottom - 1; });
    return {
      atBottom: el.scrollTop + el.clientHeight >= el.scrollHeight - 2, top: el.scrollTop, mounted: rows.length,
      lastMountedShown: rows.length > 0 && shown.includes(rows[rows.length - 1]!), firstShown: shown[0]?.querySelector('.ev-time')?.textContent ?? '',
    };
  });
  // Followed: the newest rows are the ones drawn, in view, and only a window of the list is mounted.
  await expect.poll(async () => (await view()).atBottom).toBe(true);
  const following = await view();
  expect(following.lastMountedShown).toBe(true);
  expect(following.mounted).toBeLessThan(80);
  // Scrolled to the top by the user: the next events (at t+17 s) do not move it.
  await list.evaluate((el) => { el.scrollTop = 0; });
  await expect.poll(async () => (await view()).firstShown).toBe('t+2.0 s');
  const before = Number((await count.innerText()).split(' ')[0]);
  await expect.poll(async () => Number((await count.innerText()).split(' ')[0]), { timeout: 30_000 }).toBeGreaterThan(before);
  const after = await view();
  expect(after.top).toBe(0);
  expect(after.firstShown).toBe('t+2.0 s');
  await page.evaluate(() => (window as unknown as { __benchPause: () => void }).__benchPause());
});
