import type { HeaLogicalPort, HeaPort, Id } from '../../model/schema/index.ts';
import { push, type DesignIndex } from '../index-design.ts';
import { partIndexes } from './common.ts';
import { defineRule, type Rule } from './types.ts';
import { deviceLabel, listing } from './common.ts';

const P8_HEA = 'https://www.ibm.com/support/knowledgecenter/8286-42A/p8hat/p8hat_hea.htm';
const P6_HEA = 'https://ibm.com/docs/en/POWER6/iphbx/host_ethernet_adapter.htm';
const HEA_GENERATIONS = new Set(['POWER6', 'POWER7']);
const PORTS: Record<string, { ports: number; groups: number }> = { '2x1G': { ports: 2, groups: 1 }, '4x1G': { ports: 4, groups: 2 }, '2x10G': { ports: 2, groups: 2 } };

export const heaPortLabel = (ix: DesignIndex, h: HeaPort): string =>
  `HEA port ${h.portGroup}-${h.index} of ${ix.design.domain.systems[h.systemId]?.name ?? h.systemId}`;

/** Logical ports per (frame, port group). */
function byPortGroup(ix: DesignIndex): Map<string, { systemId: Id; group: number; lports: HeaLogicalPort[] }> {
  const out = new Map<string, { systemId: Id; group: number; lports: HeaLogicalPort[] }>();
  for (const h of ix.all.heaPorts) {
    const k = `${h.systemId}\u0000${h.portGroup}`;
    const entry = out.get(k) ?? { systemId: h.systemId, group: h.portGroup, lports: [] };
    for (const l of ix.heaLogicalByPort.get(h.id) ?? []) entry.lports.push(l); // no spread: a list can be long
    out.set(k, entry);
  }
  return out;
}

export const HEA_1: Rule = defineRule({
  id: 'HEA-1', family: 'hea', severity: 'error', tag: 'C',
  title: 'Integrated Virtual Ethernet on a frame that cannot have it',
  explanation: 'IVE (the Host Ethernet Adapter) exists only on POWER6 and POWER7 systems that have one; it is not '
    + 'supported on POWER8 or POWER9, and a frame without an HEA has no HEA ports to give out.',
  source: `https://studylib.net/doc/11366091/integrated-virtual-ethernet-adapter-technical-overview-an... ; ${P8_HEA}`,
  run({ index: ix }, emit) {
    for (const sys of ix.all.systems) {
      const ports = ix.heaPortsBySystem.get(sys.id) ?? [];
      if (sys.hea && !HEA_GENERATIONS.has(sys.generation)) emit(`Frame ${sys.name} is ${sys.generation}; Integrated Virtual Ethernet (HEA) exists only on POWER6 and POWER7`, [sys.id]);
      else if (!sys.hea && ports.length > 0) emit(`Frame ${sys.name} has HEA ports but no Host Ethernet Adapter`, [sys.id, ...ports.map((p) => p.id)]);
    }
  },
});

export const HEA_2: Rule = defineRule({
  id: 'HEA-2', family: 'hea', severity: 'error', tag: 'C',
  title: 'HEA ports, port groups or logical ports beyond the adapter type',
  explanation: 'HEA types: 2-port 1 Gb (one port group), 4-port 1 Gb and 2-port 10 Gb (two port groups); each port group '
    + 'supports up to 16 logical ports.',
  source: `${P6_HEA} ; http://theaix.blogspot.com/2013/01/integrated-virtual-ethernet.html`,
  run({ index: ix, design }, emit) {
    for (const sys of ix.all.systems) {
      if (!sys.hea) continue;
      const spec = PORTS[sys.hea.type]!;
      const ports = ix.heaPortsBySystem.get(sys.id) ?? [];
      const wrong: string[] = [];
      if (ports.length > spec.ports) wrong.push(`${ports.length} HEA ports where a ${sys.hea.type} HEA has ${spec.ports}`);
      if (sys.hea.portGroups.length !== spec.groups) wrong.push(`${sys.hea.portGroups.length} port groups where a ${sys.hea.type} HEA has ${spec.groups}`);
      if (wrong.length > 0) emit(`Frame ${sys.name} has ${listing(wrong)}`, [sys.id]);
      for (const p of ports) if (p.portGroup >= spec.groups) emit(`${heaPortLabel(ix, p)} is in port group ${p.portGroup}, which a ${sys.hea.type} HEA does not have`, [p.id]);
    }
    for (const g of byPortGroup(ix).values()) {
      if (g.lports.length > 16) emit(`Port group ${g.group} of ${design.domain.systems[g.systemId]?.name ?? g.systemId} has ${g.lports.length} logical ports; at most 16`, [g.systemId, ...g.lports.map((l) => l.id)]);
    }
  },
});

export const HEA_3: Rule = defineRule({
  id: 'HEA-3', family: 'hea', severity: 'error', tag: 'C',
  title: 'More logical ports in a port group than Multi-Core Scaling allows',
  explanation: 'Multi-Core Scaling (MCS) limits the logical ports of a port group to 16 / MCS (MCS 1: 16, 2: 8, 4: 4, '
    + '8: 2, 16: 1). Servers ship with MCS 4; a system plan made in SPT defaults to 1, so deployment fails with an MCS '
    + 'mismatch.',
  source: 'https://www.ibm.com/support/pages/system-plan-deploy-fails-message-stating-mcs-value-mismatch-multi-core-scaling',
  run({ index: ix, design }, emit) {
    for (const g of byPortGroup(ix).values()) {
      const sys = design.domain.systems[g.systemId];
      const mcs = sys?.hea?.portGroups.find((p) => p.index === g.group)?.mcs;
      if (!sys || !mcs || mcs === 1 || g.lports.length > 16) continue; // > 16 is HEA-2
      const limit = 16 / mcs;
      if (g.lports.length > limit) emit(`Port group ${g.group} of ${sys.name} has ${g.lports.length} logical ports; with MCS ${mcs} it supports ${limit}`, [sys.id, ...g.lports.map((l) => l.id)]);
    }
  },
});

export const HEA_5: Rule = defineRule({
  id: 'HEA-5', family: 'hea', severity: 'error', tag: 'C',
  title: 'Two logical ports of one partition on the same HEA physical port',
  explanation: 'Each partition has at most one logical HEA (LHEA) per physical HEA and at most one logical port per '
    + 'physical port.',
  source: `${P8_HEA} ; ${P6_HEA}`,
  run({ index: ix }, emit) {
    for (const { partition: { id: pid }, heaLogical: lports } of partIndexes(ix)) {
      if (lports.length < 2) continue;
      const byPort = new Map<Id, HeaLogicalPort[]>();
      for (const l of lports) push(byPort, l.heaPortId, l);
      for (const [portId, same] of byPort) {
        const port = ix.design.domain.heaPorts[portId];
        if (same.length > 1 && port) emit(`${ix.partitionName(pid)} has ${same.length} logical ports (${listing(same.map((l) => l.deviceName))}) on ${heaPortLabel(ix, port)}; at most one per physical port`, [pid, ...same.map((l) => l.id)]);
      }
    }
  },
});

export const HEA_6: Rule = defineRule({
  id: 'HEA-6', family: 'hea', severity: 'error', tag: 'C',
  title: 'Logical port on an HEA the partition cannot get',
  explanation: 'LHEAs in a profile are required resources: a partition cannot activate when its HEA resources are not '
    + 'available, for instance a logical port on another frame\'s HEA.',
  source: P8_HEA,
  run({ index: ix, design }, emit) {
    for (const l of ix.all.heaLogicalPorts) {
      const port = design.domain.heaPorts[l.heaPortId];
      const p = design.domain.partitions[l.partitionId];
      if (port && p && port.systemId !== p.systemId) emit(`${deviceLabel(ix, l.deviceName, l.partitionId)} is a logical port on ${heaPortLabel(ix, port)}, another frame's HEA; ${p.name} cannot activate`, [l.id, p.id]);
    }
  },
});

export const HEA_7: Rule = defineRule({
  id: 'HEA-7', family: 'hea', severity: 'warning', tag: 'C',
  title: 'Client partition with HEA logical ports cannot move with Live Partition Mobility',
  explanation: 'Partitions owning HEA logical ports cannot use Live Partition Mobility. The reference marks this E; the '
    + 'design does not say which partitions must be mobile, so it is reported as a warning, like PHYS-2.',
  source: P6_HEA,
  run({ index: ix }, emit) {
    for (const { partition: p, heaLogical: lports } of partIndexes(ix)) {
      if (lports.length > 0 && p.kind !== 'vios') emit(`${p.name} owns HEA logical port${lports.length > 1 ? 's' : ''} ${listing(lports.map((l) => l.deviceName))} and cannot use Live Partition Mobility`, [p.id, ...lports.map((l) => l.id)]);
    }
  },
});

export const HEA_8: Rule = defineRule({
  id: 'HEA-8', family: 'hea', severity: 'info', tag: 'C',
  title: 'More than 20 allowed VLAN ids on an HEA logical port',
  explanation: 'A logical port\'s "Allowed VLAN IDs" holds up to 20 ids, or Any.',
  source: 'HMC help HEACECInfo.LPARTABLE.html in https://mirror.0f.sk/cios-dhitechnical/IBM-Lenovo/Storage/Power/Power%20Hmc%20Recovery/Updates/HMC_Update_V7R340_SP2_3.zip',
  run({ index: ix }, emit) {
    for (const l of ix.all.heaLogicalPorts) {
      if (Array.isArray(l.allowedVlans) && l.allowedVlans.length > 20) emit(`${deviceLabel(ix, l.deviceName, l.partitionId)} allows ${l.allowedVlans.length} VLAN ids; the HMC takes up to 20 or Any`, [l.id]);
    }
  },
});

/** HEA logical ports behind an SEA real adapter: the logical port itself, or the HEA members of a link aggregation. */
function seaHeaPorts(ix: DesignIndex, ref: { kind: string; id: Id }): HeaLogicalPort[] {
  const d = ix.design.domain;
  if (ref.kind === 'hea-logical-port') return d.heaLogicalPorts[ref.id] ? [d.heaLogicalPorts[ref.id]!] : [];
  if (ref.kind !== 'link-aggregation') return [];
  const l = d.linkAggregations[ref.id];
  return (l ? [...l.memberIds, ...(l.backupMemberId ? [l.backupMemberId] : [])] : []).flatMap((m) => (d.heaLogicalPorts[m] ? [d.heaLogicalPorts[m]!] : []));
}

export const HEA_9: Rule = defineRule({
  id: 'HEA-9', family: 'hea', severity: 'error', tag: 'C',
  title: 'SEA on an HEA logical port whose physical port is not promiscuous for that VIOS',
  explanation: 'A VIOS that bridges through an HEA logical port must be the physical port\'s "Promiscuous LPAR" (IVM: '
    + '"Allow virtual Ethernet bridging"), so that frames for MAC addresses other than its own reach it; the '
    + 'promiscuous partition must own a logical port on that physical port.',
  source: 'HMC help HEAPhysicalPortConfig.String1.html in https://mirror.0f.sk/cios-dhitechnical/IBM-Lenovo/Storage/Power/Power%20Hmc%20Recovery/Updates/HMC_Update_V7R340_SP3_3.zip',
  run({ index: ix, design }, emit) {
    const d = design.domain;
    for (const s of ix.all.seas) {
      if (!s.realAdapter) continue;
      for (const l of seaHeaPorts(ix, s.realAdapter)) {
        const port = d.heaPorts[l.heaPortId];
        if (!port || port.promiscuousPartitionId === s.partitionId) continue;
        const vios = ix.partitionName(s.partitionId);
        emit(`${s.deviceName} on ${vios} bridges through HEA logical port ${l.deviceName}, but the promiscuous partition of ${heaPortLabel(ix, port)} is ${port.promiscuousPartitionId ? ix.partitionName(port.promiscuousPartitionId) : 'not set'}`,
          [s.id, l.id, port.id], [{ label: `Make ${vios} the promiscuous partition of ${heaPortLabel(ix, port)}`, op: 'setHeaPromiscuous', args: { heaPortId: port.id, partitionId: s.partitionId } }]);
      }
    }
    for (const port of ix.all.heaPorts) {
      const pid = port.promiscuousPartitionId;
      if (pid && !(ix.heaLogicalByPort.get(port.id) ?? []).some((l) => l.partitionId === pid)) {
        emit(`${ix.partitionName(pid)} is the promiscuous partition of ${heaPortLabel(ix, port)} but owns no logical port on it`, [port.id, pid]);
      }
    }
  },
});

export const HEA_10: Rule = defineRule({
  id: 'HEA-10', family: 'hea', severity: 'warning', tag: 'P',
  title: 'Promiscuous HEA port shared with other partitions',
  explanation: 'Treat a promiscuous HEA physical port as dedicated to that one partition: practitioners describe '
    + 'promiscuous mode as meant for a port dedicated to an LPAR (whether the HMC enforces it is unconfirmed).',
  source: 'http://unixhealthcheck.com/blog?id=224',
  run({ index: ix }, emit) {
    for (const port of ix.all.heaPorts) {
      const pid = port.promiscuousPartitionId;
      const others = pid ? (ix.heaLogicalByPort.get(port.id) ?? []).filter((l) => l.partitionId !== pid) : [];
      if (others.length > 0) emit(`${heaPortLabel(ix, port)} is promiscuous for ${ix.partitionName(pid)} but also carries logical ports of ${listing([...new Set(others.map((l) => ix.partitionName(l.partitionId)))])}`, [port.id, ...others.map((l) => l.id)]);
    }
  },
});

export const HEA_11: Rule = defineRule({
  id: 'HEA-11', family: 'hea', severity: 'info', tag: 'C',
  title: 'IBM i partition with HEA logical ports',
  explanation: 'IBM i needs 40 MB of memory per active LHEA, and the HEA works only on full-duplex networks.',
  source: `${P8_HEA} ; ${P6_HEA}`,
  run({ index: ix }, emit) {
    for (const { partition: p, heaLogical: lports } of partIndexes(ix)) {
      if (lports.length > 0 && p.kind === 'ibmi') emit(`IBM i partition ${p.name} uses the HEA: reserve 40 MB of memory per active LHEA and use full-duplex links`, [p.id, ...lports.map((l) => l.id)]);
    }
  },
});

export const HEA_LACP: Rule = defineRule({
  id: 'HEA-LACP', family: 'hea', severity: 'warning', tag: 'C',
  title: '802.3ad link aggregation over HEA ports shared with other partitions',
  explanation: 'EtherChannel / IEEE 802.3ad over HEA logical ports requires the physical HEA ports to be dedicated to that '
    + 'partition. The HMC does not prevent giving them to others, but it is unsupported.',
  source: 'https://www.ibm.com/docs/zh/ssw_aix_72/network/etherchannel_adapters.html',
  run({ index: ix, design }, emit) {
    const d = design.domain;
    const groups = [
      ...ix.all.linkAggregations.filter((l) => l.mode === '8023ad').map((l) => ({ id: l.id, name: l.deviceName, partitionId: l.partitionId, members: l.memberIds })),
      ...ix.all.etherChannels.filter((e) => e.mode === '8023ad').map((e) => ({ id: e.id, name: e.deviceName, partitionId: e.partitionId, members: [e.primaryId, ...(e.backupId ? [e.backupId] : [])] })),
    ];
    for (const g of groups) {
      for (const m of g.members) {
        const l = d.heaLogicalPorts[m];
        const port = l ? d.heaPorts[l.heaPortId] : undefined;
        if (!port) continue;
        const others = (ix.heaLogicalByPort.get(port.id) ?? []).filter((x) => x.partitionId !== g.partitionId);
        if (others.length > 0) emit(`${deviceLabel(ix, g.name, g.partitionId)} aggregates ${l!.deviceName} (802.3ad) on ${heaPortLabel(ix, port)}, which also carries logical ports of ${listing([...new Set(others.map((o) => ix.partitionName(o.partitionId)))])}`, [g.id, port.id]);
      }
    }
  },
});

export const HEA_RULES: Rule[] = [HEA_1, HEA_2, HEA_3, HEA_5, HEA_6, HEA_7, HEA_8, HEA_9, HEA_10, HEA_11, HEA_LACP];
