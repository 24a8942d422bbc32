import { z } from './z.ts';
import { lazySchema } from './lazy.ts';
import { idSchema } from './common.ts';
import { managedSystemSchema } from './system.ts';
import { partitionSchema } from './partition.ts';
import { virtualScsiAdapterSchema } from './virtual-scsi.ts';
import { virtualFcAdapterSchema } from './virtual-fc.ts';
import { backingDeviceSchema, mediaRepositorySchema, virtualTargetDeviceSchema } from './storage.ts';
import { physicalPortSchema } from './physical.ts';
import {
  etherChannelSchema, heaLogicalPortSchema, heaPortSchema, linkAggregationSchema, sharedEthernetAdapterSchema,
  virtualEthernetAdapterSchema, vlanSchema,
} from './network.ts';
import { ethernetSwitchSchema, lunSchema, sanFabricSchema, storageArraySchema } from './external.ts';
import { volumeGroupSchema } from './volume-group.ts';
import { sriovAdapterSchema, sriovLogicalPortSchema, sriovPhysicalPortSchema } from './sriov.ts';
import { vnicAdapterSchema, vnicBackingDeviceSchema } from './vnic.ts';
import { sspClusterSchema, sspLogicalUnitSchema } from './ssp.ts';
import { layoutSchema, scenarioSchema, suppressionSchema } from './layout.ts';
import { simulationSettingsSchema } from './simulation.ts';

export const DESIGN_FORMAT = 'powervm-design';
export const DESIGN_VERSION = 3;

const records = <T extends z.ZodTypeAny>(schema: T) => z.record(idSchema, schema).default({});

/** Everything in and around the frames, normalised: records keyed by id, references by id. */
export const domainSchema = lazySchema(() => z.object({
  systems: records(managedSystemSchema),
  partitions: records(partitionSchema),
  vscsiAdapters: records(virtualScsiAdapterSchema),
  vfcAdapters: records(virtualFcAdapterSchema),
  vethAdapters: records(virtualEthernetAdapterSchema),
  backingDevices: records(backingDeviceSchema),
  vtds: records(virtualTargetDeviceSchema),
  mediaRepositories: records(mediaRepositorySchema),
  physicalPorts: records(physicalPortSchema),
  vlans: records(vlanSchema),
  linkAggregations: records(linkAggregationSchema),
  seas: records(sharedEthernetAdapterSchema),
  heaPorts: records(heaPortSchema),
  heaLogicalPorts: records(heaLogicalPortSchema),
  etherChannels: records(etherChannelSchema),
  sanFabrics: records(sanFabricSchema),
  storageArrays: records(storageArraySchema),
  luns: records(lunSchema),
  ethernetSwitches: records(ethernetSwitchSchema),
  volumeGroups: records(volumeGroupSchema),
  // document version 3: SR-IOV, vNIC, Shared Storage Pools (MODERN.md)
  sriovAdapters: records(sriovAdapterSchema),
  sriovPhysicalPorts: records(sriovPhysicalPortSchema),
  sriovLogicalPorts: records(sriovLogicalPortSchema),
  vnicAdapters: records(vnicAdapterSchema),
  vnicBackingDevices: records(vnicBackingDeviceSchema),
  sspClusters: records(sspClusterSchema),
  sspLogicalUnits: records(sspLogicalUnitSchema),
}));
export type Domain = z.infer<typeof domainSchema>;
export type CollectionName = keyof Domain;

export const designSchema = lazySchema(() => z.object({
  format: z.literal(DESIGN_FORMAT),
  version: z.literal(DESIGN_VERSION),
  name: z.string().min(1).max(200),
  description: z.string().max(5000).default(''),
  domain: domainSchema,
  layout: layoutSchema.default({ nodes: {} }),
  scenarios: records(scenarioSchema),
  suppressions: z.array(suppressionSchema).default([]),
  /** Timed simulation settings (optional: defaults from REFERENCE.md section 3). */
  simulation: simulationSettingsSchema.optional(),
}));
export type Design = z.infer<typeof designSchema>;

/**
 * The collections of the domain, in the schema's order (written out: reading domainSchema.shape would build every
 * schema when this module is evaluated; design.test.ts checks that the list is the schema's).
 */
export const COLLECTIONS: readonly CollectionName[] = [
  'systems', 'partitions', 'vscsiAdapters', 'vfcAdapters', 'vethAdapters', 'backingDevices', 'vtds', 'mediaRepositories',
  'physicalPorts', 'vlans', 'linkAggregations', 'seas', 'heaPorts', 'heaLogicalPorts', 'etherChannels', 'sanFabrics',
  'storageArrays', 'luns', 'ethernetSwitches', 'volumeGroups', 'sriovAdapters', 'sriovPhysicalPorts', 'sriovLogicalPorts',
  'vnicAdapters', 'vnicBackingDevices', 'sspClusters', 'sspLogicalUnits',
];
export type RecordOf<C extends CollectionName> = Domain[C][string];
