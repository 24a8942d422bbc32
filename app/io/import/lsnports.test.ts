import { describe, expect, it } from 'vitest';
import { fixture } from './fixtures/load.ts';
import { parseLsnports } from './lsnports.ts';

describe('lsnports', () => {
  it('reads NPIV-capable ports with fabric and port counts', () => {
    const { facts, unparsed } = parseLsnports(fixture('lsnports-vios1.txt'));
    expect(unparsed).toEqual([]);
    expect(facts.ports.map((p) => [p.name, p.physloc, p.fabric, p.tports, p.aports])).toEqual([
      ['fcs0', 'U78D3.ND1.WZS00AB-P1-C4-T1', 1, 64, 63],
      ['fcs1', 'U78D3.ND1.WZS00AB-P1-C4-T2', 1, 64, 63],
      ['fcs2', 'U78D3.ND1.WZS00AB-P1-C5-T1', 0, 64, 64],
    ]);
  });
  it('lists a row with missing columns', () => {
    expect(parseLsnports('fcs0 U78D3.ND1.WZS00AB-P1-C4-T1 1 64\n').unparsed).toEqual([{ line: 1, text: 'fcs0 U78D3.ND1.WZS00AB-P1-C4-T1 1 64' }]);
  });
});
