import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { collectErrors, openFresh } from './helpers.ts';
import { downloadedText, exportOne, focusByName } from './io-helpers.ts';

test.use({ viewport: { width: 1920, height: 1200 } });

/** The SR-IOV / vNIC / SSP fixtures of the importer's tests (formats cited in fixtures/modern/SOURCES.md). */
const modern = (name: string): string => readFileSync(new URL(`../app/io/import/fixtures/modern/${name}`, import.meta.url), 'utf8');

test('pasting an SR-IOV logical-port listing and lsmap -all -vnic gives the vNIC with its backing device; the report says what was assumed; the script creates it', async ({ page }) => {
  const errors = collectErrors(page);
  await openFresh(page);
  const text = `${modern('lshwres-sriov-logport.txt')}\n${modern('lsmap-vnic-vios1.txt')}\nBacking device:ent8 extra words\n`;
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByRole('menuitem', { name: 'Paste command output' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste command output' });
  await expect(dialog).toContainText('lsmap -all -vnic');
  await dialog.getByLabel('Command output').fill(text);
  await dialog.getByLabel('Name in the report').fill('sr-iov and vnic');
  await dialog.getByRole('button', { name: 'Read output' }).click();

  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report).toBeVisible({ timeout: 60_000 });
  const file = report.getByRole('region', { name: 'sr-iov and vnic' });
  await expect(file).toContainText('several command outputs', { timeout: 60_000 });
  await expect(file).toContainText('(lshwres sriov logport)');
  await expect(file).toContainText('(lsmap -all -vnic)');
  // The one garbage line is reported with its line, its column and why.
  const lines = file.getByRole('list', { name: 'Lines not understood in sr-iov and vnic' });
  await expect(lines.getByRole('listitem')).toHaveCount(1);
  await expect(lines).toContainText('column 16');
  await expect(lines).toContainText('Backing device: "ent8 extra words" holds a space');
  await expect(report.getByRole('status')).toContainText('2 vNICs');
  await expect(report.getByRole('status')).toContainText('2 vNIC backing devices');
  await expect(report.getByRole('status')).toContainText('4 SR-IOV logical ports');
  const warnings = report.getByRole('region', { name: 'Warnings' });
  await expect(warnings).toContainText('Assumed: the failover priority of 2 vNIC backing device(s)');
  await page.screenshot({ path: test.info().outputPath('import-modern-report.png') });
  await report.getByRole('button', { name: 'Open as new design' }).click();
  await expect(report).toHaveCount(0);

  // The client of the vNIC is in the design, named by the HMC listing.
  await focusByName(page, 'aixdb01');
  await expect(page.getByTestId('partition-aixdb01')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('import-modern-design.png') });

  // The build script creates the vNIC on the HMC with its backing device on vios1 (adapter 1, port 0, 20 %, priority 50).
  await page.getByRole('button', { name: 'Export…' }).click();
  const sh = await downloadedText(await exportOne(page, 'Command script (.sh)'));
  expect(sh).toContain("chhwres -r virtualio --rsubtype vnic -m '9080-HEX*78ABCDE' -o a --id 3 -s 5 -a auto_priority_failover=1,backing_devices=sriov/vios1/1/1/0/20/50\n");
  expect(sh).toContain('# vNIC ent2 of "aixdb01" (slot 5, PVID 0, VLANs all): vios1 ent8 vnicserver0 priority 50');
  expect(errors).toEqual([]);
});
