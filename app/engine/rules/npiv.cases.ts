import * as ops from '../../model/ops/index.ts';
import { generateBenchDesign } from '../../model/generate.ts';
import { DesignBuilder } from '../../model/templates/build.ts';
import { base, edit, type RuleCase } from '../testing/fixture.ts';

/** A generated frame whose first FC port (fcs0 of vios1, 32 Gb with 255 clients allowed) serves n/2 clients. */
function crowdedPort(clients: number, patch: { speedGbps?: number; npivMaxClients?: number }) {
  const d = generateBenchDesign(clients, { maxClientsPerFrame: clients });
  return ops.updatePhysicalPort(d, { portId: 'port-1', patch });
}

/** aix01 gets a second vFC through vios1 mapped to the given port. */
function secondVfc(port: 'fcsA1' | 'fcsB1') {
  const { id } = base();
  return new DesignBuilder(base().design).apply(ops.connectVirtualFc, { serverPartitionId: id.vios1, clientPartitionId: id.aix01, preset: 'next-free', physicalPortId: id[port] }).design;
}

const aixTunables = (t: Record<string, unknown>) => ops.updatePartition(base().design, { id: base().id.aix01, patch: { tunables: t } });

export const NPIV_CASES: RuleCase[] = [
  {
    rule: 'NPIV-12', name: 'LUN zoned to aix01 but presented on no fabric its vFC adapters reach',
    trigger: () => edit((d, id) => {
      d.domain.luns['lun-z'] = { id: 'lun-z', arrayId: id.array, name: 'DATA01', sizeGB: 50, fabricIds: [id.fabB], npivClientIds: [id.aix01] };
      for (const v of Object.values(d.domain.vfcAdapters)) if (v.role === 'server' && v.remotePartitionId === id.aix01) v.physicalPortId = id.fcsA1;
      for (const v of Object.values(d.domain.vfcAdapters)) if (v.role === 'server' && v.remotePartitionId === id.aix01 && v.partitionId === id.vios2) v.physicalPortId = id.fcsA2;
    }),
    near: () => edit((d, id) => { d.domain.luns['lun-z'] = { id: 'lun-z', arrayId: id.array, name: 'DATA01', sizeGB: 50, fabricIds: [id.fabB], npivClientIds: [id.aix01] }; }),
  },
  {
    rule: 'NPIV-12', name: 'LUN zoned to a VIOS',
    trigger: () => edit((d, id) => { d.domain.luns[id.lun1]!.npivClientIds = [id.vios1]; }),
    near: () => edit((d, id) => { d.domain.luns[id.lun1]!.npivClientIds = [id.aix01]; }),
  },
  {
    rule: 'NPIV-1', name: 'vFC on a POWER5 frame',
    trigger: () => edit((d, id) => { d.domain.systems[id.sys]!.generation = 'POWER5'; }),
    near: () => edit((d, id) => { d.domain.systems[id.sys]!.generation = 'POWER6'; }),
  },
  {
    rule: 'GEN-6', name: 'vfchost on VIOS 1.5',
    trigger: () => ops.updatePartition(base().design, { id: base().id.vios1, patch: { osLevel: '1.5.2.1' } }),
    near: () => ops.updatePartition(base().design, { id: base().id.vios1, patch: { osLevel: '2.1.0.0' } }),
  },
  {
    rule: 'NPIV-2', name: 'vfchost mapped to a port that is not NPIV-capable',
    trigger: () => edit((d, id) => { d.domain.physicalPorts[id.fcsA1]!.npivCapable = false; }),
    near: () => edit((d, id) => { d.domain.physicalPorts[id.fcsA1]!.npivCapable = true; }),
  },
  {
    rule: 'NPIV-2', name: 'port cabled to a fabric without NPIV',
    trigger: () => edit((d, id) => { d.domain.sanFabrics[id.fabA]!.npivSupport = false; }),
    near: () => base().design,
  },
  {
    rule: 'NPIV-3', name: '4 Gb port',
    trigger: () => ops.updatePhysicalPort(base().design, { portId: base().id.fcsA1, patch: { speedGbps: 4 } }),
    near: () => ops.updatePhysicalPort(base().design, { portId: base().id.fcsA1, patch: { speedGbps: 8 } }),
  },
  { rule: 'NPIV-4', name: 'unmapped vfchost', trigger: () => ops.unmapVirtualFc(base().design, { serverAdapterId: base().id.vfchost1 }), near: () => base().design },
  {
    rule: 'NPIV-4', name: 'vfchost mapped to an Ethernet port',
    trigger: () => edit((d, id) => { d.domain.vfcAdapters[id.vfchost1]!.physicalPortId = id.ent1; }),
    near: () => base().design,
  },
  { rule: 'NPIV-5', name: '65 clients on a 16 Gb port', trigger: () => crowdedPort(130, { speedGbps: 16, npivMaxClients: 64 }), near: () => crowdedPort(128, { speedGbps: 16, npivMaxClients: 64 }) },
  { rule: 'NPIV-6', name: 'two vFC of aix01 on fcs0 of vios1', trigger: () => secondVfc('fcsA1'), near: () => secondVfc('fcsB1') },
  { rule: 'NPIV-7', name: 'more clients than the port limit', trigger: () => crowdedPort(130, { npivMaxClients: 64 }), near: () => crowdedPort(130, { npivMaxClients: 65 }) },
  {
    rule: 'NPIV-7', name: 'limit lowered on a 16 Gb port',
    trigger: () => ops.updatePhysicalPort(base().design, { portId: base().id.fcsA1, patch: { npivMaxClients: 1 } }),
    near: () => ops.updatePhysicalPort(base().design, { portId: base().id.fcsA1, patch: { npivMaxClients: 2 } }),
  },
  { rule: 'NPIV-8', name: 'client vFC without WWPNs', trigger: () => edit((d, id) => { delete d.domain.vfcAdapters[id.vfc1]!.wwpns; }), near: () => base().design },
  { rule: 'NPIV-9', name: 'all NPIV paths through vios1', trigger: () => ops.removeElements(base().design, { ids: [base().id.vfchost2] }), near: () => base().design },
  {
    rule: 'NPIV-9', name: 'both paths on fabric A',
    trigger: () => ops.mapVirtualFc(base().design, { serverAdapterId: base().id.vfchost2, physicalPortId: base().id.fcsA2 }),
    near: () => ops.mapVirtualFc(base().design, { serverAdapterId: base().id.vfchost2, physicalPortId: base().id.fcsB2 }),
  },
  { rule: 'NPIV-10', name: 'no fast_fail / dyntrk', trigger: () => aixTunables({ hcheckInterval: 60 }), near: () => aixTunables({ hcheckInterval: 60, fcErrRecov: 'fast_fail', dynamicTracking: true }) },
  {
    rule: 'NPIV-11', name: 'duplicate WWPN',
    trigger: () => edit((d, id) => { d.domain.vfcAdapters[id.vfc2]!.wwpns = [...d.domain.vfcAdapters[id.vfc1]!.wwpns!]; }),
    near: () => base().design,
  },
];
