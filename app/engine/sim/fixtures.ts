/** Designs and helpers for the simulation's tests (not used by the app). */
import { generateBenchDesign } from '../../model/generate.ts';
import type { ClientTunables, Design, Id } from '../../model/schema/index.ts';
import { buildDualViosTemplate } from '../../model/templates/sample.ts';
import { createSimulation, type SimulationApi, type SimulationOptions } from './index.ts';
import type { SimEvent } from './types.ts';

export const byName = (d: Design, name: string): Id => {
  const p = Object.values(d.domain.partitions).find((x) => x.name === name);
  if (!p) throw new Error(`no partition ${name}`);
  return p.id;
};

/** The dual-VIOS sample with every client's tunables patched. */
export function dualVios(tunables: Partial<ClientTunables> = {}, opts: Parameters<typeof buildDualViosTemplate>[0] = {}): Design {
  const d = structuredClone(buildDualViosTemplate(opts));
  for (const p of Object.values(d.domain.partitions)) if (p.kind !== 'vios') p.tunables = { ...p.tunables, ...tunables };
  return d;
}

/** One client whose NIB channel has its primary (ent0, VLAN 10) behind vios1's SEA alone and its backup (ent1, VLAN 20) behind vios2's. */
export function nibDesign(nib: { netaddr?: string; pollUplink?: boolean; retryTime?: number; numRetries?: number }): Design {
  const d = generateBenchDesign(1);
  const dom = d.domain;
  const seas = Object.values(dom.seas);
  seas.forEach((s, j) => {
    s.haMode = 'disabled';
    s.controlChannelId = null;
    const trunk = dom.vethAdapters[s.trunkAdapterIds[0]!]!;
    trunk.pvid = j === 0 ? 10 : 20;
    trunk.additionalVlans = [];
    trunk.ieee8021q = false;
    s.defaultPvid = trunk.pvid;
  });
  const client = Object.values(dom.partitions).find((p) => p.kind !== 'vios')!;
  const [e0, e1] = Object.values(dom.vethAdapters).filter((a) => a.partitionId === client.id);
  dom.etherChannels['ech-1'] = { id: 'ech-1', partitionId: client.id, deviceName: 'ent4', mode: 'netif_backup', primaryId: e0!.id, backupId: e1!.id, pollUplink: nib.pollUplink ?? false, ...(nib.netaddr ? { netaddr: nib.netaddr } : {}), ...(nib.retryTime ? { retryTime: nib.retryTime } : {}), ...(nib.numRetries ? { numRetries: nib.numRetries } : {}) };
  return d;
}

/** Plays actions (seconds; a target is an id or a partition name) and settles. */
export function play(design: Design, actions: [number, 'fail' | 'restore' | 'shutdown' | 'standby' | 'auto', Id][], opts: SimulationOptions = {}): SimulationApi {
  const sim = createSimulation(design, opts);
  const ids = new Map(Object.values(design.domain.partitions).map((p) => [p.name, p.id]));
  for (const [at, action, target] of actions) sim.apply({ atMs: at * 1000, action, targetId: ids.get(target) ?? target });
  sim.runToSettled();
  return sim;
}

/** The first event whose sentence matches, or throws with the list. */
export function find(events: readonly SimEvent[], re: RegExp): SimEvent {
  const e = events.find((x) => re.test(x.sentence));
  if (!e) throw new Error(`no event matches ${re}:\n${events.map((x) => `${x.t} ${x.sentence}`).join('\n')}`);
  return e;
}

export const partitionState = (sim: SimulationApi, name: string, kind: 'storage' | 'network'): number => {
  const i = sim.model.partitions.findIndex((p) => p.name === name);
  return sim.frame(false)[kind][i]!;
};
