import { describe, expect, it } from 'vitest';
import { buildPower6HeaTemplate } from '../../model/templates/power6-hea.ts';
import { buildSingleViosTemplate } from '../../model/templates/single-vios.ts';
import { dualVios, find, play } from './fixtures.ts';
import { createSimulation } from './index.ts';
import { OK, OUTAGE } from './types.ts';

describe('paths without a failover timer', () => {
  it('single VIOS: every client loses its disks and its bridged network', () => {
    const d = buildSingleViosTemplate();
    const sim = play(d, [[10, 'fail', 'vios1']]);
    const f = sim.frame(false);
    expect([...f.storage]).toEqual(sim.model.partitions.map(() => OUTAGE));
    expect([...f.network]).toEqual(sim.model.partitions.map(() => OUTAGE));
    expect(find(sim.events, /VLAN 10.*no SEA bridges|stops bridging VLAN 10/).t).toBe(10_000);
  });

  it('HEA: a physical port lost cuts its logical ports at once', () => {
    const d = buildPower6HeaTemplate();
    const sim = createSimulation(d);
    const port = sim.model.components.find((c) => c.kind === 'hea-port' && (sim.model.partitionsOf[sim.model.componentIndex.get(c.id)!] ?? []).length > 0)!;
    sim.apply({ atMs: 5_000, action: 'fail', targetId: port.id });
    sim.runToSettled();
    const e = find(sim.events, /HEA logical port .*: HEA port .* lost, no path left: Outage/);
    expect(e.t).toBe(5_000);
    expect(e.mechanism).toBe('direct');
    expect([...sim.frame(false).network]).toContain(OUTAGE);
  });

  it('frame power-off: every client of the frame down at once; power-on brings the direct paths back', () => {
    const d = dualVios();
    const frame = Object.keys(d.domain.systems)[0]!;
    const sim = play(d, [[10, 'fail', frame]]);
    expect(find(sim.events, /frame p9-frame1 powered off: its 3 client partitions stop/).t).toBe(10_000);
    const f = sim.frame(false);
    expect([...f.storage, ...f.network].every((x) => x === OUTAGE)).toBe(true);
    const internal = play(dualVios(), []);
    expect([...internal.frame(false).network].every((x) => x === OK)).toBe(true);
  });
});
