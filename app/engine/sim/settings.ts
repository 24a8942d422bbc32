/**
 * The simulation's timings (REFERENCE.md section 3) in milliseconds: the defaults, the design's `simulation`
 * settings over them, and per-client values from the partition's tunables over both.
 */
import type { ClientTunables, SimulationSettingsInput } from '../../model/schema/index.ts';
import type { TimerName } from './types.ts';

export interface SimulationSettings {
  /** SEA failover: lost keep-alives to the backup bridging (3 s, 1 to 30 s); the same delay for the fail-back by priority. */
  seaFailoverMs: number;
  /** A storm ends at the next keep-alive heard on a restored control channel. */
  keepAliveMs: number;
  /** vscsi_path_to when the client does not set it (30 s), then the retry with fast_fail (1.2 s) or delayed_fail (60 s). */
  vscsiPathToS: number;
  vscsiRetryFastMs: number;
  vscsiRetryDelayedMs: number;
  /** vscsi_path_to=0: the SCSI command timeout decides (rw_timeout, 120 s). */
  rwTimeoutMs: number;
  /** fc_err_recov=fast_fail: dead paths failed after the fabric settles (15 s); delayed_fail (60 s). */
  fcFastFailMs: number;
  fcDelayedFailMs: number;
  /** Non-AIX multipath (Linux multipathd, IBM i): a returned path is used again after this (5 s). */
  multipathPollMs: number;
  /** NIB: retry_time (1 s) x num_retries (3) when the EtherChannel does not say; poll_uplink notices in 1 s. */
  nibRetryTimeMs: number;
  nibNumRetries: number;
  pollUplinkMs: number;
  /** Virtual Ethernet (hypervisor memory copy) capacity, Mb/s (24,000 = 3 GB/s). */
  virtualEthernetMbps: number;
  /**
   * vNIC failover (MODERN.md 7.1): a backing device NotOperational to the next one active, and the fail-back to the
   * preferred one with auto_priority_failover=1 (3 s: no source gives a time, the SEA default until measured).
   */
  vnicFailoverMs: number;
}

export const DEFAULT_SETTINGS: Readonly<SimulationSettings> = Object.freeze({
  seaFailoverMs: 3000,
  keepAliveMs: 1000,
  vscsiPathToS: 30,
  vscsiRetryFastMs: 1200,
  vscsiRetryDelayedMs: 60_000,
  rwTimeoutMs: 120_000,
  fcFastFailMs: 15_000,
  fcDelayedFailMs: 60_000,
  multipathPollMs: 5000,
  nibRetryTimeMs: 1000,
  nibNumRetries: 3,
  pollUplinkMs: 1000,
  virtualEthernetMbps: 24_000,
  vnicFailoverMs: 3000,
});

const s2ms = (s: number | undefined): number | undefined => (s === undefined ? undefined : Math.round(s * 1000));

/** The design's saved settings over the defaults, then explicit overrides (tests, the command line). */
export function resolveSettings(saved?: SimulationSettingsInput, overrides: Partial<SimulationSettings> = {}): SimulationSettings {
  const s = saved ?? {};
  const pick = <K extends keyof SimulationSettings>(k: K, v: number | undefined) => (v === undefined ? DEFAULT_SETTINGS[k] : v);
  return {
    ...DEFAULT_SETTINGS,
    seaFailoverMs: pick('seaFailoverMs', s2ms(s.seaFailoverS)),
    vscsiRetryFastMs: pick('vscsiRetryFastMs', s2ms(s.vscsiRetryFastS)),
    vscsiRetryDelayedMs: pick('vscsiRetryDelayedMs', s2ms(s.vscsiRetryDelayedS)),
    rwTimeoutMs: pick('rwTimeoutMs', s2ms(s.rwTimeoutS)),
    fcFastFailMs: pick('fcFastFailMs', s2ms(s.fcFastFailS)),
    fcDelayedFailMs: pick('fcDelayedFailMs', s2ms(s.fcDelayedFailS)),
    multipathPollMs: pick('multipathPollMs', s2ms(s.multipathPollS)),
    nibRetryTimeMs: pick('nibRetryTimeMs', s2ms(s.nibRetryTimeS)),
    nibNumRetries: pick('nibNumRetries', s.nibNumRetries),
    virtualEthernetMbps: pick('virtualEthernetMbps', s.virtualEthernetGbps === undefined ? undefined : s.virtualEthernetGbps * 1000),
    vnicFailoverMs: pick('vnicFailoverMs', s2ms(s.vnicFailoverS)),
    ...overrides,
  };
}

/** How long a vSCSI client takes to fail a path whose VIOS stopped answering: vscsi_path_to plus the retry. */
export function vscsiDetectMs(s: SimulationSettings, t: ClientTunables | undefined): { ms: number; why: string; timer: TimerName } {
  const pathTo = t?.vscsiPathTimeout ?? s.vscsiPathToS;
  if (pathTo === 0) return { ms: s.rwTimeoutMs, why: `vscsi_path_to=0, rw_timeout ${s.rwTimeoutMs / 1000} s`, timer: 'rw_timeout' };
  const fast = t?.vscsiErrRecov === 'fast_fail';
  const retry = fast ? s.vscsiRetryFastMs : s.vscsiRetryDelayedMs;
  return { ms: pathTo * 1000 + retry, why: `vscsi_path_to=${pathTo} s + retry ${retry / 1000} s, vscsi_err_recov=${fast ? 'fast_fail' : 'delayed_fail'}`, timer: 'vscsi_path_to' };
}

/** How long the FC driver takes to fail I/O on a path whose port logged out. */
export function fcDetectMs(s: SimulationSettings, t: ClientTunables | undefined): { ms: number; why: string; timer: TimerName } {
  const fast = t?.fcErrRecov === 'fast_fail';
  const ms = fast ? s.fcFastFailMs : s.fcDelayedFailMs;
  return { ms, why: `fc_err_recov=${fast ? 'fast_fail' : 'delayed_fail'}, ${ms / 1000} s`, timer: 'fc_err_recov' };
}
