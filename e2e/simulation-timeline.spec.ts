import { expect, test, type Page } from '@playwright/test';
import { collectErrors, openFresh } from './helpers.ts';
import { fromTemplate, fitView, partition } from './canvas-helpers.ts';
import { downloadedText } from './io-helpers.ts';

// Each test plays minutes of simulated time at 60× on a shared machine: room beyond the default minute.
test.describe.configure({ timeout: 120_000 });

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

/** Every event of the list, as its accessible name ("t+31.2 s aix01 LUN ..."). */
const eventNames = (page: Page): Promise<string[]> =>
  events(page).getByRole('button').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));

const summary = (page: Page) => sim(page).getByRole('status', { name: 'Simulated state' });

test('single VIOS: failed while the clock runs, every client loses its disks (Outage) once the timers run out', async ({ page }) => {
  await openFresh(page);
  await fromTemplate(page, /^Single VIOS/);
  await select(page, 'vios1');
  await sim(page).getByRole('combobox', { name: 'Speed' }).selectOption('60');
  await sim(page).getByRole('button', { name: /Play/ }).click();
  await expect.poll(() => clockSeconds(page)).toBeGreaterThan(2);
  await page.keyboard.press('f');
  const failed = events(page).getByRole('button', { name: /vios1 fails \(halted, hung or deactivated\)/ });
  await expect(failed).toBeVisible();
  const at = Number(/^t\+([\d.]+) s/.exec((await failed.getAttribute('aria-label'))!)![1]);
  expect(at).toBeGreaterThan(2);
  // vscsi_err_recov=delayed_fail: vscsi_path_to 30 s plus 60 s of retries, then no path is left.
  const lost = events(page).getByRole('button', { name: /aix01 LUN aix01_rootvg: path via vscsi0 \(vios1\) Failed, no path left/ });
  await expect(lost).toBeVisible({ timeout: 20_000 });
  // Both times are shown to a tenth of a second, each rounded on its own: they may differ by one tenth.
  expect(Math.abs(Number(/^t\+([\d.]+) s/.exec((await lost.getAttribute('aria-label'))!)![1]) - (at + 90))).toBeLessThanOrEqual(0.1 + 1e-9);
  await sim(page).getByRole('button', { name: /Pause/ }).click();
  for (const p of ['aix01', 'aix02', 'aix03']) await expect(clientState(page, p)).toHaveAccessibleName(`${p}: storage Outage, network Outage`);
  await expect(summary(page)).toContainText('storage 3 Outage');
});

test('a recorded run saved as a scenario replays to the same event list; scrubbing back shows the earlier state; an event moves the clock', async ({ page }) => {
  const errors = collectErrors(page);
  await openFresh(page);
  await select(page, 'vios1');
  await sim(page).getByRole('combobox', { name: 'Speed' }).selectOption('60');
  await sim(page).getByRole('button', { name: /Play/ }).click();
  // The failure happens at the clock shown: once it has moved (the scrubbing below goes back to before it).
  await expect.poll(() => clockSeconds(page)).toBeGreaterThan(0);
  await page.keyboard.press('f');
  await expect(event(page, /aix01 LUN aix01_rootvg: path via vscsi0 \(vios1\) Failed, I\/O resumes on vscsi1/)).toBeVisible({ timeout: 20_000 });
  await failures(page).getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(event(page, /aix02 LUN aix02_rootvg: path via vscsi0 \(vios1\) Enabled again by the health check/)).toBeVisible({ timeout: 20_000 });
  await expect(summary(page)).toContainText('settled');
  await sim(page).getByRole('button', { name: /Pause/ }).click();
  const recorded = await eventNames(page);
  expect(recorded.length).toBeGreaterThan(20);

  await sim(page).getByRole('tab', { name: 'Scenarios' }).click();
  await sim(page).getByRole('textbox', { name: 'Scenario name' }).fill('vios1 crash');
  await sim(page).getByRole('button', { name: /Save recording \(2\)/ }).click();
  await expect(sim(page).getByRole('list', { name: 'Saved scenarios' })).toContainText('vios1 crash');
  await sim(page).getByRole('button', { name: 'Replay vios1 crash' }).click();
  await sim(page).getByRole('tab', { name: 'Events' }).click();
  await expect.poll(() => eventNames(page), { timeout: 30_000 }).toEqual(recorded);
  // A replayed scenario stops at its end: every action played and every timer run out.
  await expect(summary(page)).toContainText('settled');
  await expect(sim(page).getByRole('button', { name: /Play/ })).toBeVisible();
  await expect(summary(page)).toContainText('storage 3 OK · network 3 OK');

  // Back to 10 s after the failure: storage is failing over again (recomputed from the start, not remembered).
  const failedAt = Number(/^t\+([\d.]+) s/.exec(recorded[0]!)![1]);
  await sim(page).getByRole('slider', { name: 'Scrubber' }).fill(String(Math.round((failedAt + 10) * 1000)));
  await expect(clock(page)).toHaveText(`t+${(failedAt + 10).toFixed(1)} s`);
  await expect(summary(page)).toContainText('storage 3 failing over');
  await expect(impact(page).getByRole('list', { name: 'Failed components' })).toContainText('vios1');
  // Before the failure nothing is failed, on the Simulation's clock and in the Impact region alike.
  await sim(page).getByRole('slider', { name: 'Scrubber' }).focus();
  await page.keyboard.press('Home');
  await expect(clock(page)).toHaveText('t+0.0 s');
  await page.keyboard.press('PageUp');
  await expect(clock(page)).toHaveText('t+10.0 s');
  await page.keyboard.press('Home');
  await expect(summary(page)).toContainText('storage 3 OK · network 3 OK');
  await expect(impact(page).getByRole('list', { name: 'Failed components' })).toHaveCount(0);
  // The events after the clock stay listed; choosing one moves the clock there and selects its elements.
  await expect(eventNames(page)).resolves.toEqual(recorded);
  await event(page, /ent3 on vios2 becomes PRIMARY for VLAN 10/).click();
  await expect(clock(page)).toHaveText(`t+${(failedAt + 3).toFixed(1)} s`);
  await expect(summary(page)).toContainText('network 3 Degraded');
  await expect(page.locator('.react-flow__node.selected').first()).toBeVisible();
  // Filters: by mechanism, by partition.
  await sim(page).getByRole('combobox', { name: 'Filter events by mechanism' }).selectOption({ label: 'SEA failover' });
  const sea = await eventNames(page);
  expect(sea.length).toBeGreaterThanOrEqual(2);
  for (const n of sea) expect(n).toMatch(/ent3 on vios/);
  await sim(page).getByRole('combobox', { name: 'Filter events by mechanism' }).selectOption({ label: 'All' });
  const byPartition = sim(page).getByRole('combobox', { name: 'Filter events by partition' });
  await byPartition.focus();
  await byPartition.selectOption({ label: 'lnx03' });
  const lnx = await eventNames(page);
  expect(lnx.some((n) => /lnx03 LUN/.test(n))).toBe(true);
  expect(lnx.some((n) => /aix01 LUN|aix02 LUN/.test(n))).toBe(false);
  expect(lnx.length).toBeLessThan(recorded.length);
  expect(errors).toEqual([]);
});

test('the shipped scenarios replay from the Scenarios list; the editor writes a timed scenario into the design', async ({ page }) => {
  await openFresh(page);
  await sim(page).getByRole('tab', { name: 'Scenarios' }).click();
  const list = sim(page).getByRole('list', { name: 'Saved scenarios' });
  await expect(list).toContainText('VIOS maintenance');
  await expect(list).toContainText('Broadcast storm');
  await sim(page).getByRole('combobox', { name: 'Speed' }).selectOption('60');
  await sim(page).getByRole('button', { name: 'Replay Broadcast storm' }).click();
  await sim(page).getByRole('tab', { name: 'Events' }).click();
  await expect(event(page, /^t\+13\.0 s ent3 on vios1 and ent3 on vios2 both bridge VLAN 10 .*broadcast storm$/)).toBeVisible({ timeout: 20_000 });
  await expect(event(page, /^t\+61\.0 s .*storm over/)).toBeVisible({ timeout: 20_000 });
  await expect(sim(page).getByRole('button', { name: /Play/ })).toBeVisible();

  await sim(page).getByRole('tab', { name: 'Scenarios' }).click();
  await sim(page).getByRole('button', { name: 'New scenario…' }).click();
  const editor = sim(page).getByRole('form', { name: 'New scenario' });
  await editor.getByRole('textbox', { name: 'Scenario name' }).fill('fabric A lost');
  await editor.getByRole('button', { name: 'Add step' }).click();
  await editor.getByRole('spinbutton', { name: 'Time of step 1 (s)' }).fill('20');
  await editor.getByRole('combobox', { name: 'Target of step 1' }).selectOption({ label: 'fabric-A' });
  await editor.getByRole('button', { name: 'Add step' }).click();
  await editor.getByRole('spinbutton', { name: 'Time of step 2 (s)' }).fill('120');
  await editor.getByRole('combobox', { name: 'Target of step 2' }).selectOption({ label: 'fabric-A' });
  await editor.getByRole('combobox', { name: 'Action of step 2' }).selectOption('restore');
  await editor.getByRole('button', { name: 'Save scenario' }).click();
  await expect(list).toContainText('fabric A lost');
  await expect(list).toContainText('2 steps, to t+120.0 s');
  // Saved in the design: Save writes it with the rest (and Ctrl+Z would take it back, as any edit).
  const wait = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const saved = JSON.parse(await downloadedText(await wait)) as { scenarios: Record<string, { name: string; events: { at: number; action: string }[] }> };
  const written = Object.values(saved.scenarios).find((x) => x.name === 'fabric A lost');
  expect(written?.events.map((e) => [e.at, e.action])).toEqual([[20, 'fail'], [120, 'restore']]);
  await sim(page).getByRole('button', { name: 'Replay fabric A lost' }).click();
  await sim(page).getByRole('tab', { name: 'Events' }).click();
  await expect(event(page, /^t\+20\.0 s fabric-A fails/)).toBeVisible({ timeout: 20_000 });
});
