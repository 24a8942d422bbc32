/**
 * The equivalence the design asks for: once every timer has run out, the simulation's verdicts equal the impact
 * engine's for the failures in force (and for the ones restored since), on random designs from the generator with
 * random variations (hcheck_interval 0 or 60, fast_fail or delayed_fail, SEA sharing, a missing control channel,
 * NIB with or without netaddr, LV mirrors across VIOS) and random failure sets, planned shutdowns included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateBenchDesign } from '../../model/generate.ts';
import type { Design } from '../../model/schema/index.ts';
import { buildPathModel, impactOf, type Failure, type ImpactResult } from '../impact/index.ts';
import { createSimulation } from './index.ts';

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

const verdicts = (r: ImpactResult) => Object.fromEntries(r.partitions.map((p) => [p.name, { storage: p.storage, network: p.network, services: Object.fromEntries(p.services.map((s) => [s.key, s.verdict])) }]));

describe('simulation = impact engine once the timers have run out', () => {
  it('holds for random designs, failures, planned shutdowns and restores', () => {
    fc.assert(fc.property(
      fc.record({ n: fc.integer({ min: 1, max: 5 }), vios: fc.constantFrom(1 as const, 2 as const), perFrame: fc.integer({ min: 1, max: 4 }), seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }) }),
      fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
      fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
      fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
      (v, picks, plannedFlags, restoreFlags) => {
        const design = variedDesign(v);
        const model = buildPathModel(design);
        const comps = model.components;
        const chosen = [...new Set(picks.map((p) => p % comps.length))];
        const failures: Failure[] = chosen.map((c, i) => ({ id: comps[c]!.id, ...(comps[c]!.kind === 'vios' && plannedFlags[i] ? { planned: true } : {}) }));
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
      },
    ), { numRuns: 200, seed: 1313 });
  }, 120_000);

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
