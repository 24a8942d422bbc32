/**
 * Live Partition Mobility rules that look at the frames of a design with two frames or more (MODERN.md 6.4): what keeps
 * partitions from moving between frames whatever the partition. Information and one warning (LPM-12): the readiness
 * matrix (partition x destination frame) gives the verdict per destination.
 */
import type { Id, ManagedSystem, Partition } from '../../model/schema/index.ts';
import type { DesignIndex } from '../index-design.ts';
import { defineRule, type Rule } from './types.ts';
import { freeSlot, listing } from './common.ts';
import { SRC, archived, lpmInScope, mb } from './modern-common.ts';

const HMC_MIGRATION = archived('HMC help LPARMigration/MigrationRequirements.html in HMC_Update_V7R340_SP2_3.zip', SRC.HMC_HELP_V7R340_SP2);
const HMC_MSP = archived('HMC help LPARMigration/LPARMobilityMSP.html in HMC_Update_V7R340_SP3_3.zip', SRC.HMC_HELP_V7R340_SP3);

const viosOf = (ix: DesignIndex, sys: ManagedSystem): Partition[] => (ix.partitionsBySystem.get(sys.id) ?? []).filter((p) => p.kind === 'vios');
const mspsOf = (ix: DesignIndex, sys: ManagedSystem): Partition[] => viosOf(ix, sys).filter((p) => p.msp === true);

export const LPM_1: Rule = defineRule({
  id: 'LPM-1', family: 'lpm', severity: 'info', tag: 'C',
  title: 'Frame without PowerVM Enterprise Edition: no partition moves to or from it',
  explanation: 'Live Partition Mobility needs PowerVM Enterprise Edition on both servers, with compatible hardware and '
    + 'firmware. Frames whose edition the design does not give are not judged.',
  source: `${SRC.MIGRLPAR} ; ${HMC_MIGRATION}`,
  run({ index: ix }, emit) {
    if (!lpmInScope(ix)) return;
    for (const s of ix.all.systems) if (s.powervmEdition && s.powervmEdition !== 'enterprise') emit(`Frame ${s.name} has PowerVM ${s.powervmEdition[0]!.toUpperCase()}${s.powervmEdition.slice(1)} Edition: no partition moves to or from it`, [s.id]);
  },
});

export const LPM_11: Rule = defineRule({
  id: 'LPM-11', family: 'lpm', severity: 'info', tag: 'C',
  title: 'Frame without a mover service partition, or RMC down',
  explanation: 'Active LPM needs at least one mover service partition (a VIOS with the MSP attribute) on each side, '
    + 'reachable over the network, and working RMC connections to the partition, the VIOS and the MSPs.',
  source: `${SRC.LPM_VALIDATION} ; ${HMC_MSP}`,
  run({ index: ix }, emit) {
    if (!lpmInScope(ix)) return;
    for (const s of ix.all.systems) {
      if (viosOf(ix, s).length > 0 && mspsOf(ix, s).length === 0) emit(`Frame ${s.name} has no mover service partition: no active migration to or from it`, [s.id]);
    }
    for (const p of ix.partitions) if (p.rmcDown) emit(`${p.name} has no RMC connection: LPM validation fails for it${p.kind === 'vios' ? ' and the partitions it serves' : ''}`, [p.id]);
  },
});

export const LPM_12: Rule = defineRule({
  id: 'LPM-12', family: 'lpm', severity: 'warning', tag: 'C',
  title: 'One mover service partition on a frame with redundant VIOS',
  explanation: 'With redundant VIOS, make two of them mover service partitions: migrlpar --redundantmsps uses a second '
    + 'MSP pair when available (and fails when required and missing), and keeps migrations possible while one VIOS is '
    + 'down. Keep as many VIOS on the destination as on the source (--redundantvios).',
  source: `${SRC.LPM_REDUNDANT_MSP} ; ${SRC.LPM_VIOS}`,
  run({ index: ix }, emit) {
    if (!lpmInScope(ix)) return;
    for (const s of ix.all.systems) {
      const msps = mspsOf(ix, s);
      if (viosOf(ix, s).length >= 2 && msps.length === 1) emit(`Frame ${s.name} has one mover service partition (${msps[0]!.name}) among ${viosOf(ix, s).length} VIOS`, [s.id, msps[0]!.id]);
    }
  },
});

export const LPM_14: Rule = defineRule({
  id: 'LPM-14', family: 'lpm', severity: 'info', tag: 'C',
  title: 'Partition larger than every other frame',
  explanation: 'The destination must have free processors (units and virtual processors, in the chosen pool) and free '
    + 'memory for the partition: a partition that needs more than any other frame of the design has installed cannot '
    + 'move. The readiness matrix compares with what is free.',
  source: `${SRC.IVM_VALIDATION} ; ${HMC_MIGRATION}`,
  run({ index: ix }, emit) {
    if (!lpmInScope(ix)) return;
    for (const p of ix.partitions) {
      if (p.kind === 'vios' || p.state !== 'running') continue;
      const others = ix.all.systems.filter((s) => s.id !== p.systemId);
      const fits = others.some((s) => s.installedMemoryMB >= p.memory.desiredMB && s.installedCores >= p.processor.desiredUnits);
      if (!fits && others.length > 0) emit(`${p.name} (${p.processor.desiredUnits} processing units, ${mb(p.memory.desiredMB)}) is larger than every other frame: it cannot move`, [p.id]);
    }
  },
});

export const LPM_15: Rule = defineRule({
  id: 'LPM-15', family: 'lpm', severity: 'info', tag: 'C',
  title: 'Frames with different logical memory block sizes',
  explanation: 'Source and destination need the same (compatible) logical memory block size; Power10 offers 128 and '
    + '256 MB, and 1, 2 and 4 GB with HMC 10.3.1050 and FW1050. Partitions cannot move between frames whose LMB sizes '
    + 'differ.',
  source: `${SRC.P10_MEMORY} ; ${HMC_MIGRATION}`,
  run({ index: ix }, emit) {
    if (!lpmInScope(ix)) return;
    const s = ix.all.systems;
    for (let i = 0; i < s.length; i++) {
      for (let j = i + 1; j < s.length; j++) {
        if (s[i]!.lmbMB !== s[j]!.lmbMB) emit(`Frames ${s[i]!.name} (LMB ${s[i]!.lmbMB} MB) and ${s[j]!.name} (LMB ${s[j]!.lmbMB} MB) differ: no partition moves between them`, [s[i]!.id, s[j]!.id]);
      }
    }
  },
});

export const LPM_16: Rule = defineRule({
  id: 'LPM-16', family: 'lpm', severity: 'info', tag: 'C',
  title: 'VIOS without a free virtual slot for migrating partitions',
  explanation: 'The destination VIOS create server adapters for a migrating partition: they need free virtual slots '
    + 'below max_virtual_slots. A VIOS with none cannot serve a partition moving in.',
  source: SRC.LPM_PROCESS,
  run({ index: ix }, emit) {
    if (!lpmInScope(ix)) return;
    for (const p of ix.partitions) if (p.kind === 'vios' && freeSlot(ix, p.id) === null) emit(`${p.name} has no free virtual slot (max ${p.maxVirtualSlots}): no partition can move in through it`, [p.id]);
  },
});

export const LPM_17: Rule = defineRule({
  id: 'LPM-17', family: 'lpm', severity: 'info', tag: 'C',
  title: 'Partition names used on two frames',
  explanation: 'A partition cannot move to a frame that already has a partition of the same name.',
  source: SRC.LPM_NAME,
  run({ index: ix }, emit) {
    if (!lpmInScope(ix)) return;
    const byName = new Map<string, Partition[]>();
    for (const p of ix.partitions) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
    for (const [name, ps] of byName) {
      const frames = new Set(ps.map((p) => p.systemId));
      if (frames.size > 1) emit(`${name} is the name of a partition on ${listing([...frames].map((f) => ix.design.domain.systems[f]?.name ?? f))}: neither can move to the other's frame`, ps.map((p) => p.id));
    }
  },
});

export const LPM_18: Rule = defineRule({
  id: 'LPM-18', family: 'lpm', severity: 'info', tag: 'C',
  title: 'Failover vNIC with no other frame able to keep its redundancy',
  explanation: 'A vNIC partition moves only where its backing devices can be recreated (VNIC-10); with '
    + 'migrlpar --redundantvnicbkdev the destination must offer as many VIOS with shared-mode SR-IOV ports as the vNIC '
    + 'has backing devices on distinct VIOS, or the redundancy is lost (--vniccfg).',
  source: `${SRC.P8_VNIC_FAILOVER} ; ${SRC.MIGRLPAR}`,
  run({ index: ix, design }, emit) {
    if (!lpmInScope(ix)) return;
    const d = design.domain;
    const viosWithSriov = new Map<Id, Set<Id>>();
    for (const s of ix.all.systems) viosWithSriov.set(s.id, new Set());
    const framesWithShared = new Set(ix.all.sriovAdapters.filter((a) => a.mode === 'shared').map((a) => a.systemId));
    for (const s of ix.all.systems) if (framesWithShared.has(s.id)) for (const v of viosOf(ix, s)) viosWithSriov.get(s.id)!.add(v.id);
    const viosPerVnic = new Map<Id, Set<Id>>();
    for (const b of ix.all.vnicBackingDevices) {
      const owner = d.sriovLogicalPorts[b.logicalPortId]?.partitionId;
      if (owner) viosPerVnic.set(b.vnicId, (viosPerVnic.get(b.vnicId) ?? new Set()).add(owner));
    }
    for (const [vnicId, vios] of viosPerVnic) {
      const vnic = d.vnicAdapters[vnicId];
      const sys = vnic ? ix.systemOf(vnic.partitionId) : undefined;
      if (!vnic || !sys || vios.size < 2) continue;
      const others = ix.all.systems.filter((s) => s.id !== sys.id && (viosWithSriov.get(s.id)?.size ?? 0) > 0);
      if (others.length === 0) continue; // VNIC-10 says it cannot move at all
      if (others.every((s) => viosWithSriov.get(s.id)!.size < vios.size)) emit(`${vnic.deviceName} of ${ix.partitionName(vnic.partitionId)} has backing devices on ${vios.size} VIOS; no other frame has as many VIOS with shared SR-IOV ports: it moves only without that redundancy`, [vnicId]);
    }
  },
});

export const LPM_20: Rule = defineRule({
  id: 'LPM-20', family: 'lpm', severity: 'info', tag: 'C',
  title: 'Evacuating a frame takes several waves of migrations',
  explanation: 'Each mover service partition runs at most cfg_msp_lpm_ops concurrent migrations (vioslpm0, 8 at most; '
    + 'IBM suggests 4 with a single 1 Gb adapter). A frame with more client partitions than its MSPs can move at once is '
    + 'evacuated in several waves.',
  source: SRC.VIOSLPM,
  run({ index: ix }, emit) {
    if (!lpmInScope(ix)) return;
    for (const s of ix.all.systems) {
      const msps = mspsOf(ix, s).length;
      const movable = (ix.partitionsBySystem.get(s.id) ?? []).filter((p) => p.kind !== 'vios' && p.state === 'running').length;
      if (msps > 0 && movable > 8 * msps) emit(`Frame ${s.name} runs ${movable} client partitions and has ${msps} MSP(s), at most ${8 * msps} concurrent migrations: evacuating it takes ${Math.ceil(movable / (8 * msps))} waves`, [s.id]);
    }
  },
});

export const LPM_21: Rule = defineRule({
  id: 'LPM-21', family: 'lpm', severity: 'info', tag: 'C',
  title: 'Frames managed by two HMCs: SSH keys must be exchanged',
  explanation: 'A migration between frames managed by different HMCs (remote migration) needs SSH keys exchanged '
    + 'between the HMCs (mkauthkeys) and the --ip / -u options of migrlpar.',
  source: `${SRC.MIGRLPAR} ; ${HMC_MIGRATION}`,
  run({ index: ix }, emit) {
    if (!lpmInScope(ix)) return;
    const hmcs = new Map<string, ManagedSystem[]>();
    for (const s of ix.all.systems) if (s.hmcName) hmcs.set(s.hmcName, [...(hmcs.get(s.hmcName) ?? []), s]);
    if (hmcs.size < 2) return;
    emit(`The frames are managed by ${hmcs.size} HMCs (${listing([...hmcs.keys()])}): migrations between them need SSH keys exchanged between the HMCs`, [...hmcs.values()].flat().map((s) => s.id));
  },
});

export const LPM_FRAME_RULES: Rule[] = [LPM_1, LPM_11, LPM_12, LPM_14, LPM_15, LPM_16, LPM_17, LPM_18, LPM_20, LPM_21];
