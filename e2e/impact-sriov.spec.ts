import { expect, test, type Page } from '@playwright/test';
import { collectErrors, openFresh } from './helpers.ts';
import { fitView } from './canvas-helpers.ts';

const impact = (page: Page) => page.getByRole('region', { name: 'Impact' });
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Failures' });
const summary = (page: Page) => impact(page).getByRole('status', { name: 'Impact summary' });

async function power10(page: Page): Promise<void> {
  await openFresh(page);
  await page.getByRole('button', { name: 'From template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New from template' });
  await dialog.getByRole('button', { name: /POWER10 with vNIC failover/ }).click();
  await expect(dialog).toHaveCount(0);
  await fitView(page);
  await expect(summary(page)).toHaveText(/0 Outage · 0 Degraded · 3 OK/, { timeout: 30_000 });
}

test('the picker names SR-IOV adapters, physical ports and logical ports; failing an adapter makes every vNIC fail over (Degraded, no Outage)', async ({ page }) => {
  const errors = collectErrors(page);
  await power10(page);
  const picker = impact(page).getByRole('combobox', { name: 'Component to fail' });
  await picker.fill('SR-IOV adapter 1');
  const hits = impact(page).getByRole('listbox', { name: 'Failable components' });
  await expect(hits.getByRole('option').first()).toContainText(/p10-frame1 SR-IOV adapter 1 .*SR-IOV adapter/);
  await expect(hits).toContainText('SR-IOV physical port');
  await picker.fill('vios1 ent');
  await expect(hits).toContainText('SR-IOV logical port');
  await picker.fill('SR-IOV adapter 1 (');
  await picker.press('Enter');
  await expect(toolbar(page).getByText(/p10-frame1 SR-IOV adapter 1/)).toBeVisible();
  await toolbar(page).getByRole('button', { name: 'Fail', exact: true }).click();
  await expect(summary(page)).toHaveText(/^0 Outage · 3 Degraded/, { timeout: 30_000 });
  const clients = impact(page).getByRole('list', { name: 'Client partitions' }).locator(':scope > li');
  await expect(clients.first()).toContainText(/network\s*Degraded/i);
  await expect(clients.first()).toContainText(/the hypervisor activates|stays active/);
  expect(errors).toEqual([]);
});
