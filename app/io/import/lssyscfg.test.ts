import { describe, expect, it } from 'vitest';
import { fixture } from './fixtures/load.ts';
import { parseLssyscfgLpar, parseLssyscfgProf } from './lssyscfg.ts';

describe('lssyscfg', () => {
  it('-r lpar: name, id, environment, state, OS, logical serial and profiles', () => {
    const { facts, unparsed } = parseLssyscfgLpar(fixture('lssyscfg-lpar.txt'));
    expect(unparsed).toEqual([]);
    expect(facts.partitions[1]).toEqual({
      line: 2, name: 'lnxapp01', lparId: 4, env: 'aixlinux', state: 'Not Activated', osVersion: 'Linux/Red Hat 4.18.0 9.2',
      logicalSerial: '78ABCDE4', defaultProfile: 'default', currentProfile: 'default',
    });
  });

  it('-r prof: settings and the nested adapter strings, doubled quotes included', () => {
    const { facts } = parseLssyscfgProf(fixture('lssyscfg-prof.txt'));
    const vios1 = facts.profiles[0]!;
    expect(vios1).toMatchObject({ name: 'default', lparName: 'vios1', lparId: 1, env: 'vioserver', procMode: 'shared', desiredProcUnits: 1.5, maxVirtualSlots: 400, desiredMem: 12288 });
    expect(vios1.scsi.map((a) => [a.slot, a.role, a.remoteLparId, a.remoteSlot])).toEqual([[11, 'server', 3, 2], [12, 'server', 4, 2], [13, 'server', null, null]]);
    expect(vios1.eth).toEqual([
      { slot: 20, ieee: true, pvid: 10, additionalVlans: [20, 30], trunkPriority: 1, required: true, vswitch: 'ETHERNET0' },
      { slot: 21, ieee: false, pvid: 99, additionalVlans: [], trunkPriority: 0, required: true, vswitch: 'ETHERNET0' },
    ]);
    expect(vios1.fc.map((a) => [a.slot, a.remoteLparId, a.remoteSlot])).toEqual([[30, 3, 30], [31, 4, 30], [32, 4, 31]]);
    const aix = facts.profiles[1]!;
    expect(aix.procMode).toBe('ded');
    expect(aix.fc.map((a) => a.wwpns)).toEqual([['c050760a1b2c0010', 'c050760a1b2c0011'], ['c050760a1b2c0012', 'c050760a1b2c0013']]);
  });

  it('keeps a profile with an unreadable adapter item and lists its line', () => {
    const { facts, unparsed } = parseLssyscfgProf(fixture('lssyscfg-prof.txt'));
    expect(unparsed.map((u) => u.line)).toEqual([4]);
    expect(facts.profiles[3]).toMatchObject({ lparName: 'lnxapp01', fc: [] });
    expect(facts.profiles[3]!.eth[0]).toMatchObject({ pvid: 20, additionalVlans: [40, 41] });
  });
});
