import { describe, expect, it } from 'vitest';
import { parseEntstat } from './entstat.ts';
import { fixture } from './fixtures/load.ts';

describe('entstat -all on an SEA', () => {
  const { facts, unparsed, errors } = parseEntstat(fixture('entstat-all-ent7-vios1.txt'));

  it('understands every line of the output', () => {
    expect(unparsed).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('reads the SEA: state, priority, HA mode, control channel PVID, thread, real and trunk adapters', () => {
    expect(facts.seas).toEqual([{
      line: 2, name: 'ent7', realAdapter: 'ent4', controlAdapter: 'ent6', trunkAdapters: [{ name: 'ent5', vlans: [10, 20, 30] }],
      state: 'PRIMARY', bridgeMode: 'All', haMode: 'Auto', priority: 1, controlChannelPvid: 99, thread: true,
    }]);
  });

  it('reads the trunk adapter (PVID, VLAN tags, priority, active), the control adapter and the link aggregation members', () => {
    const by = Object.fromEntries(facts.adapters.map((a) => [a.name, a]));
    expect(by.ent5).toMatchObject({ role: 'virtual', pvid: 10, vlanTags: [20, 30], trunk: true, trunkPriority: 1, active: true, switchId: 'ETHERNET0' });
    expect(by.ent6).toMatchObject({ role: 'control', pvid: 99, vlanTags: [], trunk: false });
    expect(by.ent4).toMatchObject({ role: 'real', deviceType: 'IEEE 802.3ad Link Aggregation', members: ['ent0', 'ent1'] });
    expect(by.ent0).toMatchObject({ role: 'member' });
  });

  it('reads a BACKUP SEA without thread mode and VLAN tags that wrap onto the next line', () => {
    const text = [
      'ETHERNET STATISTICS (ent9) :', 'Device Type: Shared Ethernet Adapter', 'SEA Flags: 00000000', 'VLAN Ids :', '    ent3: 11 12 13',
      'High Availability Statistics:', '    Control Channel PVID: 4000', '    State: BACKUP', '    High Availability Mode: Sharing', '    Priority: 2',
      'Virtual Adapter: ent3', 'ETHERNET STATISTICS (ent3) :', 'Port VLAN ID:    11', 'VLAN Tag IDs:    12', '                 13',
    ].join('\n');
    const r = parseEntstat(text);
    expect(r.unparsed).toEqual([]);
    expect(r.facts.seas[0]).toMatchObject({ name: 'ent9', state: 'BACKUP', haMode: 'Sharing', priority: 2, controlChannelPvid: 4000, thread: false });
    expect(r.facts.adapters.find((a) => a.name === 'ent3')).toMatchObject({ pvid: 11, vlanTags: [12, 13] });
  });
});
