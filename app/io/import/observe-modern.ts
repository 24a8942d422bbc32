import { fill } from './inventory.ts';
import { type LogicalPortEntry, adapterLocationOf } from './inventory-modern.ts';
import { parseVirtualLocation } from './location.ts';
import type { LshwresSriovFacts } from './lshwres-sriov.ts';
import type { LshwresVnicFacts } from './lshwres-vnic.ts';
import type { LsmapVnicFacts } from './lsmap-vnic.ts';
import type { ObserveContext } from './observe-hmc.ts';
import { viosAt } from './observe-vios.ts';
import type { ClusterStatusFacts, LsspFacts, LuListFacts } from './ssp-outputs.ts';

/** Name weights as in observe-hmc.ts: the HMC names partitions (3), a remote reference (2), a VIOS listing (1). */
const HMC = 3;
const REMOTE = 2;
const LSMAP = 1;

/** lshwres -r sriov --rsubtype adapter | physport | logport. */
export function observeSriov(ctx: ObserveContext, facts: LshwresSriovFacts): void {
  const m = ctx.inv.modern;
  if (facts.rsubtype === 'adapter') {
    for (const a of facts.adapters) {
      if (a.mode === 'dedicated') {
        ctx.inv.warn(`${ctx.file}:${a.line}: the SR-IOV adapter ${a.location ? `at ${a.location} ` : ''}is in dedicated mode: it belongs wholly to one partition like any PCIe adapter, and is not imported as an SR-IOV adapter`);
        continue;
      }
      const e = m.adapter(ctx.sysKey, a.adapterId!, a.location);
      fill(e, { mode: 'shared', maxLogicalPorts: a.maxLogicalPorts });
    }
    return;
  }
  if (facts.rsubtype === 'physport') {
    for (const p of facts.ports) {
      const e = m.adapter(ctx.sysKey, p.adapterId, p.location ? adapterLocationOf(p.location)?.adapter : undefined);
      fill(e, { mode: 'shared' });
      fill(m.port(e.key, p.portIndex), {
        location: p.location, maxLogicalPorts: p.maxLogicalPorts, maxPromiscuousPorts: p.maxPromiscuousPorts,
        capacityGranularity: p.capacityGranularity, switchMode: p.switchMode, speedGbps: p.speedGbps,
      });
    }
    return;
  }
  for (const l of facts.logicalPorts) {
    const owner = ctx.inv.partition(ctx.sysKey, l.lparId);
    ctx.inv.claimName(owner, l.lparName, HMC);
    const e = m.adapter(ctx.sysKey, l.adapterId, l.location ? adapterLocationOf(l.location)?.adapter : undefined);
    fill(e, { mode: 'shared' });
    const lp = m.logicalPort(owner.key, e.key, l.portIndex, l.logicalPortId, l.location);
    fill(lp, {
      capacity: l.capacity, maxCapacity: l.maxCapacity, promiscuous: l.promiscuous, migratable: l.migratable,
      pvid: l.pvid, allowedVlans: l.allowedVlans, mac: l.mac,
    });
  }
}

/** lshwres -r virtualio --rsubtype vnic: client vNICs and their backing devices with priorities. */
export function observeVnics(ctx: ObserveContext, facts: LshwresVnicFacts): void {
  const m = ctx.inv.modern;
  for (const f of facts.vnics) {
    const client = ctx.inv.partition(ctx.sysKey, f.lparId);
    ctx.inv.claimName(client, f.lparName, HMC);
    const v = m.vnic(client.key, f.slot);
    fill(v, { autoPriorityFailover: f.autoPriorityFailover, pvid: f.pvid, allowedVlans: f.allowedVlans, mac: f.mac });
    for (const b of f.backings) {
      const vios = ctx.inv.partition(ctx.sysKey, b.viosId);
      ctx.inv.claimName(vios, b.viosName, REMOTE);
      vios.serves = true;
      const adapter = m.adapter(ctx.sysKey, b.adapterId);
      fill(adapter, { mode: 'shared' });
      const lp = m.logicalPort(vios.key, adapter.key, b.portIndex, b.logicalPortId);
      fill(lp, { capacity: b.capacity, maxCapacity: b.maxCapacity });
      fill(m.backing(v, lp.key), { priority: b.failoverPriority });
    }
  }
}

/** lsmap -all -vnic on a VIOS: vnicservers, the logical ports behind them, the clients' vNICs. */
export function observeLsmapVnic(ctx: ObserveContext, facts: LsmapVnicFacts): void {
  const m = ctx.inv.modern;
  for (const s of facts.servers) {
    const at = viosAt(ctx, s.name, s.physloc, s.line);
    if (!at) continue;
    at.vios.serves = true;
    const place = s.backingPhysloc ? adapterLocationOf(s.backingPhysloc) : null;
    if (!place || place.port === undefined || place.port < 0) {
      ctx.inv.warn(`${ctx.file}:${s.line}: ${s.name} has no logical-port location (${s.backingPhysloc ?? 'none'}): its SR-IOV adapter and port are unknown; skipped`);
      continue;
    }
    const drc = parseVirtualLocation(s.clientPhysloc);
    const clientId = drc?.lparId ?? s.clientId;
    // lshwres -r virtualio --rsubtype vnic knows this backing device by logical-port id, lsmap by location: the
    // backing device of the same vNIC on this VIOS and physical port is the same logical port [D].
    const known = drc && drc.lparId === clientId ? m.vnics.get(`${at.vios.sysKey}#${clientId}|${drc.slot}`) : undefined;
    const same = (known?.backings ?? []).map((b) => m.logicalPorts.get(b.logicalPortKey)!)
      .filter((l) => l.part === at.vios.key && l.portIndex === place.port && !l.location);
    let lp: LogicalPortEntry;
    if (same.length === 1) {
      lp = same[0]!;
      const id = m.adapters.get(lp.adapterKey)!.adapterId;
      m.adapter(at.vios.sysKey, id, place.adapter);
      m.locate(lp, s.backingPhysloc!);
    } else {
      const adapter = m.adapter(at.vios.sysKey, undefined, place.adapter);
      fill(adapter, { mode: 'shared' });
      lp = m.logicalPort(at.vios.key, adapter.key, place.port, undefined, s.backingPhysloc);
    }
    fill(lp, { deviceName: s.backing });
    if (!drc || clientId === null || drc.lparId !== clientId) {
      ctx.inv.warn(`${ctx.file}:${s.line}: ${s.name} on ${at.vios.name?.value ?? `partition ${at.vios.lparId}`} has no client slot (client device physloc ${s.clientPhysloc ?? 'missing'}); its vNIC is not imported`);
      continue;
    }
    const client = ctx.inv.partition(at.vios.sysKey, clientId);
    ctx.inv.claimName(client, s.clientName, LSMAP);
    fill(client, { os: s.clientOs });
    const v = m.vnic(client.key, drc.slot);
    fill(v, { deviceName: s.clientDevice });
    fill(m.backing(v, lp.key), { serverName: s.name, serverSlot: at.slot });
  }
}

/** Type-model and frame serial of a node MTM: 9080-HEX0278ABCDE -> 9080-HEX, 78ABCDE (a plant prefix is dropped) [D]. */
export function frameOfMtm(mtm: string | undefined): { typeModel: string; serial: string } | null {
  const m = /^([0-9A-Z]{4}-[0-9A-Z]{3})([0-9A-Z]{7,})$/.exec(mtm ?? '');
  return m ? { typeModel: m[1]!, serial: m[2]!.slice(-7) } : null;
}

/** cluster -status: the cluster, its pool name (verbose) and its nodes (VIOS partitions, by frame and partition number). */
export function observeClusterStatus(ctx: ObserveContext, facts: ClusterStatusFacts): void {
  for (const c of facts.clusters) {
    const e = ctx.inv.modern.cluster(c.name);
    fill(e, { poolName: c.poolName });
    for (const n of c.nodes) {
      if (n.partitionId === undefined) { ctx.inv.warn(`${ctx.file}:${n.line}: node ${n.name} of cluster ${c.name} has no partition number; not imported`); continue; }
      const frame = frameOfMtm(n.mtm);
      const sysKey = frame ? ctx.inv.system(frame.serial, frame.typeModel, frame.serial).key : ctx.sysKey;
      const vios = ctx.inv.partition(sysKey, n.partitionId);
      ctx.inv.claimName(vios, n.name, LSMAP);
      vios.serves = true;
      fill(vios, { env: 'vioserver' });
      if (!e.nodes.includes(vios.key)) e.nodes.push(vios.key);
      if (n.state && n.state !== 'OK') ctx.inv.warn(`${ctx.file}:${n.line}: node ${n.name} of cluster ${c.name} is ${n.state} in this output; imported as a node all the same`);
    }
  }
}

export function observeLssp(ctx: ObserveContext, facts: LsspFacts): void {
  const pools = ctx.inv.modern.pools;
  for (const p of facts.pools) {
    if (!pools.has(p.name)) pools.set(p.name, {});
    fill(pools.get(p.name)!, { sizeMB: p.sizeMB, freeMB: p.freeMB });
  }
}

export function observeLuList(ctx: ObserveContext, facts: LuListFacts): void {
  for (const l of facts.lus) fill(ctx.inv.modern.lu(l.name, l.poolName), { sizeMB: l.sizeMB, udid: l.udid, thick: l.thick });
}
