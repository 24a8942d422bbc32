import { expect, test, type Page } from '@playwright/test';
import { openFresh } from './helpers.ts';
import { dragConnection, dropPalette, handle, nodeIdOf, partition, row, rowId, zoomToRows } from './canvas-helpers.ts';

test.use({ viewport: { width: 1920, height: 1200 } });

const status = (page: Page) => page.getByRole('status', { name: 'Connection status' });
const selectPartition = async (page: Page, name: string) => {
  await partition(page, name).locator('.partition-name').click();
  await expect(partition(page, name)).toHaveClass(/selected/);
};

test('an impossible connection is refused while dragging, with its reason, and creates nothing', async ({ page }) => {
  await openFresh(page);
  await zoomToRows(page);
  const [a1, a2, v1] = [await nodeIdOf(partition(page, 'aix01')), await nodeIdOf(partition(page, 'aix02')), await nodeIdOf(partition(page, 'vios1'))];
  const rowsBefore = await partition(page, 'aix02').locator('li.row').count();

  // A vFC server in a non-VIOS partition: NPIV from one AIX LPAR to another.
  await dragConnection(page, handle(page, a1, 'npiv'), handle(page, a2, 'in', 'target'), { release: false });
  await expect(status(page)).toContainText('Refused: aix01 is not a VIOS: virtual Fibre Channel server adapters exist only in a VIOS (PAIR-3)');
  await expect(page.locator('.connect-tip.is-refused')).toBeVisible();
  await page.mouse.up();
  await expect(page.getByRole('alert').filter({ hasText: 'not a VIOS' })).toBeVisible();
  await expect(partition(page, 'aix02').locator('li.row')).toHaveCount(rowsBefore);

  // A second client on one vhost.
  await dragConnection(page, handle(page, v1, await rowId(page, 'vios1', 'vhost0')), handle(page, a2, 'in', 'target'), { release: false });
  await expect(status(page)).toContainText(/vhost0 already serves a client.*\(PAIR-2\)/);
  await page.mouse.up();
  await expect(partition(page, 'aix02').locator('li.row')).toHaveCount(rowsBefore);

  // A partition dropped outside any frame.
  await dropPalette(page, 'AIX LPAR', page.locator('.react-flow__pane'), { x: 30, y: 700 });
  await expect(page.getByRole('alert').filter({ hasText: 'A partition can only be placed inside a frame' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('refused.png') });
});

test('copy, paste and duplicate rename the partition and give it its own adapters', async ({ page }) => {
  await openFresh(page);
  await zoomToRows(page);
  await selectPartition(page, 'aix01');
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(partition(page, 'aix03')).toBeVisible();
  await expect(row(page, 'aix03', 'vscsi0')).toBeVisible();
  await expect(row(page, 'aix03', 'fcs1')).toBeVisible();
  // the VIOS got new server adapters for the copy, in new slots
  await expect(row(page, 'vios1', 'vhost3')).toBeVisible();
  await expect(row(page, 'vios1', 'vhost3')).toContainText('aix03');
  await page.keyboard.press('Control+d');
  await expect(partition(page, 'aix04')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(partition(page, 'aix04')).toHaveCount(0);
  await expect(partition(page, 'aix03')).toBeVisible();
});

test('delete lists what goes with it; undo and redo bring it back and take it away', async ({ page }) => {
  await openFresh(page);
  await zoomToRows(page);
  await selectPartition(page, 'aix02');
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog', { name: /Delete partition aix02/ });
  await expect(dialog).toBeVisible();
  const also = dialog.getByRole('list', { name: 'Also removed' });
  await expect(also).toContainText('vscsi0 on aix02');
  await expect(also).toContainText('fcs1 on aix02');
  await page.screenshot({ path: test.info().outputPath('delete-dialog.png') });
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(partition(page, 'aix02')).toHaveCount(0);
  // the VIOS keeps its vhost (as on the HMC), now waiting for any client
  await expect(row(page, 'vios1', 'vhost1')).toContainText('any');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(partition(page, 'aix02')).toBeVisible();
  await expect(row(page, 'vios1', 'vhost1')).toContainText('aix02');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(partition(page, 'aix02')).toHaveCount(0);
  // Escape cancels
  await selectPartition(page, 'lnx03');
  await page.keyboard.press('Backspace');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(partition(page, 'lnx03')).toBeVisible();
});

test('search finds an element by name and focuses it; ? lists the shortcuts', async ({ page }) => {
  await openFresh(page);
  await zoomToRows(page);
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('lnx');
  await expect(page.getByRole('option', { name: 'LINUX lnx03' })).toBeVisible();
  await search.press('Enter');
  await expect(partition(page, 'lnx03')).toHaveClass(/selected/);
  await page.waitForTimeout(500);
  const box = (await partition(page, 'lnx03').boundingBox())!;
  const canvas = (await page.getByRole('region', { name: 'Canvas' }).boundingBox())!;
  expect(Math.abs(box.x + box.width / 2 - (canvas.x + canvas.width / 2))).toBeLessThan(60);
  await search.fill('vhost1');
  await expect(page.getByRole('option', { name: 'vhost1 on vios2' })).toBeVisible();
  await page.locator('.react-flow__pane').click({ position: { x: 600, y: 500 } });
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Ctrl+D');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('automatic layout puts moved nodes back in the layered picture as one undo step', async ({ page }) => {
  await openFresh(page);
  await zoomToRows(page);
  const pos = async () => page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-id')}:${(e as HTMLElement).style.transform}`).join('|'));
  const laidOut = await pos();
  // Move a client away by its header, then lay out again: it returns to its place in the client row.
  const header = page.getByTestId('partition-aix01').locator('.partition-header');
  const box = (await header.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 10);
  await page.mouse.down();
  await page.mouse.move(box.x + 60, box.y + 160, { steps: 8 });
  await page.mouse.up();
  await expect.poll(pos).not.toBe(laidOut);
  const moved = await pos();
  await page.getByRole('button', { name: 'Auto layout' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Laid out the whole design' })).toBeVisible({ timeout: 20_000 });
  await expect.poll(pos).toBe(laidOut);
  await page.screenshot({ path: test.info().outputPath('auto-layout.png') });
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(pos).toBe(moved);
  // one frame
  await page.getByRole('combobox', { name: 'Search' }).fill('p9-frame1');
  await page.getByRole('combobox', { name: 'Search' }).press('Enter');
  await page.getByRole('button', { name: 'Layout frame' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Laid out p9-frame1' })).toBeVisible({ timeout: 20_000 });
});
