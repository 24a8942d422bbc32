import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { collectErrors, openFresh, waitForCanvas } from './helpers.ts';

test('first start opens the sample design on the canvas with every area of the shell', async ({ page }) => {
  const errors = collectErrors(page);
  await openFresh(page);
  await expect(page.getByLabel('Design name')).toHaveValue(/Dual VIOS/);
  for (const region of ['Palette', 'Canvas', 'Inspector', 'Diagnostics']) {
    await expect(page.getByRole('region', { name: region }).or(page.getByRole('complementary', { name: region }))).toBeVisible();
  }
  for (const name of ['vios1', 'vios2', 'aix01', 'aix02', 'lnx03']) await expect(page.getByTestId(`partition-${name}`)).toBeVisible();
  await expect(page.getByTestId('frame-p9-frame1')).toBeVisible();
  // Fitted, a partition shows a summary of its adapters; zoomed in (search frames it), the adapter rows.
  await expect(page.getByTestId('partition-vios1')).toContainText('3 vSCSI');
  expect(await page.locator('.react-flow__edge').count()).toBeGreaterThan(20);
  await page.screenshot({ path: 'test-results/shell.png' });
  for (const [partition, adapter] of [['vios1', 'vhost0'], ['aix01', 'vscsi0']] as const) {
    await page.getByRole('combobox', { name: 'Search' }).fill(partition);
    await page.getByRole('combobox', { name: 'Search' }).press('Enter');
    await expect(page.getByTestId(`partition-${partition}`).getByText(adapter, { exact: true })).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('rename, undo and redo from the header and the keyboard', async ({ page }) => {
  await openFresh(page);
  const name = page.getByLabel('Design name');
  await name.fill('Customer X frame plan');
  await name.press('Enter');
  await expect(name).toHaveValue('Customer X frame plan');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(name).toHaveValue(/Dual VIOS/);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(name).toHaveValue('Customer X frame plan');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(name).toHaveValue(/Dual VIOS/);
  await page.keyboard.press('Control+Shift+z');
  await expect(name).toHaveValue('Customer X frame plan');
});

test('save downloads the JSON; open reads it back; a bad file is refused and loses nothing', async ({ page }, info) => {
  await openFresh(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save' }).click();
  const file = await download;
  const path = info.outputPath('saved.json');
  await file.saveAs(path);
  const saved = JSON.parse(readFileSync(path, 'utf8'));
  expect(saved.format).toBe('powervm-design');
  expect(Object.keys(saved.domain.partitions)).toHaveLength(5);

  const bad = info.outputPath('bad.json');
  writeFileSync(bad, '{"format":"powervm-design","version":1,"name":"x","domain":{"partitions":{"p":{"id":"p"}}}}');
  await page.getByLabel('Open design file').setInputFiles(bad);
  await expect(page.getByRole('alert')).toContainText('Cannot open bad.json');
  await expect(page.getByRole('alert')).toContainText('domain.partitions.p');
  await expect(page.getByTestId('partition-vios1')).toBeVisible();

  saved.name = 'Reopened design';
  writeFileSync(path, JSON.stringify(saved));
  await page.getByLabel('Open design file').setInputFiles(path);
  await expect(page.getByLabel('Design name')).toHaveValue('Reopened design');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Design name')).toHaveValue(/Dual VIOS/);
});

test('autosave: a reload keeps the work; New gives an empty design that can be undone', async ({ page }) => {
  await openFresh(page);
  await page.getByLabel('Design name').fill('Work in progress');
  await page.getByLabel('Design name').press('Enter');
  await page.waitForTimeout(600);
  await page.reload();
  await waitForCanvas(page);
  await expect(page.getByLabel('Design name')).toHaveValue('Work in progress');
  await page.getByRole('button', { name: 'New' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('partition-vios1')).toBeVisible();
});

test('dark theme switches the whole app', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: 'test-results/shell-dark.png' });
  await page.getByRole('button', { name: 'Light theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
