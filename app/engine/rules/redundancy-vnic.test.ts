import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/schema/index.ts';
import { mEdit, modern } from '../testing/modern-fixture.ts';
import { validate } from '../validate.ts';

/** The rule ids of the diagnostics that name the vNIC. */
const about = (d: Design, id: string) => validate(d).diagnostics.filter((x) => x.elementIds.includes(id) || x.message.includes('vNIC ent')).map((x) => x.ruleId);

describe('a vNIC that comes down to one VIOS is reported once, by the vNIC rule (not RED-4 too)', () => {
  it('one backing device: VNIC-8 alone', () => {
    const d = mEdit((x) => { delete x.domain.vnicBackingDevices['vnicbd-2']; });
    const ids = validate(d).diagnostics.map((x) => x.ruleId);
    expect(ids).toContain('VNIC-8');
    expect(ids).not.toContain('RED-4');
  });

  it('both backing devices on one VIOS: VNIC-5 alone', () => {
    const d = mEdit((x) => { x.domain.sriovLogicalPorts['logport-2']!.partitionId = 'lpar-1'; });
    const ids = validate(d).diagnostics.map((x) => x.ruleId);
    expect(ids).toContain('VNIC-5');
    expect(ids).not.toContain('RED-4');
  });

  it('two backing devices on two VIOS: neither', () => {
    expect(about(modern(), 'vnic-1').filter((r) => r === 'RED-4' || r === 'VNIC-5' || r === 'VNIC-8')).toEqual([]);
  });
});
