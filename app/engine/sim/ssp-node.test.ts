import { describe, expect, it } from 'vitest';
import { impactOf } from '../impact/index.ts';
import { find, partitionState, play } from './fixtures.ts';
import { modernSimDesign } from './modern-fixture.ts';
import { DEGRADED, OK, OUTAGE } from './types.ts';

const ssp = (sim: ReturnType<typeof play>) => sim.events.filter((e) => e.mechanism === 'ssp-cluster').map((e) => `${e.t} ${e.sentence}`);
const lu = (sim: ReturnType<typeof play>) => sim.impact(false).partitions.find((p) => p.name === 'aix02')!.services.find((s) => s.key === 'lu:lu-1')!;

describe('Shared Storage Pool node loss in the timed simulation (MODERN.md 7.3)', () => {
  it('a node lost: the cluster goes DEGRADED, the DBN role moves, the LU continues through the other node after the vSCSI MPIO timers', () => {
    const sim = play(modernSimDesign((d) => { d.domain.partitions['lpar-4']!.tunables = { vscsiPathTimeout: 30, vscsiErrRecov: 'fast_fail', hcheckInterval: 60 }; }), [[10, 'fail', 'lpar-1'], [200, 'restore', 'lpar-1']]);
    expect(ssp(sim)).toEqual([
      '10000 SSP cluster ssp_cluster: node vios1 down, cluster DEGRADED (1 of 2 nodes up); pool ssp_pool stays online, served by vios2: clients with the LU mapped through another node continue once vSCSI MPIO fails the path',
      '10000 SSP cluster ssp_cluster: the database primary node role moves from vios1 to vios2',
      '200000 SSP cluster ssp_cluster: node vios1 rejoins the cluster, OK (2 of 2 nodes up)',
    ]);
    // vscsi_path_to=30 + fast_fail retry 1.2 s
    expect(find(sim.events, /LU aix02_data02 of pool ssp_pool: path via vscsi0 \(vhost1 on node vios1\) Failed, I\/O resumes on vscsi1 \(vhost1 on node vios2\)/).t).toBe(41_200);
    expect(find(sim.events, /LU aix02_data02 .*Enabled again by the health check/).t).toBe(260_000);
  });

  it('while the timers run the LU is failing over; once they have run out its verdict is the impact engine\'s (Degraded)', () => {
    const d = modernSimDesign();
    const sim = play(d, [[10, 'fail', 'lpar-1']]);
    expect(lu(sim).verdict).toBe('Degraded');
    expect(lu(sim).verdict).toBe(impactOf(sim.model, [{ id: 'lpar-1' }]).partitions.find((p) => p.name === 'aix02')!.services.find((s) => s.key === 'lu:lu-1')!.verdict);
  });

  it('the last node lost takes the pool offline: every LU is lost', () => {
    const sim = play(modernSimDesign(), [[10, 'fail', 'lpar-2'], [20, 'fail', 'lpar-1']]);
    expect(ssp(sim).at(-1)).toBe('20000 SSP cluster ssp_cluster: pool ssp_pool offline: no node left (vios1 down); its 1 logical unit lost to every client');
    expect(lu(sim).verdict).toBe('Outage');
    expect(partitionState(sim, 'aix02', 'storage')).toBe(OUTAGE);
  });

  it('a pool disk lost takes the pool offline unless the mirror failure group holds it', () => {
    const lost = play(modernSimDesign(), [[10, 'fail', 'lun-8']]);
    expect(ssp(lost)).toEqual(['10000 SSP cluster ssp_cluster: pool ssp_pool offline: its pool disks are lost (ssp_pool01); its 1 logical unit lost to every client']);
    expect(lu(lost).verdict).toBe('Outage');
    const mirrored = play(modernSimDesign((d) => { d.domain.sspClusters['ssp-1']!.mirrorLunIds = ['lun-6']; }), [[10, 'fail', 'lun-8'], [50, 'restore', 'lun-8']]);
    expect(ssp(mirrored)).toEqual([
      '10000 SSP cluster ssp_cluster: failure group Default lost, the pool continues on its mirror FG2',
      '50000 SSP cluster ssp_cluster: failure group Default back, the pool is mirrored again (resync)',
    ]);
    expect(partitionState(mirrored, 'aix02', 'storage')).not.toBe(OUTAGE);
  });

  it('a node back after the whole cluster was down rejoins: the pool comes back online with it', () => {
    const sim = play(modernSimDesign(), [[10, 'fail', 'lpar-2'], [20, 'fail', 'lpar-1'], [30, 'restore', 'lpar-2']]);
    expect(ssp(sim).slice(-2)).toEqual([
      '30000 SSP cluster ssp_cluster: node vios2 rejoins the cluster, DEGRADED (1 of 2 nodes up)',
      '30000 SSP cluster ssp_cluster: pool ssp_pool online again (1 of 2 nodes up)',
    ]);
    expect([OK, DEGRADED]).toContain(partitionState(sim, 'aix02', 'storage'));
  });
});
