import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectErrors, openFresh, readAutosave } from './helpers.ts';
import { fromTemplate, fitView, partition, row, zoomToRows } from './canvas-helpers.ts';
import { downloadedText } from './io-helpers.ts';

const impact = (page: Page) => page.getByRole('region', { name: 'Impact' });
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Failures' });
/** One line per client partition in the Impact region (their own service lists left out). */
const lines = (page: Page): Locator => impact(page).getByRole('list', { name: 'Client partitions' }).locator(':scope > li');
const CLIENTS = 3;

/** Selects a partition by clicking its header on the canvas. */
async function select(page: Page, name: string): Promise<void> {
  // The worker has answered once (it knows what can fail) before the toolbar can name a selection.
  await expect(impact(page).getByRole('status', { name: 'Impact summary' })).toHaveText(/\d+ OK/, { timeout: 30_000 });
  await partition(page, name).locator('.partition-name').click();
  await expect(toolbar(page).getByText(name, { exact: true })).toBeVisible();
}

/** Every client line, as its text. */
async function lineTexts(page: Page): Promise<string[]> {
  await expect(lines(page)).toHaveCount(CLIENTS);
  return lines(page).allInnerTexts();
}

/** Waits until every line's verdicts match (the impact is computed in the worker). */
async function expectEveryLine(page: Page, re: RegExp): Promise<void> {
  await expect(lines(page)).toHaveCount(CLIENTS);
  for (let i = 0; i < CLIENTS; i++) await expect(lines(page).nth(i)).toContainText(re);
}

test('dual VIOS: one VIOS down leaves every client Degraded at worst, naming the other VIOS; both down is Outage; Restore brings OK back', async ({ page }) => {
  const errors = collectErrors(page);
  await openFresh(page);
  await expect(impact(page).getByRole('status', { name: 'Impact summary' })).toHaveText(/0 Outage · 0 Degraded · 3 OK/);
  await expectEveryLine(page, /storage\s*OK.*network\s*OK/is);
  // Every client shows its status on the canvas too, in words.
  for (const p of ['aix01', 'aix02', 'lnx03']) await expect(partition(page, p).getByRole('status')).toHaveAccessibleName('Storage OK, network OK');

  await select(page, 'vios1');
  await toolbar(page).getByRole('button', { name: 'Fail', exact: true }).click();
  await expect(impact(page).getByRole('list', { name: 'Failed components' })).toContainText('vios1');
  await expect(partition(page, 'vios1').getByRole('status', { name: 'Failed' })).toBeVisible();
  await expect(impact(page).getByRole('status', { name: 'Impact summary' })).toHaveText(/^0 Outage · 3 Degraded/);
  for (const text of await lineTexts(page)) {
    expect(text).not.toMatch(/Outage/);
    expect(text).toMatch(/Degraded/);
    expect(text).toMatch(/vios2/);
  }
  for (const p of ['aix01', 'aix02', 'lnx03']) await expect(partition(page, p).getByRole('status')).toHaveAccessibleName(/^Storage (OK|Degraded), network (OK|Degraded)$/);

  // The second VIOS, with the key F.
  await select(page, 'vios2');
  await page.keyboard.press('f');
  await expect(impact(page).getByRole('list', { name: 'Failed components' })).toContainText('vios2');
  await expectEveryLine(page, /Outage/);
  await expect(impact(page).getByRole('status', { name: 'Impact summary' })).toHaveText(/^3 Outage/);

  // Restore: F again on vios2, the button on vios1.
  await page.keyboard.press('f');
  await expectEveryLine(page, /Degraded/);
  await select(page, 'vios1');
  await toolbar(page).getByRole('button', { name: 'Restore', exact: true }).click();
  await expectEveryLine(page, /storage\s*OK.*network\s*OK/is);
  await expect(impact(page).getByRole('list', { name: 'Failed components' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a line of the Impact region selects its partition, lists its services and lights its lost and surviving paths', async ({ page }) => {
  await openFresh(page);
  await select(page, 'vios1');
  await toolbar(page).getByRole('button', { name: 'Fail', exact: true }).click();
  await expectEveryLine(page, /Degraded/);
  await lines(page).filter({ hasText: 'aix01' }).getByRole('button').click();
  const services = impact(page).getByRole('list', { name: 'Services of aix01' });
  await expect(services).toBeVisible();
  await expect(services.getByRole('listitem').first()).toContainText(/vios/);
  await expect(partition(page, 'aix01')).toHaveClass(/selected/);
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText('aix01');
  // Its paths are drawn: lost in red, surviving in green (rows, nodes and connections).
  const painted = () => page.evaluate(() => {
    const els = [...document.querySelectorAll('.react-flow__node > div, li.row, .react-flow__edge path.react-flow__edge-path')];
    const has = (rgb: string) => els.some((e) => { const cs = getComputedStyle(e); return cs.boxShadow.includes(rgb) || cs.stroke.includes(rgb); });
    return { lost: has('217, 48, 37'), surviving: has('30, 158, 90') };
  });
  await expect.poll(painted).toEqual({ lost: true, surviving: true });
  // Clicking the line again puts the picture back.
  await lines(page).filter({ hasText: 'aix01' }).getByRole('button').first().click();
  await expect.poll(painted).toEqual({ lost: false, surviving: false });
});

test('What if shows a failure without making it; Rehearse maintenance of vios1 reports no Outage', async ({ page }) => {
  await openFresh(page);
  await select(page, 'vios1');
  await toolbar(page).getByRole('button', { name: 'What if' }).click();
  await expect(impact(page).getByRole('note')).toContainText('What if vios1 fails?');
  await expectEveryLine(page, /Degraded/);
  await expect(impact(page).getByRole('list', { name: 'Failed components' })).toHaveCount(0);
  await impact(page).getByRole('button', { name: 'End preview' }).click();
  await expectEveryLine(page, /storage\s*OK.*network\s*OK/is);

  await toolbar(page).getByRole('button', { name: 'Rehearse maintenance' }).click();
  await expect(impact(page).getByRole('tab', { name: 'Maintenance' })).toHaveAttribute('aria-selected', 'true');
  const verdict = impact(page).locator('.maintenance-verdict');
  await expect(verdict).toBeVisible();
  await expect(verdict).toContainText(/no Outage/);
  const during = impact(page).getByRole('list', { name: 'Clients during the maintenance of vios1' }).locator(':scope > li');
  await expect(during).toHaveCount(CLIENTS);
  for (const text of await during.allInnerTexts()) expect(text).not.toMatch(/Outage/);
  await expect(impact(page).getByRole('list', { name: 'Failed components' })).toHaveCount(0);
});

test('single VIOS: its failure is an Outage for every client, and it heads the single points of failure', async ({ page }) => {
  await openFresh(page);
  await fromTemplate(page, /^Single VIOS/);
  await expectEveryLine(page, /storage\s*OK/is);
  await select(page, 'vios1');
  await page.keyboard.press('f');
  await expectEveryLine(page, /Outage/);
  for (const text of await lineTexts(page)) expect(text).toMatch(/storage\s*Outage/is);
  await toolbar(page).getByRole('button', { name: 'Restore all' }).click();
  await expectEveryLine(page, /storage\s*OK/is);

  await impact(page).getByRole('tab', { name: 'Single points of failure' }).click();
  const spof = impact(page).getByRole('list', { name: 'Single points of failure' }).getByRole('listitem');
  await expect(spof.first()).toBeVisible();
  await expect(spof.first()).toContainText('vios1');
  await expect(spof.first()).toContainText(/3 in Outage/);
});

test('N-2: the pairs analysis runs in its worker and finds that losing both VIOS is an Outage', async ({ page }) => {
  await openFresh(page);
  await expectEveryLine(page, /storage\s*OK/is);
  await impact(page).getByRole('tab', { name: 'Pairs (N-2)' }).click();
  await impact(page).getByRole('button', { name: 'Analyse pairs (N-2)' }).click();
  await expect(impact(page).getByRole('status').filter({ hasText: /cause an Outage/ })).toBeVisible({ timeout: 30_000 });
  const pairs = impact(page).getByRole('list', { name: 'Pairs of failures' }).getByRole('listitem');
  const both = pairs.filter({ has: page.locator('.entry-what b', { hasText: /^(vios1 \+ vios2|vios2 \+ vios1)$/ }) });
  await expect(both).toHaveCount(1);
  await expect(both).toContainText('3 in Outage');
  // Nothing was failed by the analysis.
  await expect(impact(page).getByRole('list', { name: 'Failed components' })).toHaveCount(0);
});

test('a port, an SEA or an adapter fails from its row\'s context menu', async ({ page }) => {
  await openFresh(page);
  await expectEveryLine(page, /storage\s*OK/is);
  // Adapter rows are drawn from 9 px on screen: a large screen shows them fitted.
  await page.setViewportSize({ width: 2560, height: 1600 });
  await fitView(page);
  await zoomToRows(page);
  await row(page, 'vios1', 'fcs0').click({ button: 'right' });
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await menu.getByRole('menuitem', { name: /^Fail .*fcs0/ }).first().click();
  await expect(menu).toHaveCount(0);
  await expect(impact(page).getByRole('list', { name: 'Failed components' })).toContainText('fcs0');
  await expect(row(page, 'vios1', 'fcs0')).toHaveCSS('text-decoration-line', 'line-through');
  await row(page, 'vios1', 'fcs0').click({ button: 'right' });
  await page.getByRole('menu').getByRole('menuitem', { name: /^Restore .*fcs0/ }).first().click();
  await expect(impact(page).getByRole('list', { name: 'Failed components' })).toHaveCount(0);
});

test('failures are not design edits: Ctrl+Z leaves them, the saved JSON and the autosave do not hold them', async ({ page }) => {
  await openFresh(page);
  const save = async () => {
    const wait = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    return downloadedText(await wait);
  };
  const before = await save();
  // An edit that Ctrl+Z can undo.
  const name = page.getByRole('textbox', { name: 'Design name' });
  await name.fill('Renamed for the test');
  await name.press('Enter');
  await select(page, 'vios1');
  await toolbar(page).getByRole('button', { name: 'Fail', exact: true }).click();
  await expectEveryLine(page, /Degraded/);
  await page.keyboard.press('Control+z');
  await expect(name).not.toHaveValue('Renamed for the test');
  await expect(impact(page).getByRole('list', { name: 'Failed components' })).toContainText('vios1');
  await expectEveryLine(page, /Degraded/);
  const after = await save();
  expect(after).toBe(before);
  // The sample's saved scenarios are design; the failures in force are not.
  expect(JSON.parse(after).scenarios).toEqual(JSON.parse(before).scenarios);
  await page.waitForTimeout(1200); // past the autosave's delay
  const autosaved = (await readAutosave(page)) ?? '';
  expect(autosaved).not.toBe('');
  expect(autosaved).not.toMatch(/"failures"|"failed"/);
});

test('a large design zoomed out shows the verdicts and the failed VIOS in its overview; Fail by name', async ({ page }) => {
  await page.goto('/?bench=200');
  await page.waitForFunction(() => document.documentElement.dataset.benchReady === 'true', null, { timeout: 120_000 });
  await expect(page.getByRole('group', { name: 'Overview' })).toBeVisible();
  await expect(impact(page).getByRole('status', { name: 'Impact summary' })).toHaveText(/0 Outage · 0 Degraded · 200 OK/, { timeout: 30_000 });
  // Fail by name: the picker names any component, the toolbar acts on it.
  const picker = impact(page).getByRole('combobox', { name: 'Component to fail' });
  await picker.fill('vios1');
  await picker.press('Enter');
  await expect(toolbar(page).getByText('vios1', { exact: true })).toBeVisible();
  await toolbar(page).getByRole('button', { name: 'Fail', exact: true }).click();
  await expect(impact(page).getByRole('status', { name: 'Impact summary' })).toHaveText(/^0 Outage · 200 Degraded/, { timeout: 30_000 });
  const overview = page.getByRole('group', { name: 'Overview' });
  await expect(overview.locator('path.ov-degraded')).toHaveAttribute('d', /^M/);
  await expect(overview.locator('path.ov-failed-cross')).toHaveAttribute('d', /^M/);
  await page.screenshot({ path: test.info().outputPath('impact-overview-200.png') });
  // The words on the tiles are mounted only where they can be read: zoomed in enough, near the view.
  const words = overview.locator('text.ov-verdict-text');
  const place = (zoom: number) => page.evaluate((z) => (window as unknown as { __benchSetViewport: (v: { x: number; y: number; zoom: number }) => void }).__benchSetViewport({ x: 0, y: 0, zoom: z }), zoom);
  await place(0.1);
  await expect(words).toHaveCount(0);
  await place(0.3);
  await expect(words.first()).toHaveText(/^[SN] Degraded$/);
  expect(await words.count()).toBeLessThan(400);
});

test('screenshot at 1440×900 with vios1 failed', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openFresh(page);
  await select(page, 'vios1');
  await page.keyboard.press('f');
  await expectEveryLine(page, /Degraded/);
  await lines(page).first().getByRole('button').click();
  await fitView(page);
  await page.screenshot({ path: test.info().outputPath('impact-vios1-failed.png') });
});
