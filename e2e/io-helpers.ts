import { expect, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** A command output fixture of the importer's tests (an invented 9080-HEX frame, serial 78ABCDE). */
export const fixtureText = (name: string): string => readFileSync(new URL(`../app/io/import/fixtures/${name}`, import.meta.url), 'utf8');

export const txtFile = (name: string, text: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });

/** Frames an element through the search box (zoomed-out views draw an overview instead of nodes). */
export async function focusByName(page: Page, name: string): Promise<void> {
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill(name);
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
  await search.press('Enter');
}

/** The text of a download. */
export async function downloadedText(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

/** Clicks an entry of the Export dialog and returns the download it starts. */
export async function exportOne(page: Page, label: string): Promise<Download> {
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const wait = page.waitForEvent('download');
  await dialog.getByRole('button', { name: label, exact: true }).click();
  return wait;
}
