import type { SimActionKind, SimMechanism } from '../../engine/sim/types.ts';

/** Mechanisms as the event list and its filter name them. */
export const MECHANISM_LABEL: Record<SimMechanism, string> = {
  component: 'Failure / restore',
  'vscsi-mpio': 'vSCSI MPIO',
  'npiv-multipath': 'NPIV multipath',
  'lvm-mirror': 'LVM mirror',
  'sea-failover': 'SEA failover',
  'sea-sharing': 'SEA load sharing',
  'sea-storm': 'Broadcast storm',
  nib: 'Network Interface Backup',
  direct: 'Dedicated / HEA',
  load: 'Link load',
  'vnic-failover': 'vNIC failover',
  sriov: 'SR-IOV logical port',
  'ssp-cluster': 'Shared Storage Pool',
};

export const ACTION_LABEL: Record<SimActionKind, string> = {
  fail: 'fails',
  restore: 'is restored',
  shutdown: 'is shut down (planned)',
  standby: 'SEA ha_mode=standby',
  auto: 'SEA ha_mode=auto',
};

/** The clock as the event list and the command line write it: "t+41.2 s". */
export { formatTime as clockText } from '../../engine/sim/types.ts';
