/**
 * Live Partition Mobility rules that look at the frames of a design with two frames or more (MODERN.md 6.4). Apart from
 * LPM-20 (planning an evacuation) they are views of the readiness matrix (lpm-view.ts): information, and warnings for
 * lost redundancy (LPM-12); the matrix gives the verdict per destination.
 */
import type { DesignIndex } from '../index-design.ts';
import { moverState } from '../lpm/frames.ts';
import { defineRule, type Rule } from './types.ts';
import { lpmView } from './lpm-view.ts';
import { SRC, archived, lpmInScope } from './modern-common.ts';

const HMC_MIGRATION = archived('HMC help LPARMigration/MigrationRequirements.html in HMC_Update_V7R340_SP2_3.zip', SRC.HMC_HELP_V7R340_SP2);
const HMC_MSP = archived('HMC help LPARMigration/LPARMobilityMSP.html in HMC_Update_V7R340_SP3_3.zip', SRC.HMC_HELP_V7R340_SP3);

/** VIOS recorded as mover service partition (msp=1, RMC up: moverState, as the matrix reads it). */
const mspCount = (ix: DesignIndex, systemId: string): number =>
  (ix.partitionsBySystem.get(systemId) ?? []).filter((p) => p.kind === 'vios' && p.state !== 'not-activated' && moverState(p) === 'yes').length;

export const LPM_1: Rule = lpmView({
  id: 'LPM-1', severity: 'info', tag: 'C',
  title: 'Frame without PowerVM Enterprise Edition: no partition moves to or from it',
  explanation: 'Live Partition Mobility needs PowerVM Enterprise Edition on both servers, with compatible hardware and '
    + 'firmware. Frames whose edition the design does not give are not judged.',
  source: `${SRC.MIGRLPAR} ; ${HMC_MIGRATION}`,
});

export const LPM_11: Rule = lpmView({
  id: 'LPM-11', severity: 'info', tag: 'C',
  title: 'Frame without a mover service partition, or RMC down',
  explanation: 'Active LPM needs at least one mover service partition (a VIOS with the MSP attribute) on each side, '
    + 'reachable over the network, and working RMC connections to the partition, the VIOS and the MSPs.',
  source: `${SRC.LPM_VALIDATION} ; ${HMC_MSP}`,
});

export const LPM_12: Rule = lpmView({
  id: 'LPM-12', severity: 'warning', tag: 'C',
  title: 'One mover service partition on a frame with redundant VIOS',
  explanation: 'With redundant VIOS, make two of them mover service partitions: migrlpar --redundantmsps uses a second '
    + 'MSP pair when available (and fails when required and missing), and keeps migrations possible while one VIOS is '
    + 'down. Keep as many VIOS on the destination as on the source (--redundantvios).',
  source: `${SRC.LPM_REDUNDANT_MSP} ; ${SRC.LPM_VIOS}`,
});

export const LPM_14: Rule = lpmView({
  id: 'LPM-14', severity: 'info', tag: 'C',
  title: 'Partition larger than every other frame',
  explanation: 'The destination must have free processors (units and virtual processors, in the chosen pool) and free '
    + 'memory for the partition: a partition that needs more than any other frame of the design has installed cannot '
    + 'move. The readiness matrix compares with what is free.',
  source: `${SRC.IVM_VALIDATION} ; ${HMC_MIGRATION}`,
});

export const LPM_15: Rule = lpmView({
  id: 'LPM-15', severity: 'info', tag: 'C',
  title: 'Frames with different logical memory block sizes',
  explanation: 'Source and destination need the same (compatible) logical memory block size; Power10 offers 128 and '
    + '256 MB, and 1, 2 and 4 GB with HMC 10.3.1050 and FW1050. Partitions cannot move between frames whose LMB sizes '
    + 'differ.',
  source: `${SRC.P10_MEMORY} ; ${HMC_MIGRATION}`,
});

export const LPM_16: Rule = lpmView({
  id: 'LPM-16', severity: 'info', tag: 'C',
  title: 'VIOS without a free virtual slot for migrating partitions',
  explanation: 'The destination VIOS create server adapters for a migrating partition: they need free virtual slots '
    + 'below max_virtual_slots. A VIOS with none cannot serve a partition moving in.',
  source: SRC.LPM_PROCESS,
});

export const LPM_17: Rule = lpmView({
  id: 'LPM-17', severity: 'info', tag: 'C',
  title: 'Partition names used on two frames',
  explanation: 'A partition cannot move to a frame that already has a partition of the same name.',
  source: SRC.LPM_NAME,
});

export const LPM_18: Rule = lpmView({
  id: 'LPM-18', severity: 'info', tag: 'C',
  title: 'Failover vNIC with no other frame able to keep its redundancy',
  explanation: 'A vNIC partition moves only where its backing devices can be recreated (VNIC-10); with '
    + 'migrlpar --redundantvnicbkdev the destination must offer as many VIOS with shared-mode SR-IOV ports as the vNIC '
    + 'has backing devices on distinct VIOS, or the redundancy is lost (--vniccfg).',
  source: `${SRC.P8_VNIC_FAILOVER} ; ${SRC.MIGRLPAR}`,
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
      const msps = mspCount(ix, s.id);
      const movable = (ix.partitionsBySystem.get(s.id) ?? []).filter((p) => p.kind !== 'vios' && p.state === 'running').length;
      if (msps > 0 && movable > 8 * msps) emit(`Frame ${s.name} runs ${movable} client partitions and has ${msps} MSP(s), at most ${8 * msps} concurrent migrations: evacuating it takes ${Math.ceil(movable / (8 * msps))} waves`, [s.id]);
    }
  },
});

export const LPM_21: Rule = lpmView({
  id: 'LPM-21', severity: 'info', tag: 'C',
  title: 'Frames managed by two HMCs: SSH keys must be exchanged',
  explanation: 'A migration between frames managed by different HMCs (remote migration) needs SSH keys exchanged '
    + 'between the HMCs (mkauthkeys) and the --ip / -u options of migrlpar.',
  source: `${SRC.MIGRLPAR} ; ${HMC_MIGRATION}`,
});

export const LPM_FRAME_RULES: Rule[] = [LPM_1, LPM_11, LPM_12, LPM_14, LPM_15, LPM_16, LPM_17, LPM_18, LPM_20, LPM_21];
