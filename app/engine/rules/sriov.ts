import type { Id, SriovLogicalPort } from '../../model/schema/index.ts';
import { SRIOV_GENERATIONS, capacitySum, isMultipleOf } from '../../model/modern-query.ts';
import type { DesignIndex } from '../index-design.ts';
import { defineRule, type Rule } from './types.ts';
import { listing } from './common.ts';
import { SRC, archived, isClient, logicalPortsByPartition, lpmInScope } from './modern-common.ts';

const lpLabel = (ix: DesignIndex, lp: SriovLogicalPort): string => `${lp.deviceName} on ${ix.partitionName(lp.partitionId)}`;

/** "SR-IOV port 1/0 of p10-frame1" */
function portLabel(ix: DesignIndex, portId: Id): string {
  const d = ix.design.domain;
  const port = d.sriovPhysicalPorts[portId];
  const adapter = port ? d.sriovAdapters[port.adapterId] : undefined;
  return `SR-IOV port ${adapter?.adapterId ?? '?'}/${port?.portIndex ?? '?'} of ${adapter ? d.systems[adapter.systemId]?.name ?? adapter.systemId : '?'}`;
}

function portsOf(ix: DesignIndex): Map<Id, SriovLogicalPort[]> {
  const out = new Map<Id, SriovLogicalPort[]>();
  for (const lp of ix.all.sriovLogicalPorts) {
    const list = out.get(lp.physicalPortId);
    if (list) list.push(lp); else out.set(lp.physicalPortId, [lp]);
  }
  return out;
}

/** Logical ports used as SEA real adapters, directly or as link-aggregation members. */
function seaRealPorts(ix: DesignIndex): Map<Id, Id> {
  const out = new Map<Id, Id>();
  const d = ix.design.domain;
  for (const s of ix.all.seas) {
    const r = s.realAdapter;
    if (r?.kind === 'sriov-logical-port') out.set(r.id, s.id);
    else if (r?.kind === 'link-aggregation') {
      const la = d.linkAggregations[r.id];
      for (const m of [...(la?.memberIds ?? []), ...(la?.backupMemberId ? [la.backupMemberId] : [])]) if (d.sriovLogicalPorts[m]) out.set(m, s.id);
    }
  }
  return out;
}

export const SRIOV_1: Rule = defineRule({
  id: 'SRIOV-1', family: 'sriov', severity: 'error', tag: 'C',
  title: 'Logical ports on an SR-IOV adapter that is not in shared mode, or outside the adapter\'s frame',
  explanation: 'Only an adapter in shared mode is owned by the hypervisor, which creates logical ports on its physical '
    + 'ports for many partitions; in dedicated mode the whole adapter belongs to one partition like any PCIe adapter, and '
    + 'a logical port or a dedicated owner belongs to a partition of the adapter\'s own frame.',
  source: `${SRC.P9_SRIOV_ADAPTERS} ; ${SRC.P10_SRIOV}`,
  run({ index: ix, design }, emit) {
    const d = design.domain;
    for (const lp of ix.all.sriovLogicalPorts) {
      const port = d.sriovPhysicalPorts[lp.physicalPortId];
      const adapter = port ? d.sriovAdapters[port.adapterId] : undefined;
      if (!adapter) continue;
      if (adapter.mode !== 'shared') emit(`${lpLabel(ix, lp)} is a logical port of SR-IOV adapter ${adapter.adapterId}, which is in dedicated mode: logical ports exist only in shared mode`, [lp.id, adapter.id]);
      const owner = d.partitions[lp.partitionId];
      if (owner && owner.systemId !== adapter.systemId) emit(`${lpLabel(ix, lp)} is on an adapter of another frame`, [lp.id, adapter.id]);
    }
    for (const a of ix.all.sriovAdapters) {
      const owner = a.ownerPartitionId ? d.partitions[a.ownerPartitionId] : undefined;
      if (a.mode === 'shared' && owner) emit(`SR-IOV adapter ${a.adapterId} is in shared mode but names ${owner.name} as its owner: a shared adapter belongs to the hypervisor`, [a.id, owner.id]);
      if (owner && owner.systemId !== a.systemId) emit(`SR-IOV adapter ${a.adapterId} is dedicated to ${owner.name}, a partition of another frame`, [a.id, owner.id]);
    }
  },
});

export const SRIOV_2: Rule = defineRule({
  id: 'SRIOV-2', family: 'sriov', severity: 'error', tag: 'C',
  title: 'More logical ports than the physical port or the adapter allows',
  explanation: 'Each logical port takes a virtual function of the adapter: the logical ports of a physical port may not '
    + 'exceed phys_port_max_logical_ports, and those of all partitions together may not exceed the adapter\'s '
    + 'adapter_max_logical_ports. Both values depend on the adapter model (read them with lshwres -r sriov).',
  source: `${SRC.P10_SRIOV} ; limits per port seen in live captures: https://github.com/randomparity/hmc-mcp`,
  run({ index: ix, design }, emit) {
    const d = design.domain;
    const byPort = portsOf(ix);
    const byAdapter = new Map<Id, SriovLogicalPort[]>();
    for (const [portId, lps] of byPort) {
      const port = d.sriovPhysicalPorts[portId];
      if (!port) continue;
      if (lps.length > port.maxLogicalPorts) emit(`${portLabel(ix, portId)} has ${lps.length} logical ports; it allows ${port.maxLogicalPorts}`, [portId, ...lps.map((l) => l.id)]);
      const list = byAdapter.get(port.adapterId) ?? [];
      for (const l of lps) list.push(l);
      byAdapter.set(port.adapterId, list);
    }
    for (const [adapterId, lps] of byAdapter) {
      const a = d.sriovAdapters[adapterId];
      if (a && lps.length > a.maxLogicalPorts) emit(`SR-IOV adapter ${a.adapterId} has ${lps.length} logical ports; it allows ${a.maxLogicalPorts} in all`, [a.id]);
    }
  },
});

export const SRIOV_3: Rule = defineRule({
  id: 'SRIOV-3', family: 'sriov', severity: 'error', tag: 'C',
  title: 'Logical-port capacity off the port granularity, or capacities above 100 % of a port',
  explanation: 'The capacity of a logical port is its guaranteed minimum share of the physical port, in percent: the '
    + 'HMC refuses a value that is not a multiple of the port\'s granularity (HSCL1294, min_eth_capacity_granularity, '
    + 'typically 2 %). Guaranteed shares of one port cannot add up to more than 100 % (derived from the guarantee), and '
    + 'max capacity is not below capacity.',
  source: `${SRC.HSCL1294} ; ${SRC.SRIOV_FAQ}`,
  run({ index: ix, design }, emit) {
    const d = design.domain;
    for (const [portId, lps] of portsOf(ix)) {
      const port = d.sriovPhysicalPorts[portId];
      if (!port) continue;
      for (const l of lps) {
        if (!isMultipleOf(l.capacity, port.capacityGranularity)) emit(`${lpLabel(ix, l)} has capacity ${l.capacity} %, not a multiple of ${port.capacityGranularity} % (HSCL1294)`, [l.id]);
        if (l.maxCapacity < l.capacity) emit(`${lpLabel(ix, l)} has max capacity ${l.maxCapacity} % below its capacity ${l.capacity} %`, [l.id]);
      }
      const sum = capacitySum(lps);
      if (sum > 100) emit(`The logical ports of ${portLabel(ix, portId)} are guaranteed ${sum} % of it in all; at most 100 %`, [portId, ...lps.map((l) => l.id)]);
    }
  },
});

export const SRIOV_4: Rule = defineRule({
  id: 'SRIOV-4', family: 'sriov', severity: 'error', tag: 'C',
  title: 'SEA on a logical port without the promiscuous permission, or too many promiscuous ports',
  explanation: 'A Shared Ethernet Adapter bridges frames for other MAC addresses, so a logical port used as its real '
    + 'adapter must hold the promiscuous permission (it then receives the unicast frames no other logical port of the '
    + 'physical port claims). Only a limited number of logical ports per physical port may hold that permission; the '
    + 'HMC shows how many.',
  source: SRC.P10_SRIOV_ZH,
  run({ index: ix, design }, emit) {
    const d = design.domain;
    for (const [lpId, seaId] of seaRealPorts(ix)) {
      const lp = d.sriovLogicalPorts[lpId]!;
      if (!lp.promiscuous) emit(`${lpLabel(ix, lp)} is the real adapter of SEA ${d.seas[seaId]?.deviceName ?? seaId} but has no promiscuous permission`, [lp.id, seaId]);
    }
    for (const [portId, lps] of portsOf(ix)) {
      const port = d.sriovPhysicalPorts[portId];
      const prom = lps.filter((l) => l.promiscuous);
      if (port && port.maxPromiscuousPorts !== null && prom.length > port.maxPromiscuousPorts) {
        emit(`${portLabel(ix, portId)} has ${prom.length} promiscuous logical ports; it allows ${port.maxPromiscuousPorts}`, [portId, ...prom.map((l) => l.id)]);
      }
    }
  },
});

export const SRIOV_5: Rule = defineRule({
  id: 'SRIOV-5', family: 'sriov', severity: 'info', tag: 'C',
  title: 'A directly assigned, non-migratable logical port excludes LPM and simplified remote restart',
  explanation: 'A logical port given directly to a client is physical I/O (a virtual function of the adapter): the '
    + 'partition cannot be moved by Live Partition Mobility nor remote-restarted unless the port is migratable (Hybrid '
    + 'Network Virtualization) with a backup device. vNIC gives SR-IOV performance and stays movable. In a design with '
    + 'several frames LPM-5 reports the same partitions.',
  source: `${SRC.P10_SRIOV} ; ${SRC.SRIOV_FAQ}`,
  run({ index: ix }, emit) {
    if (lpmInScope(ix)) return;
    for (const [pid, lps] of logicalPortsByPartition(ix)) {
      const p = ix.design.domain.partitions[pid];
      const direct = lps.filter((l) => !l.migratable);
      if (!isClient(p) || direct.length === 0) continue;
      emit(`${p!.name} owns ${listing(direct.map((l) => l.deviceName))}, directly assigned SR-IOV logical port(s): it cannot use LPM or remote restart unless they are migratable`, [pid, ...direct.map((l) => l.id)]);
    }
  },
});

export const SRIOV_6: Rule = defineRule({
  id: 'SRIOV-6', family: 'sriov', severity: 'info', tag: 'C',
  title: 'Both VIOS need the same SR-IOV adapter to activate',
  explanation: 'Logical ports in a profile are required resources: a partition does not activate while its port '
    + 'resources are unavailable. When every logical port of two VIOS sits on one adapter, that adapter being down or '
    + 'in service keeps both VIOS from activating.',
  source: SRC.P10_SRIOV_ZH,
  run({ index: ix, design }, emit) {
    const d = design.domain;
    const onlyAdapter = new Map<Id, Id[]>();
    for (const [pid, lps] of logicalPortsByPartition(ix)) {
      if (d.partitions[pid]?.kind !== 'vios') continue;
      const adapters = new Set(lps.map((l) => d.sriovPhysicalPorts[l.physicalPortId]?.adapterId));
      if (adapters.size !== 1) continue;
      const a = [...adapters][0];
      if (!a) continue;
      const list = onlyAdapter.get(a) ?? [];
      list.push(pid);
      onlyAdapter.set(a, list);
    }
    for (const [a, vios] of onlyAdapter) {
      if (vios.length < 2) continue;
      emit(`${listing(vios.map((v) => ix.partitionName(v)))} have logical ports only on SR-IOV adapter ${d.sriovAdapters[a]?.adapterId ?? a}: while it is unavailable none of them activates`, [a, ...vios]);
    }
  },
});

export const SRIOV_7: Rule = defineRule({
  id: 'SRIOV-7', family: 'sriov', severity: 'warning', tag: 'C',
  title: 'VEPA switch mode without reflective relay on the external switch',
  explanation: 'In VEPA mode traffic between logical ports of the same physical port leaves the adapter and must be '
    + 'reflected back by the external switch, which has to support and enable reflective relay; otherwise that traffic '
    + 'is lost. VEB (the default) keeps it inside the adapter.',
  source: SRC.P10_SRIOV_ZH,
  run({ index: ix }, emit) {
    const byPort = portsOf(ix);
    for (const port of ix.all.sriovPhysicalPorts) {
      if (port.switchMode !== 'vepa' || port.reflectiveRelay || (byPort.get(port.id)?.length ?? 0) === 0) continue;
      emit(`${portLabel(ix, port.id)} is in VEPA mode but its switch port is not marked with reflective relay: traffic between its logical ports is lost`, [port.id]);
    }
  },
});

/** The physical port (or other adapter) an EtherChannel / aggregation member stands for, to tell members apart. */
function memberPlace(ix: DesignIndex, id: Id): string {
  const lp = ix.design.domain.sriovLogicalPorts[id];
  return lp ? `sriov:${lp.physicalPortId}` : `other:${id}`;
}

export const SRIOV_8: Rule = defineRule({
  id: 'SRIOV-8', family: 'sriov', severity: 'warning', tag: 'D',
  title: 'Client network on one direct SR-IOV logical port, without a second path',
  explanation: 'A direct logical port has no hypervisor failover: a link loss on its physical port takes down every '
    + 'logical port of that port at once. For redundancy bond logical ports of two physical ports (ideally two '
    + 'adapters) with NIB / active-backup, make the port migratable with a backup device, or use vNIC failover. Derived '
    + 'from the SR-IOV model (confirmed) and IBM\'s vNIC failover blog.',
  source: `${SRC.VNIC_FAILOVER_BLOG} ; ${SRC.P10_SRIOV}`,
  run({ index: ix, design }, emit) {
    const d = design.domain;
    const partners = new Map<Id, Set<string>>();
    const note = (members: Id[]) => {
      for (const m of members) {
        if (!d.sriovLogicalPorts[m]) continue;
        const set = partners.get(m) ?? new Set<string>();
        for (const o of members) if (o !== m) set.add(memberPlace(ix, o));
        partners.set(m, set);
      }
    };
    for (const e of ix.all.etherChannels) note([e.primaryId, ...(e.backupId ? [e.backupId] : [])]);
    for (const la of ix.all.linkAggregations) note([...la.memberIds, ...(la.backupMemberId ? [la.backupMemberId] : [])]);
    for (const lp of ix.all.sriovLogicalPorts) {
      if (!isClient(d.partitions[lp.partitionId]) || (lp.migratable && lp.backupDevice)) continue;
      const others = partners.get(lp.id);
      const own = memberPlace(ix, lp.id);
      if (others && [...others].some((o) => o !== own)) continue;
      emit(`${lpLabel(ix, lp)} is a direct SR-IOV logical port with no second path on another port: a link loss on ${portLabel(ix, lp.physicalPortId)} cuts this network`, [lp.id]);
    }
  },
});

export const SRIOV_9: Rule = defineRule({
  id: 'SRIOV-9', family: 'sriov', severity: 'error', tag: 'C',
  title: 'Migratable (HNV) logical port without a backup device of its partition',
  explanation: 'A migratable logical port (Hybrid Network Virtualization, HMC V9R2M950 and firmware FW950 or later) is '
    + 'paired with a backup device, a virtual Ethernet adapter or a vNIC of the same partition, bonded with it in the OS '
    + '(active-backup on Linux): during LPM the logical port is removed and traffic runs on the backup device.',
  source: `${SRC.LINUX_HNV} ; ${SRC.HNV_BLOG}`,
  run({ index: ix, design }, emit) {
    const d = design.domain;
    for (const lp of ix.all.sriovLogicalPorts) {
      if (!lp.migratable) continue;
      if (!lp.backupDevice) { emit(`${lpLabel(ix, lp)} is migratable but has no backup device (virtual Ethernet or vNIC)`, [lp.id]); continue; }
      const bk = lp.backupDevice.kind === 'veth' ? d.vethAdapters[lp.backupDevice.id] : d.vnicAdapters[lp.backupDevice.id];
      if (bk && bk.partitionId !== lp.partitionId) emit(`The backup device of ${lpLabel(ix, lp)} is ${bk.deviceName} on ${ix.partitionName(bk.partitionId)}, another partition`, [lp.id, bk.id]);
    }
  },
});

export const SRIOV_10: Rule = defineRule({
  id: 'SRIOV-10', family: 'sriov', severity: 'warning', tag: 'P',
  title: 'More than 10 migratable logical ports in a partition',
  explanation: 'IBM\'s own test suite expects the HMC to reject an eleventh migratable (HNV) logical port; the scope '
    + '(per partition) is assumed.',
  source: SRC.AVOCADO_HNV,
  run({ index: ix }, emit) {
    for (const [pid, lps] of logicalPortsByPartition(ix)) {
      const mig = lps.filter((l) => l.migratable);
      if (mig.length > 10) emit(`${ix.partitionName(pid)} has ${mig.length} migratable logical ports; the HMC is expected to refuse the eleventh`, [pid, ...mig.map((l) => l.id)]);
    }
  },
});

export const SRIOV_11: Rule = defineRule({
  id: 'SRIOV-11', family: 'sriov', severity: 'error', tag: 'C',
  title: 'SR-IOV adapter on a frame older than POWER7+',
  explanation: 'SR-IOV shared mode came first on select POWER7+ servers (770 9117-MMD, 780 9179-MHD, ESE 8412-EAD with '
    + 'HMC V7R7.9.0), then on POWER8 and later; those frames have no HEA (IVE) any more.',
  source: `${SRC.VNIC_INTRO} ; ${archived('IBM Redpaper REDP-5065', 'https://ja.scribd.com/document/370732911/IBM-Power-Systems-SR-IOV')}`,
  run({ index: ix, design }, emit) {
    for (const a of ix.all.sriovAdapters) {
      const sys = design.domain.systems[a.systemId];
      if (sys && !SRIOV_GENERATIONS.includes(sys.generation)) emit(`Frame ${sys.name} is ${sys.generation}: SR-IOV adapter ${a.adapterId} needs POWER7+ (select models), POWER8 or later`, [a.id, sys.id]);
    }
  },
});

export const SRIOV_RULES: Rule[] = [SRIOV_1, SRIOV_2, SRIOV_3, SRIOV_4, SRIOV_5, SRIOV_6, SRIOV_7, SRIOV_8, SRIOV_9, SRIOV_10, SRIOV_11];
