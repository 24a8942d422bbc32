import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectErrors, openFresh } from './helpers.ts';
import { fitView, handle, nodeIdOf, paletteItem, partition, row, rowId, zoomToRows } from './canvas-helpers.ts';

/**
 * Today's PowerVM on the canvas, as a user at 1440×900: from the POWER10 template (two VIOS with SR-IOV logical
 * ports), a new client gets a vNIC by dragging its +vNIC chip onto vios1, then a second backing device by dragging
 * the vNIC row onto vios2 (a failover vNIC); the inspector lists both backing devices with their priorities; failing
 * the VIOS of the active one in the Impact region leaves the client's network up through the other.
 */
test.use({ viewport: { width: 1440, height: 900 } });

const impact = (page: Page) => page.getByRole('region', { name: 'Impact' });
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Failures' });

async function openModern(page: Page): Promise<void> {
  await openFresh(page);
  await page.getByRole('button', { name: 'From template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New from template' });
  await dialog.getByRole('button', { name: /^POWER10 with vNIC failover/ }).click();
  await expect(dialog).toHaveCount(0);
  await fitView(page);
}

/** Zooms in with the wheel midway between two partitions (both stay in view) until adapter rows are drawn. */
async function zoomBetween(page: Page, a: string, b: string): Promise<void> {
  const rows = page.locator('li.row');
  for (let i = 0; i < 14 && (await rows.count()) === 0; i++) {
    // Between the right edge of the first (where its handles are) and the header of the second.
    const p = (await partition(page, a).boundingBox())!;
    const q = (await partition(page, b).boundingBox())!;
    await page.mouse.move((p.x + p.width + q.x + q.width / 2) / 2, (p.y + p.height + q.y) / 2);
    await page.mouse.wheel(0, -100);
    await page.waitForTimeout(150);
  }
  await expect(rows.first()).toBeVisible();
}

/**
 * The canvas's own tools and the failures toolbar float over the top of the pane: when a handle is under them, the
 * view is panned down by dragging the frame's empty body (right of vios2) as a person would.
 */
async function clearOfToolbars(page: Page, what: Locator): Promise<void> {
  const h = (await what.boundingBox())!;
  if (h.y >= 200) return;
  const v = (await partition(page, 'vios2').boundingBox())!;
  const at = { x: v.x + v.width + 30, y: v.y + v.height / 2 };
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x, at.y + (230 - h.y), { steps: 8 });
  await page.mouse.up();
  await page.waitForTimeout(150);
}

/**
 * Drags from a handle and releases over the middle of a partition's settings line (its body, no handle near). A drag
 * that starts near the pane's edge pans the view (React Flow's auto-pan): the target is followed until it stands still.
 */
async function dragToBody(page: Page, from: Locator, target: string): Promise<void> {
  await dragFollowing(page, from, partition(page, target).locator('.partition-settings'), -30);
  if (process.env.DEBUG_SHOT) await page.screenshot({ path: `/tmp/pw-4191/drag-${target}.png` });
  await page.mouse.up();
}

/** Presses on a handle and moves to a target, following it while the view auto-pans; the button stays down. */
async function dragFollowing(page: Page, from: Locator, settings: Locator, dx = 0): Promise<void> {
  const a = (await from.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 - 20, a.y + a.height / 2 + 40, { steps: 4 });
  let last = '';
  for (let i = 0; i < 8; i++) {
    const b = (await settings.boundingBox())!;
    const at = { x: Math.round(b.x + b.width / 2 + dx), y: Math.round(b.y + b.height / 2) };
    if (`${at.x},${at.y}` === last) break;
    last = `${at.x},${at.y}`;
    await page.mouse.move(at.x, at.y, { steps: 8 });
    await page.waitForTimeout(120);
  }
}

test('a vNIC with two backing devices on two VIOS built by drag and drop; the inspector lists both; the other VIOS takes over', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = collectErrors(page);
  await openModern(page);
  // The template draws its vNICs, logical ports, SR-IOV ports and the pool.
  await expect(page.getByTestId('sriovPort-sriov1 P0')).toBeVisible();
  await expect(page.getByTestId('sspPool-p10_pool')).toBeVisible();

  // A new AIX partition from the palette (Enter / click adds it to the frame), renamed in the inspector.
  await paletteItem(page, 'AIX LPAR').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const name = inspector.getByLabel('Name', { exact: true });
  await name.fill('aix04');
  await name.press('Enter');
  await expect(partition(page, 'aix04')).toBeVisible();
  // Layout frame puts it in the clients' row, after lnx03.
  await page.getByRole('button', { name: 'Layout frame' }).click();
  await fitView(page);
  const client = await nodeIdOf(partition(page, 'aix04'));

  // +vNIC onto vios2: a vNIC backed by a new logical port of vios2.
  await zoomBetween(page, 'aix04', 'vios2');
  await clearOfToolbars(page, handle(page, client, 'vnic'));
  await dragToBody(page, handle(page, client, 'vnic'), 'vios2');
  await expect(page.getByRole('status').filter({ hasText: /vNIC on aix04 backed by a new logical port on vios2/ }).first()).toBeVisible();
  await expect(row(page, 'aix04', 'ent0')).toContainText('vios2 prio 50 active');
  const vnic = await rowId(page, 'aix04', 'ent0');

  await fitView(page);
  await zoomBetween(page, 'aix04', 'vios1');
  await clearOfToolbars(page, handle(page, client, vnic));
  // While dragging the vNIC row over a logical port that already backs a vNIC, the reason is shown.
  const busy = partition(page, 'vios1').locator('li.row-sriov-lport').first();
  const busyId = (await busy.getAttribute('data-rowid'))!;
  const v1 = await nodeIdOf(partition(page, 'vios1'));
  await dragFollowing(page, handle(page, client, vnic), handle(page, v1, busyId, 'target'));
  await expect(page.getByRole('status', { name: 'Connection status' })).toContainText(/already backs a vNIC/);
  await page.mouse.up();
  // The refusal stays as a notice (errors stay until dismissed).
  const notice = page.getByRole('region', { name: 'Notices' }).getByRole('alert').filter({ hasText: /already backs a vNIC/ });
  await notice.getByRole('button', { name: 'Dismiss' }).click();

  // The vNIC row onto vios1: the second backing device, on the other VIOS and the other adapter: a failover vNIC.
  await dragToBody(page, handle(page, client, vnic), 'vios1');
  await expect(page.getByRole('status').filter({ hasText: /Failover vNIC: ent0 on aix04 gets backing device a new logical port on vios1/ }).first()).toBeVisible();
  await expect(row(page, 'aix04', 'ent0')).toContainText('vios2 prio 50 active, vios1 prio 60');
  // Two lines leave the vNIC: the active one solid, the standby one dashed, each named with its priority.
  await expect(page.locator('.react-flow__edge-vnic, .react-flow__edge.edge-vnic').filter({ has: page.locator('path') }).first()).toBeAttached();
  await expect(page.locator('.react-flow__edge.edge-vnic-standby[aria-label*="vNIC ent0 backing device"][aria-label$="on vios1 · priority 60 · standby"]')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge.edge-vnic[aria-label*="vNIC ent0 backing device"][aria-label$="on vios2 · priority 50 · active"]')).toHaveCount(1);

  // The inspector of the vNIC lists both backing devices with their priority.
  for (const b of await page.getByRole('region', { name: 'Notices' }).getByRole('button', { name: 'Dismiss' }).all()) await b.click({ timeout: 2000 }).catch(() => undefined);
  await partition(page, 'aix04').locator('.partition-name').click();
  await expect(inspector.getByRole('heading', { name: 'partition aix04' })).toBeVisible();
  const children = inspector.locator('details.inspector-child > summary');
  await expect(children.filter({ hasText: /^vNIC ent0 on aix04 \(slot \d+\)$/ })).toHaveCount(1);
  await children.filter({ hasText: /^vNIC ent0/ }).click();
  await expect(inspector.getByLabel('Auto priority failover')).toBeChecked();
  const backs = children.filter({ hasText: /^backing device/ });
  await expect(backs).toHaveCount(2);
  await expect(backs.nth(0)).toHaveText(/^backing device ent\d+ on vios2 · priority 50 · active$/);
  await expect(backs.nth(1)).toHaveText(/^backing device ent\d+ on vios1 · priority 60 · standby$/);
  // An out-of-range priority is refused with the rule.
  await backs.nth(1).click();
  const prio = inspector.getByLabel('Failover priority').last();
  await prio.fill('150');
  await prio.press('Enter');
  await expect(inspector.getByText(/Failover priority must be a whole number from 1 to 100/)).toBeVisible();
  await prio.fill('60');
  await prio.press('Enter');

  // Fail vios2, the VIOS of the active backing device: the network of aix04 is not an Outage.
  await expect(impact(page).getByRole('status', { name: 'Impact summary' })).toHaveText(/\d+ OK/, { timeout: 30_000 });
  await partition(page, 'vios2').locator('.partition-name').click();
  await expect(toolbar(page).getByText('vios2', { exact: true })).toBeVisible();
  await toolbar(page).getByRole('button', { name: 'Fail', exact: true }).click();
  await expect(impact(page).getByRole('list', { name: 'Failed components' })).toContainText('vios2');
  const line = impact(page).getByRole('list', { name: 'Client partitions' }).locator(':scope > li').filter({ hasText: 'aix04' });
  await expect(line).toContainText(/network\s*(OK|Degraded)/i);
  await expect(line).not.toContainText(/network\s*Outage/i);
  await expect(line).toContainText('vios1');
  expect(errors).toEqual([]);
});

test('palette items of today\'s PowerVM go where they belong and are refused elsewhere with the reason', async ({ page }) => {
  await openModern(page);
  await zoomToRows(page);
  // A vNIC dropped on a VIOS is refused (a client adapter, VNIC-1).
  await paletteItem(page, 'vNIC').dragTo(partition(page, 'vios1').locator('.partition-settings'), { force: true });
  await expect(page.getByText(/A vNIC is a client adapter.*\(VNIC-1\)/).first()).toBeVisible();
  // A logical unit dropped on the pool is created in it.
  await fitView(page);
  await paletteItem(page, 'Logical unit').dragTo(page.getByTestId('sspPool-p10_pool'), { force: true });
  await expect(page.getByText('lu -create lu1 (50 GB thin) in p10_pool').first()).toBeVisible();
  await expect(page.getByTestId('sspPool-p10_pool')).toContainText('4 LUs · 2 nodes');
  // Search finds a logical unit by name, at its pool.
  await page.getByRole('combobox', { name: 'Search' }).fill('lu1');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toContainText('Logical unit lu1 in p10_pool');
});

test('screenshots of power10-modern at 1440×900, light and dark', async ({ page }, info) => {
  await openModern(page);
  for (const b of await page.getByRole('button', { name: 'Dismiss' }).all()) await b.click({ timeout: 2000 }).catch(() => undefined);
  await page.waitForTimeout(300);
  await page.screenshot({ path: info.outputPath('power10-modern-light.png') });
  await zoomToRows(page);
  await page.screenshot({ path: info.outputPath('power10-modern-rows-light.png') });
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.screenshot({ path: info.outputPath('power10-modern-rows-dark.png') });
  await fitView(page);
  await page.waitForTimeout(300);
  await page.screenshot({ path: info.outputPath('power10-modern-dark.png') });
  // The new node kinds are on screen, with their names.
  await expect(page.getByTestId('sriovPort-sriov2 P1')).toContainText('25 Gb');
});

test('a client with the +vNIC chip is selected by its name and moved by its header; the chip sits on its bottom edge', async ({ page }) => {
  await openModern(page);
  const aix01 = partition(page, 'aix01');
  const header = aix01.locator('.partition-header');
  const chip = aix01.locator('.react-flow__handle.pair-vnic');
  await expect(chip).toHaveText('+vNIC');
  await expect(chip).toHaveAttribute('title', /^Drag to a VIOS, its SR-IOV logical port or an SR-IOV port/);
  // The chip is clear of the header: no pixel of the header (name, kind, settings) is under it.
  const h = (await header.boundingBox())!;
  const c = (await chip.boundingBox())!;
  const node = (await aix01.boundingBox())!;
  expect(c.y, 'the chip is below the header').toBeGreaterThanOrEqual(h.y + h.height);
  expect(c.y + c.height / 2, 'the chip straddles the bottom edge').toBeCloseTo(node.y + node.height, -1);
  // Across the name, a press lands on the name, never on a handle.
  const name = (await aix01.locator('.partition-name').boundingBox())!;
  for (const f of [0.1, 0.5, 0.9]) {
    const hit = await page.evaluate(([x, y]) => {
      const e = document.elementFromPoint(x!, y!);
      return e?.closest('.react-flow__handle') ? 'handle' : e?.closest('.partition-header') ? 'header' : e?.className ?? 'nothing';
    }, [name.x + name.width * f, name.y + name.height / 2]);
    expect(hit, `at ${f} of the name`).toBe('header');
  }

  // A click on the name selects the partition.
  await aix01.locator('.partition-name').click();
  await expect(aix01).toHaveClass(/selected/);
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Name', { exact: true })).toHaveValue('aix01');

  // A drag from the header (right of the name, left of the +vSCSI chip) moves it down into the channel above the VIOS.
  const aix02 = partition(page, 'aix02');
  const before = (await aix02.boundingBox())!;
  const n2 = (await aix02.locator('.partition-name').boundingBox())!;
  const at = { x: n2.x + n2.width + 6, y: n2.y + n2.height / 2 };
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x + 5, at.y + 15, { steps: 3 });
  await page.mouse.move(at.x + 10, at.y + 30, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => Math.round((await aix02.boundingBox())!.y - before.y)).toBeGreaterThanOrEqual(25);
  expect(Math.round((await aix02.boundingBox())!.x - before.x)).toBeGreaterThanOrEqual(5);
  // No connection was started: no vNIC was made and nothing says a connection was refused.
  await expect(page.getByRole('status', { name: 'Connection status' })).toHaveText('');
  await expect(aix02.locator('li.row, .summary-part').filter({ hasText: /^2 vNIC/ })).toHaveCount(0);
});
