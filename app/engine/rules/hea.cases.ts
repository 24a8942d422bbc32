import type { Design, Id } from '../../model/schema/index.ts';
import * as ops from '../../model/ops/index.ts';
import { heaLogicalPortSchema, heaPortSchema } from '../../model/schema/index.ts';
import { DesignBuilder } from '../../model/templates/build.ts';
import { edit, type RuleCase } from '../testing/fixture.ts';

interface HeaBase { design: Design; sys: Id; vios: Id; aix: Id; ibmi: Id; p0: Id; p1: Id }
let cached: HeaBase | null = null;

/** A POWER7 frame with a 2-port 10 Gb HEA (MCS 4), a VIOS, an AIX and an IBM i partition; nobody uses the HEA yet. */
function heaBase(): HeaBase {
  if (cached) return cached;
  const b = new DesignBuilder(ops.emptyDesign('hea'));
  b.apply(ops.addSystem, { name: 'p7', generation: 'POWER7', typeModel: '8233-E8B', hea: { type: '2x10G', portGroups: [{ index: 0, mcs: 4 }, { index: 1, mcs: 4 }] } });
  const sys = b.last('systems');
  b.apply(ops.addHeaPort, { systemId: sys });
  const p0 = b.last('heaPorts');
  b.apply(ops.addHeaPort, { systemId: sys });
  const p1 = b.last('heaPorts');
  const part = (kind: 'vios' | 'aix' | 'ibmi') => { b.apply(ops.addPartition, { systemId: sys, kind }); return b.last('partitions'); };
  const vios = part('vios');
  const aix = part('aix');
  const ibmi = part('ibmi');
  cached = { design: b.design, sys, vios, aix, ibmi, p0, p1 };
  return cached;
}

const lport = (d: Design, id: Id, heaPortId: Id, partitionId: Id, allowedVlans: 'any' | number[] = 'any') => {
  d.domain.heaLogicalPorts[id] = heaLogicalPortSchema.parse({ id, heaPortId, partitionId, deviceName: `ent${Object.keys(d.domain.heaLogicalPorts).length + 10}`, allowedVlans });
};
const heaEdit = (recipe: (d: Design, h: HeaBase) => void, from?: Design) => edit((d) => recipe(d, heaBase()), from ?? heaBase().design);

/** The VIOS bridges through an SEA whose real adapter is its logical port on port 0; `promiscuous` sets port 0's promiscuous LPAR. */
const seaOnHea = (promiscuous: boolean, others = false) => {
  const h = heaBase();
  let d = ops.assignHeaLogicalPort(h.design, { heaPortId: h.p0, partitionId: h.vios });
  const lp = Object.keys(d.domain.heaLogicalPorts)[0]!;
  d = ops.createSharedEthernet(d, { partitionId: h.vios, realAdapter: { kind: 'hea-logical-port', id: lp }, pvid: 10 });
  if (promiscuous) d = ops.setHeaPromiscuous(d, { heaPortId: h.p0, partitionId: h.vios });
  if (others) d = ops.assignHeaLogicalPort(d, { heaPortId: h.p0, partitionId: h.aix });
  return d;
};

/** An 802.3ad link aggregation on the VIOS over its logical ports on both HEA ports; `shared` gives the AIX partition a port too. */
const lacp = (shared: boolean) => {
  const h = heaBase();
  let d = ops.assignHeaLogicalPort(h.design, { heaPortId: h.p0, partitionId: h.vios });
  d = ops.assignHeaLogicalPort(d, { heaPortId: h.p1, partitionId: h.vios });
  d = ops.createLinkAggregation(d, { partitionId: h.vios, memberIds: Object.keys(d.domain.heaLogicalPorts), mode: '8023ad' });
  return shared ? ops.assignHeaLogicalPort(d, { heaPortId: h.p1, partitionId: h.aix }) : d;
};

export const HEA_CASES: RuleCase[] = [
  { rule: 'HEA-1', name: 'HEA on a POWER8 frame', trigger: () => heaEdit((d, h) => { d.domain.systems[h.sys]!.generation = 'POWER8'; }), near: () => heaBase().design },
  { rule: 'HEA-1', name: 'HEA ports on a frame without HEA', trigger: () => heaEdit((d, h) => { delete d.domain.systems[h.sys]!.hea; }), near: () => heaBase().design },
  {
    rule: 'HEA-2', name: 'third port on a 2-port HEA',
    trigger: () => heaEdit((d, h) => { d.domain.heaPorts['hea-x'] = heaPortSchema.parse({ id: 'hea-x', systemId: h.sys, portGroup: 1, index: 2, speedGbps: 10 }); }),
    near: () => heaBase().design,
  },
  {
    rule: 'HEA-2', name: '17 logical ports in a port group',
    trigger: () => heaEdit((d, h) => { d.domain.systems[h.sys]!.hea!.portGroups[0]!.mcs = 1; for (let i = 0; i < 17; i++) lport(d, `lhea-${i}`, h.p0, i % 2 ? h.aix : h.vios); }),
    near: () => heaEdit((d, h) => { d.domain.systems[h.sys]!.hea!.portGroups[0]!.mcs = 1; for (let i = 0; i < 16; i++) lport(d, `lhea-${i}`, h.p0, i % 2 ? h.aix : h.vios); }),
  },
  {
    rule: 'HEA-3', name: '5 logical ports with MCS 4',
    trigger: () => heaEdit((d, h) => { for (let i = 0; i < 5; i++) lport(d, `lhea-${i}`, h.p0, i % 2 ? h.aix : h.vios); }),
    near: () => heaEdit((d, h) => { for (let i = 0; i < 4; i++) lport(d, `lhea-${i}`, h.p0, i % 2 ? h.aix : h.vios); }),
  },
  {
    rule: 'HEA-5', name: 'two logical ports of one partition on one physical port',
    trigger: () => heaEdit((d, h) => { lport(d, 'lhea-a', h.p0, h.aix); lport(d, 'lhea-b', h.p0, h.aix); }),
    near: () => heaEdit((d, h) => { lport(d, 'lhea-a', h.p0, h.aix); lport(d, 'lhea-b', h.p1, h.aix); }),
  },
  {
    rule: 'HEA-6', name: 'logical port on another frame\'s HEA',
    trigger: () => heaEdit((d, h) => {
      d.domain.systems['sys-2'] = { ...d.domain.systems[h.sys]!, id: 'sys-2', name: 'p7b' };
      d.domain.partitions[h.aix]!.systemId = 'sys-2';
      lport(d, 'lhea-a', h.p0, h.aix);
    }),
    near: () => heaEdit((d, h) => { lport(d, 'lhea-a', h.p0, h.aix); }),
  },
  { rule: 'HEA-7', name: 'client with an HEA logical port', trigger: () => heaEdit((d, h) => { lport(d, 'lhea-a', h.p0, h.aix); }), near: () => heaEdit((d, h) => { lport(d, 'lhea-a', h.p0, h.vios); }) },
  {
    rule: 'HEA-8', name: '21 allowed VLANs',
    trigger: () => heaEdit((d, h) => { lport(d, 'lhea-a', h.p0, h.vios, Array.from({ length: 21 }, (_, i) => i + 1)); }),
    near: () => heaEdit((d, h) => { lport(d, 'lhea-a', h.p0, h.vios, Array.from({ length: 20 }, (_, i) => i + 1)); }),
  },
  { rule: 'HEA-9', name: 'SEA on an HEA port that is not promiscuous for the VIOS', trigger: () => seaOnHea(false), near: () => seaOnHea(true) },
  {
    rule: 'HEA-9', name: 'promiscuous LPAR without a logical port on the port',
    trigger: () => ops.setHeaPromiscuous(heaBase().design, { heaPortId: heaBase().p1, partitionId: heaBase().vios }),
    near: () => seaOnHea(true),
  },
  { rule: 'HEA-10', name: 'promiscuous port shared with a client', trigger: () => seaOnHea(true, true), near: () => seaOnHea(true) },
  { rule: 'HEA-11', name: 'IBM i with an HEA logical port', trigger: () => heaEdit((d, h) => { lport(d, 'lhea-a', h.p0, h.ibmi); }), near: () => heaEdit((d, h) => { lport(d, 'lhea-a', h.p0, h.aix); }) },
  { rule: 'HEA-LACP', name: '802.3ad over HEA ports shared with a client', trigger: () => lacp(true), near: () => lacp(false) },
];
