import { describe, expect, it } from 'vitest';
import { fixture } from './fixtures/load.ts';
import { parseLsmapNet } from './lsmap-net.ts';

describe('lsmap -all -net', () => {
  it('reads each SVEA with its physloc, SEA, backing device and status', () => {
    const { facts, unparsed } = parseLsmapNet(fixture('lsmap-net-vios1.txt'));
    expect(unparsed).toEqual([]);
    expect(facts.sveas).toEqual([
      { line: 3, name: 'ent5', physloc: 'U9080.HEX.78ABCDE-V1-C20-T1', sea: 'ent7', backing: 'ent4', status: 'Available', backingPhysloc: 'U78D3.ND1.WZS00AB-P1-C2-T1' },
      { line: 12, name: 'ent6', physloc: 'U9080.HEX.78ABCDE-V1-C21-T1', sea: null },
    ]);
  });

  it('accepts tabs and leading blanks as printed by older VIOS levels', () => {
    const { facts, unparsed } = parseLsmapNet('SVEA\tPhysloc\n ------ ----\n ent2\tU8233.E8B.10ABCDE-V1-C11-T1\n\n SEA                   ent4\n Backing device        ent0\n');
    expect(unparsed).toEqual([]);
    expect(facts.sveas[0]).toMatchObject({ name: 'ent2', sea: 'ent4', backing: 'ent0' });
  });
});
