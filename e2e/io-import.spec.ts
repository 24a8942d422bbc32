import { expect, test } from '@playwright/test';
import { collectErrors, openFresh } from './helpers.ts';
import { fixtureText, focusByName, txtFile } from './io-helpers.ts';

test('an lsmap -all file imported through the UI shows its partitions and mappings; Undo returns', async ({ page }) => {
  const errors = collectErrors(page);
  await openFresh(page);
  await page.getByLabel('Import command output files').setInputFiles([txtFile('lsmap-all-vios1.txt', fixtureText('lsmap-all-vios1.txt'))]);
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report).toBeVisible({ timeout: 20_000 });
  const file = report.getByRole('region', { name: 'lsmap-all-vios1.txt' });
  await expect(file).toContainText('lsmap -all (virtual SCSI)');
  await expect(file).toContainText('Every line understood');
  await expect(report.getByRole('region', { name: 'Warnings' })).toContainText('Partition 3 is not named in any output');
  await expect(report.getByRole('status')).toContainText('3 partitions');
  await page.screenshot({ path: test.info().outputPath('import-report.png') });
  await report.getByRole('button', { name: 'Open as new design' }).click();
  await expect(report).toHaveCount(0);

  await focusByName(page, 'vios-1');
  const vios = page.getByTestId('partition-vios-1');
  await expect(vios).toBeVisible();
  await expect(vios.getByText('vhost0', { exact: true })).toBeVisible();
  await expect(vios.getByText('vhost1', { exact: true })).toBeVisible();
  await expect(vios.getByText('hdisk4', { exact: true })).toBeVisible();
  await expect(vios.locator('li.row', { hasText: 'vhost0' })).toContainText('vtscsi0→hdisk4');
  for (const client of ['lpar-3', 'lpar-4']) {
    await focusByName(page, client);
    await expect(page.getByTestId(`partition-${client}`)).toBeVisible();
    await expect(page.getByTestId(`partition-${client}`).locator('li.row').first()).toContainText('vios-1');
  }
  // The vSCSI pairs are edges of the canvas.
  await expect(page.locator('.react-flow__edge[aria-label^="vhost0 ↔"]')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge[aria-label^="vhost1 ↔"]')).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('imported-lsmap.png') });

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Design name')).toHaveValue(/Dual VIOS/);
  expect(errors).toEqual([]);
});

test('several files at once merge into one design with names from the HMC', async ({ page }) => {
  await openFresh(page);
  await page.getByLabel('Import command output files').setInputFiles(
    ['lssyscfg-lpar.txt', 'lsmap-all-vios1.txt', 'lshwres-scsi.txt', 'collector-vios2.txt'].map((f) => txtFile(f, fixtureText(f))),
  );
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report).toBeVisible({ timeout: 20_000 });
  for (const f of ['lssyscfg-lpar.txt', 'lsmap-all-vios1.txt', 'lshwres-scsi.txt']) await expect(report.getByRole('region', { name: f })).toBeVisible();
  await expect(report.getByRole('region', { name: 'collector-vios2.txt' })).toContainText('Collector file with');
  await report.getByRole('button', { name: 'Open as new design' }).click();
  await focusByName(page, 'aixdb01');
  await expect(page.getByTestId('partition-aixdb01')).toBeVisible();
  await focusByName(page, 'vios1');
  await expect(page.getByTestId('partition-vios1').getByText('vhost0', { exact: true })).toBeVisible();
});

test('pasted command output is imported like a file', async ({ page }) => {
  await openFresh(page);
  // The Import menu works from the keyboard: Enter opens it, arrows move, Enter chooses.
  await page.getByRole('button', { name: 'Import' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Command output files (.txt)' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Paste command output' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Paste command output' });
  await dialog.getByLabel('Command output').fill(fixtureText('lsmap-all-vios1.txt'));
  await dialog.getByLabel('Name in the report').fill('from the console');
  await dialog.getByRole('button', { name: 'Read output' }).click();
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report.getByRole('region', { name: 'from the console' })).toContainText('lsmap -all (virtual SCSI)');
  await report.getByRole('button', { name: 'Open as new design' }).click();
  await focusByName(page, 'lpar-4');
  await expect(page.getByTestId('partition-lpar-4')).toBeVisible();
});

test('malformed text and an HMC error give a report and lose nothing', async ({ page }) => {
  await openFresh(page);
  await page.getByLabel('Design name').fill('My frame plan');
  await page.getByLabel('Design name').press('Enter');
  await page.getByLabel('Import command output files').setInputFiles([
    txtFile('garbage.txt', 'this is not\ncommand output <b>at all</b>\n'),
    txtFile('hmc-error.txt', fixtureText('hmc-error-fr.txt')),
  ]);
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report.getByRole('status')).toContainText('Nothing to open');
  const lines = report.getByRole('list', { name: 'Lines not understood in garbage.txt' });
  await expect(lines.getByRole('listitem')).toHaveCount(2);
  await expect(lines).toContainText('line 2');
  await expect(lines).toContainText('command output <b>at all</b>');
  await expect(report.getByRole('list', { name: 'HMC errors in hmc-error.txt' })).toContainText('HSCL8012');
  await expect(report.getByRole('button', { name: 'Open as new design' })).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('import-malformed.png') });
  await report.getByRole('button', { name: 'Cancel' }).click();
  await expect(report).toHaveCount(0);
  await expect(page.getByLabel('Design name')).toHaveValue('My frame plan');
  await expect(page.getByTestId('partition-vios1')).toBeVisible();
});

test('a long import shows progress and Cancel leaves the design untouched', async ({ page }) => {
  await openFresh(page);
  // About 24,000 lines: 2,000 vhosts, each with one VTD.
  const blocks: string[] = [];
  for (let i = 0; i < 2000; i++) {
    blocks.push(`SVSA            Physloc                                      Client Partition ID\n--------------- -------------------------------------------- ------------------\nvhost${i}          U9080.HEX.78ABCDE-V1-C${100 + i}                     0x${(3 + (i % 500)).toString(16).padStart(8, '0')}\n\nVTD                   vt${i}\nStatus                Available\nLUN                   0x8100000000000000\nBacking device        hdisk${i}\nPhysloc               \nMirrored              false\n`);
  }
  await page.getByLabel('Import command output files').setInputFiles([txtFile('big.txt', blocks.join('\n'))]);
  const progress = page.getByRole('dialog', { name: 'Importing command output' });
  await expect(progress).toBeVisible();
  await expect(progress.getByRole('status')).toContainText('lines');
  await page.screenshot({ path: test.info().outputPath('import-progress.png') });
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toHaveCount(0);
  await expect(page.getByText('Import cancelled; your design is unchanged')).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Import report' })).toHaveCount(0);
  await expect(page.getByLabel('Design name')).toHaveValue(/Dual VIOS/);
  await expect(page.getByTestId('partition-vios1')).toBeVisible();
});
