import type { Id } from '../../model/schema/index.ts';
import { atLeast } from '../levels.ts';
import { derived } from '../paths.ts';
import { defineRule, type Rule } from './types.ts';
import { adapterLabel, deviceLabel, listing, tunablesFix } from './common.ts';

const MPIO_PAGE = 'HMC info centre iphb1_vios_planning_ha_client.htm in https://mirror.0f.sk/cios-dhitechnical/IBM-Lenovo/Storage/Power/Power%20Hmc%20Recovery/Updates/HMC_Update_V7R340_SP2_2.zip';
const VIOS_LIMITS = 'VIOS configuration limitations iphb1_vios_planning_res.htm in https://mirror.0f.sk/cios-dhitechnical/IBM-Lenovo/Storage/Power/Power%20Hmc%20Recovery/Updates/HMC_Update_V7R340_SP2_2.zip';
const VIOS_DISKS = 'https://www.ibm.com/docs/HW4L4/p8hb1/p8hb1_vios_disks.htm';
const IBMI_LIMITS = 'http://www-01.ibm.com/support/docview.wss?uid=nas8N1013856';

export const VSCSI_1: Rule = defineRule({
  id: 'VSCSI-1', family: 'vscsi', severity: 'error', tag: 'C',
  title: 'LUN exported to one client through two VIOS without reserve_policy=no_reserve',
  explanation: 'When a client reaches the same SAN LUN through two VIOS (vSCSI MPIO), each VIOS must open the hdisk '
    + 'with reserve_policy=no_reserve (chdev -dev hdiskN -attr reserve_policy=no_reserve). With a reserve, the second '
    + 'VIOS cannot open the disk and MPIO at the client fails.',
  source: `${MPIO_PAGE} ; https://www.ibm.com/support/knowledgecenter/8231-E2C/p7hc3/iphb1setnoreserve.htm`,
  run({ index: ix }, emit) {
    const { diskPaths, lunGroups } = derived(ix);
    for (const clientId of diskPaths.keys()) {
      for (const g of lunGroups(clientId)) {
        if (g.vios.length < 2) continue;
        for (const { backing: b } of g.paths) {
          if (b.reservePolicy === 'no_reserve') continue;
          const hdisk = deviceLabel(ix, b.name, b.partitionId);
          emit(`${hdisk} reaches ${ix.partitionName(clientId)} through two VIOS but has reserve_policy=${b.reservePolicy ?? 'single_path (default)'}; set no_reserve`,
            [b.id, clientId],
            [{ label: `Set reserve_policy=no_reserve on ${hdisk}`, op: 'updateBackingDevice', args: { id: b.id, patch: { reservePolicy: 'no_reserve' } } }]);
        }
      }
    }
  },
});

export const VSCSI_2: Rule = defineRule({
  id: 'VSCSI-2', family: 'vscsi', severity: 'error', tag: 'C',
  title: 'Logical volume or file presented as a shared SAN disk',
  explanation: 'Dual-VIOS (MPIO) disks must be whole physical volumes (hdisk / SAN LUN). A logical volume or a file '
    + 'lives on one VIOS only, so its VTD is always a single path and cannot be the same disk as an hdisk seen '
    + 'through the other VIOS. Mirror two such disks in the client (LVM) instead.',
  source: `${VIOS_LIMITS} ; https://www.ibm.com/docs/en/flashsystem-7x00/8.5.0?topic=system-virtual-inputoutput-power-systems-hosts`,
  run({ index: ix, design }, emit) {
    for (const b of ix.all.backingDevices) {
      if ((b.kind === 'logical-volume' || b.kind === 'file-disk') && b.lunId) {
        emit(`${deviceLabel(ix, b.name, b.partitionId)} is a ${b.kind === 'logical-volume' ? 'logical volume' : 'backing file'} but is tied to LUN ${design.domain.luns[b.lunId]?.name ?? b.lunId}; only whole physical volumes can be multipathed across VIOS`,
          [b.id, b.lunId]);
      }
    }
  },
});

export const VSCSI_3: Rule = defineRule({
  id: 'VSCSI-3', family: 'vscsi', severity: 'warning', tag: 'C',
  title: 'MPIO disk through two VIOS without path health checking',
  explanation: 'A client disk with paths through two VIOS uses fail_over (the only supported MPIO behaviour for vSCSI). '
    + 'Without hcheck_interval (default 0) a path that failed with its VIOS is never re-enabled by itself; set '
    + 'hcheck_interval=60 and hcheck_mode=nonactive on the client hdisks (AIX).',
  source: `${MPIO_PAGE} ; http://miguelsprofessional.blogspot.ca/2009/11/`,
  run({ index: ix, design }, emit) {
    const { diskPaths, lunGroups } = derived(ix);
    for (const clientId of diskPaths.keys()) {
      const p = design.domain.partitions[clientId];
      if (p?.kind !== 'aix') continue;
      const mpio = lunGroups(clientId).some((g) => g.vios.length >= 2);
      if (!mpio) continue;
      const t = p.tunables ?? {};
      const problems: string[] = [];
      if (!t.hcheckInterval) problems.push('hcheck_interval is 0 (no health check)');
      if (t.hcheckMode !== undefined && t.hcheckMode !== 'nonactive') problems.push(`hcheck_mode is ${t.hcheckMode}`);
      if (problems.length === 0) continue;
      emit(`${p.name} has MPIO disks through two VIOS but ${listing(problems)}; set hcheck_interval=60 and hcheck_mode=nonactive`, [clientId],
        [tunablesFix(p, `Set hcheck_interval=60 hcheck_mode=nonactive on ${p.name}`, { hcheckInterval: t.hcheckInterval || 60, hcheckMode: 'nonactive' })]);
    }
  },
});

export const VSCSI_4: Rule = defineRule({
  id: 'VSCSI-4', family: 'vscsi', severity: 'warning', tag: 'C',
  title: 'fast_fail / vscsi_path_to on a client served by a single VIOS',
  explanation: 'vscsi_err_recov=fast_fail and vscsi_path_to are designed for dual-VIOS or mirrored configurations, '
    + 'where failing I/O quickly lets MPIO or LVM use the other VIOS. A client whose vSCSI disks all come through one '
    + 'VIOS should keep delayed_fail.',
  source: `${VIOS_DISKS} ; http://capacityreports.net/AIX_Blog/index.php/tuning-vscsi-adapter-settings`,
  run({ index: ix, design }, emit) {
    derived(ix).diskPaths.forEach((paths, clientId) => {
      const p = design.domain.partitions[clientId];
      if (p?.kind !== 'aix' || paths.some((x) => x.viosId !== paths[0]!.viosId)) return; // MPIO or mirrored: fine
      const t = p.tunables ?? {};
      if (t.vscsiErrRecov !== 'fast_fail' && !t.vscsiPathTimeout) return;
      emit(`${p.name} gets its vSCSI disks through ${ix.partitionName(paths[0]!.viosId)} only, but sets ${t.vscsiErrRecov === 'fast_fail' ? 'vscsi_err_recov=fast_fail' : `vscsi_path_to=${t.vscsiPathTimeout}`}; keep delayed_fail on single-VIOS clients`,
        [clientId], [tunablesFix(p, `Use vscsi_err_recov=delayed_fail on ${p.name}`, { vscsiErrRecov: 'delayed_fail' }, ['vscsiPathTimeout'])]);
    });
  },
});

export const VSCSI_5: Rule = defineRule({
  id: 'VSCSI-5', family: 'vscsi', severity: 'warning', tag: 'U',
  title: 'Backing device mapped twice',
  explanation: 'A backing device should be mapped by at most one VTD for a client, and to one client unless it is shared '
    + 'on purpose (reserve_policy=no_reserve, for a cluster). Two VTDs for the same data give two unrelated SCSI targets. '
    + 'The exact mkvdev behaviour is unconfirmed, so this is a warning.',
  source: 'https://www.ibm.com/docs/en/power10?topic=commands-mkvdev-command (REFERENCE.md 2.2: design rule, unconfirmed)',
  run({ index: ix, design }, emit) {
    const d = design.domain;
    for (const [bdId, vtds] of ix.multiMapped) {
      const b = d.backingDevices[bdId];
      if (!b || b.kind === 'physical-optical' || b.kind === 'file-optical') continue;
      const clientOf = (vhostId: Id) => {
        const vhost = d.vscsiAdapters[vhostId];
        return (vhost && ix.clientOf('vscsi', vhost)?.partitionId) ?? vhost?.remotePartitionId ?? `vhost:${vhostId}`;
      };
      const clients = vtds.map((v) => clientOf(v.serverAdapterId));
      const distinct = new Set(clients);
      const twiceToOne = distinct.size < clients.length;
      if (!twiceToOne && b.reservePolicy === 'no_reserve') continue; // shared on purpose
      const vtdNames = vtds.map((v) => `${v.name} on ${d.vscsiAdapters[v.serverAdapterId]?.deviceName ?? '?'}`);
      emit(twiceToOne
        ? `${deviceLabel(ix, b.name, b.partitionId)} is mapped by ${vtds.length} VTDs to the same client (${listing(vtdNames)})`
        : `${deviceLabel(ix, b.name, b.partitionId)} is mapped to ${distinct.size} clients (${listing([...distinct].map((c) => ix.partitionName(c)))}) without reserve_policy=no_reserve`,
      [b.id, ...vtds.map((v) => v.id)]);
    }
  },
});

export const VSCSI_6: Rule = defineRule({
  id: 'VSCSI-6', family: 'vscsi', severity: 'error', tag: 'C',
  title: 'Optical device or read-write medium shared',
  explanation: 'A physical optical drive exported through vtopt is assigned to one client at a time. A read-write '
    + 'media file is loaded in one vtopt at a time; only read-only media may be loaded in several.',
  source: 'iphb1_vios_optical.htm in https://mirror.0f.sk/cios-dhitechnical/IBM-Lenovo/Storage/Power/Power%20Hmc%20Recovery/Updates/HMC_Update_V7R340_SP2_2.zip',
  run({ index: ix, design }, emit) {
    const d = design.domain;
    for (const [bdId, vtds] of ix.multiMapped) {
      const b = d.backingDevices[bdId];
      if (!b) continue;
      if (b.kind === 'physical-optical') {
        const clients = new Set(vtds.map((v) => {
          const vhost = d.vscsiAdapters[v.serverAdapterId];
          return (vhost && ix.clientOf('vscsi', vhost)?.partitionId) ?? v.serverAdapterId;
        }));
        if (clients.size > 1) emit(`Optical drive ${deviceLabel(ix, b.name, b.partitionId)} is assigned to ${clients.size} clients at once; assign it to one at a time`, [b.id, ...vtds.map((v) => v.id)]);
      } else if (b.kind === 'file-optical' && b.readOnly === false) {
        emit(`Read-write medium ${deviceLabel(ix, b.name, b.partitionId)} is loaded in ${vtds.length} virtual optical devices (${listing(vtds.map((v) => v.name))}); load it in one at a time or make it read-only`,
          [b.id, ...vtds.map((v) => v.id)]);
      }
    }
  },
});

export const VSCSI_7: Rule = defineRule({
  id: 'VSCSI-7', family: 'vscsi', severity: 'error', tag: 'C',
  title: 'Too many virtual disks or optical devices on one vSCSI pair of an IBM i client',
  explanation: 'An IBM i client supports at most 16 virtual disks and 16 virtual optical devices per vSCSI adapter pair '
    + '(32 disks from IBM i 7.1 TR8). When the IBM i level is not set, the 32-disk limit is assumed.',
  source: IBMI_LIMITS,
  run({ index: ix, design }, emit) {
    for (const vhost of ix.all.vscsiAdapters) {
      const client = vhost.role === 'server' ? ix.clientOf('vscsi', vhost) : undefined;
      const p = client ? design.domain.partitions[client.partitionId] : undefined;
      if (p?.kind !== 'ibmi') continue;
      const vhostId = vhost.id;
      const vtds = ix.vtdsOf(vhost);
      const optical = vtds.filter((v) => v.optical).length;
      const disks = vtds.length - optical;
      const diskLimit = atLeast(p.osLevel, [7, 1, 8]) === false ? 16 : 32;
      const over: string[] = [];
      if (disks > diskLimit) over.push(`${disks} virtual disks (limit ${diskLimit})`);
      if (optical > 16) over.push(`${optical} virtual optical devices (limit 16)`);
      if (over.length > 0) emit(`${adapterLabel(ix, vhost)} gives IBM i client ${p.name} ${listing(over)} on one adapter pair`, [vhostId, p.id]);
    }
  },
});

export const VSCSI_8: Rule = defineRule({
  id: 'VSCSI-8', family: 'vscsi', severity: 'warning', tag: 'C',
  title: 'IBM i client with vSCSI multipath through two VIOS',
  explanation: 'The POWER6-era IBM documentation says MPIO is not available for IBM i over virtual SCSI and that IBM i '
    + 'mirroring must be used across two VIOS. Newer IBM i releases are unconfirmed here: check the release before '
    + 'relying on multipath.',
  source: MPIO_PAGE,
  run({ index: ix, design }, emit) {
    const { diskPaths, lunGroups } = derived(ix);
    for (const clientId of diskPaths.keys()) {
      const p = design.domain.partitions[clientId];
      if (p?.kind !== 'ibmi') continue;
      for (const { lunId, vios } of lunGroups(clientId)) {
        if (vios.length < 2) continue;
        emit(`IBM i client ${p.name} reaches LUN ${design.domain.luns[lunId]?.name ?? lunId} through two VIOS; older IBM i has no vSCSI multipath, use mirroring or check the release`, [clientId, lunId]);
      }
    }
  },
});

export const VSCSI_9: Rule = defineRule({
  id: 'VSCSI-9', family: 'vscsi', severity: 'info', tag: 'U',
  title: 'Many virtual target devices on one vhost',
  explanation: 'IBM gives no maximum number of VTDs per vhost for AIX and Linux clients; the designer uses a soft limit '
    + '(a setting, 64 by default). Queue depth per disk: AIX default 3 (1-256), Linux 16, IBM i 32 fixed.',
  source: 'https://www.ibm.com/docs/POWER8/p8hb1/p8hb1_changeqdepth.htm',
  run({ index: ix, settings }, emit) {
    for (const vhost of ix.servers.vscsi) {
      const n = ix.vtdCount(vhost);
      if (n > settings.maxVtdsPerVhost) emit(`${adapterLabel(ix, vhost)} has ${n} virtual target devices (soft limit ${settings.maxVtdsPerVhost}); consider another vhost`, [vhost.id]);
    }
  },
});

export const VSCSI_10: Rule = defineRule({
  id: 'VSCSI-10', family: 'vscsi', severity: 'warning', tag: 'C',
  title: 'Logical volume or file backing device in VIOS rootvg',
  explanation: 'Logical volumes and files in the VIOS rootvg are lost when the VIOS is reinstalled. IBM recommends a '
    + 'separate volume group or storage pool for client data.',
  source: VIOS_LIMITS,
  run({ index: ix }, emit) {
    for (const b of ix.all.backingDevices) {
      if ((b.kind === 'logical-volume' || b.kind === 'file-disk') && b.volumeGroup === 'rootvg') {
        emit(`${deviceLabel(ix, b.name, b.partitionId)} lives in rootvg and is lost if the VIOS is reinstalled; use a separate volume group or storage pool`, [b.id]);
      }
    }
  },
});

export const VSCSI_11: Rule = defineRule({
  id: 'VSCSI-11', family: 'vscsi', severity: 'error', tag: 'C',
  title: 'File-backed optical without a virtual media repository',
  explanation: 'A file-backed virtual optical device (mkvdev -fbo) holds media only from the virtual media repository '
    + 'of its VIOS, which must exist (mkrep) before media are created (mkvopt) and loaded (loadopt).',
  source: 'https://www.ibm.com/docs/en/power10?topic=commands-mkvdev-command',
  run({ index: ix, design }, emit) {
    const d = design.domain;
    const fix = (viosId: Id) => [{ label: `Create a media repository on ${ix.partitionName(viosId)} (mkrep -sp rootvg -size 10G)`, op: 'addMediaRepository', args: { partitionId: viosId, sizeGB: 10 } }];
    for (const b of ix.all.backingDevices) {
      if (b.kind === 'file-optical' && !ix.part(b.partitionId)?.mediaRepository) {
        emit(`Medium ${deviceLabel(ix, b.name, b.partitionId)} needs a virtual media repository, and ${ix.partitionName(b.partitionId)} has none`, [b.id], fix(b.partitionId));
      }
    }
    for (const v of ix.all.vtds) {
      const vhost = d.vscsiAdapters[v.serverAdapterId];
      if (!v.optical || v.backingDeviceId !== null || !vhost || ix.part(vhost.partitionId)?.mediaRepository) continue;
      emit(`${deviceLabel(ix, v.name, vhost.partitionId)} is a file-backed optical device, but ${ix.partitionName(vhost.partitionId)} has no virtual media repository to load media from`, [v.id], fix(vhost.partitionId));
    }
  },
});

export const VSCSI_RULES: Rule[] = [VSCSI_1, VSCSI_2, VSCSI_3, VSCSI_4, VSCSI_5, VSCSI_6, VSCSI_7, VSCSI_8, VSCSI_9, VSCSI_10, VSCSI_11];
