/**
 * The LPM rule ids the readiness matrix reports (MODERN.md section 6.4, and the SR-IOV / vNIC rules that speak of
 * LPM), with their severity, tag, title and IBM source. Errors are confirmed facts ([C]) the HMC refuses; the one
 * unconfirmed check (LPM-22) is a warning.
 */
import type { Id } from '../../model/schema/index.ts';
import type { RuleTag } from '../rules/types.ts';
import type { LpmReason, LpmSeverity } from './types.ts';

export interface LpmRuleInfo { id: string; severity: LpmSeverity; tag: RuleTag; title: string; source: string }

const HMC_HELP = 'HMC help MigrationRequirements.html (HMC_Update_V7R340_SP2_3.zip; archived copy: https://mirror.0f.sk/cios-dhitechnical/IBM-Lenovo/Storage/Power/Power%20Hmc%20Recovery/Updates/HMC_Update_V7R340_SP2_3.zip)';
const MIGRLPAR = 'https://www.ibm.com/docs/POWER9/p9edm/migrlpar.html';
const SRIOV = 'https://www.ibm.com/docs/en/power10?topic=networking-single-root-io-virtualization';

const list: LpmRuleInfo[] = [
  { id: 'LPM-1', severity: 'error', tag: 'C', title: 'PowerVM Enterprise Edition and LPM-capable hardware on both servers', source: HMC_HELP },
  { id: 'LPM-2', severity: 'error', tag: 'C', title: 'Only AIX, Linux and IBM i client partitions move; a VIOS never', source: MIGRLPAR },
  { id: 'LPM-3', severity: 'error', tag: 'C', title: 'No physical (dedicated) I/O adapters', source: HMC_HELP },
  { id: 'LPM-4', severity: 'error', tag: 'C', title: 'No HEA logical ports', source: 'REFERENCE.md HEA-7' },
  { id: 'LPM-5', severity: 'error', tag: 'C', title: 'No directly assigned SR-IOV logical port unless migratable (HNV)', source: SRIOV },
  { id: 'LPM-6', severity: 'error', tag: 'C', title: 'Active LPM: no BSR arrays', source: 'https://www.ibm.com/docs/POWER8/p8hc3/p8hc3_hmcprepbsr.htm' },
  { id: 'LPM-7', severity: 'error', tag: 'C', title: 'All storage on the SAN through VIOS, reachable from the destination VIOS', source: 'https://www.ibm.com/docs/en/power8/8408-44E?topic=configuration-basic-storage' },
  { id: 'LPM-8', severity: 'error', tag: 'C', title: 'vSCSI physical disks with reserve_policy=no_reserve (or PR_shared) on both sides', source: 'https://www.ibm.com/support/knowledgecenter/8231-E2C/p7hc3/iphb1setnoreserve.htm' },
  { id: 'LPM-9', severity: 'error', tag: 'C', title: 'NPIV: both WWPNs of every client vFC zoned and masked', source: 'REFERENCE.md NPIV-8 ; https://powercampus.de/en/documentation/virtualization-with-powervm/practical-introduction/npiv-capable-fc-adapter/' },
  { id: 'LPM-10', severity: 'error', tag: 'C', title: 'Every VLAN of the partition bridged by an SEA on a destination VIOS', source: 'https://ibm.com/docs/en/power10/9080-HEX?topic=mobility-preparing-network-configuration' },
  { id: 'LPM-11', severity: 'error', tag: 'C', title: 'Active LPM: a mover service partition on each side', source: 'HMC help LPARMobilityMSP.html ; https://www.ibm.com/support/knowledgecenter/8231-E2C/p7hc3/iphc3hmcvalidation.htm' },
  { id: 'LPM-12', severity: 'warning', tag: 'C', title: 'Redundant VIOS and MSPs kept on the destination', source: 'http://www.ibm.com/support/knowledgecenter/POWER8/p8hc3/p8hc3_hmcvios.htm' },
  { id: 'LPM-13', severity: 'error', tag: 'C', title: 'Destination supports the processor compatibility mode', source: 'https://www.ibm.com/docs/en/power10?topic=modes-effective-configured' },
  { id: 'LPM-14', severity: 'error', tag: 'C', title: 'Free processors and memory on the destination', source: `${HMC_HELP} ; https://www.ibm.com/docs/en/POWER6/iphc3/iphc3ivmvalidation.htm` },
  { id: 'LPM-15', severity: 'error', tag: 'C', title: 'Same logical memory block size on both servers', source: `${HMC_HELP} ; https://www.ibm.com/docs/en/power10?topic=resources-memory` },
  { id: 'LPM-16', severity: 'error', tag: 'C', title: 'Free virtual slots on the destination VIOS', source: 'https://www.ibm.com/docs/en/power6?topic=mobility-process-partition' },
  { id: 'LPM-17', severity: 'error', tag: 'C', title: 'No partition of the same name on the destination', source: 'https://www.ibm.com/docs/de/power10?topic=environment-mobile-partition' },
  { id: 'LPM-18', severity: 'error', tag: 'C', title: 'vNIC: a VIOS and a shared-mode SR-IOV port for each backing device', source: 'https://www.ibm.com/docs/en/power8/8001-12C?topic=TI0003J/p8ecu/p8ecu_vniconcepts_network.htm' },
  { id: 'LPM-19', severity: 'error', tag: 'C', title: 'AMS partition: a shared memory pool with a paging VIOS on the destination', source: HMC_HELP },
  { id: 'LPM-21', severity: 'error', tag: 'C', title: 'Frames on two HMCs: SSH keys exchanged between them', source: `${MIGRLPAR} ; ${HMC_HELP}` },
  { id: 'LPM-22', severity: 'warning', tag: 'U', title: 'SSP-backed disks: destination VIOS in the same cluster (not confirmed)', source: 'MODERN.md 6.4 (unconfirmed)' },
  { id: 'SRIOV-5', severity: 'error', tag: 'C', title: 'A directly assigned, non-migratable SR-IOV logical port prevents LPM', source: SRIOV },
  { id: 'VNIC-10', severity: 'error', tag: 'C', title: 'vNIC: the destination recreates every backing device', source: 'https://www.ibm.com/docs/en/power8/8001-12C?topic=TI0003J/p8ecu/p8ecu_vniconcepts_network.htm' },
];

export const LPM_RULE_INFO: ReadonlyMap<string, LpmRuleInfo> = new Map(list.map((r) => [r.id, r]));

/** A reason under a rule id, with the rule's severity and tag (a warning may be asked for where the rule is an error). */
export function reason(ruleId: string, short: string, message: string, elementIds: readonly Id[], severity?: LpmSeverity): LpmReason {
  const info = LPM_RULE_INFO.get(ruleId);
  if (!info) throw new Error(`Unknown LPM rule id ${ruleId}`);
  return { ruleId, severity: severity ?? info.severity, tag: info.tag, short, message, elementIds: [...new Set(elementIds)] };
}
