import * as ops from '../../model/ops/index.ts';
import { base, edit, type RuleCase } from '../testing/fixture.ts';

const uncable = (...ports: ('fcsA1' | 'fcsB1' | 'fcsA2' | 'fcsB2')[]) => edit((d, id) => { for (const p of ports) d.domain.physicalPorts[id[p]]!.cabledToId = null; });

export const REDUNDANCY_CASES: RuleCase[] = [
  { rule: 'RED-1', name: 'rootvg of aix01 through vios1 only', trigger: () => ops.removeElements(base().design, { ids: [base().id.vhost2] }), near: () => base().design },
  {
    rule: 'RED-1', name: 'logical volumes from one VIOS only',
    trigger: () => {
      const { id } = base();
      const d = ops.addBackingDevice(base().design, { id: 'bd-lv1', partitionId: id.vios1, kind: 'logical-volume', volumeGroup: 'datavg' });
      return ops.mapBackingDevice(d, { serverAdapterId: id.vhost1, backingDeviceId: 'bd-lv1' });
    },
    near: () => {
      const { id } = base();
      let d = ops.addBackingDevice(base().design, { id: 'bd-lv1', partitionId: id.vios1, kind: 'logical-volume', volumeGroup: 'datavg' });
      d = ops.mapBackingDevice(d, { serverAdapterId: id.vhost1, backingDeviceId: 'bd-lv1' });
      d = ops.addBackingDevice(d, { id: 'bd-lv2', partitionId: id.vios2, kind: 'logical-volume', volumeGroup: 'datavg' });
      return ops.mapBackingDevice(d, { serverAdapterId: id.vhost2, backingDeviceId: 'bd-lv2' });
    },
  },
  { rule: 'RED-2', name: 'LUN seen through one FC port', trigger: () => uncable('fcsB1', 'fcsA2', 'fcsB2'), near: () => uncable('fcsB1', 'fcsB2') },
  { rule: 'RED-3', name: 'LUN presented on fabric A only', trigger: () => ops.withdrawFromFabric(base().design, { id: base().id.lun1, fabricId: base().id.fabB }), near: () => base().design },
  {
    rule: 'RED-4', name: 'network through one SEA without failover',
    trigger: () => edit((d, id) => { d.domain.seas[id.sea1]!.haMode = 'disabled'; delete d.domain.seas[id.sea2]; }),
    near: () => base().design,
  },
];
