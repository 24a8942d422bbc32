import type { Design } from '../schema/index.ts';
import { buildDualViosTemplate } from './sample.ts';

export interface TemplateInfo { file: string; title: string; description: string; build: () => Design }

/** The templates shipped in public/templates (written by npm run templates). */
export const TEMPLATES: TemplateInfo[] = [
  {
    file: 'sample',
    title: 'Dual VIOS with vSCSI MPIO, NPIV and SEA failover',
    description: 'One POWER9 frame, a VIOS pair, three clients with boot LUNs through both VIOS, NPIV to two fabrics, SEA failover on VLAN 10.',
    build: () => buildDualViosTemplate(),
  },
];
