import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openFresh } from './helpers.ts';

const sample = () => JSON.parse(readFileSync(join(process.cwd(), 'public', 'templates', 'sample.json'), 'utf8'));

test('the sample template validates clean', async ({ page }) => {
  await openFresh(page);
  const panel = page.getByRole('region', { name: 'Diagnostics' });
  await expect(panel.getByRole('status')).toContainText('Up to date');
  await expect(panel.getByRole('button', { name: /^Errors/ })).toContainText('0');
  await expect(panel.getByRole('button', { name: /^Warnings/ })).toContainText('0');
});

test('a design broken three ways shows VSCSI-1, SLOT-1 and SEAHA-4; clicking selects; a quick fix clears one', async ({ page }, info) => {
  await openFresh(page);
  const d = sample();
  // 1. a LUN exported through both VIOS without no_reserve on one of them
  const hdisk = Object.values(d.domain.backingDevices as Record<string, { id: string; reservePolicy?: string; lunId: string | null }>).find((b) => b.lunId)!;
  hdisk.reservePolicy = 'single_path';
  // 2. a duplicate slot: a client's vFC adapter moved onto the slot of its vSCSI adapter
  const vscsi = Object.values(d.domain.vscsiAdapters as Record<string, { role: string; partitionId: string; slot: number }>).find((a) => a.role === 'client')!;
  const vfc = Object.values(d.domain.vfcAdapters as Record<string, { role: string; partitionId: string; slot: number }>).find((a) => a.role === 'client' && a.partitionId === vscsi.partitionId)!;
  vfc.slot = vscsi.slot;
  // 3. SEA failover without its control channel
  const sea = Object.values(d.domain.seas as Record<string, { controlChannelId: string | null }>)[0]!;
  sea.controlChannelId = null;
  d.name = 'Broken three ways';
  const file = info.outputPath('broken.json');
  writeFileSync(file, JSON.stringify(d));
  await page.getByLabel('Open design file').setInputFiles(file);
  await expect(page.getByLabel('Design name')).toHaveValue('Broken three ways');

  const panel = page.getByRole('region', { name: 'Diagnostics' });
  for (const id of ['VSCSI-1', 'SLOT-1', 'SEAHA-4']) await expect(panel.getByText(id, { exact: true }).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/diagnostics.png' });

  const entry = panel.locator('li.diag', { hasText: 'VSCSI-1' }).first();
  await entry.locator('.diag-main').click();
  await expect(page.locator('.react-flow__node.selected').first()).toBeVisible();
  await entry.getByRole('button', { name: /^Fix:/ }).first().click();
  await expect(panel.getByText('VSCSI-1', { exact: true })).toHaveCount(0);
  await expect(panel.getByText('SLOT-1', { exact: true }).first()).toBeVisible();
});

test('the rule catalogue lists every rule with its source', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Rule catalogue' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rule catalogue' });
  await expect(dialog.getByText('SEAHA-4', { exact: true })).toBeVisible();
  expect(await dialog.locator('tbody tr').count()).toBeGreaterThan(40);
  await dialog.getByLabel('Filter rules').fill('NPIV-5');
  await expect(dialog.locator('tbody tr').first()).toContainText('NPIV-5');
  expect(await dialog.locator('tbody tr').count()).toBeLessThan(4);
  await expect(dialog.getByRole('link', { name: 'source' }).first()).toHaveAttribute('href', /^https?:/);
});

test('a suppressed diagnostic is saved in the design with its reason', async ({ page }, info) => {
  await openFresh(page);
  const d = sample();
  const hdisk = Object.values(d.domain.backingDevices as Record<string, { reservePolicy?: string; lunId: string | null }>).find((b) => b.lunId)!;
  hdisk.reservePolicy = 'single_path';
  const file = info.outputPath('one.json');
  writeFileSync(file, JSON.stringify(d));
  await page.getByLabel('Open design file').setInputFiles(file);
  const panel = page.getByRole('region', { name: 'Diagnostics' });
  await panel.getByRole('button', { name: 'Suppress VSCSI-1' }).first().click();
  await panel.getByLabel('Reason for suppressing').fill('cluster disk, reserve handled by PowerHA');
  await panel.getByRole('button', { name: 'Suppress', exact: true }).click();
  await expect(panel.getByText('VSCSI-1', { exact: true })).toHaveCount(0);
  await panel.getByRole('button', { name: /^Suppressed/ }).click();
  await expect(panel).toContainText('cluster disk, reserve handled by PowerHA');
});

test('a hung validation worker is restarted and the app recovers', async ({ page }) => {
  await openFresh(page);
  const panel = page.getByRole('region', { name: 'Diagnostics' });
  await expect(panel.getByRole('status')).toContainText('Up to date');
  await page.evaluate(() => (window as unknown as { __powervm: { hangEngine: (ms: number) => void } }).__powervm.hangEngine(60_000));
  await page.getByLabel('Design name').fill('Edit while the worker hangs');
  await page.getByLabel('Design name').press('Enter');
  await expect(panel.getByRole('status')).toContainText('Checking');
  await expect(page.getByRole('alert').filter({ hasText: 'Validation restarted' })).toBeVisible({ timeout: 15_000 });
  await expect(panel.getByRole('status')).toContainText('Up to date', { timeout: 15_000 });
  await expect(page.getByLabel('Design name')).toHaveValue('Edit while the worker hangs');
});
