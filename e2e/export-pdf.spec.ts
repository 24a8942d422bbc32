import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { collectErrors, openFresh } from './helpers.ts';
import { exportOne } from './io-helpers.ts';

test('Export gives a PDF of the picture and the mapping tables, titled with the design name', async ({ page }) => {
  const errors = collectErrors(page);
  await openFresh(page);
  const name = await page.getByRole('textbox', { name: 'Design name' }).inputValue();
  expect(name).toBe('Dual VIOS: vSCSI MPIO, NPIV and SEA failover');
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
  const pdf = await exportOne(page, 'PDF document');
  expect(pdf.suggestedFilename()).toMatch(/^dual-vios-.*\.pdf$/);
  const bytes = readFileSync(await pdf.path());
  const text = bytes.toString('latin1');
  expect(text.startsWith('%PDF-')).toBe(true);
  expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
  // The document's title is the design's name; the picture is an image; the tables follow on their own pages.
  expect(text).toContain(`/Title (${name})`);
  expect(text).toMatch(/\/Subtype \/Image/);
  expect((text.match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(3);
  expect(bytes.length).toBeGreaterThan(20_000);
  expect(errors).toEqual([]);
});
