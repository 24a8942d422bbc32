import type { Design, Id, Lun, ManagedSystem, Partition, SriovLogicalPort } from '../../model/schema/index.ts';
import type { DesignIndex } from '../index-design.ts';

/** Sources of MODERN.md: IBM documentation first; an archived copy is only named as such, after it. */
export const SRC = {
  P10_SRIOV: 'https://www.ibm.com/docs/en/power10?topic=networking-single-root-io-virtualization',
  P10_SRIOV_ZH: 'https://www.ibm.com/docs/zh-tw/power10/9080-HEX?topic=networking-single-root-io-virtualization',
  P9_SRIOV_ADAPTERS: 'https://www.ibm.com/docs/POWER9/p9efd/p9efd_sriov_adapters.htm',
  HSCL1294: 'https://www.ibm.com/docs/en/POWER7_REF/p7eai/HSCL1294.htm',
  SRIOV_FAQ: 'https://community.ibm.com/community/user/power/blogs/charles-graham1/2020/06/19/introduction-to-sr-iov-faqs',
  LINUX_HNV: 'https://www.ibm.com/docs/en/linux-on-systems?topic=servers-hybrid-network-virtualization',
  HNV_BLOG: 'https://community.ibm.com/community/user/blogs/amareswari-veguru/2025/09/29/configuration-of-hybrid-network-virtualisation-hnv',
  AVOCADO_HNV: 'https://github.com/avocado-framework-tests/avocado-misc-tests/blob/master/io/net/hnv_add_remove.py',
  VNIC_INTRO: 'https://community.ibm.com/community/user/power/blogs/charles-graham1/2020/06/19/vnic-introducing-a-new-powervm-virtual-networking',
  P8_VNIC: 'http://www-01.ibm.com/support/knowledgecenter/POWER8/p8efd/p8efd_managing_virt_nic_concept.htm',
  P8_VNIC_FAILOVER: 'https://www.ibm.com/docs/en/power8/8001-12C?topic=TI0003J/p8ecu/p8ecu_vniconcepts_network.htm',
  VNIC_FAILOVER_BLOG: 'https://community.ibm.com/community/user/power/blogs/charles-graham1/2020/06/19/vnic-failover-in-powervm-225',
  POWERCAMPUS_VNIC: 'https://powercampus.de/en/documentation/virtualization-with-powervm/practical-introduction/vnic-failover/',
  POWERCAMPUS_VNIC_CHANGE: 'https://powercampus.de/en/documentation/virtualization-with-powervm/practical-introduction/changing-a-vnic-backing-device/',
  AVOCADO_VNIC: 'https://github.com/avocado-framework-tests/avocado-misc-tests/blob/master/io/net/virt-net/network_virtualization.py',
  VIOS4I_CHECK: 'https://github.com/IBM/blog-vios4i/blob/main/src/vnic-check.py',
  SSP_CONFIG: 'https://ibm.com/support/knowledgecenter/5148-21L/p8hb1/p8hb1_clusterconfigsys.htm',
  SSP_CLUSTERS: 'https://www.ibm.com/docs/en/power8/8286-42A?topic=storage-shared-pool-clusters',
  SSP_CREATE: 'https://www.ibm.com/support/knowledgecenter/P8ESS/p8ehl/apis/Create_Cluster.htm',
  SSP_P7: 'https://www.ibm.com/docs/en/power7/8268-E1D?topic=interface-configuring-system-create-shared-storage-pools',
  SSP_REST_POOL: 'https://ibm.com/docs/en/power8?topic=cluster-shared-storage-pool',
  CHSP: 'https://ibm.com/docs/8246-L1C/p7hcgl/chsp.htm',
  LU_CMD: 'https://www.ibm.com/docs/en/POWER8_REF/p8hcg/p8hcg_lu.htm',
  POWERVC_SSP: 'https://www.ibm.com/support/knowledgecenter/SSXK2N_2.0.0/com.ibm.powervc.standard.help.doc/powervc_planning_ssp.html',
  MIGRLPAR: 'https://www.ibm.com/docs/POWER9/p9edm/migrlpar.html',
  HMC_HELP_V7R340_SP2: 'https://mirror.0f.sk/cios-dhitechnical/IBM-Lenovo/Storage/Power/Power%20Hmc%20Recovery/Updates/HMC_Update_V7R340_SP2_3.zip',
  HMC_HELP_V7R340_SP3: 'https://mirror.0f.sk/cios-dhitechnical/IBM-Lenovo/Storage/Power/Power%20Hmc%20Recovery/Updates/HMC_Update_V7R340_SP3_3.zip',
  LPM_BSR: 'https://www.ibm.com/docs/POWER8/p8hc3/p8hc3_hmcprepbsr.htm',
  LPM_STORAGE: 'https://www.ibm.com/docs/en/power8/8408-44E?topic=configuration-basic-storage',
  LPM_NORESERVE: 'https://www.ibm.com/support/knowledgecenter/8231-E2C/p7hc3/iphb1setnoreserve.htm',
  P9_VFC: 'https://www.ibm.com/docs/en/power9/9009-22A?topic=adapters-virtual-fibre-channel',
  LPM_NETWORK: 'https://ibm.com/docs/en/power10/9080-HEX?topic=mobility-preparing-network-configuration',
  LPM_VALIDATION: 'https://www.ibm.com/support/knowledgecenter/8231-E2C/p7hc3/iphc3hmcvalidation.htm',
  LPM_VIOS: 'http://www.ibm.com/support/knowledgecenter/POWER8/p8hc3/p8hc3_hmcvios.htm',
  LPM_REDUNDANT_MSP: 'https://www.ibm.com/docs/en/POWER8_REF/p8hc3/p8hc3_redunmspmigr.htm',
  LPM_COMPAT: 'https://www.ibm.com/support/knowledgecenter/HW4L4/p8hc3/p8hc3_pcmdefs.htm',
  P10_COMPAT: 'https://www.ibm.com/docs/en/power10?topic=modes-effective-configured',
  IVM_VALIDATION: 'https://www.ibm.com/docs/en/POWER6/iphc3/iphc3ivmvalidation.htm',
  P10_MEMORY: 'https://www.ibm.com/docs/en/power10?topic=resources-memory',
  LPM_PROCESS: 'https://www.ibm.com/docs/en/power6?topic=mobility-process-partition',
  LPM_NAME: 'https://www.ibm.com/docs/de/power10?topic=environment-mobile-partition',
  VIOSLPM: 'http://www-01.ibm.com/support/knowledgecenter/8247-21L/p8hc3/p8hc3_vioslpmpseudo.htm',
} as const;

/** "IBM page ; archived copy (what): url" — the archived copy is a labelled fallback after IBM's own page. */
export const archived = (what: string, url: string): string => `archived copy (${what}): ${url}`;

/** Client partitions (AIX, Linux, IBM i): the ones that can move. */
export const isClient = (p: Partition | undefined): boolean => !!p && p.kind !== 'vios';

/** Live Partition Mobility is in question only when the design has two frames or more. */
export const lpmInScope = (ix: DesignIndex): boolean => ix.all.systems.length >= 2;

/** The frame of an SR-IOV logical port (through its physical port and adapter). */
export function logicalPortSystem(d: Design, lp: SriovLogicalPort): ManagedSystem | undefined {
  const port = d.domain.sriovPhysicalPorts[lp.physicalPortId];
  const adapter = port ? d.domain.sriovAdapters[port.adapterId] : undefined;
  return adapter ? d.domain.systems[adapter.systemId] : undefined;
}

/** Logical ports by owner partition (one pass). */
export function logicalPortsByPartition(ix: DesignIndex): Map<Id, SriovLogicalPort[]> {
  const out = new Map<Id, SriovLogicalPort[]>();
  for (const lp of ix.all.sriovLogicalPorts) {
    const list = out.get(lp.partitionId);
    if (list) list.push(lp); else out.set(lp.partitionId, [lp]);
  }
  return out;
}

/** Logical-port ids that back a vNIC. */
export const vnicBackingPorts = (ix: DesignIndex): Set<Id> => new Set(ix.all.vnicBackingDevices.map((b) => b.logicalPortId));

/** Whether a VIOS reaches a SAN LUN: one of its FC ports is cabled to a fabric the LUN is presented on, or it has an hdisk of it. */
export function viosSeesLun(ix: DesignIndex, viosId: Id, lun: Lun): boolean {
  const pi = ix.part(viosId);
  if (!pi) return false;
  if (pi.backing.some((b) => b.lunId === lun.id)) return true;
  return pi.ports.some((p) => p.kind === 'fc' && p.cabledToId !== null && lun.fabricIds.includes(p.cabledToId));
}

/**
 * HMC levels as a release number: V8R8.4.0 -> 840, V8R8.6.0 -> 860, V9R2M950 -> 950, V10R3M1050 -> 1050, "8.6.0" -> 860,
 * "950" -> 950. Null when the text says nothing we can read.
 */
export function hmcRelease(text: string | undefined): number | null {
  if (!text) return null;
  const t = text.trim();
  let m = /^V\d+R\d+M(\d{3,4})/i.exec(t);
  if (m) return Number(m[1]);
  m = /^V\d+R(\d+)\.(\d+)(?:\.(\d+))?/i.exec(t) ?? /^(\d)\.(\d)(?:\.(\d))?/.exec(t);
  if (m) return Number(m[1]) * 100 + Number(m[2]) * 10 + Number(m[3] ?? 0);
  m = /^(\d{3,4})$/.exec(t);
  return m ? Number(m[1]) : null;
}

/** System firmware as a release number: FW860.80 -> 860, FW1050.10 -> 1050, SV810 -> 810, "7.8" -> 780, "950" -> 950. */
export function firmwareRelease(text: string | undefined): number | null {
  if (!text) return null;
  const t = text.trim();
  let m = /^[A-Z]{2}(\d{3,4})/i.exec(t);
  if (m) return Number(m[1]);
  m = /^(\d+)\.(\d)(?!\d)/.exec(t);
  if (m) return Number(m[1]) * 100 + Number(m[2]) * 10;
  m = /^(\d{3,4})(?:\.|$)/.exec(t);
  return m ? Number(m[1]) : null;
}

export const mb = (n: number): string => (n >= 1024 ? `${Math.round((n / 1024) * 10) / 10} GB` : `${n} MB`);
