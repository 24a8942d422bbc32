/**
 * Live Partition Mobility rules that look at one partition (MODERN.md 6.4): what keeps it from moving. Apart from LPM-2
 * (a setting on a VIOS) they are views of the readiness matrix (lpm-view.ts): they speak only in designs with two
 * frames or more, as information (the design itself is valid, the partition just cannot move). LPM-13 is the one
 * error, a compatibility mode the partition's own frame does not have (the HMC refuses it, moving or not); a mode a
 * destination lacks is information.
 */
import { ownFrameCompat } from '../lpm/modern-destination.ts';
import type { LpmReason } from '../lpm/types.ts';
import type { DesignIndex } from '../index-design.ts';
import { defineRule, type Rule } from './types.ts';
import { lpmView } from './lpm-view.ts';
import { SRC, archived } from './modern-common.ts';

const HMC_MIGRATION = archived('HMC help LPARMigration/MigrationRequirements.html in HMC_Update_V7R340_SP2_3.zip', SRC.HMC_HELP_V7R340_SP2);

/** LPM-13 on every partition's own frame (the matrix has rows for clients of multi-frame designs only). */
function* ownFrameModes(ix: DesignIndex): Iterable<LpmReason> {
  for (const p of ix.partitions) {
    const sys = p.procCompatMode ? ix.systemOf(p.id) : undefined;
    const r = sys ? ownFrameCompat(p, sys) : null;
    if (r) yield r;
  }
}

export const LPM_2: Rule = defineRule({
  id: 'LPM-2', family: 'lpm', severity: 'warning', tag: 'C',
  title: 'Mobility setting on a VIOS, which never migrates',
  explanation: 'Only AIX, Linux and IBM i client partitions of the VIOS can be migrated; a VIOS itself never moves. A '
    + 'migratable (HNV) logical port on a VIOS has no effect.',
  source: `${SRC.MIGRLPAR} ; ${HMC_MIGRATION}`,
  run({ index: ix, design }, emit) {
    for (const lp of ix.all.sriovLogicalPorts) {
      if (lp.migratable && design.domain.partitions[lp.partitionId]?.kind === 'vios') emit(`${lp.deviceName} on ${ix.partitionName(lp.partitionId)} is marked migratable, but a VIOS is never migrated`, [lp.id]);
    }
  },
});

/** The matrix's reason for a client's physical adapter ports: PHYS-2 reports that fact (with its quick fix), in any design. */
export const isPhysicalPortReason = (r: LpmReason, ix: DesignIndex): boolean =>
  r.ruleId === 'LPM-3' && r.elementIds.length > 1 && r.elementIds.slice(1).every((id) => ix.design.domain.physicalPorts[id] !== undefined);

export const LPM_3: Rule = lpmView({
  id: 'LPM-3', severity: 'info', tag: 'C',
  title: 'Partition with physical I/O cannot move (LPM)',
  explanation: 'A mobile partition does all its I/O through the VIOS: physical or dedicated adapters (a dedicated '
    + 'SR-IOV adapter too) must be removed by DLPAR before a migration. NPIV virtual FC adapters count as virtual. '
    + 'Physical adapter ports owned by a client are reported as PHYS-2 (the same fact, once); LPM-3 reports the dedicated '
    + 'SR-IOV adapters, and the LPM matrix names both under LPM-3.',
  leave: isPhysicalPortReason,
  source: `${SRC.MIGRLPAR} ; ${HMC_MIGRATION}`,
});

export const LPM_4: Rule = lpmView({
  id: 'LPM-4', severity: 'info', tag: 'C',
  title: 'Partition with HEA logical ports cannot move (LPM)',
  explanation: 'Host Ethernet Adapter (IVE) logical ports are physical I/O: a partition using them cannot be migrated '
    + 'until they are removed.',
  source: `${SRC.MIGRLPAR} ; ${HMC_MIGRATION}`,
});

export const LPM_5: Rule = lpmView({
  id: 'LPM-5', severity: 'info', tag: 'C',
  title: 'Partition with a direct, non-migratable SR-IOV logical port cannot move (LPM)',
  explanation: 'A directly assigned SR-IOV logical port is physical I/O; only a migratable (Hybrid Network '
    + 'Virtualization) logical port with a backup device lets the partition move (same fact as SRIOV-5).',
  source: SRC.P10_SRIOV,
});

export const LPM_6: Rule = lpmView({
  id: 'LPM-6', severity: 'info', tag: 'C',
  title: 'Partition with BSR arrays: no active LPM',
  explanation: 'Barrier-synchronisation register arrays cannot be migrated: a partition using them can only move '
    + 'inactive (shut down).',
  source: SRC.LPM_BSR,
});

export const LPM_7: Rule = lpmView({
  id: 'LPM-7', severity: 'info', tag: 'C',
  title: 'Partition with storage that is not on the SAN cannot move (LPM)',
  explanation: 'All storage of a mobile partition is on the SAN through the VIOS, and the destination VIOS reach the '
    + 'same LUNs: logical-volume, file-backed and internal disks exported by a VIOS stay on the source frame (derived '
    + 'from the confirmed requirement).',
  source: SRC.LPM_STORAGE,
});

export const LPM_8: Rule = lpmView({
  id: 'LPM-8', severity: 'info', tag: 'C',
  title: 'vSCSI SAN disk with a reserve the destination VIOS cannot open',
  explanation: 'For LPM the physical volumes behind vSCSI disks need reserve_policy=no_reserve (or PR_shared with SCSI-3 '
    + 'persistent reserve), set alike on the source and destination VIOS: the destination VIOS must open the disk while '
    + 'the source still holds it.',
  source: SRC.LPM_NORESERVE,
});

export const LPM_9: Rule = lpmView({
  id: 'LPM-9', severity: 'info', tag: 'C',
  title: 'NPIV client adapter without its WWPN pair: the LPM WWPN cannot be zoned',
  explanation: 'LPM logs the second WWPN of each client virtual FC adapter in on the destination, so both WWPNs must be '
    + 'zoned and LUN-masked (migrlpar --npivval port or portdisk sets how deep the HMC checks). A client adapter whose '
    + 'WWPNs the design does not know cannot be checked.',
  source: `${SRC.P9_VFC} ; ${SRC.MIGRLPAR}`,
});

export const LPM_10: Rule = lpmView({
  id: 'LPM-10', severity: 'info', tag: 'C',
  title: 'Partition on the PVID of a non-default trunk adapter, or an MSP with viosecure high',
  explanation: 'Every VLAN of a mobile partition must be bridged by an SEA on a destination VIOS, and the partition must '
    + 'not sit on the PVID of a trunk adapter that is not the SEA\'s default; VIOS viosecure high network security blocks '
    + 'LPM unless secure IP tunnels join the mover service partitions. The readiness matrix checks the bridging on each '
    + 'destination.',
  source: `${SRC.LPM_NETWORK} ; ${SRC.MIGRLPAR}`,
});

export const LPM_13: Rule = lpmView({
  id: 'LPM-13', severity: 'error', tag: 'C',
  title: 'Processor compatibility mode the partition\'s frame does not support',
  explanation: 'A partition runs in a processor compatibility mode its frame supports (lssyscfg -r sys -F '
    + 'lpar_proc_compat_modes): the HMC refuses another one. For LPM the destination must support the mode too, which '
    + 'the readiness matrix checks (information here: the partition cannot move there).',
  source: `${SRC.LPM_COMPAT} ; ${SRC.P10_COMPAT}`,
  destinationSeverity: 'info',
  extra: ownFrameModes,
});

export const LPM_19: Rule = lpmView({
  id: 'LPM-19', severity: 'info', tag: 'C',
  title: 'Shared-memory (AMS) partition: the destination needs a shared memory pool',
  explanation: 'An Active Memory Sharing partition moves only to a frame with a shared memory pool, paging VIOS and a '
    + 'suitable (redundant) paging device; the design does not model shared memory pools, so check them.',
  source: `${SRC.MIGRLPAR} ; ${HMC_MIGRATION}`,
});

export const LPM_22: Rule = lpmView({
  id: 'LPM-22', severity: 'info', tag: 'U',
  title: 'Required adapters or SSP disks: mobility checks not confirmed',
  explanation: 'Not confirmed by the sources read: whether required (is_required) virtual adapters, SSP-backed disks '
    + '(the destination VIOS in the same cluster) and partition-id retention are checked by the HMC. Shown for partitions '
    + 'with SSP disks served only by nodes of their own frame.',
  source: `${SRC.MIGRLPAR} (unconfirmed)`,
});

export const LPM_PARTITION_RULES: Rule[] = [LPM_2, LPM_3, LPM_4, LPM_5, LPM_6, LPM_7, LPM_8, LPM_9, LPM_10, LPM_13, LPM_19, LPM_22];
