import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** Whatever of the LPM region reaches past its own width (sideways scroll or overflow), with its width. */
async function sideways(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const region = document.querySelector<HTMLElement>('.bottom-panel.lpm')!;
    const edge = region.getBoundingClientRect();
    for (const e of [region, ...region.querySelectorAll<HTMLElement>('.lpm-toolbar, .lpm-body, .lpm-matrix, .lpm-matrix th, .lpm-matrix td')]) {
      const r = e.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue; // not shown
      if (e.scrollWidth > e.clientWidth + 1 || r.right > edge.right + 1 || r.left < edge.left - 1) out.push(`${e.className || e.tagName}: ${e.scrollWidth} > ${e.clientWidth}, right ${Math.round(r.right)} of ${Math.round(edge.right)}`);
    }
    if (edge.right > window.innerWidth + 1) out.push(`region ends at ${edge.right} past the window's ${window.innerWidth}`);
    return out;
  });
}

test('at 1440×900 the matrix fits its region, no sideways scroll: two frames in words, seven frames in signs and rule ids', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openFresh(page);
  await page.getByRole('button', { name: 'From template…' }).click();
  await page.getByRole('dialog', { name: 'New from template' }).getByRole('button', { name: /^Two POWER10 frames: LPM readiness/ }).click();
  const region = page.getByRole('region', { name: 'LPM readiness' });
  const matrix = region.getByRole('table', { name: 'LPM readiness matrix' });
  await expect(region.getByRole('status', { name: 'LPM summary' })).toHaveText('3 partitions × 2 frames: 2 Ready · 1 Blocked');
  await expect(matrix.getByRole('cell', { name: 'aix01 to p10-b: Ready' })).toHaveText('✓Ready');
  expect(await sideways(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('lpm-1440.png') });

  const outputs = join(process.cwd(), '..', 'shared', 'powervm', 'outputs');
  test.skip(!existsSync(outputs), `no real outputs at ${outputs}`);
  const files = readdirSync(outputs).filter((f) => f.endsWith('.txt')).map((f) => ({ name: f, mimeType: 'text/plain', buffer: readFileSync(join(outputs, f)) }));
  await page.getByLabel('Import command output files').setInputFiles(files);
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report).toBeVisible({ timeout: 30_000 });
  await report.getByRole('button', { name: 'Open as new design' }).click();
  await expect(region.getByRole('status', { name: 'LPM summary' })).toContainText('× 7 frames');
  // Compact: no From column (each row's home cell says it), a frame's serial over its column, its whole name the header's name.
  await expect(matrix.getByRole('columnheader')).toHaveCount(8);
  await expect(matrix.getByRole('columnheader', { name: /^to 9117-570\*65E12FB/ })).toHaveText(/65E12FB$/);
  expect(await sideways(page)).toEqual([]);
  // Compact: the sign and the count of reasons show; the word is the cell's name, the reasons are in its title and each
  // keeps its whole sentence as its accessible name.
  const blocked = matrix.getByRole('cell', { name: /: Blocked$/ }).first();
  await expect(blocked).toHaveAttribute('title', /: Blocked\nLPM-\d+ /);
  await expect(blocked.locator('.lpm-reason-count')).toHaveText(/^\d+$/);
  await expect(blocked.locator('.verdict')).toHaveText('✕Blocked');
  await expect(blocked.locator('.verdict-word')).toBeHidden();
  await expect(blocked.getByRole('button').first()).toHaveAccessibleName(/^LPM-\d+( \(warning\))?: .{10,}/);
  await page.screenshot({ path: test.info().outputPath('lpm-1440-seven-frames.png') });
  // Enlarged, the words come back.
  await region.getByRole('button', { name: 'Enlarge' }).click();
  await expect(blocked.locator('.verdict-word')).toBeVisible();
});
