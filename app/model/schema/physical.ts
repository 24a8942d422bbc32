import { z } from './z.ts';
import { lazySchema } from './lazy.ts';
import { deviceNameSchema, idSchema } from './common.ts';

export const PORT_KINDS = ['ethernet', 'fc', 'sas'] as const;
export const portKindSchema = lazySchema(() => z.enum(PORT_KINDS));
export type PortKind = z.infer<typeof portKindSchema>;

/**
 * A physical I/O port (Ethernet port, Fibre Channel port) or SAS controller in the frame, owned by one
 * partition at a time (PHYS-1) or unassigned (partitionId null).
 */
export const physicalPortSchema = lazySchema(() => z.object({
  id: idSchema,
  systemId: idSchema,
  partitionId: idSchema.nullable(),
  kind: portKindSchema,
  /** ent0, fcs0, sas0 as the owning partition names it. */
  deviceName: deviceNameSchema,
  /** Physical location code, e.g. U78AA.001.WZSGP9Y-P1-C2-T1. */
  location: z.string().max(80).optional(),
  speedGbps: z.number().positive().max(400).optional(),
  /** FC only: adapter supports NPIV (lsnports fabric=1) (NPIV-2, NPIV-3). */
  npivCapable: z.boolean().optional(),
  /** FC only: maximum virtual FC clients on this port (tports, NPIV-5); 64 by default. */
  npivMaxClients: z.number().int().positive().optional(),
  /** Where the port is cabled: an Ethernet switch or a SAN fabric (outside the frame). */
  cabledToId: idSchema.nullable().default(null),
  /** Adapter feature code or description, e.g. "5735 8Gb PCIe FC". */
  adapter: z.string().max(80).optional(),
}));
export type PhysicalPort = z.infer<typeof physicalPortSchema>;
