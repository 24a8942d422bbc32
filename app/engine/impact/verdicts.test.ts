import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/schema/index.ts';
import { buildPower6HeaTemplate } from '../../model/templates/power6-hea.ts';
import { buildDualViosTemplate } from '../../model/templates/sample.ts';
import { base, edit } from '../testing/fixture.ts';
import { buildPathModel, computeImpact, impactOf, rehearseMaintenance, type ImpactResult, type ServiceVerdict } from './index.ts';

const vlanKey = (vlan: number) => `vlan:${base().id.sys}:ETHERNET0:${vlan}`;
const svc = (r: ImpactResult, partition: string, key: string): ServiceVerdict => {
  const s = r.partitions.find((x) => x.partitionId === partition)?.services.find((x) => x.key === key);
  if (!s) throw new Error(`no service ${key}`);
  return s;
};

describe('verdict rules', () => {
  it('SEA pair without a working control channel: both bridge, broadcast storm, Outage on the VLAN until one side is gone', () => {
    const d = edit((x, id) => { x.domain.seas[id.sea2]!.controlChannelId = null; });
    const { id } = base();
    const m = buildPathModel(d);
    const vlan = m.services.find((s) => s.key === vlanKey(10))!;
    expect(vlan.recovery.controlChannel).toMatchObject({ working: false });
    const now = svc(impactOf(m, []), id.aix01, vlanKey(10));
    expect(now.verdict).toBe('Outage');
    expect(now.reason).toMatch(/SEA ent\d+ on vios1 and SEA ent\d+ on vios2 both bridge without a working control channel: broadcast storm/);
    // storage is not touched by the storm
    expect(svc(impactOf(m, []), id.aix01, `lun:${id.lun1}`).verdict).toBe('OK');
    // with one SEA gone only one bridges: the storm ends (the one exception to "failing more never improves")
    expect(svc(impactOf(m, [{ id: id.vios2 }]), id.aix01, vlanKey(10)).verdict).toBe('Degraded');
  });

  it('hcheck_interval=0: a path through a restored VIOS stays Failed (Degraded) until re-enabled; 60 brings it back', () => {
    const { id } = base();
    const zero = edit((x) => { x.domain.partitions[id.aix01]!.tunables!.hcheckInterval = 0; });
    const r0 = impactOf(buildPathModel(zero), [], { restored: [id.vios1] });
    const s = svc(r0, id.aix01, `lun:${id.lun1}`);
    expect(s.verdict).toBe('Degraded');
    expect(s.reason).toBe('LUN aix01_rootvg: path through vios1 stays Failed after it came back: hcheck_interval=0 never re-enables it (chpath -s enable), continues on vios2 via vscsi1');
    // the network is not MPIO: back to OK; aix02 (hcheck_interval=60) is OK
    expect(svc(r0, id.aix01, vlanKey(10)).verdict).toBe('OK');
    expect(r0.partitions.find((p) => p.partitionId === id.aix02)!.verdict).toBe('OK');
    expect(impactOf(buildPathModel(base().design), [], { restored: [id.vios1] }).counts.OK).toBe(2);
  });

  it('traffic between partitions on an internal VLAN stays in the hypervisor and survives both VIOS', () => {
    const { id } = base();
    const d = edit((x) => {
      for (const [n, p] of [[1, id.aix01], [2, id.aix02]] as const) {
        x.domain.vethAdapters[`veth-int${n}`] = { id: `veth-int${n}`, partitionId: p, slot: 40, deviceName: 'ent5', pvid: 300, additionalVlans: [], ieee8021q: false, trunk: false, vswitch: 'ETHERNET0', required: false, dlparOnly: false };
      }
    });
    const r = computeImpact(d, [{ id: id.vios1 }, { id: id.vios2 }]);
    const s = svc(r, id.aix01, vlanKey(300));
    expect(s.verdict).toBe('OK');
    expect(s.reason).toBe('VLAN 300: internal to the frame, switched by the hypervisor');
    expect(svc(r, id.aix01, vlanKey(10)).reason).toMatch(/traffic to other partitions on VLAN 10 stays in the hypervisor/);
  });

  /** NIB: two single SEAs (vios1 bridges VLAN 10, vios2 VLAN 20), aix01 with ent0 (VLAN 10) primary and ent9 (VLAN 20) backup. */
  const nib = (netaddr?: string): Design => edit((x, id) => {
    const s1 = x.domain.seas[id.sea1]!;
    const s2 = x.domain.seas[id.sea2]!;
    s1.haMode = 'disabled'; s2.haMode = 'disabled'; s1.controlChannelId = null; s2.controlChannelId = null;
    x.domain.vethAdapters[id.trunk2]!.pvid = 20;
    s2.defaultPvid = 20;
    x.domain.vethAdapters['veth-b'] = { id: 'veth-b', partitionId: id.aix01, slot: 41, deviceName: 'ent9', pvid: 20, additionalVlans: [], ieee8021q: false, trunk: false, vswitch: 'ETHERNET0', required: false, dlparOnly: false };
    x.domain.etherChannels['ech-1'] = { id: 'ech-1', partitionId: id.aix01, deviceName: 'ent10', mode: 'netif_backup', primaryId: id.eth1, backupId: 'veth-b', pollUplink: false, ...(netaddr ? { netaddr } : {}) };
  });

  it('NIB with netaddr: losing the primary VIOS switches to the backup adapter (Degraded)', () => {
    const { id } = base();
    const m = buildPathModel(nib('10.1.1.1'));
    const ok = svc(impactOf(m, []), id.aix01, 'ech:ech-1');
    expect(ok.verdict).toBe('OK');
    expect(m.services.find((s) => s.key === 'ech:ech-1')!.mechanism).toBe('nib');
    const s = svc(impactOf(m, [{ id: id.vios1 }]), id.aix01, 'ech:ech-1');
    expect(s.verdict).toBe('Degraded');
    expect(s.reason).toMatch(/NIB switched to the backup adapter/);
    expect(svc(impactOf(m, [{ id: id.vios2 }]), id.aix01, 'ech:ech-1').verdict).toBe('Degraded');
    expect(svc(impactOf(m, [{ id: id.vios1 }, { id: id.vios2 }]), id.aix01, 'ech:ech-1').verdict).toBe('Outage');
  });

  it('NIB of virtual adapters without netaddr or poll_uplink never notices the primary is cut off (Outage)', () => {
    const { id } = base();
    const s = svc(computeImpact(nib(), [{ id: id.vios1 }]), id.aix01, 'ech:ech-1');
    expect(s.verdict).toBe('Outage');
    expect(s.reason).toMatch(/NIB never notices/);
    // losing the backup side only is Degraded
    expect(svc(computeImpact(nib(), [{ id: id.vios2 }]), id.aix01, 'ech:ech-1').verdict).toBe('Degraded');
  });

  it('HEA: a logical port is lost with its HEA physical port; no VIOS on the path', () => {
    const d = buildPower6HeaTemplate();
    const m = buildPathModel(d);
    const hea = m.components.filter((c) => c.kind === 'hea-port');
    expect(hea.length).toBeGreaterThan(0);
    const r = impactOf(m, [{ id: hea[0]!.id }]);
    const hit = r.partitions.flatMap((p) => p.services).filter((s) => s.key.startsWith('hea:') && s.verdict === 'Outage');
    expect(hit.length).toBeGreaterThan(0);
    expect(hit[0]!.reason).toContain(`${hea[0]!.name} down`);
    const vios = m.components.find((c) => c.kind === 'vios')!;
    expect(impactOf(m, [{ id: vios.id }]).partitions.flatMap((p) => p.services).filter((s) => s.key.startsWith('hea:')).every((s) => s.verdict === 'OK')).toBe(true);
  });

  it('planned VIOS shutdown: same verdicts, reasons say planned; the rehearsal puts the SEA to standby first and finds no blocker', () => {
    const d = buildDualViosTemplate();
    const m = buildPathModel(d);
    const vios1 = m.components.find((c) => c.kind === 'vios' && c.name === 'vios1')!;
    const r = impactOf(m, [{ id: vios1.id, planned: true }]);
    expect(r.counts).toMatchObject({ Outage: 0 });
    expect(r.partitions[0]!.reason).toContain('vios1 shut down (planned)');
    const rehearsal = rehearseMaintenance(m, vios1.id);
    expect(rehearsal.steps[0]).toMatch(/^chdev -dev ent\d+ -attr ha_mode=standby on vios1/);
    expect(rehearsal.steps.some((s) => s === 'shutdown -force on vios1')).toBe(true);
    expect(rehearsal.impact.counts.Outage).toBe(0);
    expect(rehearsal.blockers).toEqual([]);
  });

  it('the rehearsal names what blocks a clean shutdown: single path, unmirrored LV, hcheck_interval=0, single bridge', () => {
    const { id } = base();
    const d = edit((x) => {
      x.domain.partitions[id.aix02]!.tunables!.hcheckInterval = 0;
      x.domain.backingDevices['bd-lv'] = { id: 'bd-lv', partitionId: id.vios1, kind: 'logical-volume', name: 'lv_aix01', lunId: null, physicalPortId: null };
      x.domain.vtds['vtd-lv'] = { id: 'vtd-lv', serverAdapterId: id.vhost1, backingDeviceId: 'bd-lv', name: 'vtscsi9', lun: 2, optical: false };
      delete x.domain.vtds[Object.values(x.domain.vtds).find((v) => v.serverAdapterId === id.vhost2)!.id];
      x.domain.seas[id.sea1]!.haMode = 'disabled';
      delete x.domain.seas[id.sea2];
    });
    const kinds = rehearseMaintenance(d, id.vios1).blockers.map((b) => `${b.name}:${b.kind}`).sort();
    expect(kinds).toEqual(expect.arrayContaining(['aix01:single-path', 'aix01:unmirrored-lv', 'aix01:single-bridge', 'aix02:hcheck-interval-0', 'aix02:single-bridge']));
  });
});
