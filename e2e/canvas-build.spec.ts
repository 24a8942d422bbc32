import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { collectErrors } from './helpers.ts';
import { connect, dropPalette, fitView as fitAll, handle, newDesign, nodeIdOf, paletteItem, partition, row, rowId, zoomToRows } from './canvas-helpers.ts';
import type { Page } from '@playwright/test';

/** Fits the design, then zooms in until adapter rows are drawn (when there are partitions). */
async function fitView(page: Page): Promise<void> {
  await fitAll(page);
  if (await page.locator('.partition-node').count()) await zoomToRows(page);
}

// A large screen: the whole design stays in view with its adapter rows readable (they are drawn from 9 px on).
test.use({ viewport: { width: 2560, height: 1600 } });

test('builds a dual-VIOS frame from an empty design with palette and handles only, then saves it', async ({ page }, info) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await newDesign(page);

  // Frame, VIOS pair, two AIX LPARs and VLAN 10 by drag and drop.
  await dropPalette(page, 'Frame', page.locator('.react-flow__pane'), { x: 200, y: 120 });
  await fitView(page);
  const frame = page.locator('.react-flow__node-frame');
  await expect(frame).toBeVisible();
  const box = (await frame.boundingBox())!;
  const sx = box.width / 900;
  const at = (x: number, y: number) => ({ x: x * sx, y: y * sx });
  await dropPalette(page, 'VIOS pair', frame, at(325, 80));
  await dropPalette(page, 'AIX LPAR', frame, at(175, 420));
  await dropPalette(page, 'AIX LPAR', frame, at(475, 420));
  await dropPalette(page, 'VLAN', frame, at(700, 470));
  for (const n of ['vios1', 'vios2', 'aix01', 'aix02']) await expect(partition(page, n)).toBeVisible();
  await expect(page.getByTestId('vlan-VLAN 10')).toBeVisible();

  // Outside the frame with Enter on the palette: two fabrics, an array with one LUN, a switch.
  for (const item of ['SAN fabric', 'SAN fabric', 'Storage array', 'SAN LUN', 'Ethernet switch']) {
    await paletteItem(page, item).focus();
    await page.keyboard.press('Enter');
  }
  await fitView(page);
  for (const t of ['fabric-fabric-A', 'fabric-fabric-B', 'array-array1', 'lun-LUN01', 'switch-switch1']) await expect(page.getByTestId(t)).toBeVisible();

  const id = async (n: string) => nodeIdOf(partition(page, n));
  const [v1, v2, c1, c2] = [await id('vios1'), await id('vios2'), await id('aix01'), await id('aix02')];
  const node = async (testId: string) => nodeIdOf(page.getByTestId(testId));
  const [lun, fabA, fabB, sw, vlan] = [await node('lun-LUN01'), await node('fabric-fabric-A'), await node('fabric-fabric-B'), await node('switch-switch1'), await node('vlan-VLAN 10')];

  // vSCSI and NPIV: from each client's +vSCSI / +NPIV handle to each VIOS.
  for (const c of [c1, c2]) {
    for (const v of [v1, v2]) {
      await connect(page, handle(page, c, 'vscsi'), handle(page, v, 'in', 'target'), /vSCSI: vhost on vios/);
      await connect(page, handle(page, c, 'npiv'), handle(page, v, 'in', 'target'), /NPIV: vfchost on vios/);
    }
  }
  await expect(row(page, 'vios1', 'vhost1')).toBeVisible();
  await expect(row(page, 'vios2', 'vfchost1')).toBeVisible();
  await fitView(page);

  // The shared LUN to every vhost (each VIOS sees it as an hdisk once; one VTD per vhost).
  for (const [v, vn] of [[v1, 'vios1'], [v2, 'vios2']] as const) {
    for (const vh of ['vhost0', 'vhost1']) {
      await connect(page, handle(page, lun, null), handle(page, v, await rowId(page, vn, vh), 'target'), /VTD: /);
    }
    // vfcmap both vfchosts to fcs0, then cable fcs0 to this VIOS's fabric.
    for (const vf of ['vfchost0', 'vfchost1']) {
      await connect(page, handle(page, v, await rowId(page, vn, 'fcs0')), handle(page, v, await rowId(page, vn, vf), 'target'), /vfcmap/);
      await page.screenshot({ path: info.outputPath('vfcmap.png') });
    }
    await connect(page, handle(page, v === v1 ? fabA : fabB, null), handle(page, v, await rowId(page, vn, 'fcs0'), 'target'), /Cable fcs0/);
    // Network: the Ethernet port bridges VLAN 10 (the second VIOS forms SEA failover), and is cabled to the switch.
    await connect(page, handle(page, v, await rowId(page, vn, 'ent0')), handle(page, vlan, null, 'target'), /SEA on vios/);
    await connect(page, handle(page, sw, null), handle(page, v, await rowId(page, vn, 'ent0'), 'target'), /Cable ent0/);
  }
  for (const f of [fabA, fabB]) await connect(page, handle(page, f, null), handle(page, lun, null, 'target'), /Present LUN01/);
  for (const c of [c1, c2]) await connect(page, handle(page, c, 'out'), handle(page, vlan, null, 'target'), /PVID 10/);
  await fitView(page);
  await page.screenshot({ path: info.outputPath('canvas-built.png') });

  // Save and check the JSON.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save' }).click();
  const path = info.outputPath('built.json');
  await (await download).saveAs(path);
  const saved = JSON.parse(readFileSync(path, 'utf8'));
  const dom = saved.domain;
  type Pair = { id: string; partitionId: string; slot: number; role: string; remotePartitionId: string; remoteSlot: number; physicalPortId?: string };
  for (const [coll, n] of [['vscsiAdapters', 8], ['vfcAdapters', 8]] as const) {
    const all = Object.values(dom[coll]) as Pair[];
    expect(all).toHaveLength(n);
    for (const c of all.filter((a) => a.role === 'client')) {
      const s = all.find((a) => a.role === 'server' && a.partitionId === c.remotePartitionId && a.slot === c.remoteSlot)!;
      expect(s, `${coll} pair of ${c.id}`).toBeTruthy();
      expect([s.remotePartitionId, s.remoteSlot]).toEqual([c.partitionId, c.slot]);
    }
    for (const c of [c1, c2]) expect(new Set(all.filter((a) => a.partitionId === c).map((a) => all.find((s) => s.partitionId === a.remotePartitionId)!.partitionId))).toEqual(new Set([v1, v2]));
  }
  const bds = Object.values(dom.backingDevices) as { id: string; partitionId: string; lunId: string; reservePolicy: string }[];
  expect(bds.map((b) => [b.partitionId, b.lunId, b.reservePolicy]).sort()).toEqual([[v1, lun, 'no_reserve'], [v2, lun, 'no_reserve']]);
  const vtds = Object.values(dom.vtds) as { serverAdapterId: string; backingDeviceId: string }[];
  expect(vtds).toHaveLength(4);
  for (const t of vtds) expect(dom.vscsiAdapters[t.serverAdapterId].partitionId).toBe(dom.backingDevices[t.backingDeviceId].partitionId);
  const servers = (Object.values(dom.vfcAdapters) as Pair[]).filter((a) => a.role === 'server');
  expect(new Set(servers.map((s) => dom.physicalPorts[s.physicalPortId!].cabledToId))).toEqual(new Set([fabA, fabB]));
  expect(dom.luns[lun].fabricIds.sort()).toEqual([fabA, fabB].sort());
  const seas = Object.values(dom.seas) as { partitionId: string; haMode: string; defaultAdapterId: string; controlChannelId: string; realAdapter: { id: string } }[];
  expect(seas.map((s) => s.partitionId).sort()).toEqual([v1, v2].sort());
  expect(seas.map((s) => s.haMode)).toEqual(['auto', 'auto']);
  expect(seas.map((s) => dom.vethAdapters[s.defaultAdapterId].pvid)).toEqual([10, 10]);
  expect(seas.map((s) => dom.vethAdapters[s.defaultAdapterId].trunkPriority).sort()).toEqual([1, 2]);
  expect(seas.every((s) => s.controlChannelId && dom.vethAdapters[s.controlChannelId].pvid !== 10)).toBe(true);
  expect(seas.every((s) => dom.physicalPorts[s.realAdapter.id].cabledToId === sw)).toBe(true);
  const clientVeth = (Object.values(dom.vethAdapters) as { partitionId: string; pvid: number }[]).filter((a) => a.partitionId === c1 || a.partitionId === c2);
  expect(clientVeth.map((a) => a.pvid)).toEqual([10, 10]);
  expect(errors).toEqual([]);
});
