import * as ops from '../../model/ops/index.ts';
import { base, edit, type RuleCase } from '../testing/fixture.ts';

const lv = (n: 1 | 2) => (d: ReturnType<typeof base>['design']) => {
  const { id } = base();
  const vios = n === 1 ? id.vios1 : id.vios2;
  const vhost = n === 1 ? id.vhost1 : id.vhost2;
  const next = ops.addBackingDevice(d, { id: `bd-lv${n}`, partitionId: vios, kind: 'logical-volume', volumeGroup: 'datavg' });
  return ops.mapBackingDevice(next, { serverAdapterId: vhost, backingDeviceId: `bd-lv${n}` });
};

export const REDUNDANCY_CASES: RuleCase[] = [
  { rule: 'RED-1', name: 'rootvg of aix01 through vios1 only', trigger: () => ops.removeElements(base().design, { ids: [base().id.vhost2] }), near: () => base().design },
  {
    rule: 'RED-5', name: 'a logical volume from one VIOS, not mirrored',
    trigger: () => lv(1)(base().design),
    near: () => edit((d, id) => {
      d.domain.volumeGroups['vg-1'] = { id: 'vg-1', partitionId: id.aix01, name: 'datavg', diskIds: ['bd-lv1'], mirrorDiskIds: ['bd-lv2'], thirdCopyDiskIds: [] };
    }, lv(2)(lv(1)(base().design))),
  },
  {
    rule: 'RED-2', name: 'LUN through one VIOS with one cabled FC port',
    trigger: () => edit((d, id) => { d.domain.physicalPorts[id.fcsB1]!.cabledToId = null; }, ops.removeElements(base().design, { ids: [base().id.vhost2] })),
    near: () => ops.removeElements(base().design, { ids: [base().id.vhost2] }),
  },
  { rule: 'RED-3', name: 'LUN presented on fabric A only', trigger: () => ops.withdrawFromFabric(base().design, { id: base().id.lun1, fabricId: base().id.fabB }), near: () => base().design },
  {
    rule: 'RED-4', name: 'network through one SEA without failover',
    trigger: () => edit((d, id) => { d.domain.seas[id.sea1]!.haMode = 'disabled'; delete d.domain.seas[id.sea2]; }),
    near: () => base().design,
  },
];
