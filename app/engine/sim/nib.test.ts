import { describe, expect, it } from 'vitest';
import { find, nibDesign, partitionState, play } from './fixtures.ts';
import { DEGRADED, OK, OUTAGE } from './types.ts';

const vios1 = (d: ReturnType<typeof nibDesign>) => Object.values(d.domain.partitions).find((p) => p.name === 'vios1')!.id;

describe('Network Interface Backup', () => {
  it('with netaddr: switches to the backup after num_retries pings every retry_time, returns after one answered ping', () => {
    const d = nibDesign({ netaddr: '10.1.1.1' });
    const sim = play(d, [[10, 'fail', vios1(d)], [100, 'restore', vios1(d)]]);
    const sw = find(sim.events, /ent4 \(NIB.*ent0 lost \(3 pings to 10\.1\.1\.1 every 1 s unanswered\): NIB switches to the backup adapter ent1/);
    expect(sw.t).toBe(13_000);
    expect(sw.mechanism).toBe('nib');
    expect(find(sim.events, /ent0 works again \(a ping to 10\.1\.1\.1 answers\): NIB returns to the primary adapter/).t).toBe(101_000);
    expect(partitionState(sim, 'aix0001', 'network')).toBe(OK);
  });

  it("takes the channel's own retry_time and num_retries", () => {
    const d = nibDesign({ netaddr: '10.1.1.1', retryTime: 2, numRetries: 5 });
    const sim = play(d, [[10, 'fail', vios1(d)]]);
    expect(find(sim.events, /NIB switches to the backup/).t).toBe(20_000);
    expect(partitionState(sim, 'aix0001', 'network')).toBe(DEGRADED);
  });

  it('with poll_uplink: notices in a second', () => {
    const d = nibDesign({ pollUplink: true });
    expect(find(play(d, [[10, 'fail', vios1(d)]]).events, /NIB switches to the backup.*/).t).toBe(11_000);
  });

  it('without netaddr nor poll_uplink: never notices a VIOS failure behind a virtual primary, Outage', () => {
    const d = nibDesign({});
    const sim = play(d, [[10, 'fail', vios1(d)]]);
    expect(find(sim.events, /NIB never notices and does not switch to ent1: Outage/).t).toBe(10_000);
    expect(sim.events.some((e) => /switches to the backup/.test(e.sentence))).toBe(false);
    expect(partitionState(sim, 'aix0001', 'network')).toBe(OUTAGE);
    expect(sim.settled()).toBe(true);
  });
});
