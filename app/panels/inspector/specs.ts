import type { CollectionName, Design, Id } from '../../model/index.ts';
import * as ops from '../../model/index.ts';
import { GENERATIONS, HA_MODES, RESERVE_POLICIES } from '../../model/index.ts';
import type { FieldSpec } from './specs-types.ts';
import { MODERN_SPECS, PARTITION_MODERN_SPECS, SYSTEM_MODERN_SPECS } from './modern-specs.ts';
import { ADD_VOLUME_GROUP_SPEC, NPIV_CLIENTS_SPEC, VOLUME_GROUP_SPECS } from './volume-group-specs.ts';
import { checkMinDesiredMax, checkUnitsPerVirtualProcessor, parseInteger, parseNumber, parseUnits, parseVlanList, parseWwpn } from './checks.ts';

export type { FieldSpec } from './specs-types.ts';

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const F = (s: FieldSpec) => s;
const assumedIn = (c: 'systems' | 'partitions', path: string) => (d: Design, id: Id) => ops.isAssumed(d.domain[c][id] ?? {}, path);
type Rec<C extends CollectionName> = Design['domain'][C][string];
const rec = <C extends CollectionName>(d: Design, c: C, id: Id) => d.domain[c][id] as Rec<C>;

const name = (c: CollectionName, label = 'Name') => F({ key: 'name', label, kind: 'text', get: (d, id) => str((rec(d, c, id) as { name: string }).name), set: (d, id, v) => ops.renameElement(d, { id, name: String(v) }) });

const proc = (key: 'minUnits' | 'desiredUnits' | 'maxUnits', label: string) => F({
  key, label, kind: 'number', hint: 'processing units, steps of 0.01', get: (d, id) => str(rec(d, 'partitions', id).processor[key]), assumed: assumedIn('partitions', `processor.${key}`),
  set: (d, id, v) => {
    const p = rec(d, 'partitions', id).processor;
    const next = { ...p, [key]: parseUnits(String(v), label) };
    checkMinDesiredMax(next.minUnits, next.desiredUnits, next.maxUnits, 'Processing units');
    checkUnitsPerVirtualProcessor(next);
    return ops.updatePartition(d, { id, patch: { processor: next } });
  },
});
const vps = (key: 'minVirtualProcessors' | 'desiredVirtualProcessors' | 'maxVirtualProcessors', label: string) => F({
  key, label, kind: 'number', get: (d, id) => str(rec(d, 'partitions', id).processor[key]), assumed: assumedIn('partitions', `processor.${key}`),
  set: (d, id, v) => {
    const p = rec(d, 'partitions', id).processor;
    const next = { ...p, [key]: parseInteger(String(v), label, 1, 256) };
    checkMinDesiredMax(next.minVirtualProcessors, next.desiredVirtualProcessors, next.maxVirtualProcessors, 'Virtual processors');
    checkUnitsPerVirtualProcessor(next);
    return ops.updatePartition(d, { id, patch: { processor: next } });
  },
});
const mem = (key: 'minMB' | 'desiredMB' | 'maxMB', label: string) => F({
  key, label, kind: 'number', hint: 'MB', get: (d, id) => str(rec(d, 'partitions', id).memory[key]), assumed: assumedIn('partitions', `memory.${key}`),
  set: (d, id, v) => {
    const m = { ...rec(d, 'partitions', id).memory, [key]: parseInteger(String(v), label, 0, 64 * 1024 * 1024) };
    checkMinDesiredMax(m.minMB, m.desiredMB, m.maxMB, 'Memory');
    return ops.updatePartition(d, { id, patch: { memory: m } });
  },
});

export const SPECS: Partial<Record<CollectionName, FieldSpec[]>> = {
  systems: [
    name('systems'),
    F({ key: 'typeModel', label: 'Type-model', kind: 'text', get: (d, id) => rec(d, 'systems', id).typeModel, set: (d, id, v) => ops.updateSystem(d, { id, patch: { typeModel: String(v) } }) }),
    F({ key: 'serial', label: 'Serial', kind: 'text', get: (d, id) => rec(d, 'systems', id).serial, set: (d, id, v) => ops.updateSystem(d, { id, patch: { serial: String(v) } }) }),
    F({ key: 'generation', label: 'Generation', kind: 'select', options: GENERATIONS, get: (d, id) => rec(d, 'systems', id).generation, set: (d, id, v) => ops.updateSystem(d, { id, patch: { generation: v as (typeof GENERATIONS)[number] } }) }),
    F({ key: 'installedCores', label: 'Installed cores', kind: 'number', assumed: assumedIn('systems', 'installedCores'), get: (d, id) => str(rec(d, 'systems', id).installedCores), set: (d, id, v) => ops.updateSystem(d, { id, patch: { installedCores: parseInteger(String(v), 'Installed cores', 1, 1920) } }) }),
    F({ key: 'installedMemoryMB', label: 'Installed memory (MB)', kind: 'number', assumed: assumedIn('systems', 'installedMemoryMB'), get: (d, id) => str(rec(d, 'systems', id).installedMemoryMB), set: (d, id, v) => ops.updateSystem(d, { id, patch: { installedMemoryMB: parseInteger(String(v), 'Installed memory', 1024, 64 * 1024 * 1024) } }) }),
    F({ key: 'firmware', label: 'Firmware', kind: 'text', get: (d, id) => str(rec(d, 'systems', id).firmware), set: (d, id, v) => ops.updateSystem(d, { id, patch: { firmware: String(v) } }) }),
    ...SYSTEM_MODERN_SPECS,
  ],
  partitions: [
    F({ key: 'name', label: 'Name', kind: 'text', get: (d, id) => rec(d, 'partitions', id).name, set: (d, id, v) => ops.updatePartition(d, { id, patch: { name: String(v).trim() } }) }),
    F({ key: 'lparId', label: 'Partition id', kind: 'number', get: (d, id) => str(rec(d, 'partitions', id).lparId), set: (d, id, v) => ops.updatePartition(d, { id, patch: { lparId: parseInteger(String(v), 'Partition id', 1, 1000) } }) }),
    F({ key: 'state', label: 'State', kind: 'select', options: ['running', 'not-activated'], get: (d, id) => rec(d, 'partitions', id).state, set: (d, id, v) => ops.updatePartition(d, { id, patch: { state: v as 'running' } }) }),
    F({ key: 'osLevel', label: 'OS level', kind: 'text', get: (d, id) => str(rec(d, 'partitions', id).osLevel), set: (d, id, v) => ops.updatePartition(d, { id, patch: { osLevel: String(v) } }) }),
    F({ key: 'mode', label: 'Processor mode', kind: 'select', options: ['shared', 'dedicated'], get: (d, id) => rec(d, 'partitions', id).processor.mode, set: (d, id, v) => ops.updatePartition(d, { id, patch: { processor: { ...rec(d, 'partitions', id).processor, mode: v as 'shared' } } }) }),
    proc('minUnits', 'Min processing units'), proc('desiredUnits', 'Entitled capacity'), proc('maxUnits', 'Max processing units'),
    vps('minVirtualProcessors', 'Min virtual processors'), vps('desiredVirtualProcessors', 'Virtual processors'), vps('maxVirtualProcessors', 'Max virtual processors'),
    F({ key: 'sharing', label: 'Sharing', kind: 'select', options: ['capped', 'uncapped'], get: (d, id) => rec(d, 'partitions', id).processor.sharing, set: (d, id, v) => ops.updatePartition(d, { id, patch: { processor: { ...rec(d, 'partitions', id).processor, sharing: v as 'capped' } } }) }),
    F({ key: 'weight', label: 'Uncapped weight', kind: 'number', hint: '0..255', get: (d, id) => str(rec(d, 'partitions', id).processor.weight), set: (d, id, v) => ops.updatePartition(d, { id, patch: { processor: { ...rec(d, 'partitions', id).processor, weight: parseInteger(String(v), 'Uncapped weight', 0, 255) } } }) }),
    mem('minMB', 'Min memory (MB)'), mem('desiredMB', 'Memory (MB)'), mem('maxMB', 'Max memory (MB)'),
    ADD_VOLUME_GROUP_SPEC,
    F({ key: 'maxVirtualSlots', label: 'Max virtual slots', kind: 'number', get: (d, id) => str(rec(d, 'partitions', id).maxVirtualSlots), set: (d, id, v) => ops.updatePartition(d, { id, patch: { maxVirtualSlots: parseInteger(String(v), 'Max virtual slots', 2, 65535, 'SLOT-1') } }) }),
    ...PARTITION_MODERN_SPECS,
  ],
  vscsiAdapters: [
    F({ key: 'slot', label: 'Slot', kind: 'number', get: (d, id) => str(rec(d, 'vscsiAdapters', id).slot), set: (d, id, v) => ops.setVirtualScsiSlot(d, { adapterId: id, slot: parseNumber(String(v), 'Slot') }) }),
    F({ key: 'required', label: 'Required', kind: 'bool', get: (d, id) => rec(d, 'vscsiAdapters', id).required, set: (d, id, v) => ops.updateVirtualScsiAdapter(d, { adapterId: id, patch: { required: Boolean(v) } }) }),
  ],
  vfcAdapters: [
    F({ key: 'slot', label: 'Slot', kind: 'number', get: (d, id) => str(rec(d, 'vfcAdapters', id).slot), set: (d, id, v) => ops.setVirtualFcSlot(d, { adapterId: id, slot: parseNumber(String(v), 'Slot') }) }),
    F({ key: 'required', label: 'Required', kind: 'bool', get: (d, id) => rec(d, 'vfcAdapters', id).required, set: (d, id, v) => ops.updateVirtualFcAdapter(d, { adapterId: id, patch: { required: Boolean(v) } }) }),
    ...[0, 1].map((i) => F({ key: `wwpn${i}`, label: `WWPN ${i + 1}`, kind: 'text', get: (d, id) => str(rec(d, 'vfcAdapters', id).wwpns?.[i]),
      set: (d, id, v) => { const a = rec(d, 'vfcAdapters', id); const w = [...(a.wwpns ?? ['', ''])] as [string, string]; w[i] = parseWwpn(String(v)); return ops.updateVirtualFcAdapter(d, { adapterId: id, patch: { wwpns: w } }); } })),
  ],
  vethAdapters: [
    F({ key: 'slot', label: 'Slot', kind: 'number', get: (d, id) => str(rec(d, 'vethAdapters', id).slot), set: (d, id, v) => ops.updateVirtualEthernet(d, { id, patch: { slot: parseNumber(String(v), 'Slot') } }) }),
    F({ key: 'pvid', label: 'PVID', kind: 'number', hint: '1..4094', get: (d, id) => str(rec(d, 'vethAdapters', id).pvid), set: (d, id, v) => ops.updateVirtualEthernet(d, { id, patch: { pvid: parseInteger(String(v), 'PVID', 1, 4094, 'VLAN-1') } }) }),
    F({ key: 'additionalVlans', label: 'Tagged VLANs', kind: 'text', hint: 'comma-separated, 802.1Q', get: (d, id) => rec(d, 'vethAdapters', id).additionalVlans.join(', '), set: (d, id, v) => { const l = parseVlanList(String(v)); return ops.updateVirtualEthernet(d, { id, patch: { additionalVlans: l, ...(l.length ? { ieee8021q: true } : {}) } }); } }),
    F({ key: 'trunkPriority', label: 'Trunk priority', kind: 'number', hint: '1..15 (trunk adapters)', get: (d, id) => str(rec(d, 'vethAdapters', id).trunkPriority), set: (d, id, v) => ops.updateVirtualEthernet(d, { id, patch: { trunkPriority: parseInteger(String(v), 'Trunk priority', 1, 15, 'SEA-9') } }) }),
    F({ key: 'vswitch', label: 'Virtual switch', kind: 'text', get: (d, id) => rec(d, 'vethAdapters', id).vswitch, set: (d, id, v) => ops.updateVirtualEthernet(d, { id, patch: { vswitch: String(v) } }) }),
  ],
  seas: [
    F({ key: 'haMode', label: 'ha_mode', kind: 'select', options: HA_MODES, get: (d, id) => rec(d, 'seas', id).haMode, set: (d, id, v) => ops.updateSharedEthernet(d, { id, patch: { haMode: v as 'auto' } }) }),
    F({ key: 'netaddr', label: 'netaddr', kind: 'text', get: (d, id) => str(rec(d, 'seas', id).netaddr), set: (d, id, v) => ops.updateSharedEthernet(d, { id, patch: { netaddr: String(v) } }) }),
  ],
  physicalPorts: [
    F({ key: 'speedGbps', label: 'Speed (Gb)', kind: 'number', get: (d, id) => str(rec(d, 'physicalPorts', id).speedGbps), set: (d, id, v) => ops.updatePhysicalPort(d, { portId: id, patch: { speedGbps: parseNumber(String(v), 'Speed') } }) }),
    F({ key: 'location', label: 'Location code', kind: 'text', get: (d, id) => str(rec(d, 'physicalPorts', id).location), set: (d, id, v) => ops.updatePhysicalPort(d, { portId: id, patch: { location: String(v) } }) }),
  ],
  backingDevices: [
    F({ key: 'reservePolicy', label: 'reserve_policy', kind: 'select', options: RESERVE_POLICIES, get: (d, id) => str(rec(d, 'backingDevices', id).reservePolicy), set: (d, id, v) => ops.updateBackingDevice(d, { id, patch: { reservePolicy: v as 'no_reserve' } }) }),
    F({ key: 'sizeGB', label: 'Size (GB)', kind: 'number', get: (d, id) => str(rec(d, 'backingDevices', id).sizeGB), set: (d, id, v) => ops.updateBackingDevice(d, { id, patch: { sizeGB: parseNumber(String(v), 'Size') } }) }),
  ],
  vlans: [
    F({ key: 'vlanId', label: 'VLAN id', kind: 'number', hint: '1..4094', get: (d, id) => str(rec(d, 'vlans', id).vlanId), set: (d, id, v) => ops.updateVlan(d, { id, patch: { vlanId: parseInteger(String(v), 'VLAN id', 1, 4094, 'VLAN-1') } }) }),
    F({ key: 'name', label: 'Name', kind: 'text', get: (d, id) => rec(d, 'vlans', id).name, set: (d, id, v) => ops.updateVlan(d, { id, patch: { name: String(v) } }) }),
  ],
  sanFabrics: [name('sanFabrics'), F({ key: 'npivSupport', label: 'NPIV support', kind: 'bool', get: (d, id) => rec(d, 'sanFabrics', id).npivSupport, set: (d, id, v) => ops.updateSanFabric(d, { id, patch: { npivSupport: Boolean(v) } }) })],
  storageArrays: [name('storageArrays'), F({ key: 'model', label: 'Model', kind: 'text', get: (d, id) => rec(d, 'storageArrays', id).model, set: (d, id, v) => ops.updateStorageArray(d, { id, patch: { model: String(v) } }) })],
  luns: [name('luns'), F({ key: 'sizeGB', label: 'Size (GB)', kind: 'number', get: (d, id) => str(rec(d, 'luns', id).sizeGB), set: (d, id, v) => ops.updateLun(d, { id, patch: { sizeGB: parseNumber(String(v), 'Size') } }) }), NPIV_CLIENTS_SPEC],
  volumeGroups: VOLUME_GROUP_SPECS,
  ethernetSwitches: [name('ethernetSwitches'), F({ key: 'vlans', label: 'VLANs carried', kind: 'text', hint: 'empty: all', get: (d, id) => rec(d, 'ethernetSwitches', id).vlans.join(', '), set: (d, id, v) => ops.updateEthernetSwitch(d, { id, patch: { vlans: parseVlanList(String(v)) } }) })],
  ...MODERN_SPECS,
  heaPorts: [F({ key: 'speedGbps', label: 'Speed (Gb)', kind: 'number', get: (d, id) => str(rec(d, 'heaPorts', id).speedGbps), set: (d, id, v) => ops.updateHeaPort(d, { id, patch: { speedGbps: parseNumber(String(v), 'Speed') } }) })],
};
