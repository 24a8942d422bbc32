import { expect, test } from '@playwright/test';
import { openFresh } from './helpers.ts';
import { downloadedText } from './io-helpers.ts';

test.use({ viewport: { width: 1920, height: 1080 } });

test('the LPM template: read the readiness matrix, its reasons, filter it and download it as CSV', async ({ page }) => {
  await openFresh(page);
  // One frame: there is nowhere to move to, so no LPM region.
  await expect(page.getByRole('region', { name: 'Impact' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'LPM readiness' })).toHaveCount(0);

  await page.getByRole('button', { name: 'From template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New from template' });
  await dialog.getByRole('button', { name: /^Two POWER10 frames: LPM readiness/ }).click();
  await expect(dialog).toHaveCount(0);

  const region = page.getByRole('region', { name: 'LPM readiness' });
  await expect(region.getByRole('status', { name: 'LPM summary' })).toHaveText('3 partitions × 2 frames: 2 Ready · 1 Blocked');
  const matrix = region.getByRole('table', { name: 'LPM readiness matrix' });
  await expect(matrix.getByRole('columnheader')).toHaveText(['Partition', 'From', 'to p10-a POWER10', 'to p10-b POWER10']);
  await expect(matrix.getByRole('rowheader')).toHaveText(['aix01', 'aix02', 'lnx01']);

  const ready = matrix.getByRole('cell', { name: 'aix01 to p10-b: Ready' });
  await expect(ready).toHaveText('✓Ready');
  await expect(matrix.getByRole('cell', { name: 'lnx01 to p10-a: Ready' })).toHaveText('✓Ready');
  const blocked = matrix.getByRole('cell', { name: 'aix02 to p10-b: Blocked' });
  await expect(blocked).toContainText('Blocked');
  await expect(blocked.getByRole('listitem')).toHaveText(['LPM-10 VLAN 20 not bridged']);
  const reason = blocked.getByRole('button', { name: /^LPM-10: VLAN 20 \(aix02 ent\d+\) is not bridged by an SEA on any VIOS of p10-b$/ });
  await expect(reason).toBeVisible();

  // The reason frames what it names: aix02 is selected on the canvas.
  await reason.click();
  await expect(page.getByTestId('partition-aix02')).toHaveClass(/selected/);

  // Only the Blocked partitions; then a name filter.
  await region.getByRole('checkbox', { name: 'Blocked only' }).check();
  await expect(matrix.getByRole('rowheader')).toHaveText(['aix02']);
  await region.getByRole('checkbox', { name: 'Blocked only' }).uncheck();
  await region.getByRole('searchbox', { name: 'Filter partitions by name' }).fill('lnx');
  await expect(matrix.getByRole('rowheader')).toHaveText(['lnx01']);
  await region.getByRole('searchbox', { name: 'Filter partitions by name' }).fill('');

  // Enlarge shows the matrix over the canvas, Shrink puts it back.
  await region.getByRole('button', { name: 'Enlarge' }).click();
  await expect(region.getByRole('button', { name: 'Shrink' })).toHaveAttribute('aria-pressed', 'true');
  const box = await region.boundingBox();
  expect(box!.height).toBeGreaterThan(400);
  await page.screenshot({ path: test.info().outputPath('lpm-enlarged.png') });
  await region.getByRole('button', { name: 'Shrink' }).click();

  const wait = page.waitForEvent('download');
  await region.getByRole('button', { name: 'Download CSV' }).click();
  const download = await wait;
  expect(download.suggestedFilename()).toBe('two-power10-frames-lpm-readiness-lpm.csv');
  const lines = (await downloadedText(download)).trimEnd().split('\r\n');
  expect(lines[0]).toBe('partition,kind,source_frame,destination_frame,migration,status,rule,severity,tag,reason');
  expect(lines).toContain('aix01,aix,p10-a,p10-b,active,Ready,,,,');
  expect(lines.some((l) => /^aix02,aix,p10-a,p10-b,active,Blocked,LPM-10,error,C,VLAN 20 \(aix02 ent\d+\) is not bridged/.test(l))).toBe(true);
  await page.screenshot({ path: test.info().outputPath('lpm-region.png') });
});

test('the matrix follows an edit: deleting aix02 leaves every partition Ready', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'From template…' }).click();
  await page.getByRole('dialog', { name: 'New from template' }).getByRole('button', { name: /^Two POWER10 frames: LPM readiness/ }).click();
  const region = page.getByRole('region', { name: 'LPM readiness' });
  await expect(region.getByRole('status', { name: 'LPM summary' })).toHaveText('3 partitions × 2 frames: 2 Ready · 1 Blocked');
  // Deleting aix02 (a design edit): nothing is left that p10-b refuses.
  await page.getByRole('combobox', { name: 'Search' }).fill('aix02');
  await page.getByRole('combobox', { name: 'Search' }).press('Enter');
  await expect(page.getByTestId('partition-aix02')).toHaveClass(/selected/);
  await page.keyboard.press('Delete');
  await page.getByRole('dialog', { name: /Delete partition aix02/ }).getByRole('button', { name: 'Delete' }).click();
  await expect(region.getByRole('status', { name: 'LPM summary' })).toHaveText('2 partitions × 2 frames: 2 Ready · 0 Blocked');
  await expect(region.getByRole('table', { name: 'LPM readiness matrix' }).getByRole('rowheader')).toHaveText(['aix01', 'lnx01']);
});
