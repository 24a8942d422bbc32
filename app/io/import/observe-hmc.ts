import type { ProcessorSettings } from '../../model/index.ts';
import type { ProfileEthAdapter, ProfilePairAdapter } from '../profile-adapters.ts';
import { type Inventory, type PartEntry, fill } from './inventory.ts';
import type { HmcEthFact, HmcMemFact, HmcPairAdapterFact, HmcProcFact, LshwresVirtualioFacts } from './lshwres.ts';
import type { LparFact, ProfileFact } from './lssyscfg.ts';
import { parseVirtualLocation } from './location.ts';

/** Where facts of one source go: the inventory, the frame the source belongs to, the file name for messages. */
export interface ObserveContext {
  inv: Inventory;
  sysKey: string;
  file: string;
}

/** The fields that have a value (a partial record to merge). */
const defined = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

const HMC = 3;
const REMOTE = 2;

function named(ctx: ObserveContext, lparId: number, name: string, weight = HMC): PartEntry {
  const p = ctx.inv.partition(ctx.sysKey, lparId);
  ctx.inv.claimName(p, name, weight);
  return p;
}

function processorFrom(mode: 'shared' | 'ded', u: (number | undefined)[], v: (number | undefined)[], sharing?: string, weight?: number, pool?: number): Partial<ProcessorSettings> {
  const ded = mode === 'ded';
  const units = ded ? v : u;
  const out: Partial<ProcessorSettings> = {
    mode: ded ? 'dedicated' : 'shared', minUnits: units[0], desiredUnits: units[1], maxUnits: units[2],
    minVirtualProcessors: v[0], desiredVirtualProcessors: v[1], maxVirtualProcessors: v[2], weight, sharedPoolId: pool,
  };
  if (sharing) out.sharing = sharing === 'cap' || sharing === 'keep_idle_procs' ? 'capped' : 'uncapped';
  return defined(out);
}

function pairFacts(ctx: ObserveContext, kind: 'scsi' | 'fc', p: PartEntry, a: HmcPairAdapterFact | ProfilePairAdapter, from: 'running' | 'profile'): void {
  if (a.role === 'server') p.serves = true;
  if (a.remoteLparId !== null) named(ctx, a.remoteLparId, a.remoteLparName, REMOTE);
  const e = ctx.inv.pair(kind, p.key, a.slot, a.role);
  fill(e, { remoteLparId: a.remoteLparId, remoteSlot: a.remoteSlot }, (field, had, got) =>
    ctx.inv.warn(`${ctx.file}: slot ${a.slot} of partition ${p.lparId}: ${field} is ${String(got)} here but ${String(had)} elsewhere; kept ${String(had)}`));
  fill(e, { required: a.required, wwpns: a.wwpns });
  if (from === 'running') e.running = true; else e.inProfile = true;
}

function ethFacts(ctx: ObserveContext, p: PartEntry, a: HmcEthFact | ProfileEthAdapter, from: 'running' | 'profile'): void {
  const e = ctx.inv.eth(p.key, a.slot);
  const prio = 'trunk' in a ? a.trunkPriority : a.trunkPriority > 0 ? a.trunkPriority : undefined;
  fill(e, {
    pvid: a.pvid, additionalVlans: a.additionalVlans, ieee: a.ieee, trunk: 'trunk' in a ? a.trunk : a.trunkPriority > 0,
    trunkPriority: prio, vswitch: a.vswitch, mac: a.mac, required: a.required,
  });
  if (from === 'running') e.running = true; else e.inProfile = true;
}

export function observeLpars(ctx: ObserveContext, lpars: LparFact[]): void {
  for (const l of lpars) {
    const p = named(ctx, l.lparId, l.name);
    fill(p, { env: l.env, state: l.state, os: l.osVersion, wantedProfile: l.currentProfile ?? l.defaultProfile });
  }
}

export function observeVirtualio(ctx: ObserveContext, facts: LshwresVirtualioFacts): void {
  if (facts.rsubtype === 'slot') {
    for (const s of facts.slots) {
      const id = s.lparId ?? parseVirtualLocation(s.drcName)?.lparId;
      if (id === undefined) continue;
      const p = ctx.inv.partition(ctx.sysKey, id);
      if (s.lparName) ctx.inv.claimName(p, s.lparName, HMC);
      fill(p, { maxVirtualSlots: s.maxVirtualSlots });
    }
    return;
  }
  if (facts.rsubtype === 'eth') {
    for (const a of facts.adapters) ethFacts(ctx, named(ctx, a.lparId, a.lparName), a, 'running');
    return;
  }
  for (const a of facts.adapters) {
    const p = named(ctx, a.lparId, a.lparName);
    if (facts.rsubtype === 'serial') { if (a.remoteLparId !== null) named(ctx, a.remoteLparId, a.remoteLparName, REMOTE); continue; }
    pairFacts(ctx, facts.rsubtype, p, a, 'running');
  }
}

export function observeProc(ctx: ObserveContext, rows: HmcProcFact[]): void {
  for (const r of rows) {
    const p = named(ctx, r.lparId, r.lparName);
    p.processor = { ...processorFrom(r.mode, [r.minUnits, r.desiredUnits, r.maxUnits], [r.minProcs, r.desiredProcs, r.maxProcs], r.sharingMode, r.weight, r.poolId), ...p.processor };
  }
}

export function observeMem(ctx: ObserveContext, rows: HmcMemFact[]): void {
  for (const r of rows) {
    const p = named(ctx, r.lparId, r.lparName);
    p.memory = { ...defined({ minMB: r.minMB, desiredMB: r.desiredMB, maxMB: r.maxMB }), ...p.memory };
  }
}

/** Uses one profile per partition: the current (or default) one when lssyscfg -r lpar named it, else the first. */
export function observeProfiles(ctx: ObserveContext, profiles: ProfileFact[]): void {
  const byLpar = new Map<number, ProfileFact[]>();
  for (const f of profiles) {
    const list = byLpar.get(f.lparId);
    if (list) list.push(f); else byLpar.set(f.lparId, [f]);
  }
  for (const [lparId, list] of byLpar) {
    const p = named(ctx, lparId, list[0]!.lparName);
    const f = list.find((x) => x.name === p.wantedProfile) ?? list[0]!;
    if (list.length > 1) ctx.inv.warn(`${ctx.file}: ${f.lparName} has profiles ${list.map((x) => x.name).join(', ')}; imported "${f.name}"`);
    fill(p, { env: f.env, maxVirtualSlots: f.maxVirtualSlots, profileName: f.name });
    p.profileKnown = true;
    if (f.procMode) {
      p.processor = { ...processorFrom(f.procMode, [f.minProcUnits, f.desiredProcUnits, f.maxProcUnits], [f.minProcs, f.desiredProcs, f.maxProcs], f.sharingMode, f.uncapWeight, f.sharedPoolId), ...p.processor };
    }
    p.memory = { ...defined({ minMB: f.minMem, desiredMB: f.desiredMem, maxMB: f.maxMem }), ...p.memory };
    for (const a of f.scsi) pairFacts(ctx, 'scsi', p, a, 'profile');
    for (const a of f.fc) pairFacts(ctx, 'fc', p, a, 'profile');
    for (const a of f.eth) ethFacts(ctx, p, a, 'profile');
  }
}
