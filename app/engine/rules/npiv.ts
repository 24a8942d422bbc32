import type { Id, PhysicalPort, VirtualFcAdapter } from '../../model/schema/index.ts';
import { countIn, type DesignIndex } from '../index-design.ts';
import { derived, type NpivPath } from '../paths.ts';
import { defineRule, type QuickFix, type Rule } from './types.ts';
import { adapterLabel, deviceLabel, listing, partIndexes, tunablesFix } from './common.ts';

const NPIV_FAQ = 'http://aixblogs.blogspot.com/2010/03/npiv-faqs-for-vritual-io-server.html';
const P9_VFC = 'https://www.ibm.com/docs/POWER9/p9efd/p9efd_managing_vfc_storage.htm';

const portLabel = (ix: DesignIndex, p: PhysicalPort): string => deviceLabel(ix, p.deviceName, p.partitionId);

/** vfchosts mapped to a port whose client is connected and activated: the ports' active NPIV logins. */
const activeClients = (ix: DesignIndex, portId: Id): readonly VirtualFcAdapter[] => derived(ix).activeNpiv.get(portId) ?? [];

/** Client's usable NPIV paths: complete pairs whose vfchost is mapped to an FC port. */
const npivPaths = (ix: DesignIndex, clientId: Id): readonly NpivPath[] => derived(ix).npivPaths.get(clientId) ?? [];

/** The port a vfchost could be mapped to instead: same VIOS, NPIV-capable, not used by this client, preferably another fabric, least used. */
function betterPort(ix: DesignIndex, server: VirtualFcAdapter, avoidPorts: Set<Id>, avoidFabrics: Set<Id>): PhysicalPort | null {
  let best: PhysicalPort | null = null;
  let bestScore = Infinity;
  for (const p of ix.part(server.partitionId)?.ports ?? []) {
    if (p.kind !== 'fc' || p.npivCapable === false || avoidPorts.has(p.id)) continue;
    const score = (p.cabledToId && avoidFabrics.has(p.cabledToId) ? 10_000 : 0) + (ix.vfcByPort.get(p.id)?.length ?? 0);
    if (score < bestScore) { best = p; bestScore = score; }
  }
  return best;
}

const mapFix = (ix: DesignIndex, server: VirtualFcAdapter, port: PhysicalPort): QuickFix => ({
  label: `Map ${server.deviceName} on ${ix.partitionName(server.partitionId)} to ${port.deviceName} (vfcmap)`,
  op: 'mapVirtualFc', args: { serverAdapterId: server.id, physicalPortId: port.id },
});

export const NPIV_1: Rule = defineRule({
  id: 'NPIV-1', family: 'npiv', severity: 'error', tag: 'P',
  title: 'Virtual Fibre Channel adapter on a POWER5 frame',
  explanation: 'Virtual Fibre Channel (NPIV) needs a POWER6 or later managed system: on POWER5 the HMC refuses every '
    + 'virtual FC adapter (it answers HSCLA4C0, real output in REFERENCE.md 1.8), so each one is an error. The VIOS level '
    + '(2.1 or later) is checked by GEN-6; the HMC level (7.3.4 or later) is not in the design.',
  source: `${NPIV_FAQ} ; HSCLA4C0 in a real HMC output (REFERENCE.md 1.8)`,
  run({ index: ix }, emit) {
    for (const { partition: p, system, vfcAt } of partIndexes(ix)) {
      if (system?.generation !== 'POWER5') continue;
      for (const entry of vfcAt) {
        for (const a of Array.isArray(entry) ? entry : entry ? [entry] : []) {
          emit(`${adapterLabel(ix, a)} is a virtual Fibre Channel adapter on POWER5 frame ${system.name}: the HMC refuses it (HSCLA4C0); NPIV needs POWER6 or later`, [a.id, p.id]);
        }
      }
    }
  },
});

export { NPIV_FAQ };

export const NPIV_2: Rule = defineRule({
  id: 'NPIV-2', family: 'npiv', severity: 'warning', tag: 'P',
  title: 'vfchost mapped to a port or fabric without NPIV',
  explanation: 'The physical FC port must be NPIV-capable (lsnports lists it with fabric=1) and the SAN switch it is '
    + 'cabled to must support NPIV; otherwise the virtual N_Ports cannot log in. The source is practitioner text, so '
    + 'the reference\'s E is reported as a warning.',
  source: `${NPIV_FAQ} ; https://powercampus.de/en/documentation/virtualization-with-powervm/practical-introduction/npiv-capable-fc-adapter/`,
  run({ index: ix, design }, emit) {
    for (const [portId, servers] of ix.vfcByPort) {
      const port = design.domain.physicalPorts[portId];
      if (!port || port.kind !== 'fc') continue;
      const fabric = port.cabledToId ? design.domain.sanFabrics[port.cabledToId] : undefined;
      const ids = [portId, ...servers.map((s) => s.id)];
      if (port.npivCapable === false) emit(`${portLabel(ix, port)} is not NPIV-capable, yet ${listing(servers.map((s) => s.deviceName))} ${servers.length > 1 ? 'are' : 'is'} mapped to it`, ids);
      else if (fabric && !fabric.npivSupport) emit(`${portLabel(ix, port)} is cabled to fabric ${fabric.name}, whose switch does not support NPIV; ${listing(servers.map((s) => s.deviceName))} cannot log in`, [...ids, fabric.id]);
    }
  },
});

export const NPIV_3: Rule = defineRule({
  id: 'NPIV-3', family: 'npiv', severity: 'warning', tag: 'P',
  title: 'NPIV on a 4 Gb or older FC adapter',
  explanation: 'The adapter must be on the NPIV-supported list; the first supported POWER adapter was the 8 Gb PCIe '
    + 'dual-port 5735, and IBM i NPIV needs 8 Gb or 16 Gb. Ports slower than 8 Gb are treated as not NPIV-capable. '
    + 'Practitioner source, so a warning.',
  source: `${NPIV_FAQ} ; https://vi.scribd.com/document/275829321/VIOS-FAQ`,
  run({ index: ix, design }, emit) {
    for (const [portId, servers] of ix.vfcByPort) {
      const port = design.domain.physicalPorts[portId];
      if (!port || port.kind !== 'fc' || port.npivCapable === false || port.speedGbps === undefined || port.speedGbps >= 8) continue;
      emit(`${portLabel(ix, port)} is a ${port.speedGbps} Gb port; NPIV needs an 8 Gb or newer adapter on the supported list (${servers.length} vfchost${servers.length > 1 ? 's' : ''} mapped)`, [portId]);
    }
  },
});

export const NPIV_4: Rule = defineRule({
  id: 'NPIV-4', family: 'npiv', severity: 'error', tag: 'C',
  title: 'vfchost not mapped to a physical FC port of its VIOS',
  explanation: 'Each vfchost must be mapped to one physical FC port of its own VIOS with vfcmap -vadapter vfchostN -fcp '
    + 'fcsM. An unmapped vfchost shows Flags: NOT_MAPPED,NOT_CONNECTED and its client has no path to the fabric.',
  source: 'https://ibm.com/docs/TI0002C/p8hcg/p8hcg_vfcmap.htm',
  run({ index: ix, design }, emit) {
    for (const s of ix.servers.vfc) {
      if (ix.part(s.partitionId)?.partition.kind !== 'vios') continue;
      const port = s.physicalPortId ? design.domain.physicalPorts[s.physicalPortId] : undefined;
      let problem: string | null = null;
      if (!port) problem = 'is not mapped to a physical FC port (NOT_MAPPED)';
      else if (port.kind !== 'fc') problem = `is mapped to ${port.deviceName}, which is not a Fibre Channel port`;
      else if (port.partitionId !== s.partitionId) problem = `is mapped to ${portLabel(ix, port)}, which its VIOS does not own`;
      if (!problem) continue;
      const client = ix.clientOf('vfc', s);
      const others = client ? npivPaths(ix, client.partitionId).filter((p) => p.server.id !== s.id) : [];
      const target = betterPort(ix, s, new Set(others.map((o) => o.port.id)), new Set(others.flatMap((o) => (o.port.cabledToId ? [o.port.cabledToId] : []))));
      emit(`${adapterLabel(ix, s)} ${problem}${client ? `; ${ix.partitionName(client.partitionId)} has no path through it` : ''}`,
        port ? [s.id, port.id] : [s.id], target ? [mapFix(ix, s, target)] : []);
    }
  },
});

function limitOf(port: PhysicalPort, fallback: number): number {
  return port.npivMaxClients ?? fallback;
}
const upTo16G = (port: PhysicalPort): boolean => port.speedGbps === undefined || port.speedGbps <= 16;

export const NPIV_5: Rule = defineRule({
  id: 'NPIV-5', family: 'npiv', severity: 'error', tag: 'C',
  title: 'More than 64 active virtual FC clients on a 16 Gb-or-slower port',
  explanation: 'A physical FC port of a 16 Gb-or-slower adapter supports at most 64 active virtual FC client adapters '
    + '(tports=64). 32 Gb adapters allow more (limit unconfirmed): set the port\'s NPIV client limit, checked by NPIV-7.',
  source: P9_VFC,
  run({ index: ix, design }, emit) {
    for (const portId of ix.vfcByPort.keys()) {
      const port = design.domain.physicalPorts[portId];
      if (!port || !upTo16G(port)) continue;
      const active = activeClients(ix, portId);
      if (active.length > 64) emit(`${portLabel(ix, port)} has ${active.length} active virtual FC clients; a ${port.speedGbps ?? 16} Gb port supports at most 64`, [portId]);
    }
  },
});

export const NPIV_6: Rule = defineRule({
  id: 'NPIV-6', family: 'npiv', severity: 'warning', tag: 'C',
  title: 'Two virtual FC adapters of one client on the same physical port',
  explanation: 'Use one virtual FC client adapter per physical port per client partition: two vFC of the same client on '
    + 'one port share a single point of failure and add no redundancy.',
  source: P9_VFC,
  run({ index: ix }, emit) {
    for (const clientId of derived(ix).npivPaths.keys()) {
      const paths = derived(ix).npivPaths.get(clientId)!;
      if (paths.length < 2) continue;
      if (paths.every((p, i) => paths.findIndex((q) => q.port.id === p.port.id) === i)) continue; // one port per path: the usual case
      const byPort = new Map<Id, NpivPath[]>();
      for (const p of paths) {
        const list = byPort.get(p.port.id);
        if (list) list.push(p);
        else byPort.set(p.port.id, [p]);
      }
      for (const [portId, same] of byPort) {
        if (same.length < 2) continue;
        const port = same[0]!.port;
        const moving = same[1]!.server;
        const target = same.length === 2 ? betterPort(ix, moving, new Set(byPort.keys()), new Set()) : null;
        emit(`${ix.partitionName(clientId)} has ${same.length} virtual FC adapters (${listing(same.map((p) => p.client.deviceName))}) on the same physical port ${portLabel(ix, port)}`,
          [clientId, portId, ...same.map((p) => p.server.id)], target ? [mapFix(ix, moving, target)] : []);
      }
    }
  },
});

export const NPIV_7: Rule = defineRule({
  id: 'NPIV-7', family: 'npiv', severity: 'warning', tag: 'C',
  title: 'Physical FC port over-committed',
  explanation: '"You must not over commit the physical port": clients may lose SAN access. Reported when a port has more '
    + 'active virtual FC clients than its configured NPIV client limit (tports) where NPIV-5\'s hard 64 does not '
    + 'already apply (32 Gb ports, or a lower limit set on the port).',
  source: 'https://www.ibm.com/docs/ru/POWER9_REF/p9hcg/p9hcg_vfcmap.htm',
  run({ index: ix, design, settings }, emit) {
    for (const portId of ix.vfcByPort.keys()) {
      const port = design.domain.physicalPorts[portId];
      if (!port) continue;
      const n = activeClients(ix, portId).length;
      const limit = limitOf(port, settings.defaultNpivMaxClients);
      if (n > limit && !(upTo16G(port) && n > 64)) emit(`${portLabel(ix, port)} has ${n} active virtual FC clients, more than its limit of ${limit}`, [portId]);
    }
  },
});

export const NPIV_8: Rule = defineRule({
  id: 'NPIV-8', family: 'npiv', severity: 'info', tag: 'C',
  title: 'Virtual FC client adapter without its WWPN pair',
  explanation: 'Each client vFC gets two WWPNs starting with c; the second is used by Live Partition Mobility, which '
    + 'logs in with the inactive WWPN on the target. Both must be zoned.',
  source: `${P9_VFC} ; https://www.djouxtech.net/posts/lpm-and-npiv/`,
  run({ index: ix }, emit) {
    for (const a of ix.clients.vfc) {
      if (!a.wwpns) emit(`${adapterLabel(ix, a)} has no WWPN pair yet; zone both WWPNs once the HMC generates them`, [a.id]);
    }
  },
});

export const NPIV_9: Rule = defineRule({
  id: 'NPIV-9', family: 'npiv', severity: 'warning', tag: 'P',
  title: 'NPIV paths of a client through one VIOS or one fabric',
  explanation: 'A redundant NPIV design gives each client at least two virtual FC adapters through two VIOS to two '
    + 'fabrics (practitioners use four paths: each fabric from each VIOS). This rule also stands for the redundancy '
    + 'check of NPIV storage (RED-1/RED-3 cover virtual SCSI disks).',
  source: 'https://www.djouxtech.net/posts/lpm-and-npiv/',
  run({ index: ix }, emit) {
    for (const clientId of derived(ix).npivPaths.keys()) {
      const paths = derived(ix).npivPaths.get(clientId)!;
      const first = paths[0]!;
      const oneVios = paths.every((p) => p.server.partitionId === first.server.partitionId);
      const oneFabric = paths.every((p) => p.port.cabledToId !== null && p.port.cabledToId === first.port.cabledToId);
      if (!oneVios && !oneFabric) continue;
      const vios = new Set(paths.map((p) => p.server.partitionId));
      const fabrics = new Set(paths.map((p) => p.port.cabledToId));
      const name = ix.partitionName(clientId);
      const ids = [clientId, ...paths.map((p) => p.client.id)];
      if (vios.size < 2) emit(`All NPIV paths of ${name} go through ${ix.partitionName([...vios][0])}; add a virtual FC adapter through a second VIOS`, ids);
      else if (!fabrics.has(null) && fabrics.size < 2) {
        emit(`All NPIV paths of ${name} go to fabric ${ix.design.domain.sanFabrics[[...fabrics][0]!]?.name ?? '?'}; map one through a port on the other fabric`, ids);
      }
    }
  },
});

export const NPIV_10: Rule = defineRule({
  id: 'NPIV-10', family: 'npiv', severity: 'warning', tag: 'P',
  title: 'NPIV client without fast_fail and dynamic tracking',
  explanation: 'With several NPIV paths, set fc_err_recov=fast_fail and dyntrk=yes on the client fscsi devices: failover '
    + 'is faster and N_Port ID changes are tolerated.',
  source: 'https://www.easymanua.ls/ibm/ds3500/manual/163769?p=674',
  run({ index: ix }, emit) {
    for (const { partition: p, vfcAt } of partIndexes(ix)) {
      const pid = p.id;
      if (p.kind !== 'aix' || countIn(vfcAt, (a) => a.role === 'client') < 2) continue;
      const t = p.tunables ?? {};
      const missing = [t.fcErrRecov !== 'fast_fail' ? 'fc_err_recov=fast_fail' : '', t.dynamicTracking !== true ? 'dyntrk=yes' : ''].filter(Boolean);
      if (missing.length === 0) continue;
      emit(`${p.name} has several NPIV paths but not ${listing(missing)} on its fscsi devices`, [pid],
        [tunablesFix(p, `Set fc_err_recov=fast_fail dyntrk=yes on ${p.name}`, { fcErrRecov: 'fast_fail', dynamicTracking: true })]);
    }
  },
});

export const NPIV_11: Rule = defineRule({
  id: 'NPIV-11', family: 'npiv', severity: 'error', tag: 'C',
  title: 'Duplicate WWPN',
  explanation: 'WWPNs are generated from the system prefix and a deleted adapter\'s WWPNs are not reused. Overriding '
    + 'WWPNs (CLI only) risks duplicates, and two initiators with one WWPN break zoning and logins.',
  source: 'http://www-01.ibm.com/support/docview.wss?uid=nas8N1011009',
  run({ index: ix }, emit) {
    const first = new Map<string, VirtualFcAdapter>();
    const dups = new Map<string, VirtualFcAdapter[]>();
    for (const a of ix.clients.vfc) {
      if (!a.wwpns) continue;
      for (let i = 0; i < 2; i++) {
        const w = a.wwpns[i]!;
        const k = /[A-F]/.test(w) ? w.toLowerCase() : w;
        const owner = first.get(k);
        if (!owner) first.set(k, a);
        else if (dups.has(k)) dups.get(k)!.push(a);
        else dups.set(k, [owner, a]);
      }
    }
    for (const [wwpn, list] of dups) emit(`WWPN ${wwpn} is used ${list.length} times (${listing(list.map((a) => adapterLabel(ix, a)))})`, list.map((a) => a.id));
  },
});

export const NPIV_12: Rule = defineRule({
  id: 'NPIV-12', family: 'npiv', severity: 'warning', tag: 'C',
  title: 'LUN zoned to a client that cannot reach it',
  explanation: 'A LUN zoned and masked to a client partition\'s WWPNs (document version 2) is seen through the client\'s '
    + 'virtual FC adapters (their vfchosts mapped to FC ports cabled to a fabric) or its own FC ports. If none of them '
    + 'reaches a fabric the LUN is presented on, the client does not see the disk; a VIOS sees its LUNs as hdisks '
    + 'through its own ports and does not take NPIV zoning (REFERENCE.md 3.2).',
  source: P9_VFC,
  run({ index: ix, design }, emit) {
    const d = design.domain;
    for (const lun of ix.all.luns) {
      if (lun.npivClientIds.length === 0) continue;
      const array = d.storageArrays[lun.arrayId];
      const fabrics = lun.fabricIds.length > 0 ? lun.fabricIds : array?.fabricIds ?? [];
      for (const pid of lun.npivClientIds) {
        const p = d.partitions[pid];
        if (!p) continue;
        if (p.kind === 'vios') { emit(`LUN ${lun.name} is zoned to ${p.name} as an NPIV client, but ${p.name} is a VIOS: map it as a backing device instead`, [lun.id, pid]); continue; }
        const reach: (Id | null)[] = [];
        for (const path of npivPaths(ix, pid)) reach.push(path.port.cabledToId);
        for (const port of ix.part(pid)?.ports ?? []) if (port.kind === 'fc') reach.push(port.cabledToId);
        if (reach.length === 0) { emit(`LUN ${lun.name} is zoned to ${p.name}, which has no mapped virtual FC adapter or FC port to see it through`, [lun.id, pid]); continue; }
        if (fabrics.length === 0 || reach.some((f) => f === null || fabrics.includes(f))) continue;
        const names = [...new Set(reach)].map((f) => d.sanFabrics[f!]?.name ?? f!);
        emit(`LUN ${lun.name} is zoned to ${p.name}, but its adapters reach ${listing(names)} and the LUN is presented on ${listing(fabrics.map((f) => d.sanFabrics[f]?.name ?? f))}`, [lun.id, pid]);
      }
    }
  },
});

export const NPIV_RULES: Rule[] = [NPIV_1, NPIV_2, NPIV_3, NPIV_4, NPIV_5, NPIV_6, NPIV_7, NPIV_8, NPIV_9, NPIV_10, NPIV_11, NPIV_12];
