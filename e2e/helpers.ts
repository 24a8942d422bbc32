import { expect, type Page } from '@playwright/test';

/** Opens the app with a clean autosave (first start) and waits until the canvas shows nodes. */
export async function openFresh(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.evaluate(() => localStorage.clear());
  await page.goto(path);
  await waitForCanvas(page);
}

export async function waitForCanvas(page: Page): Promise<void> {
  await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 20_000 });
}

/** Collects console errors and page errors so a test can assert there were none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return errors;
}
