import { expect, test } from '@playwright/test';
import { waitForCanvas } from './helpers.ts';

test('benchmark mode draws a large design as an overview, leaves the autosave alone, and mounts detail only where the user zooms', async ({ page }) => {
  await page.goto('/');
  await waitForCanvas(page);
  await page.getByLabel('Design name').fill('My own work');
  await page.getByLabel('Design name').press('Enter');
  await page.waitForTimeout(600);
  const saved = await page.evaluate(() => localStorage.getItem('powervm-designer:autosave'));
  expect(saved).toContain('My own work');

  await page.goto('/?bench=200');
  await page.waitForFunction(() => document.documentElement.dataset.benchReady === 'true', null, { timeout: 60_000 });
  await expect(page.getByLabel('Design name')).toHaveValue('Generated: 200 clients');
  // Zoomed out: one overview layer, no detailed partition nodes mounted, counts still visible.
  await expect(page.getByRole('group', { name: 'Overview' })).toBeVisible();
  expect(await page.locator('.react-flow__node-partition').count()).toBe(0);
  // Fitted, the names would be a pixel tall: they are left out until they can be read.
  expect(await page.locator('.overview .ov-name').count()).toBe(0);
  await page.evaluate(() => (window as unknown as { __benchSetViewport: (v: object) => void }).__benchSetViewport({ x: 0, y: 0, zoom: 0.3 }));
  await expect(page.locator('.overview .ov-name').first()).toBeAttached();
  expect(await page.locator('.react-flow__node-partition').count()).toBe(0);
  expect(await page.locator('.overview .ov-name').count()).toBeGreaterThanOrEqual(202);
  await expect(page.locator('.overview .ov-name', { hasText: 'aix0200' }).first()).toBeAttached();
  await expect(page.locator('.overview .ov-sub').first()).toContainText('vSCSI');
  await page.screenshot({ path: 'test-results/bench-200-overview.png' });

  // Search focuses a partition: the view zooms in and only nearby partitions are mounted, in detail.
  await page.getByRole('combobox', { name: 'Search' }).fill('vios1');
  await page.getByRole('combobox', { name: 'Search' }).press('Enter');
  await expect(page.getByTestId('partition-vios1')).toBeVisible({ timeout: 10_000 });
  await expect(page.getByTestId('partition-vios1').getByText('vhost0', { exact: true })).toBeVisible();
  const mounted = await page.locator('.react-flow__node-partition').count();
  expect(mounted).toBeGreaterThan(0);
  expect(mounted).toBeLessThan(120);
  await page.screenshot({ path: 'test-results/bench-200-detail.png' });

  // The user's own design is still in the autosave.
  expect(await page.evaluate(() => localStorage.getItem('powervm-designer:autosave'))).toBe(saved);
});
