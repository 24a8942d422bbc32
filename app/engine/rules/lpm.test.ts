import { describe, expect, it } from 'vitest';
import { runCases } from '../testing/harness.ts';
import { validate } from '../validate.ts';
import { LPM_CASES } from './lpm.cases.ts';
import { firmwareRelease, hmcRelease } from './modern-common.ts';
import { modern } from '../testing/modern-fixture.ts';

runCases(LPM_CASES);

describe('LPM rules in a one-frame design', () => {
  it('say nothing about mobility blockers when there is no other frame', () => {
    const d = structuredClone(modern());
    d.domain.partitions['lpar-3']!.bsrArrays = 2;
    d.domain.partitions['lpar-3']!.sharedMemory = true;
    d.domain.backingDevices['bd-1']!.reservePolicy = 'single_path';
    const lpm = validate(d).diagnostics.filter((x) => x.ruleId.startsWith('LPM-'));
    expect(lpm).toEqual([]);
  });
});

describe('levels', () => {
  it.each([['V8R8.4.0', 840], ['V8R8.6.0', 860], ['V9R2M950', 950], ['V10R3M1050', 1050], ['8.6.0', 860], ['950', 950], ['hmc', null]] as const)('HMC %s -> %s', (t, n) => expect(hmcRelease(t)).toBe(n));
  it.each([['FW860.80', 860], ['FW1050.10', 1050], ['SV810_100', 810], ['7.8', 780], ['950', 950], ['?', null]] as const)('firmware %s -> %s', (t, n) => expect(firmwareRelease(t)).toBe(n));
});
