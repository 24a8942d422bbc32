import { describe, expect, it } from 'vitest';
import { lpmMatrix } from '../../engine/lpm/index.ts';
import { buildLpmPairTemplate } from '../../model/templates/lpm-pair.ts';
import { LPM_CSV_COLUMNS, lpmCsv } from './lpm-csv.ts';

describe('LPM readiness as CSV', () => {
  it('has one line per reason of every cell, a Ready cell without reasons on a line of its own, and no source cells', () => {
    const csv = lpmCsv(lpmMatrix(buildLpmPairTemplate()));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(LPM_CSV_COLUMNS.join(','));
    expect(lines.slice(1)).toEqual([
      'aix01,aix,p10-a,p10-b,active,Ready,,,,',
      expect.stringMatching(/^aix02,aix,p10-a,p10-b,active,Blocked,LPM-10,error,C,VLAN 20 \(aix02 ent\d\) is not bridged by an SEA on any VIOS of p10-b$/),
      'lnx01,linux,p10-b,p10-a,active,Ready,,,,',
    ]);
  });
});
