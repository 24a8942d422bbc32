import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { collectErrors, openFresh } from './helpers.ts';
import { exportOne, fixtureText, txtFile } from './io-helpers.ts';

declare global { interface Window { __csp?: { directive: string; blocked: string }[]; __injected?: number } }

/** Records every CSP violation the page reports (the listener is installed before the app's own scripts). */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp!.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
  });
});

test('the Content-Security-Policy is sent as a header and in the page, and blocks an injected inline script and eval', async ({ page }) => {
  const consoleErrors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  const res = await page.goto('/');
  const header = res!.headers()['content-security-policy'] ?? '';
  expect(header).toContain("script-src 'self'");
  expect(header).not.toContain('unsafe-eval');
  expect(header).toContain("frame-ancestors 'none'");
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("script-src 'self'");
  expect(meta).not.toMatch(/script-src[^;]*unsafe-inline/);
  await openFresh(page);
  expect(await page.evaluate(() => window.__csp)).toEqual([]);

  // An attacker's markup that makes it into the page: the inline script does not run, the violation is reported.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = 1';
    document.body.append(s);
  });
  await expect.poll(() => page.evaluate(() => window.__csp!.length)).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.__injected)).toBeUndefined();
  // Reported once by each of the two policies (the header and the page's meta element).
  const reports = await page.evaluate(() => window.__csp!);
  expect(reports.length).toBeGreaterThanOrEqual(1);
  for (const r of reports) expect(r).toEqual({ directive: 'script-src-elem', blocked: 'inline' });
  await expect.poll(() => consoleErrors.join('\n')).toMatch(/inline script violates the following Content Security Policy directive 'script-src 'self''/);

  // A string run as code later (setTimeout with a string is eval) is refused and reported.
  await page.evaluate(() => { (setTimeout as unknown as (code: string, ms: number) => number)('window.__injected = 3', 0); });
  await expect.poll(() => page.evaluate(() => window.__csp!.some((v) => v.blocked === 'eval'))).toBe(true);
  expect(await page.evaluate(() => window.__injected)).toBeUndefined();
  // An inline event handler in injected markup does not run either.
  await page.evaluate(() => { document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.__injected = 2">'); });
  await expect.poll(() => page.evaluate(() => window.__csp!.some((v) => v.directive === 'script-src-attr'))).toBe(true);
  expect(await page.evaluate(() => window.__injected)).toBeUndefined();
});

test('under the policy the workers, Auto layout, import, PNG and JSON downloads all work without a violation', async ({ page }) => {
  const errors = collectErrors(page);
  await openFresh(page);
  // Validation runs in the engine worker: diagnostics appear.
  await expect(page.getByRole('complementary', { name: 'Diagnostics' }).or(page.getByRole('region', { name: 'Diagnostics' }))).toBeVisible();
  // Auto layout.
  await page.getByRole('button', { name: 'Auto layout' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Laid out the whole design' })).toBeVisible({ timeout: 20_000 });
  // PNG export draws the SVG through a blob URL onto a canvas.
  await page.getByRole('button', { name: 'Export…' }).click();
  const png = await exportOne(page, 'PNG image');
  expect([...readFileSync(await png.path()).subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Export' })).toHaveCount(0);
  // Save (a blob download).
  const saved = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save' }).click();
  expect(readFileSync(await (await saved).path(), 'utf8')).toContain('"format": "powervm-design"');
  // Import in its worker.
  await page.getByLabel('Import command output files').setInputFiles([txtFile('lsmap-all-vios1.txt', fixtureText('lsmap-all-vios1.txt'))]);
  await expect(page.getByRole('dialog', { name: 'Import report' })).toBeVisible({ timeout: 20_000 });
  expect(await page.evaluate(() => window.__csp)).toEqual([]);
  expect(errors).toEqual([]);
});
