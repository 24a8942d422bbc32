import type { Design, Partition } from '../../model/index.ts';
import { KIND_LABEL, sortedOfPartition } from './order.ts';

/**
 * Client-side settings as comments (they run on the client, not on the HMC or VIOS): vSCSI path
 * health checks and error recovery (VSCSI-3, VSCSI-4), FC fast fail and dynamic tracking (NPIV-10).
 */
export function clientSection(d: Design, p: Partition): string[] {
  const t = p.tunables;
  const vscsi = sortedOfPartition(d.domain.vscsiAdapters, p.id).filter((a) => a.role === 'client');
  const fcs = sortedOfPartition(d.domain.vfcAdapters, p.id).filter((a) => a.role === 'client');
  if (!t || (!vscsi.length && !fcs.length)) return [];
  const frame = d.domain.systems[p.systemId]?.name ?? '';
  const lines = [`# ======== Client ${JSON.stringify(p.name)} on frame ${JSON.stringify(frame)} (${KIND_LABEL[p.kind]}, partition id ${p.lparId}): settings to make on the client ========`];
  if (p.kind !== 'aix') lines.push(`# ${KIND_LABEL[p.kind]} has no chdev: set the equivalent in its multipath and FC driver configuration.`);
  const vs = [t.vscsiErrRecov ? `-a vscsi_err_recov=${t.vscsiErrRecov}` : '', t.vscsiPathTimeout !== undefined ? `-a vscsi_path_to=${t.vscsiPathTimeout}` : ''].filter(Boolean);
  if (vs.length) for (const a of vscsi) lines.push(`# chdev -l ${a.deviceName} ${vs.join(' ')} -P`);
  const hc = [t.hcheckInterval !== undefined ? `-a hcheck_interval=${t.hcheckInterval}` : '', t.hcheckMode ? `-a hcheck_mode=${t.hcheckMode}` : ''].filter(Boolean);
  if (hc.length && vscsi.length) lines.push(`# chdev -l hdiskN ${hc.join(' ')} -P    (each disk seen through ${vscsi.map((a) => a.deviceName).join(' and ')})`);
  const fc = [t.fcErrRecov ? `-a fc_err_recov=${t.fcErrRecov}` : '', t.dynamicTracking !== undefined ? `-a dyntrk=${t.dynamicTracking ? 'yes' : 'no'}` : ''].filter(Boolean);
  if (fc.length) for (const a of fcs) lines.push(`# chdev -l ${a.deviceName.replace(/^fcs/, 'fscsi')} ${fc.join(' ')} -P`);
  return lines.length > 1 ? lines : [];
}
