import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/schema/index.ts';
import { base, edit } from '../testing/fixture.ts';
import { buildPathModel, computeImpact, impactOf, type ImpactResult, type ServiceVerdict } from './index.ts';

const svc = (r: ImpactResult, partition: string, key: string): ServiceVerdict => {
  const p = r.partitions.find((x) => x.partitionId === partition);
  const s = p?.services.find((x) => x.key === key);
  if (!s) throw new Error(`no service ${key} on ${partition}: ${p?.services.map((x) => x.key).join(', ')}`);
  return s;
};

describe('path model', () => {
  it('groups the vSCSI paths of a LUN per client across both VIOS (MPIO)', () => {
    const { design, id } = base();
    const m = buildPathModel(design);
    const aix01 = m.partitions.find((p) => p.partitionId === id.aix01)!;
    const lun = aix01.services.map((i) => m.services[i]!).find((s) => s.key === `lun:${id.lun1}`)!;
    expect(lun.mechanism).toBe('vscsi-mpio');
    const paths = lun.copies[0]![0]!.paths;
    expect(paths.map((p) => p.through).sort()).toEqual(['vios1', 'vios2']);
    expect(paths.every((p) => p.kind === 'vscsi' && p.mpio)).toBe(true);
    // each VIOS reaches the LUN through either of its FC ports (two fabrics)
    expect(paths[0]!.anyOf[0]!.length).toBe(2);
    expect(lun.recovery.hcheckInterval).toBe(60);
  });

  it('models NPIV (vFC -> vfchost -> FC port -> fabric) and the SEA failover pair with its control channel', () => {
    const { design, id } = base();
    const m = buildPathModel(design);
    const services = m.partitions.find((p) => p.partitionId === id.aix01)!.services.map((i) => m.services[i]!);
    const npiv = services.find((s) => s.key === `npiv:${id.aix01}`)!;
    expect(npiv.mechanism).toBe('npiv-multipath');
    const fabA = m.componentIndex.get(id.fabA)!;
    expect(npiv.copies[0]![0]!.paths.some((p) => p.requires.includes(fabA))).toBe(true);
    const vlan = services.find((s) => s.kind === 'network')!;
    expect(vlan.mechanism).toBe('sea-failover');
    expect(vlan.recovery.controlChannel).toMatchObject({ pvid: 99, working: true, automatic: false });
    expect(vlan.recovery.haModes).toEqual(['auto', 'auto']);
  });
});

describe('impact', () => {
  it('everything OK with nothing failed', () => {
    const r = computeImpact(base().design, []);
    expect(r.counts).toEqual({ OK: 2, Degraded: 0, Outage: 0 });
  });

  it('one VIOS down: Degraded, naming the surviving VIOS and client adapter', () => {
    const { design, id } = base();
    const r = computeImpact(design, [{ id: id.vios1 }]);
    expect(r.counts.Degraded).toBe(2);
    const s = svc(r, id.aix01, `lun:${id.lun1}`);
    expect(s.verdict).toBe('Degraded');
    expect(s.reason).toBe('LUN aix01_rootvg: path through vios1 lost (vios1 down), continues on vios2 via vscsi1');
    expect(s.lostElementIds).toContain(id.vhost1);
    expect(s.survivingElementIds).toContain(id.vhost2);
    expect(svc(r, id.aix01, `vlan:${id.sys}:ETHERNET0:10`).reason).toMatch(/SEA ent\d+ on vios2 bridges now \(SEA failover\)/);
  });

  it('both VIOS down: Outage for storage and network', () => {
    const { design, id } = base();
    const r = computeImpact(design, [{ id: id.vios1 }, { id: id.vios2 }]);
    expect(r.counts.Outage).toBe(2);
    const p = r.partitions.find((x) => x.partitionId === id.aix01)!;
    expect([p.storage, p.network]).toEqual(['Outage', 'Outage']);
    expect(svc(r, id.aix01, `vlan:${id.sys}:ETHERNET0:10`).reason).toMatch(/stays in the hypervisor/);
  });

  it('one fabric down: the VIOS keep the LUN through their other port (Degraded), NPIV loses one path', () => {
    const { design, id } = base();
    const r = computeImpact(design, [{ id: id.fabA }]);
    expect(svc(r, id.aix01, `lun:${id.lun1}`).verdict).toBe('Degraded');
    expect(svc(r, id.aix01, `lun:${id.lun1}`).reason).toMatch(/fewer ports \(fabric-A down\)/);
    expect(svc(r, id.aix01, `npiv:${id.aix01}`).verdict).toBe('Degraded');
    expect(computeImpact(design, [{ id: id.fabA }, { id: id.fabB }]).counts.Outage).toBe(2);
  });

  it('an LV-backed disk on one VIOS is lost with its VIOS (single path)', () => {
    const d = edit((x, id) => {
      x.domain.backingDevices['bd-lv'] = { id: 'bd-lv', partitionId: id.vios1, kind: 'logical-volume', name: 'lv_aix01', lunId: null, physicalPortId: null, volumeGroup: 'clientvg' };
      x.domain.vtds['vtd-lv'] = { id: 'vtd-lv', serverAdapterId: id.vhost1, backingDeviceId: 'bd-lv', name: 'vtscsi9', lun: 2, optical: false };
    });
    const { id } = base();
    const s = svc(computeImpact(d, [{ id: id.vios1 }]), id.aix01, 'backing:bd-lv');
    expect(s.verdict).toBe('Outage');
    expect(s.reason).toBe('logical volume lv_aix01 on vios1: path through vios1 lost (vios1 down)');
  });

  it('a mirrored volume group over LVs of two VIOS survives either VIOS (copy lost, Degraded)', () => {
    const { id } = base();
    const d = edit((x) => {
      for (const [n, vios, vhost] of [[1, id.vios1, id.vhost1], [2, id.vios2, id.vhost2]] as const) {
        x.domain.backingDevices[`bd-lv${n}`] = { id: `bd-lv${n}`, partitionId: vios, kind: 'logical-volume', name: `lv_aix01_${n}`, lunId: null, physicalPortId: null };
        x.domain.vtds[`vtd-lv${n}`] = { id: `vtd-lv${n}`, serverAdapterId: vhost, backingDeviceId: `bd-lv${n}`, name: 'vtscsi9', lun: 2, optical: false };
      }
      x.domain.volumeGroups['vg-1'] = { id: 'vg-1', partitionId: id.aix01, name: 'rootvg', diskIds: ['bd-lv1'], mirrorDiskIds: ['bd-lv2'], thirdCopyDiskIds: [] };
    });
    const ok = svc(computeImpact(d, []), id.aix01, 'vg:vg-1');
    expect(ok.verdict).toBe('OK');
    expect(ok.reason).toMatch(/^rootvg: mirrored, 2 copies in sync/);
    const one = svc(computeImpact(d, [{ id: id.vios1 }]), id.aix01, 'vg:vg-1');
    expect(one.verdict).toBe('Degraded');
    expect(one.reason).toBe('rootvg: copy on lv_aix01_1 (vios1) lost (vios1 down), continues on copy on lv_aix01_2 (vios2) (stale partitions to resync with syncvg after)');
    expect(svc(computeImpact(d, [{ id: id.vios1 }, { id: id.vios2 }]), id.aix01, 'vg:vg-1').verdict).toBe('Outage');
  });

  it('the frame down takes every partition on it down', () => {
    const { design, id } = base();
    const r = computeImpact(design, [{ id: id.sys }]);
    expect(r.counts.Outage).toBe(2);
    expect(r.partitions[0]!.reason).toMatch(/frame p9-test down/);
  });

  it('is deterministic and reuses the model', () => {
    const { design, id } = base();
    const m = buildPathModel(design);
    expect(JSON.stringify(impactOf(m, [{ id: id.fcsA1 }]))).toBe(JSON.stringify(impactOf(m, [{ id: id.fcsA1 }])));
    expect(JSON.stringify(impactOf(m, [{ id: id.fcsA1 }]))).toBe(JSON.stringify(computeImpact(design as Design, [{ id: id.fcsA1 }])));
  });
});
