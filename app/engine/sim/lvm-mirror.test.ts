import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/schema/index.ts';
import { byName, dualVios, find, partitionState, play } from './fixtures.ts';
import { DEGRADED, OUTAGE } from './types.ts';

/** aix01's rootvg on an LV from each VIOS, mirrored (or not). */
function lvMirror(mirrored: boolean): Design {
  const d = dualVios({ vscsiPathTimeout: 30, vscsiErrRecov: 'fast_fail' });
  const dom = d.domain;
  const client = byName(d, 'aix01');
  const served = Object.values(dom.vtds).filter((t) => dom.vscsiAdapters[t.serverAdapterId]?.remotePartitionId === client).map((t) => dom.backingDevices[t.backingDeviceId ?? '']!);
  for (const b of served) { b.kind = 'logical-volume'; b.lunId = null; b.name = 'lv_aix01'; }
  const [a, b] = served.sort((x, y) => (dom.partitions[x.partitionId]!.name < dom.partitions[y.partitionId]!.name ? -1 : 1));
  dom.volumeGroups['vg-1'] = { id: 'vg-1', partitionId: client, name: 'rootvg', diskIds: [a!.id], mirrorDiskIds: mirrored ? [b!.id] : [], thirdCopyDiskIds: [] };
  return d;
}

describe('LVM mirroring across VIOS', () => {
  it('a copy goes stale when its VIOS is lost and I/O continues on the other; back, it waits for syncvg', () => {
    const sim = play(lvMirror(true), [[10, 'fail', 'vios1'], [200, 'restore', 'vios1']]);
    const stale = find(sim.events, /aix01 rootvg: copy on lv_aix01 \(vios1\) goes stale, I\/O continues on copy on lv_aix01 \(vios2\)/);
    expect(stale.t).toBe(41_200);
    expect(stale.mechanism).toBe('lvm-mirror');
    expect(find(sim.events, /aix01 rootvg: copy on lv_aix01 \(vios1\) reachable again, its partitions stay stale until syncvg -v rootvg/).t).toBe(260_000);
  });

  it('keeps the volume group Degraded while the copy is lost, and loses it unmirrored', () => {
    const m = play(lvMirror(true), [[10, 'fail', 'vios1']]);
    expect(partitionState(m, 'aix01', 'storage')).toBe(DEGRADED);
    const single = play(lvMirror(false), [[10, 'fail', 'vios1']]);
    expect(partitionState(single, 'aix01', 'storage')).toBe(OUTAGE);
    expect(find(single.events, /aix01 logical volume lv_aix01 on vios1: path via vscsi0 \(vios1\) Failed, no path left/).t).toBe(41_200);
  });
});
