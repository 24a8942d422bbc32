import { expect, test } from '@playwright/test';
import { openFresh } from './helpers.ts';
import { fitView } from './canvas-helpers.ts';

test.use({ viewport: { width: 1920, height: 1200 } });

const TEMPLATES: [string, string, string[]][] = [
  ['Single VIOS', 'single-vios', ['vios1', 'aix01', 'aix03']],
  ['Dual VIOS with vSCSI MPIO, NPIV and SEA failover', 'sample', ['vios1', 'vios2', 'lnx03']],
  ['POWER10 with vNIC failover, SR-IOV, SSP and NPIV', 'power10-modern', ['vios1', 'vios2', 'lnx03']],
  ['Two POWER10 frames: LPM readiness', 'lpm-pair', ['vios-a1', 'vios-b2', 'aix02', 'lnx01']],
  ['Dual VIOS with NPIV across two fabrics and SEA load sharing', 'npiv-sharing', ['vios1', 'vios2', 'lnx04']],
  ['POWER6 frame with IVE (HEA) ports', 'power6-hea', ['vios1', 'aix02']],
];

test('New from template opens each template (undoable); a screenshot of each', async ({ page }) => {
  test.setTimeout(150_000);
  await openFresh(page);
  for (const [title, file, partitions] of TEMPLATES) {
    await page.getByRole('button', { name: 'From template…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New from template' });
    await dialog.getByRole('button', { name: new RegExp(`^${title.replace(/[()]/g, '\\$&')}`) }).click();
    await expect(dialog).toHaveCount(0);
    for (const p of partitions) await expect(page.getByTestId(`partition-${p}`)).toBeVisible();
    await fitView(page);
    await page.screenshot({ path: test.info().outputPath(`template-${file}.png`) });
  }
  await expect(page.getByTestId('heaPort-HEA port 0')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('partition-lnx04')).toBeVisible();
});
