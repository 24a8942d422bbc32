import type { Id, VnicAdapter, VnicBackingDevice } from '../../model/schema/index.ts';
import { atLeast } from '../levels.ts';
import type { DesignIndex } from '../index-design.ts';
import { defineRule, type Rule } from './types.ts';
import { listing } from './common.ts';
import { SRC, firmwareRelease, hmcRelease, lpmInScope } from './modern-common.ts';

const vnicLabel = (ix: DesignIndex, v: VnicAdapter): string => `vNIC ${v.deviceName} (slot ${v.slot}) of ${ix.partitionName(v.partitionId)}`;

/** Backing devices by vNIC, in document order. */
function byVnic(ix: DesignIndex): Map<Id, VnicBackingDevice[]> {
  const out = new Map<Id, VnicBackingDevice[]>();
  for (const v of ix.all.vnicAdapters) out.set(v.id, []);
  for (const b of ix.all.vnicBackingDevices) out.get(b.vnicId)?.push(b);
  return out;
}

/** Where a backing device is: its logical port, physical port, adapter and VIOS. */
function place(ix: DesignIndex, b: VnicBackingDevice) {
  const d = ix.design.domain;
  const lp = d.sriovLogicalPorts[b.logicalPortId];
  const port = lp ? d.sriovPhysicalPorts[lp.physicalPortId] : undefined;
  const adapter = port ? d.sriovAdapters[port.adapterId] : undefined;
  return { lp, port, adapter, vios: lp ? d.partitions[lp.partitionId] : undefined };
}

const bdLabel = (ix: DesignIndex, b: VnicBackingDevice): string => {
  const { lp } = place(ix, b);
  return lp ? `${lp.deviceName} on ${ix.partitionName(lp.partitionId)}` : b.logicalPortId;
};

export const VNIC_1: Rule = defineRule({
  id: 'VNIC-1', family: 'vnic', severity: 'error', tag: 'C',
  title: 'vNIC backing device that is not a shared-mode SR-IOV logical port of a VIOS of the frame',
  explanation: 'In the dedicated vNIC model each backing device is an SR-IOV logical port owned by a VIOS, on an adapter '
    + 'in shared mode, served by one vnicserver adapter: creating one names the VIOS, the adapter and the physical port. '
    + 'A logical port backs one vNIC only.',
  source: SRC.P8_VNIC,
  run({ index: ix, design }, emit) {
    const d = design.domain;
    const seen = new Map<Id, VnicBackingDevice>();
    for (const b of ix.all.vnicBackingDevices) {
      const { lp, adapter, vios } = place(ix, b);
      const vnic = d.vnicAdapters[b.vnicId];
      if (!lp || !adapter || !vnic) continue;
      if (vios?.kind !== 'vios') emit(`The backing device ${bdLabel(ix, b)} of ${vnicLabel(ix, vnic)} is not owned by a VIOS`, [b.id, lp.id]);
      if (adapter.mode !== 'shared') emit(`The backing device ${bdLabel(ix, b)} is on SR-IOV adapter ${adapter.adapterId}, which is not in shared mode`, [b.id, adapter.id]);
      const client = d.partitions[vnic.partitionId];
      if (client && client.systemId !== adapter.systemId) emit(`The backing device ${bdLabel(ix, b)} of ${vnicLabel(ix, vnic)} is in another frame`, [b.id, vnic.id]);
      if (client?.kind === 'vios') emit(`${vnicLabel(ix, vnic)}: a vNIC client adapter belongs to a client partition, not a VIOS`, [vnic.id]);
      const first = seen.get(lp.id);
      if (first) emit(`${bdLabel(ix, b)} backs two vNICs; a logical port is the backing device of one vNIC`, [first.id, b.id, lp.id]);
      else seen.set(lp.id, b);
    }
  },
});

export const VNIC_2: Rule = defineRule({
  id: 'VNIC-2', family: 'vnic', severity: 'error', tag: 'C',
  title: 'vNIC on a frame, firmware, HMC or VIOS level without vNIC support',
  explanation: 'vNIC needs system firmware FW840, HMC 840 and VIOS 2.2.4.0 or later (so a POWER8 or later frame) and a '
    + 'client OS with a vNIC driver (AIX, IBM i, Linux ibmvnic). Levels the design does not give are not judged.',
  source: SRC.P8_VNIC,
  run({ index: ix, design }, emit) {
    const d = design.domain;
    const old = new Set(['POWER5', 'POWER6', 'POWER7', 'POWER7+']);
    for (const [vnicId, bds] of byVnic(ix)) {
      const vnic = d.vnicAdapters[vnicId]!;
      const sys = ix.systemOf(vnic.partitionId);
      if (!sys) continue;
      const why: string[] = [];
      if (old.has(sys.generation)) why.push(`frame ${sys.name} is ${sys.generation} (vNIC needs POWER8 or later)`);
      const fw = firmwareRelease(sys.firmware);
      if (fw !== null && fw < 840) why.push(`firmware ${sys.firmware} is below FW840`);
      const hmc = hmcRelease(sys.hmcLevel);
      if (hmc !== null && hmc < 840) why.push(`HMC ${sys.hmcLevel} is below 840`);
      for (const b of bds) {
        const { vios } = place(ix, b);
        if (vios?.osLevel && atLeast(vios.osLevel, [2, 2, 4, 0]) === false) why.push(`${vios.name} runs VIOS ${vios.osLevel}, below 2.2.4.0`);
      }
      if (why.length > 0) emit(`${vnicLabel(ix, vnic)}: ${listing(why)}`, [vnic.id, sys.id]);
    }
  },
});

export const VNIC_3: Rule = defineRule({
  id: 'VNIC-3', family: 'vnic', severity: 'error', tag: 'C',
  title: 'Several vNIC backing devices (failover) below HMC 8.6.0 or firmware 8.6.0',
  explanation: 'vNIC failover, one vNIC with several backing devices, came with PowerVM 2.2.5: it needs HMC 8.6.0 and '
    + 'system firmware 8.6.0 or later. Levels the design does not give are not judged.',
  source: `${SRC.P8_VNIC_FAILOVER} ; ${SRC.VNIC_FAILOVER_BLOG}`,
  run({ index: ix, design }, emit) {
    for (const [vnicId, bds] of byVnic(ix)) {
      if (bds.length < 2) continue;
      const vnic = design.domain.vnicAdapters[vnicId]!;
      const sys = ix.systemOf(vnic.partitionId);
      if (!sys) continue;
      const why: string[] = [];
      const hmc = hmcRelease(sys.hmcLevel);
      if (hmc !== null && hmc < 860) why.push(`HMC ${sys.hmcLevel}`);
      const fw = firmwareRelease(sys.firmware);
      if (fw !== null && fw < 860) why.push(`firmware ${sys.firmware}`);
      if (why.length > 0) emit(`${vnicLabel(ix, vnic)} has ${bds.length} backing devices, but ${listing(why)} ${why.length > 1 ? 'are' : 'is'} below 8.6.0`, [vnic.id, sys.id]);
    }
  },
});

export const VNIC_4: Rule = defineRule({
  id: 'VNIC-4', family: 'vnic', severity: 'error', tag: 'C',
  title: 'Two backing devices of one vNIC on the same physical port',
  explanation: 'Backing devices of a vNIC may share a VIOS but must use different physical ports: a link-down of the '
    + 'port would take every backing device on it at once.',
  source: `${SRC.P8_VNIC_FAILOVER} ; https://powercampus.de/en/documentation/virtualization-with-powervm/practical-introduction/adding-a-vnic-backing-device/`,
  run({ index: ix, design }, emit) {
    for (const [vnicId, bds] of byVnic(ix)) {
      const byPort = new Map<Id, VnicBackingDevice[]>();
      for (const b of bds) {
        const { port } = place(ix, b);
        if (!port) continue;
        const list = byPort.get(port.id) ?? [];
        list.push(b);
        byPort.set(port.id, list);
      }
      for (const [portId, same] of byPort) {
        if (same.length > 1) emit(`${vnicLabel(ix, design.domain.vnicAdapters[vnicId]!)} has ${listing(same.map((b) => bdLabel(ix, b)))} on the same physical port`, [vnicId, portId, ...same.map((b) => b.id)]);
      }
    }
  },
});

export const VNIC_5: Rule = defineRule({
  id: 'VNIC-5', family: 'vnic', severity: 'warning', tag: 'C',
  title: 'vNIC backing devices all on one VIOS or all on one SR-IOV adapter',
  explanation: 'Put the backing devices of a vNIC on different VIOS and preferably on different SR-IOV adapters: with '
    + 'all of them on one VIOS (allowed) that VIOS is a single point of failure, and with all of them on one adapter the '
    + 'adapter is.',
  source: `${SRC.VNIC_FAILOVER_BLOG} ; ${SRC.P8_VNIC_FAILOVER} ; ${SRC.VIOS4I_CHECK}`,
  run({ index: ix, design }, emit) {
    for (const [vnicId, bds] of byVnic(ix)) {
      if (bds.length < 2) continue;
      const places = bds.map((b) => place(ix, b));
      if (places.some((p) => !p.vios || !p.adapter)) continue;
      const vnic = design.domain.vnicAdapters[vnicId]!;
      const vios = new Set(places.map((p) => p.vios!.id));
      const adapters = new Set(places.map((p) => p.adapter!.id));
      if (vios.size === 1) emit(`Every backing device of ${vnicLabel(ix, vnic)} is on ${places[0]!.vios!.name}: that VIOS is a single point of failure`, [vnicId, ...vios]);
      if (adapters.size === 1) emit(`Every backing device of ${vnicLabel(ix, vnic)} is on SR-IOV adapter ${places[0]!.adapter!.adapterId}: that adapter is a single point of failure`, [vnicId, ...adapters]);
    }
  },
});

export const VNIC_6: Rule = defineRule({
  id: 'VNIC-6', family: 'vnic', severity: 'error', tag: 'P',
  title: 'Failover priority outside 1 .. 100',
  explanation: 'failover_priority is a whole number from 1 to 100 (lower is preferred, 50 by default); the HMC refuses '
    + 'other values. Source: practitioner documentation and the README of IBM\'s own test suite.',
  source: `${SRC.POWERCAMPUS_VNIC} ; ${SRC.AVOCADO_VNIC}`,
  run({ index: ix }, emit) {
    for (const b of ix.all.vnicBackingDevices) {
      if (b.failoverPriority < 1 || b.failoverPriority > 100) emit(`The backing device ${bdLabel(ix, b)} has failover priority ${b.failoverPriority}; the HMC accepts 1 to 100`, [b.id]);
    }
  },
});

export const VNIC_7: Rule = defineRule({
  id: 'VNIC-7', family: 'vnic', severity: 'warning', tag: 'P',
  title: 'Backing devices of a vNIC share a failover priority',
  explanation: 'Give each backing device of a vNIC its own priority: with equal values the hypervisor\'s choice is '
    + 'ambiguous, and with auto_priority_failover the active device should be the one with the lowest value. IBM\'s '
    + 'vnic-check script flags duplicate priorities.',
  source: SRC.VIOS4I_CHECK,
  run({ index: ix, design }, emit) {
    for (const [vnicId, bds] of byVnic(ix)) {
      const byPrio = new Map<number, VnicBackingDevice[]>();
      for (const b of bds) byPrio.set(b.failoverPriority, [...(byPrio.get(b.failoverPriority) ?? []), b]);
      for (const [prio, same] of byPrio) {
        if (same.length > 1) emit(`${vnicLabel(ix, design.domain.vnicAdapters[vnicId]!)}: ${listing(same.map((b) => bdLabel(ix, b)))} share failover priority ${prio}`, [vnicId, ...same.map((b) => b.id)]);
      }
    }
  },
});

export const VNIC_8: Rule = defineRule({
  id: 'VNIC-8', family: 'vnic', severity: 'warning', tag: 'P',
  title: 'vNIC with fewer than two backing devices (no failover)',
  explanation: 'A vNIC with a single backing device has no failover: its VIOS, adapter or port is a single point of '
    + 'failure for the client\'s network. IBM\'s vnic-check script asks for at least two operational backing devices.',
  source: SRC.VIOS4I_CHECK,
  run({ index: ix, design }, emit) {
    for (const [vnicId, bds] of byVnic(ix)) {
      const vnic = design.domain.vnicAdapters[vnicId]!;
      if (bds.length === 0) emit(`${vnicLabel(ix, vnic)} has no backing device: it carries no traffic`, [vnicId]);
      else if (bds.length === 1) emit(`${vnicLabel(ix, vnic)} has one backing device (${bdLabel(ix, bds[0]!)}): no failover`, [vnicId, bds[0]!.id]);
    }
  },
});

export const VNIC_9: Rule = defineRule({
  id: 'VNIC-9', family: 'vnic', severity: 'info', tag: 'P',
  title: 'vNIC backing-device bandwidth changes only in the profile',
  explanation: 'Of a backing device\'s attributes only failover_priority changes on a running partition; capacity and '
    + 'max capacity change in the profile (restart). Shown for backing devices whose max capacity limits the bandwidth.',
  source: SRC.POWERCAMPUS_VNIC_CHANGE,
  run({ index: ix }, emit) {
    for (const b of ix.all.vnicBackingDevices) {
      const { lp } = place(ix, b);
      if (lp && lp.maxCapacity < 100) emit(`The backing device ${bdLabel(ix, b)} is capped at ${lp.maxCapacity} %: changing capacity or max capacity needs a profile change and a restart`, [b.id, lp.id]);
    }
  },
});

export const VNIC_10: Rule = defineRule({
  id: 'VNIC-10', family: 'vnic', severity: 'info', tag: 'C',
  title: 'vNIC partition with no other frame able to host its backing devices',
  explanation: 'When a vNIC partition moves (LPM), its backing devices are recreated on the destination (vnic_mappings): '
    + 'the destination must support vNIC and have a VIOS owning a logical port, or able to get one, on a shared-mode '
    + 'SR-IOV physical port. The readiness matrix judges each destination; this names partitions no frame of the design '
    + 'can take.',
  source: `${SRC.P8_VNIC_FAILOVER} ; ${SRC.MIGRLPAR}`,
  run({ index: ix, design }, emit) {
    if (!lpmInScope(ix)) return;
    const d = design.domain;
    const capable = new Set<Id>();
    for (const port of ix.all.sriovPhysicalPorts) {
      const a = d.sriovAdapters[port.adapterId];
      if (a?.mode === 'shared' && (ix.partitionsBySystem.get(a.systemId) ?? []).some((p) => p.kind === 'vios')) capable.add(a.systemId);
    }
    const clients = new Map<Id, VnicAdapter[]>();
    for (const v of ix.all.vnicAdapters) clients.set(v.partitionId, [...(clients.get(v.partitionId) ?? []), v]);
    for (const [pid, vnics] of clients) {
      const sys = ix.systemOf(pid);
      if (!sys || ix.all.systems.some((s) => s.id !== sys.id && capable.has(s.id))) continue;
      emit(`${ix.partitionName(pid)} uses ${listing(vnics.map((v) => v.deviceName))} (vNIC) and no other frame has a VIOS with a shared-mode SR-IOV port: it cannot move by LPM`, [pid, ...vnics.map((v) => v.id)]);
    }
  },
});

export const VNIC_11: Rule = defineRule({
  id: 'VNIC-11', family: 'vnic', severity: 'info', tag: 'U',
  title: 'More vNIC backing devices than the configured maximum',
  explanation: 'The maximum number of backing devices per vNIC was not found in IBM documentation (three on three VIOS '
    + 'have been demonstrated); the limit is a setting of the checker (6 by default), not a confirmed fact.',
  source: SRC.POWERCAMPUS_VNIC,
  run({ index: ix, design, settings }, emit) {
    for (const [vnicId, bds] of byVnic(ix)) {
      if (bds.length > settings.maxVnicBackingDevices) emit(`${vnicLabel(ix, design.domain.vnicAdapters[vnicId]!)} has ${bds.length} backing devices; the configured maximum is ${settings.maxVnicBackingDevices}`, [vnicId]);
    }
  },
});

export const VNIC_RULES: Rule[] = [VNIC_1, VNIC_2, VNIC_3, VNIC_4, VNIC_5, VNIC_6, VNIC_7, VNIC_8, VNIC_9, VNIC_10, VNIC_11];
