import { z } from './z.ts';
import { lazySchema } from './lazy.ts';
import { idSchema, nameSchema, vlanIdSchema } from './common.ts';

/** A SAN fabric (switches with zoning) outside the frames. */
export const sanFabricSchema = lazySchema(() => z.object({
  id: idSchema,
  name: nameSchema,
  /** The switch that physical FC ports are cabled to supports NPIV (NPIV-2). */
  npivSupport: z.boolean().default(true),
}));
export type SanFabric = z.infer<typeof sanFabricSchema>;

/** A storage array, connected to one or more fabrics. */
export const storageArraySchema = lazySchema(() => z.object({
  id: idSchema,
  name: nameSchema,
  model: z.string().max(80).default(''),
  fabricIds: z.array(idSchema).default([]),
}));
export type StorageArray = z.infer<typeof storageArraySchema>;

/** A LUN of a storage array, presented (zoned and mapped) through some fabrics. */
export const lunSchema = lazySchema(() => z.object({
  id: idSchema,
  arrayId: idSchema,
  name: nameSchema,
  sizeGB: z.number().positive(),
  /** Fabrics through which the LUN is presented; VIOS ports cabled to them can see it. */
  fabricIds: z.array(idSchema).default([]),
  /** Serial or UUID as the array reports it. */
  serial: z.string().max(80).optional(),
  /**
   * Client partitions that see this LUN directly (document version 2): zoned on the fabric and masked on the array
   * to their WWPNs, through NPIV virtual FC adapters (or their own FC ports). Checked against the fabrics their
   * adapters reach (NPIV-12).
   */
  npivClientIds: z.array(idSchema).default([]),
}));
export type Lun = z.infer<typeof lunSchema>;

/** An Ethernet switch or network outside the frames. */
export const ethernetSwitchSchema = lazySchema(() => z.object({
  id: idSchema,
  name: nameSchema,
  /** VLANs carried on the switch ports the frames connect to; empty means all. */
  vlans: z.array(vlanIdSchema).default([]),
}));
export type EthernetSwitch = z.infer<typeof ethernetSwitchSchema>;
