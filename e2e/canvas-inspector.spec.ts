import { expect, test } from '@playwright/test';
import { openFresh } from './helpers.ts';
import { partition, zoomToRows } from './canvas-helpers.ts';

test.use({ viewport: { width: 1920, height: 1200 } });

test('inspector: every attribute editable, range-checked, applied at once and undoable', async ({ page }) => {
  await openFresh(page);
  await zoomToRows(page); // adapter rows are drawn from 9 px on screen
  await partition(page, 'aix01').locator('.partition-name').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const ec = inspector.getByLabel('Entitled capacity');
  await expect(ec).toHaveValue('0.5');
  await ec.fill('0.355');
  await ec.press('Enter');
  await expect(inspector.getByRole('alert')).toContainText('not a multiple of 0.01');
  await expect(partition(page, 'aix01')).toContainText('0.5 EC');
  await ec.fill('0.35');
  await ec.press('Enter');
  await expect(partition(page, 'aix01')).toContainText('0.35 EC');
  await expect(inspector.getByRole('alert')).toHaveCount(0);
  await inspector.getByLabel('Uncapped weight').fill('300');
  await inspector.getByLabel('Uncapped weight').press('Enter');
  await expect(inspector.getByRole('alert')).toContainText('0 to 255');
  await inspector.getByLabel('Uncapped weight').press('Escape');

  // an adapter of the partition: its slot, checked against 2..max-1 (SLOT-1)
  await inspector.getByText('vscsi0 on aix01 (slot 2)').click();
  const slot = inspector.getByRole('group').filter({ hasText: 'vscsi0 on aix01' }).getByLabel('Slot');
  await slot.fill('64');
  await slot.press('Enter');
  await expect(inspector.getByRole('alert')).toContainText(/outside 2\.\.63.*SLOT-1/);
  await slot.fill('9');
  await slot.press('Enter');
  await expect(page.getByTestId('partition-aix01').locator('li.row', { hasText: 'vscsi0' })).toContainText('slot 9');
  await page.screenshot({ path: test.info().outputPath('inspector.png') });

  // undo takes back one change at a time
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('partition-aix01').locator('li.row', { hasText: 'vscsi0' })).toContainText('slot 2');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(partition(page, 'aix01')).toContainText('0.5 EC');

  // a trunk adapter's priority (1..15) on the VIOS, and a VLAN id (1..4094)
  await partition(page, 'vios1').locator('.partition-name').click();
  await inspector.getByText(/^ent1 on vios1/).click();
  const prio = inspector.getByRole('group').filter({ hasText: /^ent1 on vios1/ }).getByLabel('Trunk priority');
  await prio.fill('16');
  await prio.press('Enter');
  await expect(inspector.getByRole('alert')).toContainText(/1 to 15/);
  await page.getByTestId('vlan-VLAN 10').click();
  const vlan = inspector.getByLabel('VLAN id');
  await vlan.fill('4095');
  await vlan.press('Enter');
  await expect(inspector.getByRole('alert')).toContainText(/1 to 4094.*VLAN-1/);
  await expect(page.getByTestId('vlan-VLAN 10')).toBeVisible();
});
