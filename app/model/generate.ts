import type {
  BackingDevice, Design, Id, Lun, ManagedSystem, Partition, PhysicalPort, SharedEthernetAdapter,
  VirtualEthernetAdapter, VirtualFcAdapter, VirtualScsiAdapter, VirtualTargetDevice, Vlan,
} from './schema/index.ts';
import { DESIGN_FORMAT, DESIGN_VERSION } from './schema/index.ts';
import { ID_PREFIX } from './ids.ts';
import { defaultPartitionSettings } from './ops/partitions.ts';
import { tidyLayout } from './layout/tidy.ts';
import type { CollectionName } from './schema/index.ts';

export interface GenerateOptions {
  /** Client LPARs per frame (default 250). */
  maxClientsPerFrame?: number;
  /** VIOS per frame: 2 (redundant pair, default) or 1. */
  viosPerFrame?: 1 | 2;
}

const PVID = 10;
const SECOND_VLAN = 20;
const CONTROL_PVID = 99;
const WWPN_BASE = 0x0800000000;

/** The client tunables of a dual-VIOS design (a fresh object per client: records share nothing). */
const tunables = () => ({ hcheckInterval: 60, hcheckMode: 'nonactive', vscsiErrRecov: 'fast_fail', vscsiPathTimeout: 30, fcErrRecov: 'fast_fail', dynamicTracking: true }) as const;

/**
 * A large, correct design for benchmarks and tests, built record by record (no operations, linear time): frames of
 * up to 250 AIX clients, each frame with a VIOS pair (two NPIV FC ports on two fabrics and one Ethernet port per
 * VIOS, SEA failover with a control channel), each client with a rootvg LUN mapped through both VIOS (MPIO,
 * no_reserve), one NPIV adapter per VIOS on different fabrics, and two virtual Ethernet adapters on VLANs 10 and 20.
 * Ids, slots and device names follow the operations' conventions (prefix-N ids, vhostN, vscsiN, fcsN, entN).
 * The places are the tidy layout's (computed once at the end). Cheap: the benchmark's load times it, cold.
 */
export function generateBenchDesign(n: number, opts: GenerateOptions = {}): Design {
  const perFrame = Math.max(1, Math.floor(opts.maxClientsPerFrame ?? 250));
  const viosCount = opts.viosPerFrame ?? 2;
  if (viosCount !== 1 && viosCount !== 2) throw new Error('viosPerFrame is 1 or 2');
  const clients = Math.max(0, Math.floor(n));
  const counters: Partial<Record<CollectionName, number>> = {};
  const next = (c: CollectionName): Id => {
    const k = (counters[c] ?? 0) + 1;
    counters[c] = k;
    return ID_PREFIX[c] + '-' + k;
  };
  const design: Design = {
    format: DESIGN_FORMAT, version: DESIGN_VERSION, name: `Generated: ${clients} clients`,
    description: `Generated benchmark design: ${clients} client LPARs, ${viosCount} VIOS per frame, at most ${perFrame} clients per frame.`,
    domain: {
      systems: {}, partitions: {}, vscsiAdapters: {}, vfcAdapters: {}, vethAdapters: {}, backingDevices: {}, vtds: {},
      mediaRepositories: {}, physicalPorts: {}, vlans: {}, linkAggregations: {}, seas: {}, heaPorts: {}, heaLogicalPorts: {},
      etherChannels: {}, sanFabrics: {}, storageArrays: {}, luns: {}, ethernetSwitches: {}, volumeGroups: {},
      sriovAdapters: {}, sriovPhysicalPorts: {}, sriovLogicalPorts: {}, vnicAdapters: {}, vnicBackingDevices: {}, sspClusters: {}, sspLogicalUnits: {},
    },
    layout: { nodes: {} },
    scenarios: {},
    suppressions: [],
  };
  const d = design.domain;
  const frames = Math.max(1, Math.ceil(clients / perFrame));

  // Outside the frames: two fabrics, one array presenting on both, one switch carrying the client VLANs.
  const fabA = next('sanFabrics');
  const fabB = next('sanFabrics');
  d.sanFabrics[fabA] = { id: fabA, name: 'fabric-A', npivSupport: true };
  d.sanFabrics[fabB] = { id: fabB, name: 'fabric-B', npivSupport: true };
  const array = next('storageArrays');
  d.storageArrays[array] = { id: array, name: 'ds8k-1', model: 'DS8950F', fabricIds: [fabA, fabB] };
  const sw = next('ethernetSwitches');
  d.ethernetSwitches[sw] = { id: sw, name: 'core-sw1', vlans: [PVID, SECOND_VLAN] };

  let wwpn = WWPN_BASE;
  const nextWwpns = (): [string, string] => {
    const hex = (v: number) => `c05076${v.toString(16).padStart(10, '0')}`;
    const pair: [string, string] = [hex(wwpn + 2), hex(wwpn + 3)];
    wwpn += 3;
    return pair;
  };
  let clientNo = 0;

  for (let f = 0; f < frames; f++) {
    const inFrame = Math.min(perFrame, clients - f * perFrame);
    const sysId = next('systems');
    const coresNeeded = viosCount * 1 + inFrame * 0.5;
    const memNeededMB = (viosCount + inFrame) * 8192;
    const system: ManagedSystem = {
      id: sysId, name: `p9-frame${f + 1}`, typeModel: '9080-M9S', serial: `78${String(f + 1).padStart(5, '0')}`,
      generation: 'POWER9', installedCores: Math.min(1920, Math.max(16, Math.ceil(coresNeeded / 8) * 8)),
      installedMemoryMB: Math.max(256 * 1024, Math.ceil((memNeededMB * 1.25) / 65536) * 65536),
      firmware: 'FW950.80', lmbMB: 256, vswitches: ['ETHERNET0'], ivm: false,
    };
    d.systems[sysId] = system;

    for (const vid of [PVID, SECOND_VLAN]) {
      const id = next('vlans');
      const vlan: Vlan = { id, systemId: sysId, vswitch: 'ETHERNET0', vlanId: vid, name: vid === PVID ? 'production' : 'backup', external: true };
      d.vlans[id] = vlan;
    }

    // The VIOS: fcs0 (fabric A), fcs1 (fabric B), ent0 (switch), trunk ent1, control channel ent2, SEA ent3.
    const vios: { id: Id; fcs: [Id, Id] }[] = [];
    const seas: SharedEthernetAdapter[] = [];
    for (let j = 0; j < viosCount; j++) {
      const id = next('partitions');
      const base = defaultPartitionSettings('vios');
      const p: Partition = {
        id, systemId: sysId, lparId: j + 1, name: `vios${f * viosCount + j + 1}`, kind: 'vios', state: 'running', osLevel: '3.1.4.10',
        processor: base.processor, memory: base.memory, maxVirtualSlots: Math.max(base.maxVirtualSlots, 16 + 2 * inFrame),
      };
      d.partitions[id] = p;
      const fc = (dev: string, fabric: Id): Id => {
        const pid = next('physicalPorts');
        const port: PhysicalPort = {
          id: pid, systemId: sysId, partitionId: id, kind: 'fc', deviceName: dev, speedGbps: 32, npivCapable: true,
          // 32 Gb ports take more than 64 NPIV clients; the exact limit is unconfirmed ([U]), so it is set per port.
          npivMaxClients: 255, cabledToId: fabric, adapter: '32 Gb 2-port FC',
        };
        d.physicalPorts[pid] = port;
        return pid;
      };
      const fcs: [Id, Id] = [fc('fcs0', fabA), fc('fcs1', fabB)];
      const entId = next('physicalPorts');
      d.physicalPorts[entId] = { id: entId, systemId: sysId, partitionId: id, kind: 'ethernet', deviceName: 'ent0', speedGbps: 10, cabledToId: sw };
      const trunkId = next('vethAdapters');
      d.vethAdapters[trunkId] = veth(trunkId, id, 11, 'ent1', PVID, [SECOND_VLAN], true, j + 1);
      let ctlId: Id | null = null;
      if (viosCount === 2) {
        ctlId = next('vethAdapters');
        d.vethAdapters[ctlId] = veth(ctlId, id, 12, 'ent2', CONTROL_PVID, [], false);
      }
      const seaId = next('seas');
      const sea: SharedEthernetAdapter = {
        id: seaId, partitionId: id, deviceName: ctlId ? 'ent3' : 'ent2', realAdapter: { kind: 'physical-port', id: entId },
        trunkAdapterIds: [trunkId], defaultAdapterId: trunkId, defaultPvid: PVID, haMode: viosCount === 2 ? 'auto' : 'disabled',
        controlChannelId: ctlId, thread: true,
      };
      d.seas[seaId] = sea;
      seas.push(sea);
      vios.push({ id, fcs });
    }

    for (let i = 0; i < inFrame; i++) {
      clientNo++;
      const cid = next('partitions');
      const name = `aix${String(clientNo).padStart(4, '0')}`;
      const base = defaultPartitionSettings('aix');
      d.partitions[cid] = {
        id: cid, systemId: sysId, lparId: viosCount + i + 1, name, kind: 'aix', state: 'running', osLevel: '7.2 TL5',
        processor: base.processor, memory: base.memory, maxVirtualSlots: base.maxVirtualSlots, tunables: tunables(),
      };

      const lunId = next('luns');
      const lun: Lun = { id: lunId, arrayId: array, name: `${name}_rootvg`, sizeGB: 100, fabricIds: [fabA, fabB], npivClientIds: [] };
      d.luns[lunId] = lun;

      const vhostSlot = 13 + 2 * i;
      const vfchostSlot = 14 + 2 * i;
      const vhost = `vhost${i}`;
      const hdisk = `hdisk${i}`;
      const vtscsi = `vtscsi${i}`;
      for (let j = 0; j < vios.length; j++) {
        // vSCSI: hdisk<i> (the client's LUN, no_reserve) -> vtscsi<i> on vhost<i> <-> vscsi<j> in client slot 2+j.
        const v = vios[j]!;
        const bdId = next('backingDevices');
        const bd: BackingDevice = { id: bdId, partitionId: v.id, kind: 'physical-volume', name: hdisk, lunId, physicalPortId: null, reservePolicy: 'no_reserve', sizeGB: 100 };
        d.backingDevices[bdId] = bd;
        const sid = next('vscsiAdapters');
        const clid = next('vscsiAdapters');
        d.vscsiAdapters[sid] = pairEnd(sid, v.id, vhostSlot, 'server', cid, 2 + j, vhost);
        d.vscsiAdapters[clid] = pairEnd(clid, cid, 2 + j, 'client', v.id, vhostSlot, `vscsi${j}`);
        const vtdId = next('vtds');
        const vtd: VirtualTargetDevice = { id: vtdId, serverAdapterId: sid, backingDeviceId: bdId, name: vtscsi, lun: 1, optical: false };
        d.vtds[vtdId] = vtd;
      }
      const vfchost = `vfchost${i}`;
      for (let j = 0; j < vios.length; j++) {
        // NPIV: vfchost<i> mapped to fcs0 or fcs1, alternating so that the client's two paths use both fabrics.
        const v = vios[j]!;
        const sid = next('vfcAdapters');
        const clid = next('vfcAdapters');
        const clientSlot = 2 + viosCount + j;
        const server: VirtualFcAdapter = pairEnd(sid, v.id, vfchostSlot, 'server', cid, clientSlot, vfchost) as VirtualFcAdapter;
        server.physicalPortId = v.fcs[(i + j) % 2]!;
        const client: VirtualFcAdapter = pairEnd(clid, cid, clientSlot, 'client', v.id, vfchostSlot, `fcs${j}`) as VirtualFcAdapter;
        client.wwpns = nextWwpns();
        client.physicalPortId = null;
        d.vfcAdapters[sid] = server;
        d.vfcAdapters[clid] = client;
      }
      const e0 = next('vethAdapters');
      const e1 = next('vethAdapters');
      d.vethAdapters[e0] = veth(e0, cid, 2 + 2 * viosCount, 'ent0', PVID, [], false);
      d.vethAdapters[e1] = veth(e1, cid, 3 + 2 * viosCount, 'ent1', SECOND_VLAN, [], false);
    }
  }
  // The layered placement every design gets (clients on top, the VIOS pair below, the SAN and LAN under the frames).
  design.layout.nodes = tidyLayout(design, 10);
  return design;
}

/** One end of a vSCSI or vFC pair, naming the other end by partition and slot (clients are required adapters, as the ops make them). */
function pairEnd(
  id: Id, partitionId: Id, slot: number, role: 'server' | 'client', remotePartitionId: Id, remoteSlot: number, deviceName: string,
): VirtualScsiAdapter {
  return { id, partitionId, slot, role, remotePartitionId, remoteSlot, deviceName, required: role === 'client', dlparOnly: false };
}

function veth(id: Id, partitionId: Id, slot: number, deviceName: string, pvid: number, additionalVlans: number[], trunk: boolean, trunkPriority?: number): VirtualEthernetAdapter {
  const a: VirtualEthernetAdapter = {
    id, partitionId, slot, deviceName, pvid, additionalVlans, ieee8021q: additionalVlans.length > 0, trunk,
    vswitch: 'ETHERNET0', required: false, dlparOnly: false,
  };
  if (trunk) a.trunkPriority = trunkPriority ?? 1;
  return a;
}
