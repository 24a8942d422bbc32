import { describe, expect, it } from 'vitest';
import { runCases } from '../testing/harness.ts';
import { SSP_CASES } from './ssp.cases.ts';
import { nodeLimit } from './ssp.ts';

runCases(SSP_CASES);

describe('SSP-5 node limits by VIOS level', () => {
  it.each([['2.2.0.11', 1], ['2.2.1.3', 4], ['2.2.2.0', 16], ['2.2.6.65', 16], ['3.1.4.10', 24], [undefined, 24]] as const)('VIOS %s: %i nodes', (level, n) => {
    expect(nodeLimit(level)).toBe(n);
  });
});
