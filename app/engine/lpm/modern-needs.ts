/**
 * What a partition takes with it from document version 3 (SR-IOV, vNIC, SSP, LPM settings), and what in it stops a
 * move to any frame: dedicated SR-IOV adapters, direct logical ports that are not migratable, BSR arrays, RMC down;
 * Active Memory Sharing cannot be checked (no shared memory pools in the design).
 */
import { COMPAT_MODES, supportedCompatModes, type CompatMode, type Id, type ManagedSystem, type Partition, type VnicAdapter } from '../../model/schema/index.ts';
import { listing } from '../rules/common.ts';
import type { DesignIndex } from '../index-design.ts';
import { derived } from '../paths.ts';
import type { ModernIndex } from './modern-index.ts';
import { reason } from './rules.ts';
import type { LpmReason } from './types.ts';

export interface VnicNeed {
  adapter: VnicAdapter;
  backing: { id: Id; capacity: number }[];
  /** The VIOS its backing devices are on at home (failover across VIOS wants as many on the destination). */
  viosIds: Id[];
}

export interface ModernNeeds {
  vnics: VnicNeed[];
  /** SSP cluster id -> the LUs of it the partition's disks are, with the backing devices. */
  ssp: Map<Id, { lus: string[]; elementIds: Id[] }>;
  /** lpar_proc_compat_mode as configured ('default' when absent) and the mode it runs in now. */
  configuredMode: CompatMode;
  effectiveMode: CompatMode;
  /** Migratable (HNV) logical ports with a backup device: removed before the move, added again on the destination. */
  hnvPorts: Id[];
}

/** The mode a partition in `default` mode runs in: the highest (not enhanced) mode of its frame ([D], the OS may cap it). */
export function effectiveMode(configured: CompatMode, frame: ManagedSystem): CompatMode {
  if (configured !== 'default') return configured;
  let best: CompatMode = 'default';
  for (const m of supportedCompatModes(frame)) if (!m.includes('enhanced') && COMPAT_MODES.indexOf(m) > COMPAT_MODES.indexOf(best)) best = m;
  return best;
}

/** Reasons in the partition's own v3 configuration that hold whatever the destination. */
export function modernReasons(mx: ModernIndex, p: Partition): LpmReason[] {
  const out: LpmReason[] = [];
  const active = p.state !== 'not-activated';
  const dedicated = mx.dedicatedByOwner.get(p.id) ?? [];
  if (dedicated.length > 0) {
    const names = dedicated.map((a) => `SR-IOV adapter ${a.adapterId}${a.location ? ` (${a.location})` : ''}`);
    out.push(reason('LPM-3', `dedicated SR-IOV adapter ${dedicated.map((a) => a.adapterId).join(', ')}`, `${p.name} owns ${listing(names)} in dedicated mode: physical I/O, remove it by DLPAR before the move`, [p.id, ...dedicated.map((a) => a.id)]));
  }
  const direct = mx.logicalByOwner.get(p.id) ?? [];
  const fixed = direct.filter((lp) => !lp.migratable);
  if (fixed.length > 0) {
    out.push(reason('LPM-5', `SR-IOV logical port ${fixed.map((x) => x.deviceName).join(', ')}`, `${p.name} has directly assigned SR-IOV logical ports (${listing(fixed.map((x) => x.deviceName))}) that are not migratable: make them migratable with a backup device (HNV), use vNIC, or remove them before the move`, [p.id, ...fixed.map((x) => x.id)]));
  }
  const noBackup = direct.filter((lp) => lp.migratable && !lp.backupDevice);
  if (noBackup.length > 0) {
    out.push(reason('LPM-5', `migratable ${noBackup.map((x) => x.deviceName).join(', ')} without backup`, `${listing(noBackup.map((x) => x.deviceName))} of ${p.name} ${noBackup.length === 1 ? 'is' : 'are'} migratable but ha${noBackup.length === 1 ? 's' : 've'} no backup device (vNIC or virtual Ethernet) to carry the traffic while the logical port is removed (SRIOV-9)`, [p.id, ...noBackup.map((x) => x.id)]));
  }
  if (active && (p.bsrArrays ?? 0) > 0) {
    out.push(reason('LPM-6', `${p.bsrArrays} BSR arrays`, `${p.name} uses ${p.bsrArrays} barrier-synchronisation register array${p.bsrArrays === 1 ? '' : 's'}: an active migration is refused (an inactive one is allowed)`, [p.id]));
  }
  if (active && p.rmcDown) {
    out.push(reason('LPM-11', 'RMC down', `The RMC connection of ${p.name} to the HMC is down: an active migration needs it up`, [p.id]));
  }
  if (p.sharedMemory) {
    out.push(reason('LPM-19', 'shared memory (AMS): not checked', `${p.name} uses Active Memory Sharing: the destination needs a shared memory pool with a paging VIOS and a paging device, which the design does not record`, [p.id], 'warning'));
  }
  return out;
}

export function modernNeeds(ix: DesignIndex, mx: ModernIndex, p: Partition, source: ManagedSystem): ModernNeeds {
  const d = ix.design.domain;
  const vnics: VnicNeed[] = (mx.vnicsByPartition.get(p.id) ?? []).map((adapter) => {
    const list = mx.backingByVnic.get(adapter.id) ?? [];
    const viosIds = new Set<Id>();
    for (const b of list) { const owner = d.sriovLogicalPorts[b.logicalPortId]?.partitionId; if (owner) viosIds.add(owner); }
    return { adapter, backing: list.map((b) => ({ id: b.id, capacity: d.sriovLogicalPorts[b.logicalPortId]?.capacity ?? 2 })), viosIds: [...viosIds] };
  });
  const ssp = new Map<Id, { lus: string[]; elementIds: Id[] }>();
  for (const path of derived(ix).diskPaths.get(p.id) ?? []) {
    const b = path.backing;
    const lu = b.kind === 'ssp-lu' && b.logicalUnitId ? d.sspLogicalUnits[b.logicalUnitId] : undefined;
    if (!lu) continue;
    const e = ssp.get(lu.clusterId) ?? { lus: [], elementIds: [lu.clusterId] };
    if (!e.lus.includes(lu.name)) { e.lus.push(lu.name); e.elementIds.push(lu.id); }
    e.elementIds.push(b.id);
    ssp.set(lu.clusterId, e);
  }
  const configuredMode = p.procCompatMode ?? 'default';
  const hnvPorts = (mx.logicalByOwner.get(p.id) ?? []).filter((lp) => lp.migratable && lp.backupDevice).map((lp) => lp.id);
  return { vnics, ssp, configuredMode, effectiveMode: effectiveMode(configuredMode, source), hnvPorts };
}
