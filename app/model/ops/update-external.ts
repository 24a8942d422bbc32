import type { Id } from '../schema/index.ts';
import {
  ethernetSwitchSchema, heaPortSchema, lunSchema, sanFabricSchema, storageArraySchema, virtualFcAdapterSchema,
} from '../schema/index.ts';
import { OpError } from '../errors.ts';
import { op } from './op.ts';
import { assertVlanId } from './ethernet.ts';

const issue = (e: { issues: { path: PropertyKey[]; message: string }[] }) => `${e.issues[0]?.path.join('.')}: ${e.issues[0]?.message}`;
const uniqueAmong = (all: Record<string, { id: string; name: string }>, id: Id, name: string | undefined, what: string) => {
  if (name === undefined) return;
  if (!name.trim()) throw new OpError(`A ${what} needs a name`);
  if (Object.values(all).some((r) => r.id !== id && r.name === name)) throw new OpError(`Another ${what} is already named ${name}`);
};

export const updateSanFabric = op<{ id: Id; patch: { name?: string; npivSupport?: boolean } }>((d, { id, patch }) => {
  const cur = d.domain.sanFabrics[id];
  if (!cur) throw new OpError('No such SAN fabric');
  uniqueAmong(d.domain.sanFabrics, id, patch.name, 'SAN fabric');
  const r = sanFabricSchema.safeParse({ ...cur, ...patch });
  if (!r.success) throw new OpError(`Invalid value for ${issue(r.error)}`);
  d.domain.sanFabrics[id] = r.data;
});

export const updateStorageArray = op<{ id: Id; patch: { name?: string; model?: string } }>((d, { id, patch }) => {
  const cur = d.domain.storageArrays[id];
  if (!cur) throw new OpError('No such storage array');
  uniqueAmong(d.domain.storageArrays, id, patch.name, 'storage array');
  const r = storageArraySchema.safeParse({ ...cur, ...patch });
  if (!r.success) throw new OpError(`Invalid value for ${issue(r.error)}`);
  d.domain.storageArrays[id] = r.data;
});

export const updateLun = op<{ id: Id; patch: { name?: string; sizeGB?: number; serial?: string } }>((d, { id, patch }) => {
  const cur = d.domain.luns[id];
  if (!cur) throw new OpError('No such LUN');
  uniqueAmong(d.domain.luns, id, patch.name, 'LUN');
  if (patch.sizeGB !== undefined && !(patch.sizeGB > 0)) throw new OpError('A LUN size is a positive number of GB');
  const r = lunSchema.safeParse({ ...cur, ...patch });
  if (!r.success) throw new OpError(`Invalid value for ${issue(r.error)}`);
  d.domain.luns[id] = r.data;
});

export const updateEthernetSwitch = op<{ id: Id; patch: { name?: string; vlans?: number[] } }>((d, { id, patch }) => {
  const cur = d.domain.ethernetSwitches[id];
  if (!cur) throw new OpError('No such Ethernet switch');
  uniqueAmong(d.domain.ethernetSwitches, id, patch.name, 'Ethernet switch');
  for (const v of patch.vlans ?? []) assertVlanId(v);
  const r = ethernetSwitchSchema.safeParse({ ...cur, ...patch });
  if (!r.success) throw new OpError(`Invalid value for ${issue(r.error)}`);
  d.domain.ethernetSwitches[id] = r.data;
});

export const updateVirtualFcAdapter = op<{ adapterId: Id; patch: { deviceName?: string; required?: boolean; dlparOnly?: boolean; wwpns?: [string, string] } }>((d, { adapterId, patch }) => {
  const cur = d.domain.vfcAdapters[adapterId];
  if (!cur) throw new OpError('No such virtual Fibre Channel adapter');
  if (patch.wwpns && cur.role !== 'client') throw new OpError('Only the client adapter carries WWPNs');
  if (patch.wwpns) {
    const w = patch.wwpns.map((x) => x.toLowerCase());
    if (w[0] === w[1]) throw new OpError('The two WWPNs of an adapter differ', 'NPIV-8');
    const clash = Object.values(d.domain.vfcAdapters).find((a) => a.id !== adapterId && a.wwpns?.some((x) => w.includes(x.toLowerCase())));
    if (clash) throw new OpError(`WWPN already used by ${clash.deviceName} of ${d.domain.partitions[clash.partitionId]?.name}`, 'NPIV-11');
  }
  const r = virtualFcAdapterSchema.safeParse({ ...cur, ...patch });
  if (!r.success) throw new OpError(`Invalid value for ${issue(r.error)}`);
  d.domain.vfcAdapters[adapterId] = r.data;
});

export const updateHeaPort = op<{ id: Id; patch: { speedGbps?: number } }>((d, { id, patch }) => {
  const cur = d.domain.heaPorts[id];
  if (!cur) throw new OpError('No such HEA port');
  const r = heaPortSchema.safeParse({ ...cur, ...patch });
  if (!r.success) throw new OpError(`Invalid value for ${issue(r.error)}`);
  d.domain.heaPorts[id] = r.data;
});
