import * as ops from '../../model/ops/index.ts';
import { base, edit, type RuleCase } from '../testing/fixture.ts';
import { twoFrames } from '../testing/modern-fixture.ts';

/** Two ports of the adapter in slot C7, T1 to vios1 and T2 to `owner`. */
const splitAdapter = (owner: 'vios1' | 'aix01') => {
  const { id } = base();
  let d = ops.addPhysicalPort(base().design, { systemId: id.sys, partitionId: id.vios1, kind: 'ethernet', location: 'U78D3.001.WZS0ABC-P1-C7-T1' });
  d = ops.addPhysicalPort(d, { systemId: id.sys, partitionId: id[owner], kind: 'ethernet', location: 'U78D3.001.WZS0ABC-P1-C7-T2' });
  return d;
};

export const PHYS_CASES: RuleCase[] = [
  // with two frames too (the LPM matrix's LPM-3 reason for the port is this diagnostic, not a second one)
  {
    rule: 'PHYS-2', name: 'a client owning a physical port, two frames',
    trigger: () => ops.addPhysicalPort(twoFrames(), { systemId: twoFrames().domain.partitions['lpar-3']!.systemId, partitionId: 'lpar-3', kind: 'ethernet' }),
    near: twoFrames,
  },
  { rule: 'PHYS-1', name: 'ports of one adapter in two partitions', trigger: () => splitAdapter('aix01'), near: () => splitAdapter('vios1') },
  {
    rule: 'PHYS-1', name: 'port given to another frame\'s partition',
    trigger: () => edit((d, id) => { d.domain.systems['sys-2'] = { ...d.domain.systems[id.sys]!, id: 'sys-2', name: 'other' }; d.domain.physicalPorts[id.ent1]!.systemId = 'sys-2'; }),
    near: () => base().design,
  },
  {
    rule: 'PHYS-2', name: 'client with a physical port',
    trigger: () => ops.addPhysicalPort(base().design, { systemId: base().id.sys, partitionId: base().id.aix01, kind: 'ethernet' }),
    near: () => ops.addPhysicalPort(base().design, { systemId: base().id.sys, partitionId: base().id.vios1, kind: 'ethernet' }),
  },
];
