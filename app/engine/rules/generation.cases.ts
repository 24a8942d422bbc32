import * as ops from '../../model/ops/index.ts';
import { base, edit, type RuleCase } from '../testing/fixture.ts';
import { twoTrunks } from './seaha.cases.ts';
import { nib } from './nib.cases.ts';

/** The pair without control channels (automatic channel), with the given VIOS level and frame firmware/model. */
const autoChannel = (viosLevel: string | undefined, firmware: string | undefined, typeModel = '9009-42A') => edit((d, id) => {
  d.domain.seas[id.sea1]!.controlChannelId = null;
  d.domain.seas[id.sea2]!.controlChannelId = null;
  delete d.domain.vethAdapters[id.ctl1];
  delete d.domain.vethAdapters[id.ctl2];
  for (const v of [id.vios1, id.vios2]) d.domain.partitions[v]!.osLevel = viosLevel;
  d.domain.systems[id.sys]!.firmware = firmware;
  d.domain.systems[id.sys]!.typeModel = typeModel;
});

export const GENERATION_CASES: RuleCase[] = [
  { rule: 'SEAHA-4', name: 'no control channel and no automatic channel on VIOS 2.2.2', trigger: () => autoChannel('2.2.2.0', '8.6'), near: () => autoChannel('2.2.3.0', '8.6') },
  { rule: 'SEAHA-4', name: 'no control channel and no automatic channel on firmware 7.7', trigger: () => autoChannel('3.1.4.10', 'AL770_100'), near: () => autoChannel('3.1.4.10', 'AL780_100') },
  { rule: 'SEAHA-4', name: 'no control channel and no automatic channel on a 9179-MHB', trigger: () => autoChannel('3.1.4.10', '7.8', '9179-MHB'), near: () => autoChannel('3.1.4.10', '7.8', '9179-MHD') },
  { rule: 'GEN-2', name: 'automatic channel, firmware not set', trigger: () => autoChannel('3.1.4.10', undefined), near: () => autoChannel('3.1.4.10', 'FW860.80') },
  {
    rule: 'GEN-3', name: 'load sharing on VIOS 2.2.0',
    trigger: () => ops.updatePartition(twoTrunks('sharing'), { id: base().id.vios1, patch: { osLevel: '2.2.0.13' } }),
    near: () => ops.updatePartition(twoTrunks('sharing'), { id: base().id.vios1, patch: { osLevel: '2.2.1.0' } }),
  },
  {
    rule: 'GEN-4', name: 'poll_uplink on AIX 7.1 TL2',
    trigger: () => ops.updatePartition(nib({ netaddr: undefined, pollUplink: true }), { id: base().id.aix02, patch: { osLevel: '7.1 TL2' } }),
    near: () => ops.updatePartition(nib({ netaddr: undefined, pollUplink: true }), { id: base().id.aix02, patch: { osLevel: '7100-03-01' } }),
  },
  {
    rule: 'GEN-4', name: 'poll_uplink through a VIOS 2.2.2',
    trigger: () => ops.updatePartition(nib({ netaddr: undefined, pollUplink: true }), { id: base().id.vios2, patch: { osLevel: '2.2.2.1' } }),
    near: () => nib({ netaddr: undefined, pollUplink: true }),
  },
  { rule: 'GEN-5', name: 'two VIOS on an IVM frame', trigger: () => edit((d, id) => { d.domain.systems[id.sys]!.ivm = true; }), near: () => base().design },
];
