import { describe, expect, it } from 'vitest';
import { deviceRanges, rowSummary, rowSummaryParts } from './row-summary.ts';
import type { Row } from './rows.ts';

const row = (kind: Row['kind'], name: string): Row => ({ id: name, kind, name, detail: '' });

describe('row summary', () => {
  const vios = [row('vscsi-server', 'vhost0'), row('vscsi-server', 'vhost1'), row('vscsi-server', 'vhost2'), row('sea', 'ent3'),
    row('port-fc', 'fcs0'), row('port-fc', 'fcs1'), row('port-ethernet', 'ent0'), row('backing', 'hdisk0')];
  it('counts per kind, and with names the device names in AIX ranges', () => {
    expect(rowSummary(vios)).toBe('3 vSCSI · 1 SEA · 3 ports · 1 disks');
    expect(rowSummaryParts(vios, true)).toEqual(['3 vSCSI · vhost0–2', '1 SEA · ent3', '3 ports · fcs0–1, ent0', '1 disks · hdisk0']);
    expect(rowSummaryParts([])).toEqual(['no adapters']);
  });
  it('runs of numbers only where they follow each other', () => {
    expect(deviceRanges(['vhost0', 'vhost2', 'vhost3', 'vhost10', 'rootvg_lv', 'hdisk01'])).toBe('vhost0, vhost2–3, vhost10, rootvg_lv, hdisk01');
  });
});
