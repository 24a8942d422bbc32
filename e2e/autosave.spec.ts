import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { generateBenchDesign } from '../app/model/generate.ts';
import { saveDesign } from '../app/model/index.ts';
import { autosaveKeys, autosavedName, collectErrors, openFresh, readAutosave, waitForCanvas, writeAutosave } from './helpers.ts';
import { focusByName } from './io-helpers.ts';

test('a design of 1,000 client partitions opened with Open is autosaved and survives a reload', async ({ page }, info) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  const text = saveDesign(generateBenchDesign(1000));
  const file = info.outputPath('generated-1000.json');
  writeFileSync(file, text);
  await openFresh(page);
  // localStorage cannot hold it (about 5.6 million characters): the reason the autosave lives in IndexedDB.
  const fitsLocalStorage = await page.evaluate((t) => { try { localStorage.setItem('probe', t); localStorage.removeItem('probe'); return true; } catch { return false; } }, text);
  info.annotations.push({ type: 'size', description: `${text.length} characters of JSON; fits localStorage: ${fitsLocalStorage}` });
  expect(fitsLocalStorage).toBe(false);

  await page.getByLabel('Open design file').setInputFiles(file);
  await expect(page.getByLabel('Design name')).toHaveValue('Generated: 1000 clients', { timeout: 60_000 });
  await expect.poll(() => readAutosave(page).then((t) => t?.length ?? 0), { timeout: 60_000 }).toBe(text.length);
  expect(await readAutosave(page)).toBe(text);

  await page.reload();
  await waitForCanvas(page);
  await expect(page.getByLabel('Design name')).toHaveValue('Generated: 1000 clients', { timeout: 60_000 });
  for (const name of ['aix0001', 'aix1000']) {
    await focusByName(page, name);
    await expect(page.getByTestId(`partition-${name}`)).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('a damaged autosave is reported, kept aside, offered for download and never overwritten', async ({ page }) => {
  await openFresh(page);
  const damaged = '{"format":"powervm-design","version":1,"name":"Half written';
  await writeAutosave(page, damaged);
  await page.reload();
  await waitForCanvas(page);
  const alert = page.getByRole('alert').filter({ hasText: 'The autosaved design could not be opened' });
  await expect(alert).toContainText('kept aside');
  await expect(alert).toContainText('JSON');
  // The sample opens instead.
  await expect(page.getByLabel('Design name')).toHaveValue(/Dual VIOS/);
  await page.screenshot({ path: test.info().outputPath('damaged-autosave.png') });
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download the damaged autosave' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^damaged-autosave-.*\.json$/);
  expect(readFileSync(await file.path(), 'utf8')).toBe(damaged);

  // New work is autosaved under the usual key; the damaged text stays where it was put aside.
  await page.getByLabel('Design name').fill('Work after the damage');
  await page.getByLabel('Design name').press('Enter');
  await expect.poll(() => autosavedName(page)).toBe('Work after the damage');
  const aside = (await autosaveKeys(page)).filter((k) => k.startsWith('damaged:'));
  expect(aside).toHaveLength(1);
  expect(await readAutosave(page, aside[0])).toBe(damaged);
  await page.reload();
  await waitForCanvas(page);
  await expect(page.getByLabel('Design name')).toHaveValue('Work after the damage');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('an autosave of the earlier version in localStorage is moved to IndexedDB once', async ({ page }) => {
  await openFresh(page);
  const old = JSON.parse(readFileSync(new URL('../public/templates/sample.json', import.meta.url), 'utf8')) as { name: string };
  old.name = 'Kept in localStorage';
  await page.evaluate((t) => localStorage.setItem('powervm-designer:autosave', t), JSON.stringify(old));
  await page.evaluate(() => new Promise<void>((resolve) => { const r = indexedDB.deleteDatabase('powervm-designer'); r.onsuccess = r.onerror = r.onblocked = () => resolve(); }));
  await page.reload();
  await waitForCanvas(page);
  await expect(page.getByLabel('Design name')).toHaveValue('Kept in localStorage');
  expect(await page.evaluate(() => localStorage.getItem('powervm-designer:autosave'))).toBeNull();
  expect(await autosavedName(page)).toBe('Kept in localStorage');
});
