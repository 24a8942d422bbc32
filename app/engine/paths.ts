import type {
  BackingDevice, Id, PhysicalPort, SharedEthernetAdapter, VirtualFcAdapter, VirtualScsiAdapter, VirtualTargetDevice,
} from '../model/schema/index.ts';
import { perIndex, push, type DesignIndex } from './index-design.ts';

/** One virtual SCSI disk path of a client: client adapter -> vhost on a VIOS -> VTD -> backing device. */
export interface DiskPath {
  client: VirtualScsiAdapter;
  vhost: VirtualScsiAdapter;
  vtd: VirtualTargetDevice;
  backing: BackingDevice;
  viosId: Id;
}

/** One NPIV path of a client: client vFC -> vfchost on a VIOS -> physical FC port (vfcmap). */
export interface NpivPath {
  client: VirtualFcAdapter;
  server: VirtualFcAdapter;
  port: PhysicalPort;
}

/** A client adapter that does not form a complete pair, with the server in the slot it names (if any). */
export interface PairProblem { kind: 'vscsi' | 'vfc'; client: VirtualScsiAdapter | VirtualFcAdapter; target: VirtualScsiAdapter | VirtualFcAdapter | undefined }

/** A client's paths to one SAN LUN, with the distinct VIOS they go through (two or more = vSCSI MPIO). */
export interface LunGroup { lunId: Id; paths: DiskPath[]; vios: Id[] }

/** The SEAs bridging one VLAN of one virtual switch of one frame. */
export interface VlanBridges { systemId: Id; vswitch: string; vlan: number; seas: SharedEthernetAdapter[] }

export interface Derived {
  /** client partition id -> its complete vSCSI disk paths (disks, not optical). */
  diskPaths: Map<Id, DiskPath[]>;
  /** client partition id -> its vSCSI paths grouped by SAN LUN. */
  lunGroups(clientId: Id): readonly LunGroup[];
  /** client partition id -> its complete, mapped NPIV paths. */
  npivPaths: Map<Id, NpivPath[]>;
  /** physical FC port id -> vfchosts with a connected client partition that is activated (NPIV logins). */
  activeNpiv: Map<Id, VirtualFcAdapter[]>;
  /** Client adapters whose pair is not complete (PAIR-1, PAIR-2). */
  pairProblems: PairProblem[];
  /** Every VLAN that some SEA bridges. */
  bridges: VlanBridges[];
  /** The SEAs bridging a VLAN (empty when none). */
  bridgesOf(systemId: Id, vswitch: string, vlan: number): readonly SharedEthernetAdapter[];
  /** FC ports of a VIOS cabled to a fabric. */
  fcPorts(viosId: Id, fabricId: Id): readonly PhysicalPort[];
}

/** Paths and bridges derived from the index, computed once per validation and shared by the rules. */
export const derived = perIndex((ix: DesignIndex): Derived => {
  const d = ix.design.domain;
  const diskPaths = new Map<Id, DiskPath[]>();
  const pairProblems: PairProblem[] = [];
  for (const client of ix.clients.vscsi) {
    const target = ix.targetOf('vscsi', client);
    if (!target || ix.serverOf('vscsi', client) !== target) pairProblems.push({ kind: 'vscsi', client, target });
  }
  for (const vhost of ix.servers.vscsi) {
    const client = ix.vtdCount(vhost) > 0 ? ix.clientOf('vscsi', vhost) : undefined;
    if (!client) continue;
    const vtds = ix.vtdsOf(vhost);
    for (const vtd of vtds) {
      const backing = vtd.backingDeviceId ? d.backingDevices[vtd.backingDeviceId] : undefined;
      if (!backing || vtd.optical || backing.kind === 'physical-optical' || backing.kind === 'file-optical') continue;
      push(diskPaths, client.partitionId, { client, vhost, vtd, backing, viosId: vhost.partitionId });
    }
  }
  const npivPaths = new Map<Id, NpivPath[]>();
  const activeNpiv = new Map<Id, VirtualFcAdapter[]>();
  for (const client of ix.clients.vfc) {
    const server = ix.serverOf('vfc', client);
    if (!server) pairProblems.push({ kind: 'vfc', client, target: ix.targetOf('vfc', client) });
    const port = server?.physicalPortId ? d.physicalPorts[server.physicalPortId] : undefined;
    if (server && port?.kind === 'fc') push(npivPaths, client.partitionId, { client, server, port });
    if (server?.physicalPortId && ix.part(client.partitionId)?.partition.state !== 'not-activated') push(activeNpiv, server.physicalPortId, server);
  }
  const bridgeMap = new Map<Id, Map<string, Map<number, VlanBridges>>>();
  const bridges: VlanBridges[] = [];
  for (const sea of ix.all.seas) {
    const systemId = ix.systemOf(sea.partitionId)?.id ?? '';
    for (const t of sea.trunkAdapterIds) {
      const trunk = d.vethAdapters[t];
      if (!trunk) continue;
      let bySwitch = bridgeMap.get(systemId);
      if (!bySwitch) bridgeMap.set(systemId, (bySwitch = new Map()));
      let byVlan = bySwitch.get(trunk.vswitch);
      if (!byVlan) bySwitch.set(trunk.vswitch, (byVlan = new Map()));
      for (const vlan of [trunk.pvid, ...trunk.additionalVlans]) {
        const entry = byVlan.get(vlan);
        if (!entry) { const e = { systemId, vswitch: trunk.vswitch, vlan, seas: [sea] }; byVlan.set(vlan, e); bridges.push(e); }
        else if (!entry.seas.includes(sea)) entry.seas.push(sea);
      }
    }
  }
  const fcPortMap = new Map<Id, Map<Id, PhysicalPort[]>>();
  for (const port of ix.all.physicalPorts) {
    if (port.kind !== 'fc' || !port.partitionId || !port.cabledToId || !d.sanFabrics[port.cabledToId]) continue;
    let byFabric = fcPortMap.get(port.partitionId);
    if (!byFabric) fcPortMap.set(port.partitionId, (byFabric = new Map()));
    push(byFabric, port.cabledToId, port);
  }
  const none: readonly never[] = [];
  const groups = new Map<Id, LunGroup[]>();
  const out: Derived = {
    diskPaths, npivPaths, activeNpiv, pairProblems, bridges,
    lunGroups(clientId) {
      let g = groups.get(clientId);
      if (!g) { g = groupByLun(diskPaths.get(clientId) ?? []); groups.set(clientId, g); }
      return g;
    },
    bridgesOf: (sys, vswitch, vlan) => bridgeMap.get(sys)?.get(vswitch)?.get(vlan)?.seas ?? none,
    fcPorts: (vios, fabric) => fcPortMap.get(vios)?.get(fabric) ?? none,
  };
  return out;
});

/** The distinct VIOS of some paths (a list: paths per client are few). */
export function viosOf(paths: readonly DiskPath[]): Id[] {
  const out: Id[] = [];
  for (const p of paths) if (!out.includes(p.viosId)) out.push(p.viosId);
  return out;
}

/** Disk paths grouped by SAN LUN (whole-disk MPIO candidates); paths without a LUN are left out. */
function groupByLun(paths: readonly DiskPath[]): LunGroup[] {
  const out: LunGroup[] = [];
  const index = paths.length > 16 ? new Map<Id, LunGroup>() : null;
  for (const p of paths) {
    const lunId = p.backing.kind === 'physical-volume' ? p.backing.lunId : null;
    if (!lunId) continue;
    let g = index ? index.get(lunId) : out.find((x) => x.lunId === lunId);
    if (!g) { g = { lunId, paths: [], vios: [] }; out.push(g); index?.set(lunId, g); }
    g.paths.push(p);
    if (!g.vios.includes(p.viosId)) g.vios.push(p.viosId);
  }
  return out;
}
