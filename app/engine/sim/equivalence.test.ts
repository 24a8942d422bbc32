/**
 * The equivalence the design asks for: once every timer has run out, the simulation's verdicts equal the impact
 * engine's for the failures in force (and for the ones restored since), on random designs from the generator with
 * random variations (hcheck_interval 0 or 60, fast_fail or delayed_fail, SEA sharing, a missing control channel,
 * NIB with or without netaddr, LV mirrors across VIOS) and random failure sets, planned shutdowns included; and the same
 * with vNICs, direct and bonded SR-IOV logical ports and Shared Storage Pools added (modern-variation.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateBenchDesign } from '../../model/generate.ts';
import type { Design } from '../../model/schema/index.ts';
import { buildPathModel, impactOf, type Failure, type ImpactResult, type PathModel } from '../impact/index.ts';
import { createSimulation } from './index.ts';
import { addModernElements } from './modern-variation.ts';

interface Variation { n: number; vios: 1 | 2; perFrame: number; seed: number }

/** A generated design varied by a seed (deterministic). */
export function variedDesign(v: Variation): Design {
  const d = generateBenchDesign(v.n, { viosPerFrame: v.vios, maxClientsPerFrame: v.perFrame });
  let s = v.seed >>> 0;
  const rnd = () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 4294967296; };
  const dom = d.domain;
  let k = 0;
  for (const p of Object.values(dom.partitions)) {
    if (p.kind === 'vios') continue;
    p.tunables = { ...p.tunables, hcheckInterval: rnd() < 0.5 ? 0 : 60, vscsiErrRecov: rnd() < 0.5 ? 'fast_fail' : 'delayed_fail', fcErrRecov: rnd() < 0.5 ? 'fast_fail' : 'delayed_fail' };
    if (rnd() < 0.2) p.kind = 'linux';
    const veths = Object.values(dom.vethAdapters).filter((a) => a.partitionId === p.id);
    if (veths.length === 2 && rnd() < 0.3) {
      const id = `ech-${++k}`;
      dom.etherChannels[id] = {
        id, partitionId: p.id, deviceName: 'ent4', mode: 'netif_backup', primaryId: veths[0]!.id, backupId: veths[1]!.id,
        ...(rnd() < 0.5 ? { netaddr: '10.0.0.1' } : {}), pollUplink: rnd() < 0.3,
      };
    }
    const bds = Object.values(dom.backingDevices).filter((b) => dom.vtds[Object.keys(dom.vtds).find((t) => dom.vtds[t]!.backingDeviceId === b.id)!] && Object.values(dom.vscsiAdapters).some((a) => a.role === 'server' && a.remotePartitionId === p.id && Object.values(dom.vtds).some((t) => t.serverAdapterId === a.id && t.backingDeviceId === b.id)));
    if (bds.length === 2 && rnd() < 0.3) {
      for (const b of bds) { b.kind = 'logical-volume'; b.lunId = null; b.name = `lv_${p.name}`; }
      const id = `vg-${++k}`;
      dom.volumeGroups[id] = { id, partitionId: p.id, name: 'rootvg', diskIds: [bds[0]!.id], mirrorDiskIds: rnd() < 0.8 ? [bds[1]!.id] : [], thirdCopyDiskIds: [] };
    }
  }
  const seas = Object.values(dom.seas);
  if (seas.length >= 2 && rnd() < 0.3) for (const sea of seas) sea.haMode = 'sharing';
  if (seas.length >= 2 && rnd() < 0.15) seas[0]!.controlChannelId = null;
  return d;
}

/** A varied design with MODERN.md's elements added by the same seed. */
function modernVaried(v: Variation): Design {
  let s = (v.seed ^ 0x5bd1e995) >>> 0;
  const rnd = () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 4294967296; };
  return addModernElements(variedDesign(v), rnd);
}

const verdicts = (r: ImpactResult) => Object.fromEntries(r.partitions.map((p) => [p.name, { storage: p.storage, network: p.network, services: Object.fromEntries(p.services.map((s) => [s.key, s.verdict])) }]));

/** Random designs of up to `maxN` clients, and the picks, planned-shutdown and restore flags of a failure set. */
const scenarioArbitraries = (maxN: number) => [
  fc.record({ n: fc.integer({ min: 1, max: maxN }), vios: fc.constantFrom(1 as const, 2 as const), perFrame: fc.integer({ min: 1, max: 4 }), seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }) }),
  fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
  fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
] as const;

/**
 * Fails (or shuts down) the chosen components one after the other, runs every timer out and compares the verdicts
 * with the impact engine's; then restores the flagged ones and compares again.
 */
function expectEquivalent(design: Design, model: PathModel, chosen: number[], plannedFlags: boolean[], restoreFlags: boolean[]): void {
  const failures: Failure[] = chosen.map((c, i) => ({ id: model.components[c]!.id, ...(model.components[c]!.kind === 'vios' && plannedFlags[i] ? { planned: true } : {}) }));
  const sim = createSimulation(model, { design, load: false });
  failures.forEach((f, i) => sim.apply({ atMs: 1000 + i * 500, action: f.planned ? 'shutdown' : 'fail', targetId: f.id }));
  sim.runToSettled();
  expect(sim.settled()).toBe(true);
  expect(verdicts(sim.impact(false))).toEqual(verdicts(impactOf(model, failures)));
  const back = failures.filter((_, i) => restoreFlags[i]);
  back.forEach((f, i) => sim.apply({ atMs: sim.now + 1000 + i * 700, action: 'restore', targetId: f.id }));
  sim.runToSettled();
  const still = failures.filter((f) => !back.includes(f));
  expect(verdicts(sim.impact(false))).toEqual(verdicts(impactOf(model, still, { restored: back.map((f) => f.id) })));
}

describe('simulation = impact engine once the timers have run out', () => {
  it('holds for random designs, failures, planned shutdowns and restores', () => {
    fc.assert(fc.property(...scenarioArbitraries(5), (v, picks, plannedFlags, restoreFlags) => {
      const design = variedDesign(v);
      const model = buildPathModel(design);
      const chosen = [...new Set(picks.map((p) => p % model.components.length))];
      expectEquivalent(design, model, chosen, plannedFlags, restoreFlags);
    }), { numRuns: 200, seed: 1313 });
  }, 120_000);

  it('holds for designs with vNIC failover, direct and bonded SR-IOV logical ports and Shared Storage Pools', () => {
    fc.assert(fc.property(...scenarioArbitraries(4), (v, picks, plannedFlags, restoreFlags) => {
      const design = modernVaried(v);
      const model = buildPathModel(design);
      // half the picks among the SR-IOV components and the VIOS (the SSP nodes), the rest among all
      const modern = model.components.map((c, i) => ({ c, i })).filter((x) => x.c.kind.startsWith('sriov') || x.c.kind === 'vios' || x.c.kind === 'lun').map((x) => x.i);
      const chosen = [...new Set(picks.map((p, i) => (i % 2 === 0 && modern.length > 0 ? modern[p % modern.length]! : p % model.components.length)))];
      expectEquivalent(design, model, chosen, plannedFlags, restoreFlags);
    }), { numRuns: 150, seed: 1414 });
  }, 120_000);

  it('the modern elements are really there in the designs it plays', () => {
    const services = [1, 2, 3, 4, 5].flatMap((seed) => buildPathModel(modernVaried({ n: 6, vios: 2, perFrame: 3, seed })).services);
    const mechanisms = new Set(services.map((s) => s.mechanism));
    for (const x of ['vnic-failover', 'sriov', 'nib']) expect(mechanisms).toContain(x);
    expect(services.some((s) => s.key.startsWith('sriov:') && s.mechanism === 'nib')).toBe(true);
    expect(services.some((s) => s.key.startsWith('lu:') && s.mechanism === 'vscsi-mpio')).toBe(true);
    expect(services.some((s) => s.key.startsWith('lu:') && s.mechanism === 'single-path')).toBe(true);
  });

  it('is deterministic with vNIC, SR-IOV and SSP too', () => {
    // the first of these seeds whose design has a client's direct logical port
    const { design, model } = [42, 1, 2, 3, 4, 5, 6, 7, 8].map((seed) => modernVaried({ n: 6, vios: 2, perFrame: 3, seed }))
      .map((x) => ({ design: x, model: buildPathModel(x) })).find((x) => x.model.services.some((s) => s.mechanism === 'sriov'))!;
    // the physical port of a client's direct logical port
    const direct = model.services.find((s) => s.mechanism === 'sriov')!;
    const port = model.components[direct.copies[0]![0]!.paths[0]!.requires.find((c) => model.components[c]!.kind === 'sriov-port')!]!.id;
    const run = () => {
      const sim = createSimulation(design);
      const pick = (kind: string, n: number) => model.components.filter((c) => c.kind === kind)[n]!.id;
      sim.apply({ atMs: 5_000, action: 'fail', targetId: port });
      sim.apply({ atMs: 10_000, action: 'fail', targetId: pick('vios', 0) });
      sim.apply({ atMs: 12_000, action: 'shutdown', targetId: pick('vios', 3) });
      sim.apply({ atMs: 60_000, action: 'restore', targetId: port });
      sim.apply({ atMs: 300_000, action: 'restore', targetId: pick('vios', 0) });
      sim.runToSettled();
      return sim.events;
    };
    const a = run();
    for (const m of ['vnic-failover', 'sriov', 'ssp-cluster']) expect(a.some((e) => e.mechanism === m)).toBe(true);
    expect(run()).toEqual(a);
  });

  it('is deterministic: the same scenario gives the same events to the millisecond', () => {
    const design = variedDesign({ n: 6, vios: 2, perFrame: 3, seed: 42 });
    const run = () => {
      const sim = createSimulation(design);
      const vios = buildPathModel(design).components.filter((c) => c.kind === 'vios');
      sim.apply({ atMs: 10_000, action: 'fail', targetId: vios[0]!.id });
      sim.apply({ atMs: 12_000, action: 'shutdown', targetId: vios[3]!.id });
      sim.apply({ atMs: 300_000, action: 'restore', targetId: vios[0]!.id });
      sim.runToSettled();
      return sim.events;
    };
    const a = run();
    expect(a.length).toBeGreaterThan(10);
    expect(run()).toEqual(a);
  });
});
