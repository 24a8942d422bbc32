import { describe, expect, it } from 'vitest';
import { buildDualViosTemplate } from '../model/templates/sample.ts';
import { createSimulation } from '../engine/sim/index.ts';
import { PATH_ACTIVE, PATH_FAILED, PATH_FAILING, PATH_STANDBY } from '../engine/sim/types.ts';
import { designConnections } from './connections.ts';
import { ioPaths, SEG_ACTIVE, SEG_FAILED, SEG_FAILING, SEG_STANDBY, segmentStates } from './io-paths.ts';

const viosId = (d: ReturnType<typeof buildDualViosTemplate>, name: string) => Object.values(d.domain.partitions).find((p) => p.name === name)!.id;

describe('the simulated paths on the picture', () => {
  const d = buildDualViosTemplate();
  const sim = createSimulation(d);
  const paths = sim.paths();
  const io = ioPaths(d, designConnections(d), paths);
  const ids = (k: number) => [...io.pathSegments[k]!].map((s) => io.segments[s]!.connectionId).sort();

  it('a vSCSI path runs along its adapter pair and its backing device to the LUN, from the client outwards', () => {
    const k = paths.findIndex((p) => p.mechanism === 'vscsi-mpio' && p.through === 'vios1');
    const segs = [...io.pathSegments[k]!].map((s) => io.segments[s]!);
    expect(segs.map((s) => s.connectionId.split(':')[0]).sort()).toEqual(['lun', 'vscsi']);
    // vscsi: drawn from the VIOS (server) to the client: I/O runs backwards; lun: from the VIOS to the LUN, forwards.
    expect(segs.find((s) => s.connectionId.startsWith('vscsi:'))!.reverse).toBe(true);
    expect(segs.find((s) => s.connectionId.startsWith('lun:'))!.reverse).toBe(false);
    expect(io.pathVios[k]).toBe(viosId(d, 'vios1'));
  });

  it('an NPIV path runs along its vFC pair, the VIOS port cable, and the fabric to the array and the LUN', () => {
    const k = paths.findIndex((p) => p.mechanism === 'npiv-multipath' && p.through.startsWith('vios2'));
    expect(ids(k).map((x) => x.split(':')[0]).sort()).toEqual(['array', 'cable', 'present', 'vfc']);
    expect(io.pathVios[k]).toBe(viosId(d, 'vios2'));
  });

  it("an SEA path runs from every client's virtual Ethernet on the VLAN through the trunk adapter to the switch", () => {
    const seaPaths = paths.map((p, k) => ({ p, k })).filter(({ p }) => p.mechanism === 'sea-failover');
    expect(seaPaths.length).toBe(2);
    for (const { p, k } of seaPaths) {
      const eth = ids(k).filter((x) => x.startsWith('eth:'));
      // three clients and the VIOS's trunk adapter
      expect(eth.length).toBe(4);
      expect(ids(k).some((x) => x.startsWith('cable:'))).toBe(true);
      expect(p.partitionIds.length).toBe(3);
    }
    // The clients' lines to the VLAN are shared by both paths; each VIOS's trunk line is its own.
    const [a, b] = seaPaths.map(({ k }) => new Set(ids(k)));
    expect([...a!].filter((x) => b!.has(x)).length).toBe(3);
  });

  it('segments take the state of their paths: active over failing over failed over standby', () => {
    const states = new Uint8Array(paths.length).fill(PATH_STANDBY);
    const v1 = paths.findIndex((p) => p.mechanism === 'vscsi-mpio' && p.through === 'vios1');
    const v2 = paths.findIndex((p, i) => i > v1 && p.mechanism === 'vscsi-mpio' && p.through === 'vios2');
    const sea = paths.map((p, k) => ({ p, k })).filter(({ p }) => p.mechanism === 'sea-failover').map(({ k }) => k);
    states[v1] = PATH_FAILING;
    states[v2] = PATH_ACTIVE;
    states[sea[0]!] = PATH_FAILED;
    const seg = segmentStates(io, states);
    const of = (k: number) => [...io.pathSegments[k]!].map((s) => seg[s]);
    expect(new Set(of(v1))).toEqual(new Set([SEG_FAILING]));
    expect(new Set(of(v2))).toEqual(new Set([SEG_ACTIVE]));
    // The failed SEA's own trunk line and cable are failed; the clients' lines it shares with the standby SEA too.
    expect(new Set(of(sea[0]!))).toEqual(new Set([SEG_FAILED]));
    states[sea[1]!] = PATH_ACTIVE;
    const seg2 = segmentStates(io, states);
    const shared = [...io.pathSegments[sea[0]!]!].filter((s) => io.pathSegments[sea[1]!]!.includes(s));
    expect(shared.every((s) => seg2[s] === SEG_ACTIVE)).toBe(true);
    expect(SEG_STANDBY).toBeLessThan(SEG_FAILED);
  });
});
