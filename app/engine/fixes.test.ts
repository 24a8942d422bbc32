import { describe, expect, it } from 'vitest';
import * as ops from '../model/ops/index.ts';
import { applyQuickFix } from './fixes.ts';
import { validate } from './validate.ts';
import { base } from './testing/fixture.ts';

describe('applyQuickFix', () => {
  it('applies the named operation with its arguments', () => {
    const { id } = base();
    const broken = ops.updateBackingDevice(base().design, { id: id.hdisk1, patch: { reservePolicy: 'single_path' } });
    const [d] = validate(broken, { rules: ['VSCSI-1'] }).diagnostics;
    expect(d!.fixes).toEqual([{ label: 'Set reserve_policy=no_reserve on hdisk0 on vios1', op: 'updateBackingDevice', args: { id: id.hdisk1, patch: { reservePolicy: 'no_reserve' } } }]);
    const fixed = applyQuickFix(broken, d!.fixes![0]!);
    expect(fixed.domain.backingDevices[id.hdisk1]!.reservePolicy).toBe('no_reserve');
    expect(broken.domain.backingDevices[id.hdisk1]!.reservePolicy).toBe('single_path');
    expect(validate(fixed).counts.error).toBe(0);
  });

  it('throws on an unknown operation', () => {
    expect(() => applyQuickFix(base().design, { label: 'x', op: 'formatHardDisk', args: {} })).toThrow(/Unknown operation "formatHardDisk"/);
    expect(() => applyQuickFix(base().design, { label: 'x', op: 'toString', args: {} })).toThrow(/Unknown operation/);
  });

  it('throws on an export that is not an operation on a design', () => {
    expect(() => applyQuickFix(base().design, { label: 'x', op: 'removeIn', args: [] })).toThrow();
  });

  it('passes the operation\'s refusal through', () => {
    expect(() => applyQuickFix(base().design, { label: 'x', op: 'updateBackingDevice', args: { id: 'bd-999', patch: {} } })).toThrow(/No backing device/);
  });
});
