import { expect, test, type Page } from '@playwright/test';
import { collectErrors, openFresh } from './helpers.ts';
import { fitView, partition } from './canvas-helpers.ts';

const sim = (page: Page) => page.getByRole('region', { name: 'Simulation' });
const impact = (page: Page) => page.getByRole('region', { name: 'Impact' });
const failures = (page: Page) => page.getByRole('toolbar', { name: 'Failures' });
const clock = (page: Page) => sim(page).getByRole('status', { name: 'Simulated clock' }).or(sim(page).locator('output[aria-label="Simulated clock"]'));
const events = (page: Page) => sim(page).getByRole('list', { name: 'Simulation events' });
const event = (page: Page, re: RegExp) => events(page).getByRole('button', { name: re });
const clientState = (page: Page, name: string) => sim(page).getByRole('list', { name: 'Client partitions at the clock' }).getByRole('listitem', { name: new RegExp(`^${name}:`) });

/** Selects a partition by clicking its header on the canvas, once the impact engine knows what can fail. */
async function select(page: Page, name: string): Promise<void> {
  await expect(impact(page).getByRole('status', { name: 'Impact summary' })).toHaveText(/\d+ OK/, { timeout: 30_000 });
  await partition(page, name).locator('.partition-name').click();
  await expect(failures(page).getByText(name, { exact: true })).toBeVisible();
}

/** The clock as the screen shows it, in seconds. */
async function clockSeconds(page: Page): Promise<number> {
  const text = await sim(page).locator('output[aria-label="Simulated clock"]').innerText();
  return Number(/t\+([\d.]+) s/.exec(text)![1]);
}

async function step(page: Page): Promise<number> {
  const before = await clockSeconds(page);
  await sim(page).getByRole('button', { name: /Step/ }).click();
  await expect.poll(() => clockSeconds(page)).toBeGreaterThan(before);
  return clockSeconds(page);
}

test('dual VIOS: Fail vios1 then Play: storage fails over to Degraded at the configured times, the SEA at its delay; Restore fails back by priority', async ({ page }) => {
  const errors = collectErrors(page);
  await openFresh(page);
  await select(page, 'vios1');
  await failures(page).getByRole('button', { name: 'Fail', exact: true }).click();
  await expect(impact(page).getByRole('list', { name: 'Failed components' })).toContainText('vios1');

  // The failure in force when the simulation starts happens at t+0; Step walks to each moment something happens.
  await sim(page).getByRole('button', { name: /Step/ }).click();
  await expect(event(page, /^t\+0\.0 s vios1 fails/)).toBeVisible();
  await expect(clock(page)).toHaveText('t+0.0 s');
  for (const p of ['aix01', 'aix02', 'lnx03']) await expect(clientState(page, p)).toHaveAccessibleName(`${p}: storage failing over, network failing over`);

  // SEA failover: the backup takes over when the keep-alives have been missing for the default 3 s.
  expect(await step(page)).toBe(3);
  await expect(event(page, /^t\+3\.0 s ent3 on vios2 becomes PRIMARY for VLAN 10 .*no keep-alives for 3 s/)).toBeVisible();
  for (const p of ['aix01', 'aix02', 'lnx03']) await expect(clientState(page, p)).toHaveAccessibleName(new RegExp(`^${p}: storage failing over, network Degraded$`));

  // NPIV with fc_err_recov=fast_fail gives up on the dead path after 15 s.
  expect(await step(page)).toBe(15);
  await expect(event(page, /^t\+15\.0 s aix01 LUN aix01_data01: path via fcs0 \(vios1 fcs0\) Failed, I\/O continues on fcs1 \(vios2 fcs1\)/)).toBeVisible();

  // vSCSI MPIO: vscsi_path_to 30 s plus the retry (1.2 s), then I/O resumes on vios2: Degraded, never Outage.
  expect(await step(page)).toBe(31.2);
  await expect(event(page, /^t\+31\.2 s aix01 LUN aix01_rootvg: path via vscsi0 \(vios1\) Failed, I\/O resumes on vscsi1 \(vios2\)/)).toBeVisible();
  for (const p of ['aix01', 'aix02', 'lnx03']) await expect(clientState(page, p)).toHaveAccessibleName(`${p}: storage Degraded, network Degraded`);

  // Play runs the clock on (60×); Restore while it runs is an action at the clock; the SEA fails back by priority.
  await sim(page).getByRole('combobox', { name: 'Speed' }).selectOption('60');
  await sim(page).getByRole('button', { name: /Play/ }).click();
  await expect.poll(() => clockSeconds(page), { timeout: 20_000 }).toBeGreaterThan(40);
  await failures(page).getByRole('button', { name: 'Restore', exact: true }).click();
  await sim(page).getByRole('button', { name: /Pause/ }).click();
  const back = events(page).getByRole('button', { name: /vios1 is running again$/ });
  await expect(back).toBeVisible();
  const restoredAt = Number(/^t\+([\d.]+) s/.exec((await back.getAttribute('aria-label'))!)![1]);
  expect(restoredAt).toBeGreaterThan(40);
  // The fail-back is 3 s later (the primary's keep-alives heard again for the failover delay).
  await sim(page).getByRole('button', { name: /Play/ }).click();
  const failBack = events(page).getByRole('button', { name: /ent3 on vios1 becomes PRIMARY for VLAN 10 .*fail-back by priority/ });
  await expect(failBack).toBeVisible({ timeout: 20_000 });
  await sim(page).getByRole('button', { name: /Pause/ }).click();
  const failBackAt = Number(/^t\+([\d.]+) s/.exec((await failBack.getAttribute('aria-label'))!)![1]);
  expect(failBackAt).toBeCloseTo(restoredAt + 3, 1);
  expect(errors).toEqual([]);
});
