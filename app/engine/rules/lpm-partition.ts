/**
 * Live Partition Mobility rules that look at one partition (MODERN.md 6.4): what keeps it from moving to any frame.
 * They speak only in designs with two frames or more, as information: the design itself is valid, the partition just
 * cannot move. The readiness matrix (partition x destination frame) judges each destination; LPM-13 is the one error
 * here, a compatibility mode the partition's own frame does not have (the HMC refuses it).
 */
import type { BackingDevice, Id } from '../../model/schema/index.ts';
import { supportedCompatModes } from '../../model/schema/index.ts';
import type { DesignIndex } from '../index-design.ts';
import { defineRule, type Rule } from './types.ts';
import { listing } from './common.ts';
import { SRC, archived, isClient, logicalPortsByPartition, lpmInScope } from './modern-common.ts';

const HMC_MIGRATION = archived('HMC help LPARMigration/MigrationRequirements.html in HMC_Update_V7R340_SP2_3.zip', SRC.HMC_HELP_V7R340_SP2);

/** Backing devices that reach each client through its vSCSI adapters (one pass over the client adapters). */
export function clientBacking(ix: DesignIndex): Map<Id, BackingDevice[]> {
  const d = ix.design.domain;
  const out = new Map<Id, BackingDevice[]>();
  for (const c of ix.clients.vscsi) {
    const s = ix.serverOf('vscsi', c);
    if (!s) continue;
    const list = out.get(c.partitionId) ?? [];
    for (const v of ix.vtdsOf(s)) {
      const bd = v.backingDeviceId ? d.backingDevices[v.backingDeviceId] : undefined;
      if (bd) list.push(bd);
    }
    out.set(c.partitionId, list);
  }
  return out;
}

const clients = (ix: DesignIndex) => ix.partitions.filter((p) => p.kind !== 'vios');

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

export const LPM_3: Rule = defineRule({
  id: 'LPM-3', family: 'lpm', severity: 'info', tag: 'C',
  title: 'Partition with physical I/O cannot move (LPM)',
  explanation: 'A mobile partition does all its I/O through the VIOS: physical or dedicated adapters (a dedicated '
    + 'SR-IOV adapter too) must be removed by DLPAR before a migration. NPIV virtual FC adapters count as virtual.',
  source: `${SRC.MIGRLPAR} ; ${HMC_MIGRATION}`,
  run({ index: ix, design }, emit) {
    if (!lpmInScope(ix)) return;
    const dedicated = new Map<Id, Id[]>();
    for (const a of ix.all.sriovAdapters) if (a.mode === 'dedicated' && a.ownerPartitionId) dedicated.set(a.ownerPartitionId, [...(dedicated.get(a.ownerPartitionId) ?? []), a.id]);
    for (const p of clients(ix)) {
      const ports = ix.part(p.id)?.ports ?? [];
      const sriov = dedicated.get(p.id) ?? [];
      if (ports.length + sriov.length === 0) continue;
      const names = [...ports.map((x) => x.deviceName), ...sriov.map((a) => `SR-IOV adapter ${design.domain.sriovAdapters[a]!.adapterId}`)];
      emit(`${p.name} owns physical I/O (${listing(names)}): it cannot move by LPM until it is removed`, [p.id, ...ports.map((x) => x.id), ...sriov]);
    }
  },
});

export const LPM_4: Rule = defineRule({
  id: 'LPM-4', family: 'lpm', severity: 'info', tag: 'C',
  title: 'Partition with HEA logical ports cannot move (LPM)',
  explanation: 'Host Ethernet Adapter (IVE) logical ports are physical I/O: a partition using them cannot be migrated '
    + 'until they are removed.',
  source: `${SRC.MIGRLPAR} ; ${HMC_MIGRATION}`,
  run({ index: ix }, emit) {
    if (!lpmInScope(ix)) return;
    for (const p of clients(ix)) {
      const hea = ix.part(p.id)?.heaLogical ?? [];
      if (hea.length > 0) emit(`${p.name} uses HEA logical port(s) ${listing(hea.map((h) => h.deviceName))}: it cannot move by LPM`, [p.id, ...hea.map((h) => h.id)]);
    }
  },
});

export const LPM_5: Rule = defineRule({
  id: 'LPM-5', family: 'lpm', severity: 'info', tag: 'C',
  title: 'Partition with a direct, non-migratable SR-IOV logical port cannot move (LPM)',
  explanation: 'A directly assigned SR-IOV logical port is physical I/O; only a migratable (Hybrid Network '
    + 'Virtualization) logical port with a backup device lets the partition move (same fact as SRIOV-5).',
  source: SRC.P10_SRIOV,
  run({ index: ix, design }, emit) {
    if (!lpmInScope(ix)) return;
    for (const [pid, lps] of logicalPortsByPartition(ix)) {
      const direct = lps.filter((l) => !l.migratable);
      if (isClient(design.domain.partitions[pid]) && direct.length > 0) emit(`${ix.partitionName(pid)} owns direct SR-IOV logical port(s) ${listing(direct.map((l) => l.deviceName))}: it cannot move by LPM`, [pid, ...direct.map((l) => l.id)]);
    }
  },
});

export const LPM_6: Rule = defineRule({
  id: 'LPM-6', family: 'lpm', severity: 'info', tag: 'C',
  title: 'Partition with BSR arrays: no active LPM',
  explanation: 'Barrier-synchronisation register arrays cannot be migrated: a partition using them can only move '
    + 'inactive (shut down).',
  source: SRC.LPM_BSR,
  run({ index: ix }, emit) {
    if (!lpmInScope(ix)) return;
    for (const p of clients(ix)) if ((p.bsrArrays ?? 0) > 0) emit(`${p.name} uses ${p.bsrArrays} BSR array(s): it can move only inactive`, [p.id]);
  },
});

export const LPM_7: Rule = defineRule({
  id: 'LPM-7', family: 'lpm', severity: 'info', tag: 'C',
  title: 'Partition with storage that is not on the SAN cannot move (LPM)',
  explanation: 'All storage of a mobile partition is on the SAN through the VIOS, and the destination VIOS reach the '
    + 'same LUNs: logical-volume, file-backed and internal disks exported by a VIOS stay on the source frame (derived '
    + 'from the confirmed requirement).',
  source: SRC.LPM_STORAGE,
  run({ index: ix }, emit) {
    if (!lpmInScope(ix)) return;
    for (const [pid, bds] of clientBacking(ix)) {
      const local = bds.filter((b) => b.kind === 'logical-volume' || b.kind === 'file-disk' || (b.kind === 'physical-volume' && !b.lunId));
      if (local.length > 0) emit(`${ix.partitionName(pid)} has disk(s) that are not SAN LUNs (${listing(local.map((b) => `${b.name} on ${ix.partitionName(b.partitionId)}`))}): it cannot move by LPM`, [pid, ...local.map((b) => b.id)]);
    }
  },
});

export const LPM_8: Rule = defineRule({
  id: 'LPM-8', family: 'lpm', severity: 'info', tag: 'C',
  title: 'vSCSI SAN disk with a reserve the destination VIOS cannot open',
  explanation: 'For LPM the physical volumes behind vSCSI disks need reserve_policy=no_reserve (or PR_shared with SCSI-3 '
    + 'persistent reserve), set alike on the source and destination VIOS: the destination VIOS must open the disk while '
    + 'the source still holds it.',
  source: SRC.LPM_NORESERVE,
  run({ index: ix }, emit) {
    if (!lpmInScope(ix)) return;
    for (const [pid, bds] of clientBacking(ix)) {
      const held = bds.filter((b) => b.kind === 'physical-volume' && b.lunId && (b.reservePolicy === 'single_path' || b.reservePolicy === 'PR_exclusive'));
      if (held.length > 0) emit(`${ix.partitionName(pid)} has vSCSI disk(s) with a single-path or exclusive reserve (${listing(held.map((b) => `${b.name} on ${ix.partitionName(b.partitionId)}`))}): LPM validation fails`, [pid, ...held.map((b) => b.id)]);
    }
  },
});

export const LPM_9: Rule = defineRule({
  id: 'LPM-9', family: 'lpm', severity: 'info', tag: 'C',
  title: 'NPIV client adapter without its WWPN pair: the LPM WWPN cannot be zoned',
  explanation: 'LPM logs the second WWPN of each client virtual FC adapter in on the destination, so both WWPNs must be '
    + 'zoned and LUN-masked (migrlpar --npivval port or portdisk sets how deep the HMC checks). A client adapter whose '
    + 'WWPNs the design does not know cannot be checked.',
  source: `${SRC.P9_VFC} ; ${SRC.MIGRLPAR}`,
  run({ index: ix }, emit) {
    if (!lpmInScope(ix)) return;
    for (const a of ix.clients.vfc) {
      if (!a.wwpns && isClient(ix.design.domain.partitions[a.partitionId])) emit(`${a.deviceName} of ${ix.partitionName(a.partitionId)} has no WWPN pair: the second WWPN, used by LPM, cannot be zoned`, [a.id]);
    }
  },
});

export const LPM_10: Rule = defineRule({
  id: 'LPM-10', family: 'lpm', severity: 'info', tag: 'C',
  title: 'Partition on the PVID of a non-default trunk adapter, or an MSP with viosecure high',
  explanation: 'Every VLAN of a mobile partition must be bridged by an SEA on a destination VIOS, and the partition must '
    + 'not sit on the PVID of a trunk adapter that is not the SEA\'s default; VIOS viosecure high network security blocks '
    + 'LPM unless secure IP tunnels join the mover service partitions. The readiness matrix checks the bridging on each '
    + 'destination.',
  source: `${SRC.LPM_NETWORK} ; ${SRC.MIGRLPAR}`,
  run({ index: ix, design }, emit) {
    if (!lpmInScope(ix)) return;
    const d = design.domain;
    const nonDefault = new Map<string, Id>();
    for (const s of ix.all.seas) {
      for (const t of s.trunkAdapterIds) {
        const a = d.vethAdapters[t];
        const sys = ix.systemOf(s.partitionId);
        if (a && sys && t !== s.defaultAdapterId && s.trunkAdapterIds.length > 1) nonDefault.set(`${sys.id}|${a.vswitch}|${a.pvid}`, a.id);
      }
    }
    for (const a of ix.all.vethAdapters) {
      if (a.trunk || !isClient(d.partitions[a.partitionId])) continue;
      const t = nonDefault.get(`${ix.systemOf(a.partitionId)?.id}|${a.vswitch}|${a.pvid}`);
      if (t) emit(`${a.deviceName} of ${ix.partitionName(a.partitionId)} is untagged on VLAN ${a.pvid}, the PVID of a non-default trunk adapter: LPM refuses it`, [a.id, t]);
    }
    for (const p of ix.partitions) if (p.kind === 'vios' && p.msp && p.viosecureHigh) emit(`${p.name} is a mover service partition with viosecure high security: LPM needs secure IP tunnels between the MSPs`, [p.id]);
  },
});

export const LPM_13: Rule = defineRule({
  id: 'LPM-13', family: 'lpm', severity: 'error', tag: 'C',
  title: 'Processor compatibility mode the partition\'s frame does not support',
  explanation: 'A partition runs in a processor compatibility mode its frame supports (lssyscfg -r sys -F '
    + 'lpar_proc_compat_modes): the HMC refuses another one. For LPM the destination must support the mode too, which '
    + 'the readiness matrix checks.',
  source: `${SRC.LPM_COMPAT} ; ${SRC.P10_COMPAT}`,
  run({ index: ix }, emit) {
    for (const p of ix.partitions) {
      const sys = ix.systemOf(p.id);
      if (!sys || !p.procCompatMode) continue;
      const modes = supportedCompatModes(sys);
      if (!modes.includes(p.procCompatMode)) emit(`${p.name} is set to compatibility mode ${p.procCompatMode}, which frame ${sys.name} (${sys.generation}) does not support (${modes.join(', ')})`, [p.id, sys.id]);
    }
  },
});

export const LPM_19: Rule = defineRule({
  id: 'LPM-19', family: 'lpm', severity: 'info', tag: 'C',
  title: 'Shared-memory (AMS) partition: the destination needs a shared memory pool',
  explanation: 'An Active Memory Sharing partition moves only to a frame with a shared memory pool, paging VIOS and a '
    + 'suitable (redundant) paging device; the design does not model shared memory pools, so check them.',
  source: `${SRC.MIGRLPAR} ; ${HMC_MIGRATION}`,
  run({ index: ix }, emit) {
    if (!lpmInScope(ix)) return;
    for (const p of clients(ix)) if (p.sharedMemory) emit(`${p.name} uses shared memory (AMS): its destination needs a shared memory pool with paging VIOS and a paging device for it`, [p.id]);
  },
});

export const LPM_22: Rule = defineRule({
  id: 'LPM-22', family: 'lpm', severity: 'info', tag: 'U',
  title: 'Required adapters or SSP disks: mobility checks not confirmed',
  explanation: 'Not confirmed by the sources read: whether required (is_required) virtual adapters, SSP-backed disks '
    + '(the destination VIOS in the same cluster) and partition-id retention are checked by the HMC. Shown for partitions '
    + 'with SSP disks served only by nodes of their own frame.',
  source: `${SRC.MIGRLPAR} (unconfirmed)`,
  run({ index: ix, design }, emit) {
    if (!lpmInScope(ix)) return;
    const d = design.domain;
    for (const [pid, bds] of clientBacking(ix)) {
      const sys = ix.systemOf(pid);
      const lus = bds.filter((b) => {
        const lu = b.kind === 'ssp-lu' && b.logicalUnitId ? d.sspLogicalUnits[b.logicalUnitId] : undefined;
        const c = lu ? d.sspClusters[lu.clusterId] : undefined;
        return !!c && c.nodeIds.every((n) => ix.systemOf(n)?.id === sys?.id);
      });
      if (lus.length > 0) emit(`${ix.partitionName(pid)} has SSP disk(s) (${listing([...new Set(lus.map((b) => b.name))])}) whose cluster has no node on another frame: a destination VIOS would have to join the cluster (not confirmed)`, [pid, ...lus.map((b) => b.id)]);
    }
  },
});

export const LPM_PARTITION_RULES: Rule[] = [LPM_2, LPM_3, LPM_4, LPM_5, LPM_6, LPM_7, LPM_8, LPM_9, LPM_10, LPM_13, LPM_19, LPM_22];
