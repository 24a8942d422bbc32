import { z } from './z.ts';
import { lazySchema } from './lazy.ts';

/**
 * Settings of the timed failover simulation (issue 13), saved in the design. Every field is optional: a missing
 * field takes the default of REFERENCE.md section 3 (app/engine/sim/settings.ts). A client partition's own tunables
 * (vscsi_path_to, hcheck_interval, fc_err_recov) and an EtherChannel's retry_time / num_retries win over these.
 */
export const simulationSettingsSchema = lazySchema(() => z.object({
  /** SEA failover (ha_mode=auto): seconds from the lost keep-alives to the backup bridging (default 3, 1 to 30). */
  seaFailoverS: z.number().min(1).max(30).optional(),
  /** vSCSI: the retried command's wait after vscsi_path_to with fast_fail (default 1.2 s) and with delayed_fail (60 s). */
  vscsiRetryFastS: z.number().min(0).max(60).optional(),
  vscsiRetryDelayedS: z.number().min(0).max(120).optional(),
  /** vSCSI without vscsi_path_to: detection by the SCSI command timeout rw_timeout (default 120 s). */
  rwTimeoutS: z.number().min(1).max(3600).optional(),
  /** NPIV / own FC: dead paths failed after the fabric settles, fc_err_recov=fast_fail (default 15 s) or delayed_fail (60 s). */
  fcFastFailS: z.number().min(0).max(600).optional(),
  fcDelayedFailS: z.number().min(0).max(3600).optional(),
  /** Linux / IBM i multipath: seconds to bring a returned path back (default 5). */
  multipathPollS: z.number().min(0).max(600).optional(),
  /** NIB defaults when the EtherChannel does not say: retry_time (default 1 s) and num_retries (default 3). */
  nibRetryTimeS: z.number().min(1).max(60).optional(),
  nibNumRetries: z.number().int().min(1).max(100).optional(),
  /**
   * vNIC failover (MODERN.md 7.1): seconds from a backing device going NotOperational to the hypervisor activating the
   * next one, and from the preferred one Operational again to the fail-back (auto_priority_failover=1). No measured figure
   * exists: the default is the SEA default, 3 s (IBM's tests wait up to 60).
   */
  vnicFailoverS: z.number().min(0).max(60).optional(),
  /** Virtual Ethernet (hypervisor memory copy) capacity in Gb/s (default 24, i.e. 3 GB/s). */
  virtualEthernetGbps: z.number().positive().max(1000).optional(),
}));
export type SimulationSettingsInput = z.infer<typeof simulationSettingsSchema>;

/** A client partition's I/O for the simulation's load model (defaults by OS in app/engine/sim/workload.ts). */
export const workloadSchema = lazySchema(() => z.object({
  diskIops: z.number().nonnegative().max(10_000_000).optional(),
  diskMBps: z.number().nonnegative().max(1_000_000).optional(),
  networkMbps: z.number().nonnegative().max(1_000_000).optional(),
}));
export type Workload = z.infer<typeof workloadSchema>;
