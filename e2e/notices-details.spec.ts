import { expect, test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { openFresh } from './helpers.ts';

test.use({ viewport: { width: 1440, height: 900 } });

const intersect = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function openBad(page: Page, name: string): Promise<void> {
  const path = test.info().outputPath(name);
  writeFileSync(path, `{"format":"powervm-design","version":1,"name":"${name}"}`);
  await page.getByLabel('Open design file').setInputFiles(path);
}

test('notices: two visible, the rest folded into +N; successes leave after 4 s, errors stay; none covers the minimap or the canvas tools', async ({ page }) => {
  test.setTimeout(120_000);
  await openFresh(page);
  const area = page.getByRole('region', { name: 'Notices' });
  for (const n of ['bad-1.json', 'bad-2.json', 'bad-3.json']) await openBad(page, n);
  await expect(area.getByRole('alert')).toHaveCount(2);
  await expect(area.getByRole('alert').last()).toContainText('Cannot open bad-3.json');
  const more = area.getByRole('button', { name: '+1' });
  await expect(more).toBeVisible();
  for (const sel of ['.canvas-minimap', '.canvas-tools', '.react-flow__controls', '.failure-tools']) {
    const tool = (await page.locator(sel).boundingBox())!;
    expect(intersect((await area.boundingBox())!, tool), `notices over ${sel}`).toBe(false);
  }
  // The failure toolbar and the canvas tools do not cover each other either.
  expect(intersect((await page.locator('.failure-tools').boundingBox())!, (await page.locator('.canvas-tools').boundingBox())!)).toBe(false);
  await page.screenshot({ path: test.info().outputPath('notices.png') });
  await more.click();
  await expect(area.getByRole('alert')).toHaveCount(3);
  await area.getByRole('button', { name: 'Fold' }).click();
  await expect(area.getByRole('alert')).toHaveCount(2);

  // A success (a connection from the keyboard) leaves by itself after 4 s; the errors are still there.
  await page.keyboard.press('/');
  await page.keyboard.type('aix02');
  await page.keyboard.press('Enter');
  await page.keyboard.press('c');
  await page.keyboard.type('vhost on vios2');
  await page.keyboard.press('Enter');
  const success = area.getByRole('status').filter({ hasText: 'vSCSI: vhost on vios2 ↔ vscsi on aix02' });
  await expect(success).toBeVisible();
  const shown = Date.now();
  await expect(area.getByRole('button', { name: '+2' })).toBeVisible();
  await expect(success).toHaveCount(0, { timeout: 8000 });
  // Seen (late, on a busy machine) until gone: about 4 s, not the 6 s of an info nor forever.
  const gone = Date.now() - shown;
  expect(gone).toBeGreaterThan(1000);
  expect(gone).toBeLessThan(6000);
  await expect(area.getByRole('alert')).toHaveCount(2);
  await expect(area.getByRole('button', { name: '+1' })).toBeVisible();
  // Errors leave only when dismissed.
  await area.getByRole('alert').last().getByRole('button', { name: 'Dismiss' }).click();
  await area.getByRole('alert').last().getByRole('button', { name: 'Dismiss' }).click();
  await expect(area.getByRole('alert')).toHaveCount(1);
  await expect(area.getByRole('button', { name: /^\+/ })).toHaveCount(0);
});

test('the header logo is an SVG (also the favicon); catalogue links read in the dark theme; hidden diagnostics are explained', async ({ page }) => {
  test.setTimeout(120_000);
  await openFresh(page);
  const logo = page.getByRole('banner').locator('img.logo');
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0)).toBe(true);
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /logo\.svg$/);
  const svg = await page.request.get('/logo.svg');
  expect(svg.headers()['content-type']).toContain('svg');

  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.getByRole('button', { name: 'Rule catalogue' }).click();
  const catalogue = page.getByRole('dialog', { name: 'Rule catalogue' });
  const link = catalogue.getByRole('link').first();
  await expect(link).toBeVisible();
  const contrast = await link.evaluate((a) => {
    const rgb = (c: string) => c.match(/[\d.]+/g)!.slice(0, 3).map(Number);
    const lum = (c: string) => { const [r, g, b] = rgb(c).map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!; };
    const bg = getComputedStyle(a.closest('dialog')!).backgroundColor;
    const [l1, l2] = [lum(getComputedStyle(a).color), lum(bg)].sort((x, y) => y - x);
    return (l1! + 0.05) / (l2! + 0.05);
  });
  expect(contrast).toBeGreaterThan(4.5);
  await page.screenshot({ path: test.info().outputPath('catalogue-dark.png') });
  await catalogue.getByRole('button', { name: 'Close' }).click();

  // A design with diagnostics (the sample without vios2), every severity filter off: said why, and how back.
  await page.keyboard.press('/');
  await page.keyboard.type('vios2');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await page.getByRole('dialog', { name: /Delete VIOS vios2/ }).getByRole('button', { name: 'Delete' }).click();
  const diagnostics = page.getByRole('region', { name: 'Diagnostics' });
  await expect(diagnostics.getByRole('listitem').first()).toBeVisible({ timeout: 15_000 });
  for (const name of [/^Errors/, /^Warnings/]) {
    const b = diagnostics.getByRole('button', { name });
    if ((await b.getAttribute('aria-pressed')) === 'true') await b.click();
  }
  const info = diagnostics.getByRole('button', { name: /^Info/ });
  if ((await info.getAttribute('aria-pressed')) === 'true') await info.click();
  await expect(diagnostics.getByRole('listitem')).toHaveCount(0);
  await expect(diagnostics.getByRole('note')).toContainText('The severity filters above hide every diagnostic');
  await diagnostics.getByRole('button', { name: 'Show all' }).click();
  await expect(diagnostics.getByRole('listitem').first()).toBeVisible();
});
