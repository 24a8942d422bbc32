import { expect, test } from '@playwright/test';
import { autosavedName, openFresh, waitForCanvas } from './helpers.ts';

async function rename(page: import('@playwright/test').Page, name: string) {
  await page.getByLabel('Design name').fill(name);
  await page.getByLabel('Design name').press('Enter');
  await expect.poll(() => autosavedName(page)).toBe(name);
}

test('a share link opens the same design read-only; Make a copy to edit makes it the user\'s own', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openFresh(page);
  await rename(page, 'Shared plan');
  await page.getByRole('button', { name: 'Share…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  const field = dialog.getByLabel('Share link');
  await expect(field).toHaveValue(/#share=[A-Za-z0-9_-]+$/);
  const link = await field.inputValue();
  expect(link.startsWith(new URL('/', page.url()).href)).toBe(true);
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog.getByRole('status')).toContainText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await page.screenshot({ path: test.info().outputPath('share-dialog.png') });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await rename(page, 'My own work');

  await page.goto('about:blank');
  await page.goto(link);
  await waitForCanvas(page);
  const banner = page.getByRole('region', { name: 'Shared design' });
  await expect(banner).toContainText('read-only');
  await expect(page.getByLabel('Design name')).toHaveValue('Shared plan');
  for (const p of ['vios1', 'vios2', 'aix01', 'aix02', 'lnx03']) await expect(page.getByTestId(`partition-${p}`)).toBeVisible();
  for (const b of ['New', 'Open', 'Import']) await expect(page.getByRole('button', { name: b, exact: true })).toBeDisabled();
  await expect(page.getByLabel('Design name')).toHaveAttribute('readonly', '');
  await page.screenshot({ path: test.info().outputPath('share-readonly.png') });
  // Nothing of the shared design reaches the user's autosave while it is read-only.
  await page.waitForTimeout(600);
  expect(await autosavedName(page)).toBe('My own work');

  await banner.getByRole('button', { name: 'Make a copy to edit' }).click();
  await expect(banner).toHaveCount(0);
  expect(page.url()).not.toContain('#share=');
  await expect(page.getByRole('button', { name: 'New', exact: true })).toBeEnabled();
  await expect.poll(() => autosavedName(page)).toBe('Shared plan');
  await rename(page, 'Shared plan, my copy');
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Design name')).toHaveValue('My own work');
  // Reloaded at once, within the autosave's 300 ms delay: the copy written while the page unloads keeps the undo.
  await page.reload();
  await waitForCanvas(page);
  await expect(page.getByLabel('Design name')).toHaveValue('My own work');
  await expect(page.getByRole('region', { name: 'Shared design' })).toHaveCount(0);
});

test('a damaged share link shows an error and opens the user\'s autosave', async ({ page }) => {
  await openFresh(page);
  await rename(page, 'Autosaved plan');
  await page.goto('about:blank');
  await page.goto('/#share=AAAAthis-is-not-a-design');
  await waitForCanvas(page);
  await expect(page.getByRole('alert')).toContainText('The share link could not be opened');
  await expect(page.getByLabel('Design name')).toHaveValue('Autosaved plan');
  await expect(page.getByRole('region', { name: 'Shared design' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'New', exact: true })).toBeEnabled();
  expect(page.url()).not.toContain('#share=');
});

test('a share link pasted into the address bar of an open tab opens read-only', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Share…' }).click();
  const field = page.getByRole('dialog', { name: 'Share link' }).getByLabel('Share link');
  await expect(field).toHaveValue(/#share=/);
  const hash = new URL(await field.inputValue()).hash;
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.evaluate((h) => { location.hash = h; }, hash);
  await expect(page.getByRole('region', { name: 'Shared design' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('partition-vios1')).toBeVisible();
});
