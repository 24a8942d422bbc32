import {
  type Design, type Partition, type SharedEthernetAdapter, type VirtualFcAdapter, type VirtualScsiAdapter, lparEnv, vtdsOf,
} from '../../model/index.ts';
import { formatHmcListAttribute, formatHmcRecord } from '../hmc-fields.ts';
import { formatEthAdapterString, formatPairAdapterString } from '../profile-adapters.ts';
import { clientSection } from './script-client.ts';
import { KIND_LABEL, natural, sortedOfPartition, partitionsOf, sh, systemsOf } from './order.ts';
import { clustersCreatedBy, luMapLine, sriovVnicLines, sspCreateLines } from './script-modern.ts';

/** One part of the build script: where it runs and its lines. */
export interface ScriptSection {
  target: 'hmc' | 'vios' | 'client';
  systemId: string;
  partitionId?: string;
  title: string;
  lines: string[];
}

const q = JSON.stringify;
const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

function remoteOf(d: Design, a: VirtualScsiAdapter | VirtualFcAdapter) {
  const r = a.remotePartitionId ? d.domain.partitions[a.remotePartitionId] : undefined;
  return { remoteLparId: r ? r.lparId : null, remoteLparName: r?.name ?? '', remoteSlot: r ? a.remoteSlot : null };
}

/** `mksyscfg -r lpar` for one partition, its virtual adapters in the profile (REFERENCE 1.5, 4.1). */
export function mksyscfgLine(d: Design, p: Partition, systemName: string): string {
  const scsi = sortedOfPartition(d.domain.vscsiAdapters, p.id);
  const fc = sortedOfPartition(d.domain.vfcAdapters, p.id);
  const eth = sortedOfPartition(d.domain.vethAdapters, p.id);
  const pr = p.processor;
  const shared = pr.mode === 'shared';
  const fields: [string, string | number][] = [
    ['name', p.name], ['profile_name', p.profileName ?? 'default'], ['lpar_id', p.lparId], ['lpar_env', lparEnv(p.kind)],
    ['min_mem', p.memory.minMB], ['desired_mem', p.memory.desiredMB], ['max_mem', p.memory.maxMB], ['mem_mode', 'ded'],
    ['proc_mode', shared ? 'shared' : 'ded'],
    ...(shared ? [['min_proc_units', pr.minUnits], ['desired_proc_units', pr.desiredUnits], ['max_proc_units', pr.maxUnits]] as [string, number][] : []),
    ['min_procs', shared ? pr.minVirtualProcessors : pr.minUnits], ['desired_procs', shared ? pr.desiredVirtualProcessors : pr.desiredUnits],
    ['max_procs', shared ? pr.maxVirtualProcessors : pr.maxUnits],
    ...(shared
      ? [['sharing_mode', pr.sharing === 'capped' ? 'cap' : 'uncap'], ['uncap_weight', pr.weight], ['shared_proc_pool_id', pr.sharedPoolId]] as [string, string | number][]
      : [['sharing_mode', pr.sharing === 'capped' ? 'keep_idle_procs' : 'share_idle_procs']] as [string, string][]),
    ['max_virtual_slots', p.maxVirtualSlots],
  ];
  const lists = [
    formatHmcListAttribute('virtual_scsi_adapters', scsi.map((a) => formatPairAdapterString({ slot: a.slot, role: a.role, ...remoteOf(d, a), required: a.required }, false))),
    formatHmcListAttribute('virtual_fc_adapters', fc.map((a) => formatPairAdapterString({
      slot: a.slot, role: a.role, ...remoteOf(d, a), required: a.required, ...(a.role === 'client' && a.wwpns ? { wwpns: a.wwpns } : {}),
    }, true))),
    formatHmcListAttribute('virtual_eth_adapters', eth.map((a) => formatEthAdapterString({
      slot: a.slot, ieee: a.ieee8021q, pvid: a.pvid, additionalVlans: a.additionalVlans, trunkPriority: a.trunk ? a.trunkPriority ?? 1 : 0,
      required: a.required, vswitch: a.vswitch, ...(a.mac ? { mac: a.mac } : {}),
    }))),
  ];
  const attrs = [formatHmcRecord(fields), ...lists, 'boot_mode=norm'].join(',');
  return `mksyscfg -r lpar -m ${sh(systemName)} -i ${sh(attrs)}`;
}

/** The partition's vNICs and SR-IOV logical ports, which the HMC adds once it runs (the dynamic operations below). */
function modernCounts(vnics: number, logicalPorts: number): string {
  const parts = [vnics ? plural(vnics, 'vNIC') : '', logicalPorts ? plural(logicalPorts, 'SR-IOV logical port') : ''].filter(Boolean);
  return parts.length ? `; ${parts.join(', ')} added after activation (below)` : '';
}

function hmcSection(d: Design, systemId: string): ScriptSection {
  const s = d.domain.systems[systemId]!;
  const lines = [`# ======== HMC: frame ${q(s.name)} (${s.typeModel || 'type-model unknown'}, serial ${s.serial || 'unknown'}, ${s.generation}, ${s.installedCores} cores, ${s.installedMemoryMB} MB) ========`];
  lines.push('# Creates each partition with its profile and virtual adapters; the VIOS come first so that their server adapters exist.');
  const parts = partitionsOf(d, systemId).sort((a, b) => Number(b.kind === 'vios') - Number(a.kind === 'vios') || a.lparId - b.lparId);
  for (const p of parts) {
    const n = (rec: Record<string, { partitionId: string; role?: string }>) => Object.values(rec).filter((a) => a.partitionId === p.id);
    const scsi = n(d.domain.vscsiAdapters);
    const fc = n(d.domain.vfcAdapters);
    const side = p.kind === 'vios' ? 'server' : 'client';
    lines.push(`# ${KIND_LABEL[p.kind]} partition ${q(p.name)} (id ${p.lparId}${p.osLevel ? `, level ${p.osLevel.replace(/[()]/g, '')}` : ''}): ${plural(scsi.length, `vSCSI ${side} adapter`)}, ${plural(fc.length, `vFC ${side} adapter`)}, ${plural(n(d.domain.vethAdapters).length, 'virtual Ethernet adapter')}${modernCounts(n(d.domain.vnicAdapters).length, n(d.domain.sriovLogicalPorts).length)}`);
    lines.push(mksyscfgLine(d, p, s.name));
  }
  lines.push('# Install and start the VIOS (chsysstate -r lpar -o on), then run each VIOS part below as padmin.');
  for (const l of sriovVnicLines(d, systemId, s.name)) lines.push(l);
  return { target: 'hmc', systemId, title: `HMC: ${s.name}`, lines };
}

function deviceTable(d: Design, vios: Partition): string[] {
  const dom = d.domain;
  const name = (id: string | null) => (id ? dom.partitions[id]?.name ?? '?' : 'any client');
  const rows: [string, string][] = [];
  for (const p of sortedOfPartition(dom.physicalPorts, vios.id)) rows.push([p.deviceName, `port ${p.kind}${p.location ? ` at ${p.location}` : ''}${p.npivCapable ? ' NPIV' : ''}`]);
  for (const a of sortedOfPartition(dom.vscsiAdapters, vios.id)) rows.push([a.deviceName, `slot ${a.slot}  vSCSI server for ${name(a.remotePartitionId)}${a.remoteSlot !== null ? ` slot ${a.remoteSlot}` : ''}`]);
  for (const a of sortedOfPartition(dom.vfcAdapters, vios.id)) rows.push([a.deviceName, `slot ${a.slot}  vFC server for ${name(a.remotePartitionId)}${a.remoteSlot !== null ? ` slot ${a.remoteSlot}` : ''}`]);
  for (const a of sortedOfPartition(dom.vethAdapters, vios.id)) {
    rows.push([a.deviceName, `slot ${a.slot}  ${a.trunk ? `trunk adapter, priority ${a.trunkPriority ?? 1}, ` : 'virtual Ethernet, '}PVID ${a.pvid}${a.additionalVlans.length ? `, VLANs ${a.additionalVlans.join(' ')}` : ''} on ${a.vswitch}`]);
  }
  return ['# Devices this part expects after cfgdev (compare with lsdev -virtual and lsmap -all; adjust the names below if they differ):',
    ...rows.sort((a, b) => natural(a[0], b[0])).map(([dev, what]) => `#   ${dev.padEnd(10)} ${what}`)];
}

function seaLines(d: Design, sea: SharedEthernetAdapter): string[] {
  const dom = d.domain;
  const dev = (id: string | null) => (id ? dom.vethAdapters[id]?.deviceName ?? '?' : '?');
  const real = sea.realAdapter ? (dom.physicalPorts[sea.realAdapter.id] ?? dom.linkAggregations[sea.realAdapter.id] ?? dom.heaLogicalPorts[sea.realAdapter.id])?.deviceName : undefined;
  const trunks = sea.trunkAdapterIds.map(dev);
  const vlans = [...new Set(sea.trunkAdapterIds.flatMap((id) => { const v = dom.vethAdapters[id]; return v ? [v.pvid, ...v.additionalVlans] : []; }))];
  const ha = sea.haMode === 'disabled' ? [] : [`ha_mode=${sea.haMode === 'sharing' ? 'auto' : sea.haMode}`, ...(sea.controlChannelId ? [`ctl_chan=${dev(sea.controlChannelId)}`] : [])];
  const attrs = [...ha, ...(sea.netaddr ? [`netaddr=${sea.netaddr}`] : []), ...(sea.thread ? [] : ['thread=0'])];
  const cmd = `mkvdev -sea ${sh(real ?? '?')} -vadapter ${trunks.map(sh).join(',')} -default ${sh(dev(sea.defaultAdapterId ?? sea.trunkAdapterIds[0] ?? null))} -defaultid ${sea.defaultPvid ?? '?'}${attrs.length ? ` -attr ${attrs.map(sh).join(' ')}` : ''}`;
  const lines = [`# SEA ${sea.deviceName}: bridges VLAN ${vlans.join(' ')} to ${real ?? 'no real adapter'}${sea.haMode === 'disabled' ? '' : `, ha_mode=${sea.haMode}`}`];
  lines.push(real && trunks.length ? cmd : `# ${cmd}    (not run: the SEA needs a real adapter and a trunk adapter in the design)`);
  if (sea.haMode === 'sharing') lines.push('# Load sharing: enable it on the primary VIOS first, then on the backup (SEAHA-7)', `chdev -dev ${sh(sea.deviceName)} -attr ha_mode=sharing`);
  return lines;
}

function viosSection(d: Design, vios: Partition, order: Map<string, number>): ScriptSection {
  const dom = d.domain;
  const sys = dom.systems[vios.systemId]!;
  const lines = [`# ======== VIOS ${q(vios.name)} on frame ${q(sys.name)} (partition id ${vios.lparId}): run as padmin ========`, ...deviceTable(d, vios)];
  lines.push('# Discover the virtual adapters created on the HMC', 'cfgdev');
  const backing = sortedOfPartition(dom.backingDevices, vios.id);
  const reserve = backing.filter((b) => b.kind === 'physical-volume' && b.reservePolicy && b.reservePolicy !== 'single_path');
  if (reserve.length) lines.push('# Disk attributes: disks seen through both VIOS need no SCSI reserve (VSCSI-1)');
  for (const b of reserve) lines.push(`chdev -dev ${sh(b.name)} -attr reserve_policy=${b.reservePolicy}`);
  for (const r of sortedOfPartition(dom.mediaRepositories, vios.id)) lines.push('# Virtual media repository for file-backed optical media', `mkrep -sp ${sh(r.storagePool)} -size ${r.sizeGB}G`);
  for (const b of backing.filter((x) => x.kind === 'logical-volume')) {
    lines.push(b.volumeGroup && b.sizeGB ? `mklv -lv ${sh(b.name)} ${sh(b.volumeGroup)} ${b.sizeGB}G` : `# logical volume ${b.name} must exist (volume group and size not in the design)`);
  }
  for (const c of clustersCreatedBy(d, vios, order)) for (const l of sspCreateLines(d, vios, c)) lines.push(l);
  for (const vhost of sortedOfPartition(dom.vscsiAdapters, vios.id).filter((a) => a.role === 'server')) {
    const vtds = vtdsOf(d, vhost.id);
    if (!vtds.length) continue;
    const client = vhost.remotePartitionId ? dom.partitions[vhost.remotePartitionId]?.name : undefined;
    lines.push(`# vSCSI ${vhost.deviceName} (slot ${vhost.slot}) for ${client ?? 'any client'}: ${plural(vtds.length, 'virtual target device')}`);
    for (const v of vtds) {
      const bd = v.backingDeviceId ? dom.backingDevices[v.backingDeviceId] : undefined;
      if (bd?.kind === 'ssp-lu') lines.push(luMapLine(d, bd, vhost.deviceName, v));
      else if (!bd || bd.kind === 'file-optical') {
        lines.push(`mkvdev -fbo -vadapter ${sh(vhost.deviceName)} -dev ${sh(v.name)}`);
        if (bd) lines.push(`# the medium must be in the repository: mkvopt -name ${bd.name} -file <path> -ro`, `loadopt -disk ${sh(bd.name)} -vtd ${sh(v.name)}`);
      } else lines.push(`mkvdev -vdev ${sh(bd.name)} -vadapter ${sh(vhost.deviceName)} -dev ${sh(v.name)}`);
    }
  }
  for (const l of sortedOfPartition(dom.linkAggregations, vios.id)) {
    const members = l.memberIds.map((m) => dom.physicalPorts[m]?.deviceName ?? dom.heaLogicalPorts[m]?.deviceName ?? '?');
    const backup = l.backupMemberId ? dom.physicalPorts[l.backupMemberId]?.deviceName : undefined;
    lines.push(`# Link aggregation ${l.deviceName}: ${members.join(' + ')}`, `mkvdev -lnagg ${members.map(sh).join(',')} -attr mode=${l.mode}${backup ? ` backup_adapter=${sh(backup)}` : ''}`);
  }
  for (const sea of sortedOfPartition(dom.seas, vios.id)) for (const l of seaLines(d, sea)) lines.push(l);
  for (const v of sortedOfPartition(dom.vfcAdapters, vios.id).filter((a) => a.role === 'server')) {
    const port = v.physicalPortId ? dom.physicalPorts[v.physicalPortId] : undefined;
    const client = v.remotePartitionId ? dom.partitions[v.remotePartitionId]?.name : 'no client';
    lines.push(port ? `# NPIV ${v.deviceName} (slot ${v.slot}) for ${client} to ${port.deviceName}` : `# NPIV ${v.deviceName} (slot ${v.slot}) for ${client} is not mapped to a physical port (NPIV-4)`);
    if (port) lines.push(`vfcmap -vadapter ${sh(v.deviceName)} -fcp ${sh(port.deviceName)}`);
  }
  return { target: 'vios', systemId: sys.id, partitionId: vios.id, title: `VIOS ${vios.name}`, lines };
}

/** The build script in parts: per frame the HMC part, each VIOS's part, then settings for each client. */
export function scriptSections(design: Design): ScriptSection[] {
  const out: ScriptSection[] = [];
  // The order the VIOS parts run in: the first node of a cluster creates it, the others join later.
  const order = new Map(systemsOf(design).flatMap((s) => partitionsOf(design, s.id)).map((p, i) => [p.id, i]));
  for (const s of systemsOf(design)) {
    out.push(hmcSection(design, s.id));
    for (const p of partitionsOf(design, s.id).filter((x) => x.kind === 'vios')) out.push(viosSection(design, p, order));
    for (const p of partitionsOf(design, s.id).filter((x) => x.kind !== 'vios')) {
      const c = clientSection(design, p);
      if (c.length) out.push({ target: 'client', systemId: s.id, partitionId: p.id, title: `Client ${p.name}`, lines: c });
    }
  }
  return out;
}

/** The whole build script as one text: deterministic, so it diffs well in git. */
export function buildScript(design: Design): string {
  const head = [
    `# PowerVM build script for ${q(design.name)}`,
    '# Order (REFERENCE 4): partitions and virtual adapters on the HMC; on each VIOS cfgdev, disk attributes,',
    '# Shared Storage Pool (cluster, LUs), mappings, link aggregations, SEAs and NPIV; SR-IOV logical ports and vNICs',
    '# once the partitions run; client settings last (as comments, to run on each client).',
  ];
  return `${[head, ...scriptSections(design).map((s) => s.lines)].map((l) => l.join('\n')).join('\n\n')}\n`;
}
