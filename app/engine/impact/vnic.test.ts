import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import type { Design } from '../../model/schema/index.ts';
import { modernDesign } from '../../model/testing/modern-design.ts';
import { analysePairs, analyseSinglePoints, buildPathModel, computeImpact, failableComponents, rehearseMaintenance, resolveComponent } from './index.ts';

/**
 * modernDesign: vnic-1 of aix01 (lpar-3) backed by logport-1 (vios1, SR-IOV adapter 1 port 0, priority 10) and logport-2
 * (vios2, adapter 2 port 0, priority 20); lnx03 (lpar-5) owns logport-3 on adapter 1 port 0, migratable with its virtual
 * Ethernet adapter as backup (HNV). Here aix02 (lpar-4) also gets a direct, non-migratable logical port on adapter 1 port 0.
 */
function design(): Design {
  return produce(modernDesign(), (d) => {
    d.domain.sriovLogicalPorts['logport-4'] = { ...d.domain.sriovLogicalPorts['logport-3']!, id: 'logport-4', partitionId: 'lpar-4', deviceName: 'ent5', migratable: false, backupDevice: null };
  });
}

const service = (r: ReturnType<typeof computeImpact>, partitionId: string, key: string) => r.partitions.find((p) => p.partitionId === partitionId)!.services.find((s) => s.key === key)!;
const vnic = (r: ReturnType<typeof computeImpact>) => service(r, 'lpar-3', 'vnic:vnic-1');

describe('vNIC in the impact engine (MODERN.md 7.1)', () => {
  it('is one network service whose alternatives are its backing devices, lowest failover priority first', () => {
    const m = buildPathModel(design());
    const s = m.services.find((x) => x.key === 'vnic:vnic-1')!;
    expect(s.mechanism).toBe('vnic-failover');
    expect(s.label).toBe('vNIC ent2 (slot 40)');
    const paths = s.copies[0]![0]!.paths;
    expect(paths.map((p) => [p.through, p.priority])).toEqual([['ent10 on vios1', 10], ['ent10 on vios2', 20]]);
    expect(paths[0]!.requires.map((c) => m.components[c]!.kind)).toEqual(['frame', 'vios', 'sriov-logical-port', 'sriov-port', 'sriov-adapter', 'ethernet-switch']);
    expect(vnic(computeImpact(design(), [])).reason).toBe('vNIC ent2 (slot 40): backing device ent10 on vios1 (priority 10) active, ent10 on vios2 (priority 20) standby');
  });

  it('the VIOS of the active backing device fails: the hypervisor activates the other (Degraded); both VIOS: Outage', () => {
    const one = vnic(computeImpact(design(), [{ id: 'lpar-1' }]));
    expect(one.verdict).toBe('Degraded');
    expect(one.reason).toMatch(/backing device ent10 on vios1 lost \(vios1 down\); the hypervisor activates ent10 on vios2, priority 20/);
    const standby = vnic(computeImpact(design(), [{ id: 'lpar-2' }]));
    expect(standby.verdict).toBe('Degraded');
    expect(standby.reason).toMatch(/ent10 on vios1 \(priority 10\) stays active, no failover left/);
    const both = vnic(computeImpact(design(), [{ id: 'lpar-1' }, { id: 'lpar-2' }]));
    expect(both.verdict).toBe('Outage');
    expect(both.reason).toMatch(/every backing device lost.*no Operational backing device left/);
  });

  it('the active backing device lost through its port, its adapter or itself is a failover too', () => {
    for (const id of ['sriovport-1', 'sriov-1', 'logport-1']) expect(vnic(computeImpact(design(), [{ id }])).verdict).toBe('Degraded');
    expect(vnic(computeImpact(design(), [{ id: 'sriovport-1' }])).reason).toMatch(/SR-IOV adapter 1 port 0 link down/);
    expect(vnic(computeImpact(design(), [{ id: 'sriov-1' }, { id: 'sriov-2' }])).verdict).toBe('Outage');
  });

  it('a vNIC with one backing device is a single point of failure: its VIOS and its port are in N-1 with an Outage', () => {
    const single = produce(design(), (d) => { delete d.domain.vnicBackingDevices['vnicbd-2']; });
    expect(vnic(computeImpact(single, [{ id: 'lpar-1' }])).verdict).toBe('Outage');
    const n1 = analyseSinglePoints(buildPathModel(single));
    const outageOf = (id: string) => n1.find((e) => e.components[0]!.id === id)!.partitions.find((p) => p.partitionId === 'lpar-3')?.network;
    expect(outageOf('lpar-1')).toBe('Outage');
    expect(outageOf('logport-1')).toBe('Outage');
    // with two backing devices on two VIOS and two adapters, nothing on its way alone takes it down
    const n1Both = analyseSinglePoints(buildPathModel(design()));
    for (const id of ['lpar-1', 'lpar-2', 'sriov-1', 'sriov-2', 'sriovport-1', 'logport-1', 'logport-2']) {
      expect(n1Both.find((e) => e.components[0]!.id === id)!.partitions.find((p) => p.partitionId === 'lpar-3')?.network).toBe('Degraded');
    }
  });

  it('N-2 lists the two SR-IOV adapters of the vNIC together (N-2 pairs components shared by several partitions)', () => {
    const shared = produce(design(), (d) => {
      d.domain.sriovLogicalPorts['logport-5'] = { ...d.domain.sriovLogicalPorts['logport-4']!, id: 'logport-5', physicalPortId: 'sriovport-2', deviceName: 'ent6' };
    });
    const pairs = analysePairs(buildPathModel(shared));
    const pair = pairs.find((e) => e.components.map((c) => c.id).sort().join() === 'sriov-1,sriov-2');
    expect(pair?.partitions.find((p) => p.partitionId === 'lpar-3')?.network).toBe('Outage');
  });

  it('maintenance of the VIOS of the active backing device moves the vNIC first and turns auto priority failover back on after', () => {
    const r = rehearseMaintenance(design(), 'lpar-1');
    expect(r.steps.join('\n')).toMatch(/auto_priority_failover=0.*vnicbkdev -o act.*aix01 vNIC ent2 \(slot 40\) to ent10 on vios2/);
    expect(r.steps.at(-1)).toMatch(/auto_priority_failover=1 on the vNICs moved/);
    expect(r.blockers.filter((b) => b.partitionId === 'lpar-3')).toEqual([]);
    const single = produce(design(), (d) => { delete d.domain.vnicBackingDevices['vnicbd-2']; });
    expect(rehearseMaintenance(single, 'lpar-1').blockers.find((b) => b.partitionId === 'lpar-3')?.reason).toMatch(/vNIC ent2 \(slot 40\) has no backing device on another VIOS/);
  });
});

describe('direct SR-IOV logical ports in the impact engine (MODERN.md 7.2)', () => {
  it('physical port link loss takes down every logical port on it at once: Outage without a bond', () => {
    const r = computeImpact(design(), [{ id: 'sriovport-1' }]);
    const aix02 = service(r, 'lpar-4', 'sriov:logport-4');
    expect(aix02.verdict).toBe('Outage');
    expect(aix02.reason).toBe('SR-IOV logical port ent5: path through SR-IOV adapter 1 port 0 lost (p9-frame1 SR-IOV adapter 1 port 0 link down): a logical port assigned directly has no failover (SRIOV-8: bond two ports or use a vNIC)');
    // the same port carries vios1's vNIC backing device: aix01 fails over, lnx03's HNV bond goes to its backup
    expect(vnic(r).verdict).toBe('Degraded');
    expect(service(r, 'lpar-5', 'sriov:logport-3').verdict).toBe('Degraded');
    // the adapter takes all its ports; the other adapter's port leaves them alone
    expect(service(computeImpact(design(), [{ id: 'sriov-1' }]), 'lpar-4', 'sriov:logport-4').verdict).toBe('Outage');
    expect(service(computeImpact(design(), [{ id: 'sriovport-2' }]), 'lpar-4', 'sriov:logport-4').verdict).toBe('OK');
    // a logical port fails alone
    const own = computeImpact(design(), [{ id: 'logport-4' }]);
    expect(service(own, 'lpar-4', 'sriov:logport-4').verdict).toBe('Outage');
    expect(service(own, 'lpar-5', 'sriov:logport-3').verdict).toBe('OK');
    // a VIOS failure does not touch a direct logical port
    expect(service(computeImpact(design(), [{ id: 'lpar-1' }, { id: 'lpar-2' }]), 'lpar-4', 'sriov:logport-4').verdict).toBe('OK');
  });

  it('a migratable (HNV) logical port bonds with its backup device: link loss is Degraded, the bond runs on the backup', () => {
    const m = buildPathModel(design());
    const s = m.services.find((x) => x.key === 'sriov:logport-3')!;
    expect(s.mechanism).toBe('nib');
    expect(s.label).toBe('ent1 (HNV bond: SR-IOV logical port ent1 primary, ent0 backup)');
    expect(m.partitions.find((p) => p.partitionId === 'lpar-5')!.services.map((i) => m.services[i]!.key).filter((k) => k.startsWith('vlan:'))).toEqual([]);
    const r = service(computeImpact(design(), [{ id: 'sriovport-1' }]), 'lpar-5', 'sriov:logport-3');
    expect(r.reason).toMatch(/continues on SEA ent3 on vios1 via ent0 and SEA ent3 on vios2 via ent0/);
  });

  it('NIB over logical ports on two adapters survives either port (client EtherChannel)', () => {
    const nib = produce(design(), (d) => {
      d.domain.sriovLogicalPorts['logport-5'] = { ...d.domain.sriovLogicalPorts['logport-4']!, id: 'logport-5', physicalPortId: 'sriovport-2', deviceName: 'ent6' };
      d.domain.etherChannels['ech-9'] = { id: 'ech-9', partitionId: 'lpar-4', deviceName: 'ent7', mode: 'netif_backup', primaryId: 'logport-4', backupId: 'logport-5', pollUplink: false };
    });
    const r = computeImpact(nib, [{ id: 'sriovport-1' }]);
    const s = service(r, 'lpar-4', 'ech:ech-9');
    expect(s.verdict).toBe('Degraded');
    expect(s.reason).toMatch(/continues on SR-IOV adapter 2 port 0 via ent6 \(NIB switched to the backup adapter\)/);
    expect(r.partitions.find((p) => p.partitionId === 'lpar-4')!.services.some((x) => x.key === 'sriov:logport-4')).toBe(false);
    expect(service(computeImpact(nib, [{ id: 'sriovport-1' }, { id: 'sriovport-2' }]), 'lpar-4', 'ech:ech-9').verdict).toBe('Outage');
  });

  it('an SEA whose real adapter is a logical port is lost with the port', () => {
    const sea = produce(design(), (d) => {
      const s = Object.values(d.domain.seas).find((x) => x.partitionId === 'lpar-1')!;
      d.domain.sriovLogicalPorts['logport-6'] = { ...d.domain.sriovLogicalPorts['logport-1']!, id: 'logport-6', deviceName: 'ent11', promiscuous: true };
      s.realAdapter = { kind: 'sriov-logical-port', id: 'logport-6' };
    });
    const r = computeImpact(sea, [{ id: 'sriovport-1' }]);
    const vlan = r.partitions.find((p) => p.partitionId === 'lpar-4')!.services.find((s) => s.key.startsWith('vlan:'))!;
    expect(vlan.verdict).toBe('Degraded');
    expect(vlan.reason).toMatch(/SEA ent3 on vios1 lost \(p9-frame1 SR-IOV adapter 1 port 0 link down\)/);
  });

  it('names the SR-IOV components as the HMC does and finds them by name', () => {
    const comps = failableComponents(design()).filter((c) => c.kind.startsWith('sriov'));
    expect(comps.map((c) => `${c.kind} ${c.name}`)).toEqual([
      'sriov-adapter p9-frame1 SR-IOV adapter 1 (P1-C1)', 'sriov-adapter p9-frame1 SR-IOV adapter 2 (P1-C2)',
      'sriov-port p9-frame1 SR-IOV adapter 1 port 0', 'sriov-port p9-frame1 SR-IOV adapter 2 port 0',
      'sriov-logical-port aix02 ent5', 'sriov-logical-port lnx03 ent1', 'sriov-logical-port vios1 ent10', 'sriov-logical-port vios2 ent10',
    ]);
    expect(comps[0]!.elementIds).toEqual(['sriov-1', 'sriovport-1']);
    const found = resolveComponent(design(), 'p9-frame1 SR-IOV adapter 1 port 0');
    expect(found.ok && found.component.id).toBe('sriovport-1');
  });
});
