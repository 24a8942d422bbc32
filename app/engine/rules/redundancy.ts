import type { Id, VirtualEthernetAdapter } from '../../model/schema/index.ts';
import type { DesignIndex } from '../index-design.ts';
import { derived, viosOf, type DiskPath, type LunGroup } from '../paths.ts';
import { defineRule, type Emit, type Rule } from './types.ts';
import { deviceLabel, listing } from './common.ts';
import { heaPortLabel } from './hea.ts';

const FAILOVER = 'https://www.ibm.com/docs/HW4L4/p8hb1/p8hb1_vios_disks.htm ; https://www.ibm.com/docs/en/power9?topic=partitions-shared-ethernet-adapter-failover (REFERENCE.md section 3, derived)';

/** A disk that is not a whole SAN LUN: logical volume, file, internal disk. */
const isLocal = (p: DiskPath): boolean => p.backing.kind !== 'physical-volume' || !p.backing.lunId;

const lunName = (ix: DesignIndex, lunId: Id): string => `LUN ${ix.design.domain.luns[lunId]?.name ?? lunId}`;

/**
 * The single FC port (or fabric) through which the VIOS serving a LUN group see the LUN, or null when there are
 * none (cabling not drawn) or several. Allocates nothing: this runs for every client LUN.
 */
function singleReach(ix: DesignIndex, g: LunGroup, what: 'ports' | 'fabrics'): Id | null {
  const fabrics = ix.design.domain.luns[g.lunId]?.fabricIds;
  if (!fabrics) return null;
  const { fcPorts } = derived(ix);
  let only: Id | null = null;
  for (const vios of g.vios) {
    for (const f of fabrics) {
      const list = fcPorts(vios, f);
      if (what === 'fabrics') {
        if (list.length === 0) continue;
        if (only === null) only = f;
        else if (only !== f) return null;
      } else {
        for (const port of list) {
          if (only === null) only = port.id;
          else if (only !== port.id) return null;
        }
      }
    }
  }
  return only;
}

/** For each client, the SAN LUNs behind its vSCSI disks whose reach (ports or fabrics) is exactly one element. */
function singleSan(ix: DesignIndex, emit: Emit, what: 'ports' | 'fabrics'): void {
  const d = ix.design.domain;
  const { diskPaths, lunGroups } = derived(ix);
  for (const clientId of diskPaths.keys()) {
    let single: Map<Id, Id[]> | null = null; // the one port/fabric -> LUNs depending on it
    for (const g of lunGroups(clientId)) {
      const only = singleReach(ix, g, what);
      if (only === null) continue;
      single ??= new Map();
      const list = single.get(only);
      if (list) list.push(g.lunId); else single.set(only, [g.lunId]);
    }
    for (const [only, luns] of single ?? []) {
      const name = what === 'ports'
        ? `FC port ${deviceLabel(ix, d.physicalPorts[only]?.deviceName ?? only, d.physicalPorts[only]?.partitionId ?? null)}`
        : `fabric ${d.sanFabrics[only]?.name ?? only}`;
      emit(`${ix.partitionName(clientId)}: ${listing(luns.map((l) => lunName(ix, l)))} ${luns.length > 1 ? 'are' : 'is'} reached only through ${name}, a single point of failure`,
        [clientId, only, ...luns]);
    }
  }
}

export const RED_1: Rule = defineRule({
  id: 'RED-1', family: 'redundancy', severity: 'warning', tag: 'D',
  title: 'Client disks that depend on a single VIOS',
  explanation: 'When a VIOS goes down every vSCSI disk it serves is lost to its clients. A SAN LUN mapped through both '
    + 'VIOS (MPIO) survives; so do logical-volume or file disks mirrored by the client across both VIOS (assumed when '
    + 'such disks come from two VIOS). NPIV redundancy is checked by NPIV-6 and NPIV-9.',
  source: FAILOVER,
  run({ index: ix }, emit) {
    const { diskPaths, lunGroups } = derived(ix);
    for (const clientId of diskPaths.keys()) {
      const paths = diskPaths.get(clientId)!;
      let lone: Map<Id, string[]> | null = null; // VIOS -> disks that depend on it alone
      const add = (vios: Id, disk: string) => { lone ??= new Map(); const list = lone.get(vios); if (list) list.push(disk); else lone.set(vios, [disk]); };
      for (const g of lunGroups(clientId)) {
        if (g.vios.length === 1) add(g.vios[0]!, `${lunName(ix, g.lunId)} (${g.paths[0]!.backing.name})`);
      }
      if (paths.some(isLocal)) {
        const local = paths.filter(isLocal);
        if (viosOf(local).length === 1) for (const p of local) add(p.viosId, p.backing.name);
      }
      if (!lone) continue;
      for (const [vios, disks] of lone as Map<Id, string[]>) {
        emit(`${ix.partitionName(clientId)}: ${listing(disks)} ${disks.length > 1 ? 'depend' : 'depends'} on ${ix.partitionName(vios)} alone; map ${disks.length > 1 ? 'them' : 'it'} through a second VIOS too`,
          [clientId, vios]);
      }
    }
  },
});

export const RED_2: Rule = defineRule({
  id: 'RED-2', family: 'redundancy', severity: 'warning', tag: 'D',
  title: 'Client SAN disks behind a single FC port',
  explanation: 'A vSCSI SAN disk is reached through the FC ports of the VIOS that serve it, cabled to fabrics where the '
    + 'LUN is presented. If all of that comes down to one physical port, a cable, SFP or adapter failure takes the '
    + 'disk away.',
  source: FAILOVER,
  run({ index: ix }, emit) { singleSan(ix, emit, 'ports'); },
});

export const RED_3: Rule = defineRule({
  id: 'RED-3', family: 'redundancy', severity: 'warning', tag: 'D',
  title: 'Client SAN disks through a single fabric',
  explanation: 'A vSCSI SAN disk whose serving VIOS see it through one SAN fabric only is lost when that fabric fails. '
    + 'Present the LUN on both fabrics and cable each VIOS to both.',
  source: FAILOVER,
  run({ index: ix }, emit) { singleSan(ix, emit, 'fabrics'); },
});

export const RED_4: Rule = defineRule({
  id: 'RED-4', family: 'redundancy', severity: 'warning', tag: 'D',
  title: 'Client network that depends on a single VIOS, SEA or port',
  explanation: 'A client reaches the external network through the SEAs that bridge its VLANs, through HEA logical ports '
    + 'or through its own physical ports. When all of these come down to one VIOS (one SEA without failover) or one '
    + 'port, that element is a single point of failure. SEA failover pairs, or NIB across two VIOS, avoid it.',
  source: FAILOVER,
  run({ index: ix, design }, emit) {
    const d = design.domain;
    const { bridgesOf } = derived(ix);
    // The failure domains (VIOS, HEA port, own port) of a client's external network: is there exactly one?
    let only: Id | null = null;
    let several = false;
    const domain = (id: Id) => { if (only === null) only = id; else if (only !== id) several = true; };
    const adapter = (a: VirtualEthernetAdapter, sys: Id) => {
      for (const s of bridgesOf(sys, a.vswitch, a.pvid)) domain(s.partitionId);
      for (const v of a.additionalVlans) for (const s of bridgesOf(sys, a.vswitch, v)) domain(s.partitionId);
    };
    for (const pi of ix.parts) {
      const p = pi.partition;
      if (p.kind === 'vios') continue;
      only = null;
      several = false;
      const table = pi.vethAt;
      for (let slot = 0; slot < table.length && !several; slot++) {
        const entry = table[slot];
        if (entry === undefined) continue;
        if (Array.isArray(entry)) for (const a of entry) adapter(a, p.systemId);
        else adapter(entry, p.systemId);
      }
      for (const l of pi.heaLogical) {
        const port = d.heaPorts[l.heaPortId];
        if (port?.cabledToId) domain(port.id);
      }
      for (const port of pi.ports) if (port.kind === 'ethernet' && port.cabledToId) domain(port.id);
      const single = only as Id | null;
      if (several || single === null) continue;
      const hea = d.heaPorts[single];
      const own = d.physicalPorts[single];
      const label = hea ? heaPortLabel(ix, hea) : own ? `its own port ${own.deviceName}` : ix.partitionName(single);
      emit(`The external network of ${p.name} depends on ${label} alone, a single point of failure`, [p.id, single]);
    }
  },
});

export const REDUNDANCY_RULES: Rule[] = [RED_1, RED_2, RED_3, RED_4];
