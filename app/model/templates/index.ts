import type { Design } from '../schema/index.ts';
import { buildDualViosTemplate } from './sample.ts';
import { buildSingleViosTemplate } from './single-vios.ts';
import { buildNpivSharingTemplate } from './npiv-sharing.ts';
import { buildPower6HeaTemplate } from './power6-hea.ts';
import { buildLpmPairTemplate } from './lpm-pair.ts';
import { buildPower10ModernTemplate } from './power10-modern.ts';

export interface TemplateInfo { file: string; title: string; description: string; build: () => Design }

/** The templates shipped in public/templates (written by npm run templates). */
export const TEMPLATES: TemplateInfo[] = [
  {
    file: 'sample',
    title: 'Dual VIOS with vSCSI MPIO, NPIV and SEA failover',
    description: 'One POWER9 frame, a VIOS pair, three clients with boot LUNs through both VIOS, NPIV to two fabrics, SEA failover on VLAN 10.',
    build: () => buildDualViosTemplate(),
  },
  {
    file: 'single-vios',
    title: 'Single VIOS',
    description: 'One POWER9 frame, one VIOS serving three AIX clients: rootvg LUNs over vSCSI, one NPIV adapter each, one SEA on VLAN 10 (no redundancy).',
    build: () => buildSingleViosTemplate(),
  },
  {
    file: 'npiv-sharing',
    title: 'Dual VIOS with NPIV across two fabrics and SEA load sharing',
    description: 'A VIOS pair, four clients with one virtual FC adapter through each VIOS (VIOS1 on fabric A, VIOS2 on fabric B), SEAs in ha_mode=sharing carrying VLANs 10 and 20.',
    build: () => buildNpivSharingTemplate(),
  },
  {
    file: 'power6-hea',
    title: 'POWER6 frame with IVE (HEA) ports',
    description: 'A POWER6 570 with a 4-port 1 Gb HEA: clients on HEA logical ports for their network, disks through one VIOS over vSCSI.',
    build: () => buildPower6HeaTemplate(),
  },
  {
    file: 'power10-modern',
    title: 'POWER10 with vNIC failover, SR-IOV, SSP and NPIV',
    description: 'A POWER10 frame, two VIOS and two shared-mode SR-IOV adapters: each client has a vNIC failing over between a logical port on each VIOS (one per adapter), rootvg on a Shared Storage Pool logical unit mapped through both VIOS, data through NPIV on two fabrics.',
    build: () => buildPower10ModernTemplate(),
  },
  {
    file: 'lpm-pair',
    title: 'Two POWER10 frames: LPM readiness',
    description: 'Two POWER10 frames with a VIOS pair each. aix01 can move from p10-a to p10-b (Ready); aix02 is Blocked: its VLAN 20 is bridged on p10-a only (LPM-10). lnx01 can move back.',
    build: () => buildLpmPairTemplate(),
  },
];
