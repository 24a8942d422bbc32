import { expect, test, type Page } from '@playwright/test';
import { openFresh } from './helpers.ts';
import { fitView, nodeIdOf, partition, row, zoomToRows } from './canvas-helpers.ts';

test.use({ viewport: { width: 1440, height: 900 } });

const boxOf = async (page: Page, name: string) => (await partition(page, name).boundingBox())!;
const intersect = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const positionOf = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`).evaluate((e) => (e as HTMLElement).style.transform);

async function searchAndSelect(page: Page, text: string, option: string | RegExp): Promise<void> {
  await page.keyboard.press('/');
  await page.keyboard.type(text);
  await expect(page.getByRole('option', { name: option }).first()).toBeVisible();
  await page.keyboard.press('Enter');
}

test('two nodes cannot end overlapping: a partition dropped on another is pushed aside; an arrow move onto one is refused', async ({ page }) => {
  await openFresh(page);
  const a = await boxOf(page, 'aix01');
  const b = await boxOf(page, 'aix02');
  // Drag aix02 by its name onto aix01.
  const grip = (await partition(page, 'aix02').locator('.partition-name').boundingBox())!;
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await page.mouse.down();
  await page.mouse.move(grip.x - 40, grip.y + 10, { steps: 4 });
  await page.mouse.move(grip.x - (b.x - a.x) + 25, grip.y + 12, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByRole('status').filter({ hasText: 'partition aix02 moved aside: it would have covered partition aix01' })).toBeVisible();
  await page.waitForTimeout(300);
  const names = ['vios1', 'vios2', 'aix01', 'aix02', 'lnx03'];
  const boxes = await Promise.all(names.map((n) => boxOf(page, n)));
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(intersect(boxes[i]!, boxes[j]!), `${names[i]} and ${names[j]}`).toBe(false);
  await page.screenshot({ path: test.info().outputPath('pushed-aside.png') });

  // The keyboard: aix02 back next to aix01, then a big step left would cover it: refused with the reason.
  await page.keyboard.press('Control+z');
  await searchAndSelect(page, 'aix02', 'AIX aix02');
  const id = await nodeIdOf(partition(page, 'aix02'));
  const before = await positionOf(page, id);
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.getByRole('alert').filter({ hasText: 'Cannot move partition aix02 there: it would cover partition aix01' })).toBeVisible();
  expect(await positionOf(page, id)).toBe(before);
});

test('arrow keys move the selected node; a burst of moves is one undo step', async ({ page }) => {
  await openFresh(page);
  await searchAndSelect(page, 'lnx03', 'LINUX lnx03');
  const id = await nodeIdOf(partition(page, 'lnx03'));
  const before = await positionOf(page, id);
  const x0 = (await boxOf(page, 'lnx03')).x;
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(() => positionOf(page, id)).not.toBe(before);
  expect((await boxOf(page, 'lnx03')).x).toBeGreaterThan(x0 + 5);
  await page.waitForTimeout(1500); // the burst ends 1.2 s after the last arrow
  await page.keyboard.press('Control+z');
  await expect.poll(() => positionOf(page, id)).toBe(before);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('a connection made with the keyboard only: select, C, pick the operation', async ({ page }) => {
  await openFresh(page);
  await zoomToRows(page); // adapter rows are drawn from 9 px on screen
  const vhosts = await partition(page, 'vios1').locator('li.row-vscsi-server').count();
  await searchAndSelect(page, 'aix02', 'AIX aix02');
  await page.keyboard.press('c');
  const dialog = page.getByRole('dialog', { name: 'Connect partition aix02' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Possible connections' })).toContainText('vSCSI: vhost on vios1 ↔ vscsi on aix02');
  await page.keyboard.type('vhost on vios1');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: /vios1 · vSCSI: vhost on vios1 ↔ vscsi on aix02/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'vSCSI: vhost on vios1 ↔ vscsi on aix02' })).toBeVisible();
  await expect(partition(page, 'vios1').locator('li.row-vscsi-server')).toHaveCount(vhosts + 1);
  await expect(row(page, 'vios1', `vhost${vhosts}`)).toContainText('aix02');

  // From an adapter: the new vhost (found by search) maps a LUN, chosen from the list with the arrow-free Tab/Enter.
  await searchAndSelect(page, `vhost${vhosts}`, `vhost${vhosts} on vios1`);
  await page.keyboard.press('c');
  const fromVhost = page.getByRole('dialog', { name: new RegExp(`Connect vhost${vhosts} on vios1`) });
  await expect(fromVhost).toBeVisible();
  await page.keyboard.type('aix02_rootvg');
  await page.keyboard.press('Enter');
  await expect(row(page, 'vios1', `vhost${vhosts}`)).toContainText('→hdisk');
  await expect(page.getByRole('button', { name: 'Connect…' })).toBeEnabled();
});

test('a connection dropped on a node body: one sensible target connects, several are offered', async ({ page }) => {
  await openFresh(page);
  const v1 = await nodeIdOf(partition(page, 'vios1'));
  // Count the vhosts where rows are drawn, then drag at the fitted view, where rows are summarised.
  await zoomToRows(page);
  const vhosts = await partition(page, 'vios1').locator('li.row-vscsi-server').count();
  await fitView(page);
  // +vSCSI of vios1 dropped on the middle of lnx03: the vSCSI pair.
  const chip = (await page.locator(`.react-flow__handle[data-nodeid="${v1}"][data-handleid="vscsi"]`).boundingBox())!;
  const body = await boxOf(page, 'lnx03');
  await page.mouse.move(chip.x + chip.width / 2, chip.y + chip.height / 2);
  await page.mouse.down();
  await page.mouse.move(chip.x + 30, chip.y + 30, { steps: 4 });
  await page.mouse.move(body.x + body.width / 2, body.y + body.height / 2, { steps: 10 });
  await page.mouse.up();
  await expect(page.getByRole('status').filter({ hasText: /vSCSI: vhost on vios1 ↔ vscsi on lnx03/ })).toBeVisible();
  // A LUN dropped on vios2: which vhost should map its hdisk? Asked.
  const lun = page.getByTestId('lun-aix02_rootvg');
  const lunId = await nodeIdOf(lun);
  const h = (await page.locator(`.react-flow__handle.source[data-nodeid="${lunId}"]`).boundingBox())!;
  const vios2 = await boxOf(page, 'vios2');
  await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(h.x - 30, h.y + 20, { steps: 4 });
  await page.mouse.move(vios2.x + vios2.width / 2, vios2.y + vios2.height * 0.7, { steps: 12 });
  await page.mouse.up();
  const menu = page.getByRole('menu', { name: /Connect LUN aix02_rootvg to VIOS vios2/ });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: /^VTD: hdisk1 → vhost0$/ })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('drop-choice.png') });
  await menu.getByRole('menuitem', { name: /^VTD: hdisk1 → vhost0$/ }).click();
  await zoomToRows(page);
  await expect(partition(page, 'vios1').locator('li.row-vscsi-server')).toHaveCount(vhosts + 1);
  await expect(row(page, 'vios2', 'vhost0')).toContainText('hdisk1');
});

test('search frames an adapter row (vfchost1) and a WWPN; the row is highlighted, not the whole VIOS', async ({ page }) => {
  await openFresh(page);
  await searchAndSelect(page, 'vfchost1', 'vfchost1 on vios1');
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByRole('heading', { name: /vfchost1 on vios1/ })).toBeVisible();
  await expect(partition(page, 'vios1')).not.toHaveClass(/selected/);
  const r = row(page, 'vios1', 'vfchost1');
  await expect(r).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  await page.waitForTimeout(500);
  const canvas = (await page.getByRole('region', { name: 'Canvas' }).boundingBox())!;
  const rb = (await r.boundingBox())!;
  expect(rb.y).toBeGreaterThan(canvas.y);
  expect(rb.y + rb.height).toBeLessThan(canvas.y + canvas.height);
  expect(rb.height).toBeGreaterThan(12); // framed readable
  // A WWPN, typed with colons: the one the inspector shows for fcs0 on aix01.
  await searchAndSelect(page, 'fcs0', 'fcs0 on aix01');
  const wwpn = await page.getByRole('complementary', { name: 'Inspector' }).getByLabel('WWPN 1').inputValue();
  expect(wwpn).toMatch(/^[0-9a-f]{16}$/i);
  await page.keyboard.press('/');
  await page.keyboard.type(wwpn.match(/.{2}/g)!.join(':'));
  await expect(page.getByRole('option', { name: /fcs0 on aix01 · WWPN/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByRole('heading', { name: /fcs0 on aix01/ })).toBeVisible();
});
