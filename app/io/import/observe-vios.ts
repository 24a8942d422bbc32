import type { EntstatFacts } from './entstat.ts';
import { fill } from './inventory.ts';
import { parseVirtualLocation } from './location.ts';
import type { LsmapNetFacts } from './lsmap-net.ts';
import type { LsmapNpivFacts } from './lsmap-npiv.ts';
import type { LsmapVscsiFacts } from './lsmap-vscsi.ts';
import type { LsnportsFacts } from './lsnports.ts';
import type { ObserveContext } from './observe-hmc.ts';

/** lsmap prints names cut to the column width; they only name a partition when nothing better does. */
const LSMAP = 1;

export function viosAt(ctx: ObserveContext, device: string, physloc: string, line: number) {
  const loc = parseVirtualLocation(physloc);
  if (!loc) {
    ctx.inv.warn(`${ctx.file}:${line}: ${device} has no virtual location code (${physloc || 'none'}); skipped`);
    return null;
  }
  const vios = ctx.inv.partition(ctx.sysKey, loc.lparId);
  vios.serves = true;
  return { vios, slot: loc.slot };
}

export function observeLsmapVscsi(ctx: ObserveContext, facts: LsmapVscsiFacts): void {
  for (const vh of facts.vhosts) {
    const at = viosAt(ctx, vh.name, vh.physloc, vh.line);
    if (!at) continue;
    const a = ctx.inv.pair('scsi', at.vios.key, at.slot, 'server');
    fill(a, { deviceName: vh.name });
    a.running = true;
    if (vh.clientId !== null) {
      ctx.inv.partition(ctx.sysKey, vh.clientId);
      fill(a, { remoteLparId: vh.clientId });
    } else fill(a, { remoteLparId: null, remoteSlot: null });
    for (const t of vh.vtds) {
      const v = ctx.inv.vtd(at.vios.key, vh.name, t.name);
      fill(v, { lun: t.lun, backingPhysloc: t.backingPhysloc });
      if (t.backing !== null) v.backing = t.backing;
    }
  }
}

export function observeLsmapNpiv(ctx: ObserveContext, facts: LsmapNpivFacts): void {
  for (const v of facts.vfchosts) {
    const at = viosAt(ctx, v.name, v.physloc, v.line);
    if (!at) continue;
    const a = ctx.inv.pair('fc', at.vios.key, at.slot, 'server');
    fill(a, { deviceName: v.name, fcPort: v.fcName });
    a.running = true;
    if (v.fcName) {
      const port = ctx.inv.port(at.vios.key, v.fcName, 'fc');
      fill(port, { location: v.fcLocation, npivCapable: true });
    }
    const drc = parseVirtualLocation(v.vfcClientDrc);
    const clientId = v.clientId ?? drc?.lparId ?? null;
    if (clientId === null) { fill(a, { remoteLparId: null, remoteSlot: null }); continue; }
    const client = ctx.inv.partition(ctx.sysKey, clientId);
    ctx.inv.claimName(client, v.clientName, LSMAP);
    fill(client, { os: v.clientOs });
    fill(a, { remoteLparId: clientId });
    if (drc && drc.lparId === clientId) {
      fill(a, { remoteSlot: drc.slot });
      const c = ctx.inv.pair('fc', client.key, drc.slot, 'client');
      fill(c, { deviceName: v.vfcClientName, remoteLparId: at.vios.lparId, remoteSlot: at.slot });
      c.running = true;
    }
  }
}

export function observeLsmapNet(ctx: ObserveContext, facts: LsmapNetFacts): void {
  for (const s of facts.sveas) {
    const at = viosAt(ctx, s.name, s.physloc, s.line);
    if (!at) continue;
    const e = ctx.inv.eth(at.vios.key, at.slot, s.name);
    e.running = true;
    if (!s.sea) continue;
    fill(e, { trunk: true });
    const sea = ctx.inv.sea(at.vios.key, s.sea);
    if (!sea.trunks.includes(s.name)) sea.trunks.push(s.name);
    fill(sea, { realAdapter: s.backing, realLocation: s.backingPhysloc });
  }
}

/** lsnports: the VIOS's NPIV-capable FC ports; `viosKey` is the VIOS the file comes from. */
export function observeLsnports(ctx: ObserveContext, viosKey: string, facts: LsnportsFacts): void {
  for (const n of facts.ports) {
    const port = ctx.inv.port(viosKey, n.name, 'fc');
    fill(port, { location: n.physloc, npivCapable: n.fabric === 1, npivMaxClients: n.tports > 0 ? n.tports : undefined });
  }
}

const isVirtualType = (t: string | undefined) => !!t && /Virtual I\/O Ethernet Adapter/i.test(t);
const isAggregationType = (t: string | undefined) => !!t && /Link Aggregation|EtherChannel/i.test(t);

/** entstat of an SEA (or any part of it): the SEA, its trunk, control and real adapters. */
export function observeEntstat(ctx: ObserveContext, viosKey: string, facts: EntstatFacts): void {
  const inv = ctx.inv;
  for (const a of facts.adapters) {
    if (a.role === 'sea') continue;
    const virtual = a.role === 'virtual' || a.role === 'control' || isVirtualType(a.deviceType) || a.pvid !== undefined;
    if (virtual) {
      const e = inv.eth(viosKey, undefined, a.name);
      fill(e, {
        pvid: a.pvid, additionalVlans: a.vlanTags.length ? a.vlanTags : undefined, trunk: a.trunk ?? (a.role === 'control' ? false : undefined),
        trunkPriority: a.trunkPriority, vswitch: a.switchId, ieee: a.vlanTags.length > 0 ? true : undefined,
      });
      e.running = true;
    } else {
      const port = inv.port(viosKey, a.name, 'ethernet');
      fill(port, { adapter: a.deviceType });
      if (isAggregationType(a.deviceType) && a.members.length) port.members = [...a.members];
    }
  }
  for (const s of facts.seas) {
    const sea = inv.sea(viosKey, s.name);
    for (const t of s.trunkAdapters) {
      if (!sea.trunks.includes(t.name)) sea.trunks.push(t.name);
      if (t.vlans.length) sea.trunkVlans[t.name] = t.vlans;
    }
    fill(sea, {
      realAdapter: s.realAdapter, controlAdapter: s.controlAdapter, controlPvid: s.controlChannelPvid,
      haMode: s.haMode, priority: s.priority, thread: s.thread,
    });
  }
}
