import { expect, test } from '@playwright/test';
import { openFresh } from './helpers.ts';
import { fromTemplate } from './canvas-helpers.ts';

/**
 * Today's templates, as a user checks them: each opens with no error and no warning in Diagnostics, and its single points
 * of failure (Impact, N-1 over every component that can fail) are only what a design draws once by nature: the frame,
 * the storage array and its LUNs, the Ethernet switch, an SEA pair's control channel. No VIOS, adapter, port, SR-IOV
 * adapter or port, logical port, fabric or SSP node takes a client down on its own.
 */
const TEMPLATES: [string, RegExp][] = [
  ['power10-modern', /^POWER10 with vNIC failover, SR-IOV, SSP and NPIV/],
  ['lpm-pair', /^Two POWER10 frames: LPM readiness/],
];
const SINGLE_BY_NATURE = new Set(['frame', 'storage array', 'LUN', 'Ethernet switch', 'control channel']);

for (const [file, title] of TEMPLATES) {
  test(`${file}: checks clean and survives any single failure with no Outage`, async ({ page }) => {
    await openFresh(page);
    await fromTemplate(page, title);
    const diagnostics = page.getByRole('region', { name: 'Diagnostics' });
    await expect(diagnostics.getByRole('status')).toContainText('Up to date');
    await expect(diagnostics.getByRole('button', { name: /^Errors/ })).toHaveText(/^Errors\s*0$/);
    await expect(diagnostics.getByRole('button', { name: /^Warnings/ })).toHaveText(/^Warnings\s*0$/);

    const impact = page.getByRole('region', { name: 'Impact' });
    await impact.getByRole('tab', { name: 'Single points of failure' }).click();
    // The analysis has run: the components that only cost redundancy are listed (every VIOS at least).
    const degrading = impact.getByRole('list', { name: 'Components whose failure degrades' }).getByRole('listitem');
    await expect(degrading.first()).toBeVisible({ timeout: 30_000 });
    await expect(impact.getByRole('list', { name: 'Components whose failure degrades' })).toContainText('VIOS');
    const spof = impact.getByRole('list', { name: 'Single points of failure' }).getByRole('listitem');
    const kinds = await spof.locator('.entry-what small').allTextContents();
    for (const kind of kinds) expect(SINGLE_BY_NATURE, `a single ${kind} takes a client down`).toContain(kind);
  });
}
