import { describe, expect, it } from 'vitest';
import { checkMinDesiredMax, checkUnitsPerVirtualProcessor, parseInteger, parseUnits, parseVlanList, parseWwpn } from './checks.ts';

describe('inspector range checks', () => {
  it('processing units in steps of 0.01', () => {
    expect(parseUnits('0.35', 'EC')).toBe(0.35);
    expect(() => parseUnits('0.355', 'EC')).toThrow(/multiple of 0.01/);
    expect(() => parseUnits('x', 'EC')).toThrow(/number/);
  });
  it('whole numbers in a range, VLAN lists', () => {
    expect(parseInteger('15', 'Trunk priority', 1, 15)).toBe(15);
    expect(() => parseInteger('16', 'Trunk priority', 1, 15)).toThrow(/1 to 15/);
    expect(parseVlanList('20, 30 40')).toEqual([20, 30, 40]);
    expect(() => parseVlanList('20, 4095')).toThrow(/1 to 4094/);
  });
  it('min ≤ desired ≤ max and WWPNs', () => {
    expect(() => checkMinDesiredMax(1, 0.5, 2, 'Processing units')).toThrow(/does not hold/);
    const shared = { mode: 'shared', minUnits: 0.1, desiredUnits: 1, maxUnits: 2, minVirtualProcessors: 1, desiredVirtualProcessors: 1, maxVirtualProcessors: 2 };
    expect(() => checkUnitsPerVirtualProcessor(shared)).not.toThrow();
    expect(() => checkUnitsPerVirtualProcessor({ ...shared, desiredUnits: 1.5 })).toThrow(/at most one core/);
    expect(() => checkUnitsPerVirtualProcessor({ ...shared, mode: 'dedicated', desiredUnits: 1.5 })).not.toThrow();
    expect(parseWwpn('C050760123456789')).toBe('c050760123456789');
    expect(() => parseWwpn('c0507601')).toThrow(/16 hexadecimal/);
  });
});
