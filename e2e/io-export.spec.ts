import { expect, test } from '@playwright/test';
import { svgProblems } from '../app/io/export/svg-check.ts';
import { readFileSync } from 'node:fs';
import { collectErrors, openFresh } from './helpers.ts';
import { downloadedText, exportOne } from './io-helpers.ts';

const SAMPLE_PARTITIONS = ['vios1', 'vios2', 'aix01', 'aix02', 'lnx03'];

test('Export gives the command script, both mapping tables, SVG and PNG of the design', async ({ page }) => {
  const errors = collectErrors(page);
  await openFresh(page);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('export-dialog.png') });

  const script = await exportOne(page, 'Command script (.sh)');
  expect(script.suggestedFilename()).toMatch(/\.sh$/);
  const sh = await downloadedText(script);
  for (const cmd of ['mksyscfg', 'mkvdev -vdev', 'vfcmap', 'mkvdev -sea', 'ha_mode']) expect(sh).toContain(cmd);
  for (const p of SAMPLE_PARTITIONS) expect(sh).toContain(p);

  const storage = await downloadedText(await exportOne(page, 'Storage mapping (CSV)'));
  expect(storage.split('\r\n')[0]).toBe('frame,client,client_id,type,client_slot,client_device,vios,vios_id,server_slot,server_device,vtd,lun,backing_device,backing_kind,fc_port,wwpns');
  expect(storage).toContain('aix01');
  expect(storage).toContain('vhost0');

  const vlans = await downloadedText(await exportOne(page, 'VLAN mapping (CSV)'));
  expect(vlans.split('\r\n')[0]).toContain('vlan_id');
  expect(vlans).toContain('ent');

  const svgDownload = await exportOne(page, 'SVG image');
  expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
  const svg = await downloadedText(svgDownload);
  expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  for (const p of SAMPLE_PARTITIONS) expect(svg).toContain(`>${p}<`);
  for (const n of ['p9-frame1', 'fabric-A', 'ds8k-1', 'core-sw1', 'vhost0', 'vfchost0']) expect(svg).toContain(n);
  expect((svg.match(/<path class="edge /g) ?? []).length).toBeGreaterThan(20);
  // The real export, read as a picture: no line over any text, nothing outside the view box, a title block and a legend.
  expect(svgProblems(svg)).toEqual([]);
  expect(svg).toContain('class="title-block"');
  expect(svg).toContain('virtual SCSI (vhost ↔ vscsi)');

  const png = await exportOne(page, 'PNG image');
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  const bytes = readFileSync(await png.path());
  expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  expect(bytes.length).toBeGreaterThan(20_000);

  // The SVG as a picture, to look at.
  const view = await page.context().newPage();
  await view.setContent(`<body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, '')}</body>`);
  await view.screenshot({ path: test.info().outputPath('export-svg.png'), fullPage: true });
  await view.close();
  expect(errors).toEqual([]);
});

test('sanitized exports replace names and WWPNs; an image of the selection holds only the selection', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const plain = await downloadedText(await exportOne(page, 'Storage mapping (CSV)'));
  const wwpn = /\b[0-9a-f]{16}\b/i.exec(plain)?.[0];
  await dialog.getByLabel('Sanitize names, serials and WWPNs').check();
  for (const label of ['Storage mapping (CSV)', 'Command script (.sh)', 'SVG image', 'Design JSON']) {
    const text = await downloadedText(await exportOne(page, label));
    for (const secret of ['aix01', 'lnx03', 'p9-frame1', 'ds8k-1']) expect(text, `${label}: ${secret}`).not.toContain(secret);
    if (wwpn) expect(text, label).not.toContain(wwpn);
  }
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByTestId('partition-aix01').locator('.partition-header').click();
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByLabel(/Images of the selection only \(1 selected\)/)).toBeChecked();
  const download = await exportOne(page, 'SVG image');
  expect(download.suggestedFilename()).toMatch(/-selection\.svg$/);
  const svg = await downloadedText(download);
  expect(svg).toContain('>aix01<');
  for (const other of ['vios1', 'vios2', 'lnx03']) expect(svg).not.toContain(`>${other}<`);
});
