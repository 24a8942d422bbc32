/**
 * Network services of a client partition (REFERENCE.md 3.3-3.7): each VLAN its virtual Ethernet adapters carry,
 * bridged by SEAs (failover pair, load sharing, single) to a real adapter or link aggregation and a switch, or
 * switched inside the hypervisor only; HEA logical ports; its own Ethernet ports; client EtherChannels (NIB or
 * aggregation) across adapters.
 */
import type { EtherChannel, Id, SharedEthernetAdapter, SriovLogicalPort, VirtualEthernetAdapter, VnicAdapter } from '../../model/schema/index.ts';
import { push, vlansOf } from '../index-design.ts';
import { failoverPairs, isHa } from '../rules/bridges.ts';
import { autoChannel } from '../rules/generation.ts';
import { makePath, type BuildContext } from './context.ts';
import { sriovIndex, sriovPath, vnicUnit } from './build-vnic.ts';
import type { Mechanism, ModelPath, ModelUnit, RecoverySettings } from './model.ts';

export interface NetworkService { key: string; label: string; mechanism: Mechanism; unit: ModelUnit; recovery: RecoverySettings; internalNote?: string }

export interface VlanUnit { unit: ModelUnit; recovery: RecoverySettings; label: string; internalNote: string }

const NO_CHANNELS: EtherChannel[] = [];
const NO_VNICS: VnicAdapter[] = [];
const NO_PORTS: SriovLogicalPort[] = [];

/** Whether an SEA failover pair coordinates: both on one control channel VLAN, or both on the automatic channel. */
function controlChannel(ctx: BuildContext, a: SharedEthernetAdapter, b: SharedEthernetAdapter): NonNullable<RecoverySettings['controlChannel']> {
  const v = ctx.design.domain.vethAdapters;
  const ca = a.controlChannelId ? v[a.controlChannelId] : undefined;
  const cb = b.controlChannelId ? v[b.controlChannelId] : undefined;
  const adapterIds = [ca?.id, cb?.id].filter((x): x is Id => !!x);
  if (!ca && !cb) {
    const bad = [...autoChannel(ctx.ix, a).bad, ...autoChannel(ctx.ix, b).bad];
    return bad.length === 0
      ? { adapterIds, pvid: null, automatic: true, working: true }
      : { adapterIds, pvid: null, automatic: true, working: false, why: `no control channel and no automatic channel (${bad[0]})` };
  }
  if (!ca || !cb) return { adapterIds, pvid: (ca ?? cb)!.pvid, automatic: false, working: false, why: `control channel only on ${ctx.name((ca ?? cb)!.partitionId)}` };
  const ok = (c: VirtualEthernetAdapter, s: SharedEthernetAdapter) => c.partitionId === s.partitionId && !c.trunk;
  if (ca.pvid !== cb.pvid) return { adapterIds, pvid: ca.pvid, automatic: false, working: false, why: `control channels on different VLANs (${ca.pvid} and ${cb.pvid})` };
  if (!ok(ca, a) || !ok(cb, b)) return { adapterIds, pvid: ca.pvid, automatic: false, working: false, why: 'a control channel that is not a non-trunk adapter of its own VIOS' };
  return { adapterIds, pvid: ca.pvid, automatic: false, working: true };
}

function trunkPriority(ctx: BuildContext, s: SharedEthernetAdapter, vswitch: string, vlan: number): number {
  for (const t of s.trunkAdapterIds) {
    const a = ctx.design.domain.vethAdapters[t];
    if (a && a.vswitch === vswitch && (a.pvid === vlan || a.additionalVlans.includes(vlan))) return a.trunkPriority ?? 1;
  }
  return 16;
}

function seaPath(ctx: BuildContext, clientFrame: number, s: SharedEthernetAdapter, priority: number): ModelPath {
  const d = ctx.design.domain;
  const vios = s.partitionId;
  const requires = [clientFrame, ctx.frameOf(vios), ctx.comp(vios), ctx.comp(s.id)];
  const elementIds: Id[] = [vios, s.id, ...s.trunkAdapterIds];
  const anyOf: number[][][] = [];
  const member = (id: Id): number[] | null => {
    const port = d.physicalPorts[id];
    if (port) { elementIds.push(port.id); if (port.cabledToId) elementIds.push(port.cabledToId); return ctx.cabledComps(port); }
    const lp = d.heaLogicalPorts[id];
    const h = lp ? d.heaPorts[lp.heaPortId] : undefined;
    if (lp && h) { elementIds.push(lp.id, h.id); if (h.cabledToId) elementIds.push(h.cabledToId); return ctx.heaComps(h); }
    const vf = d.sriovLogicalPorts[id];
    if (vf) {
      const sp = d.sriovPhysicalPorts[vf.physicalPortId];
      elementIds.push(vf.id);
      if (sp) { elementIds.push(sp.id); if (sp.cabledToId) elementIds.push(sp.cabledToId); }
      return ctx.sriovComps(vf);
    }
    return null;
  };
  const real = s.realAdapter;
  if (real?.kind === 'link-aggregation') {
    const la = d.linkAggregations[real.id];
    requires.push(ctx.comp(real.id));
    elementIds.push(real.id);
    if (la) {
      const alts = [...la.memberIds, ...(la.backupMemberId ? [la.backupMemberId] : [])].map(member).filter((m): m is number[] => m !== null);
      if (alts.length > 0) anyOf.push(alts);
    }
  } else if (real) {
    const m = member(real.id);
    if (m) requires.push(...m);
  }
  return makePath({ through: `SEA ${s.deviceName} on ${ctx.name(vios)}`, via: '', kind: 'sea', viosId: vios, requires, anyOf, elementIds, seaId: s.id, priority });
}

/** The network services of one client partition, with the VLAN units built so far (shared by the clients of each VLAN). */
export type NetworkBuilder = ((clientId: Id, clientFrame: number) => NetworkService[]) & { vlanUnits: Map<string, VlanUnit> };

/**
 * Builds network services; VLAN bridging is computed once per VLAN and shared by its clients. `vlanUnits`: the units of
 * an earlier builder over the same frames, SEAs and VIOS (keeper.ts), so that a kept client and a rebuilt one share them.
 */
export function networkBuilder(ctx: BuildContext, vlanUnits = new Map<string, VlanUnit>()): NetworkBuilder {
  const d = ctx.design.domain;
  const partners = new Map<Id, SharedEthernetAdapter>();
  for (const [a, b] of failoverPairs(ctx.ix)) { partners.set(a.id, b); partners.set(b.id, a); }
  const vlanNames = new Map<string, string>();
  for (const v of ctx.ix.all.vlans) if (v.name) vlanNames.set(`${v.systemId}|${v.vswitch}|${v.vlanId}`, v.name);
  const channels = new Map<Id, EtherChannel[]>();
  for (const e of ctx.ix.all.etherChannels) push(channels, e.partitionId, e);
  const sriov = sriovIndex(ctx);

  const vlanUnit = (sys: Id, vswitch: string, vlan: number, clientFrame: number): VlanUnit => {
    const key = `${sys}|${vswitch}|${vlan}`;
    const hit = vlanUnits.get(key);
    if (hit) return hit;
    const name = vlanNames.get(key);
    const label = `VLAN ${vlan}${name ? ` (${name})` : ''}${vswitch === 'ETHERNET0' ? '' : ` on ${vswitch}`}`;
    const seas = [...ctx.der.bridgesOf(sys, vswitch, vlan)].sort((a, b) => trunkPriority(ctx, a, vswitch, vlan) - trunkPriority(ctx, b, vswitch, vlan) || (a.id < b.id ? -1 : 1));
    let out: VlanUnit;
    if (seas.length === 0) {
      out = {
        label, recovery: {}, internalNote: '',
        unit: { label, mechanism: 'hypervisor', shared: true, paths: [makePath({ through: 'the hypervisor', via: '', kind: 'hypervisor', viosId: null, requires: [clientFrame], elementIds: [] })] },
      };
    } else {
      const paths = seas.map((s) => seaPath(ctx, clientFrame, s, trunkPriority(ctx, s, vswitch, vlan)));
      const recovery: RecoverySettings = { haModes: seas.map((s) => s.haMode), netaddr: seas.map((s) => s.netaddr ?? '').filter(Boolean) };
      let mechanism: Mechanism = 'sea-single';
      let stormPaths: number[] | undefined;
      let controlComps: number[] = [];
      if (seas.length === 2 && partners.get(seas[0]!.id) === seas[1]) {
        const cc = controlChannel(ctx, seas[0]!, seas[1]!);
        recovery.controlChannel = cc;
        mechanism = seas.some((s) => s.haMode === 'sharing') ? 'sea-sharing' : 'sea-failover';
        if (!cc.working) stormPaths = [0, 1];
        else controlComps = cc.adapterIds.map((id) => ctx.comp(id)).filter((c) => c >= 0);
      } else if (seas.length >= 2) {
        mechanism = 'sea-uncoordinated';
        stormPaths = seas.map((_, i) => i);
      }
      out = { label, recovery, internalNote: `traffic to other partitions on VLAN ${vlan} stays in the hypervisor`, unit: { label, mechanism, paths, shared: true, ...(stormPaths ? { stormPaths } : {}), ...(controlComps.length > 0 ? { controlChannel: controlComps } : {}) } };
      if (seas.length === 2 && !isHa(seas[0]!) && !isHa(seas[1]!)) out.unit.mechanism = 'sea-uncoordinated';
    }
    vlanUnits.set(key, out);
    return out;
  };

  /** The paths by which one client adapter (virtual, HEA logical or physical) reaches the outside, for EtherChannels. */
  const memberPaths = (id: Id, sys: Id, clientFrame: number): ModelPath[] => {
    const v = d.vethAdapters[id];
    if (v) return vlanUnit(sys, v.vswitch, v.pvid, clientFrame).unit.paths.map((p) => ({ ...p, via: v.deviceName }));
    const lp = d.heaLogicalPorts[id];
    const h = lp ? d.heaPorts[lp.heaPortId] : undefined;
    if (lp && h) {
      return [makePath({ through: `HEA port ${h.portGroup}-${h.index}`, via: lp.deviceName, kind: 'hea', viosId: null, requires: [clientFrame, ...ctx.heaComps(h)], elementIds: [lp.id, h.id, ...(h.cabledToId ? [h.cabledToId] : [])] })];
    }
    const vf = d.sriovLogicalPorts[id];
    if (vf) return [sriovPath(ctx, clientFrame, vf)];
    const vnic = d.vnicAdapters[id];
    if (vnic) return vnicUnit(ctx, clientFrame, vnic, sriov.backingOf.get(vnic.id) ?? []).paths;
    const port = d.physicalPorts[id];
    if (port) {
      return [makePath({ through: `own port ${port.deviceName}`, via: port.deviceName, kind: 'dedicated-ethernet', viosId: null, requires: [clientFrame, ...ctx.cabledComps(port)], elementIds: [port.id, ...(port.cabledToId ? [port.cabledToId] : [])] })];
    }
    return [];
  };

  const deviceOf = (id: Id): string => d.vethAdapters[id]?.deviceName ?? d.heaLogicalPorts[id]?.deviceName ?? d.physicalPorts[id]?.deviceName
    ?? d.sriovLogicalPorts[id]?.deviceName ?? d.vnicAdapters[id]?.deviceName ?? id;

  /**
   * A migratable (HNV) logical port with its backup device: the client's bond (Linux active-backup, AIX NIB) runs on
   * the logical port and goes to the backup virtual Ethernet adapter or vNIC when the port's link is lost (MODERN.md 1.3).
   */
  const hnvBond = (lp: SriovLogicalPort, backupId: Id, sys: Id, clientFrame: number): NetworkService => {
    const primary = [sriovPath(ctx, clientFrame, lp)];
    const backup = memberPaths(backupId, sys, clientFrame);
    const label = `${lp.deviceName} (HNV bond: SR-IOV logical port ${lp.deviceName} primary, ${deviceOf(backupId)} backup)`;
    return { key: `sriov:${lp.id}`, label, mechanism: 'nib', unit: { label, mechanism: 'nib', paths: [...primary, ...backup], primaryPaths: 1 }, recovery: {} };
  };

  const etherChannel = (e: EtherChannel, sys: Id, clientFrame: number): NetworkService => {
    const primary = memberPaths(e.primaryId, sys, clientFrame);
    const backup = e.backupId ? memberPaths(e.backupId, sys, clientFrame) : [];
    const nib = e.mode === 'netif_backup';
    const primaryVirtual = !!d.vethAdapters[e.primaryId];
    const name = (id: Id | null) => (id ? deviceOf(id) : '');
    const label = nib ? `${e.deviceName} (NIB: ${name(e.primaryId)} primary${e.backupId ? `, ${name(e.backupId)} backup` : ''})` : `${e.deviceName} (${e.mode} over ${[e.primaryId, e.backupId].filter(Boolean).map(name).join(', ')})`;
    const unit: ModelUnit = { label, mechanism: nib ? 'nib' : 'etherchannel', paths: [...primary, ...backup] };
    unit.primaryPaths = primary.length;
    if (nib && primaryVirtual && backup.length > 0 && !e.netaddr && !e.pollUplink) unit.undetectedPrimary = true;
    return { key: `ech:${e.id}`, label, mechanism: unit.mechanism, unit, recovery: { netaddr: e.netaddr ? [e.netaddr] : [], pollUplink: e.pollUplink } };
  };

  /** The network services of one client partition. */
  const build = (clientId: Id, clientFrame: number): NetworkService[] => {
    const pi = ctx.ix.part(clientId);
    if (!pi) return [];
    const sys = pi.partition.systemId;
    const out: NetworkService[] = [];
    const inChannel: Id[] = [];
    for (const e of channels.get(clientId) ?? NO_CHANNELS) {
      inChannel.push(e.primaryId);
      if (e.backupId) inChannel.push(e.backupId);
      out.push(etherChannel(e, sys, clientFrame));
    }
    for (const lp of sriov.logicalOf.get(clientId) ?? NO_PORTS) {
      const backup = lp.migratable && lp.backupDevice && lp.backupDevice.id !== lp.id ? lp.backupDevice.id : null;
      if (!backup || inChannel.includes(lp.id) || inChannel.includes(backup) || (!d.vethAdapters[backup] && !d.vnicAdapters[backup])) continue;
      inChannel.push(lp.id, backup);
      out.push(hnvBond(lp, backup, sys, clientFrame));
    }
    const seen: string[] = [];
    const table = pi.vethAt;
    for (let slot = 0; slot < table.length; slot++) {
      const entry = table[slot];
      if (entry === undefined) continue;
      for (const a of Array.isArray(entry) ? entry : [entry]) {
        if (a.trunk || inChannel.includes(a.id)) continue;
        for (const vlan of vlansOf(a)) {
          const key = `vlan:${sys}:${a.vswitch}:${vlan}`;
          if (seen.includes(key)) continue;
          seen.push(key);
          const v = vlanUnit(sys, a.vswitch, vlan, clientFrame);
          out.push({ key, label: v.label, mechanism: v.unit.mechanism, unit: v.unit, recovery: v.recovery, internalNote: v.internalNote });
        }
      }
    }
    for (const lp of pi.heaLogical) {
      if (inChannel.includes(lp.id)) continue;
      const paths = memberPaths(lp.id, sys, clientFrame);
      const label = `HEA logical port ${lp.deviceName}`;
      out.push({ key: `hea:${lp.id}`, label, mechanism: 'hea', unit: { label, mechanism: 'hea', paths }, recovery: {} });
    }
    for (const vnic of sriov.vnicsOf.get(clientId) ?? NO_VNICS) {
      if (inChannel.includes(vnic.id)) continue;
      const unit = vnicUnit(ctx, clientFrame, vnic, sriov.backingOf.get(vnic.id) ?? []);
      out.push({ key: `vnic:${vnic.id}`, label: unit.label, mechanism: 'vnic-failover', unit, recovery: { autoPriorityFailover: vnic.autoPriorityFailover } });
    }
    for (const lp of sriov.logicalOf.get(clientId) ?? NO_PORTS) {
      if (inChannel.includes(lp.id)) continue;
      const label = `SR-IOV logical port ${lp.deviceName}`;
      out.push({ key: `sriov:${lp.id}`, label, mechanism: 'sriov', unit: { label, mechanism: 'sriov', paths: [sriovPath(ctx, clientFrame, lp)] }, recovery: {} });
    }
    for (const port of pi.ports) {
      if (port.kind !== 'ethernet' || inChannel.includes(port.id)) continue;
      const label = `own Ethernet port ${port.deviceName}`;
      out.push({ key: `port:${port.id}`, label, mechanism: 'dedicated', unit: { label, mechanism: 'dedicated', paths: memberPaths(port.id, sys, clientFrame) }, recovery: {} });
    }
    return out;
  };
  return Object.assign(build, { vlanUnits });
}
