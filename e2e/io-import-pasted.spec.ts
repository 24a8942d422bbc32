import { expect, test } from '@playwright/test';
import { bigLsmapAll } from '../app/io/import/big-outputs.ts';
import { collectErrors, openFresh } from './helpers.ts';
import { fixtureText, focusByName, txtFile } from './io-helpers.ts';

test.use({ viewport: { width: 1920, height: 1200 } });

/** Wraps at the last space before 72 columns, dropping the space, as mail does. */
const mailWrap = (text: string) => text.split('\n').flatMap((l) => {
  const out: string[] = [];
  let rest = l;
  while (rest.length > 72) {
    const cut = rest.lastIndexOf(' ', 72);
    if (cut <= 0) break;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  return [...out, rest];
}).join('\n');

test('two outputs pasted from mail are each recognised and reported; assumed values are shown as such until edited', async ({ page }) => {
  const errors = collectErrors(page);
  await openFresh(page);
  const hmc = mailWrap(fixtureText('lssyscfg-lpar.txt').replace(/,/g, ', '));
  const text = `${hmc.trimEnd()}\n\n${fixtureText('lsmap-all-vios1.txt')}`;
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByRole('menuitem', { name: 'Paste command output' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste command output' });
  await dialog.getByLabel('Command output').fill(text);
  await dialog.getByLabel('Name in the report').fill('from a mail');
  await dialog.getByRole('button', { name: 'Read output' }).click();
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report).toBeVisible({ timeout: 60_000 });
  const file = report.getByRole('region', { name: 'from a mail' });
  await expect(file).toContainText('several command outputs', { timeout: 60_000 });
  await expect(file).toContainText('(lssyscfg -r lpar)');
  await expect(file).toContainText('(lsmap -all (virtual SCSI))');
  await expect(file).toContainText('Every line understood');
  await expect(report.getByRole('region', { name: 'Warnings' })).toContainText('Assumed: the processor settings');
  await page.screenshot({ path: test.info().outputPath('import-pasted-report.png') });
  await report.getByRole('button', { name: 'Open as new design' }).click();
  await expect(report).toHaveCount(0);

  // Names come from the HMC listing, mappings from lsmap: both outputs were read.
  await focusByName(page, 'aixdb01');
  const client = page.getByTestId('partition-aixdb01');
  await expect(client).toBeVisible();
  await client.locator('.partition-name').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const ec = inspector.getByLabel('Entitled capacity');
  await expect(inspector.getByText('Entitled capacity (assumed)', { exact: true })).toBeVisible();
  await expect(inspector.getByText('Memory (MB) (assumed)', { exact: true })).toBeVisible();
  await ec.fill('0.8');
  await ec.press('Enter');
  await expect(inspector.getByText('Entitled capacity (assumed)', { exact: true })).toHaveCount(0);
  await expect(inspector.getByText('Memory (MB) (assumed)', { exact: true })).toBeVisible();
  await expect(ec).toHaveValue('0.8');
  expect(errors).toEqual([]);
});

// The million-line figure is measured by `npm run bench` (import rows); here a fifth of it, to keep the suite short.
test('200,000 lines of lsmap are read in the import worker with a determinate progress bar', async ({ page }, info) => {
  test.setTimeout(300_000);
  await openFresh(page);
  const text = bigLsmapAll(200_000);
  const started = Date.now();
  await page.getByLabel('Import command output files').setInputFiles([txtFile('lsmap-big.txt', text)]);
  const progress = page.getByRole('dialog', { name: 'Importing command output' });
  await expect(progress).toBeVisible();
  await expect(progress.getByRole('status')).toContainText('200,000 lines');
  const bar = progress.getByRole('progressbar', { name: 'Import progress' });
  // Determinate: the bar has a value that rises while the worker reads.
  await expect.poll(async () => Number(await bar.getAttribute('value') ?? 0), { timeout: 120_000 }).toBeGreaterThan(10);
  await page.screenshot({ path: info.outputPath('import-million-progress.png') });
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report).toBeVisible({ timeout: 240_000 });
  const parsedMs = Date.now() - started;
  info.annotations.push({ type: 'timing', description: `read, merged and built in the worker in ${parsedMs} ms on this (shared) machine` });
  await expect(report.getByRole('region', { name: 'lsmap-big.txt' })).toContainText('Every line understood');
  await expect(report.getByRole('status')).toContainText(/\d+ VTDs/);
});
