import { describe, expect, it } from 'vitest';
import { detectKind } from './detect.ts';
import { modernFixture } from './fixtures/load.ts';
import { parseLshwresSriov } from './lshwres-sriov.ts';
import { parseLshwresVnic } from './lshwres-vnic.ts';
import { parseLsmapVnic } from './lsmap-vnic.ts';
import { parseClusterStatus, parseLssp, parseLuList } from './ssp-outputs.ts';

/** Parsers of the SR-IOV, vNIC and SSP outputs, on the fixtures of fixtures/modern (formats cited in its SOURCES.md). */
describe('detection of the new outputs by their content', () => {
  it.each([
    ['lsmap-vnic-vios1.txt', 'lsmap-vnic'], ['lsmap-vnic-fmt-vios2.txt', 'lsmap-vnic'], ['lshwres-sriov-adapter.txt', 'lshwres-sriov-adapter'],
    ['lshwres-sriov-physport.txt', 'lshwres-sriov-physport'], ['lshwres-sriov-logport.txt', 'lshwres-sriov-logport'], ['lshwres-vnic.txt', 'lshwres-vnic'],
    ['cluster-status.txt', 'cluster-status'], ['cluster-status-verbose.txt', 'cluster-status'], ['lssp-clustername.txt', 'lssp'], ['lu-list.txt', 'lu-list'],
  ])('%s is %s', (file, kind) => { expect(detectKind(modernFixture(file))).toBe(kind); });

  it('tells logical ports and vNICs from virtual Ethernet although all have port_vlan_id', () => {
    expect(detectKind('lpar_name=a,lpar_id=3,slot_num=5,port_vlan_id=10,auto_priority_failover=1,backing_devices=none')).toBe('lshwres-vnic');
    expect(detectKind('lpar_name=a,lpar_id=3,adapter_id=1,logical_port_id=27004003,phys_port_id=0,port_vlan_id=10')).toBe('lshwres-sriov-logport');
    expect(detectKind('lpar_name=a,lpar_id=3,slot_num=5,port_vlan_id=10,is_trunk=0,ieee_virtual_eth=0,addl_vlan_ids=')).toBe('lshwres-eth');
  });
});

describe('lshwres -r sriov', () => {
  it('adapter: shared adapters with id, location and limit; a dedicated one as such', () => {
    const r = parseLshwresSriov(modernFixture('lshwres-sriov-adapter.txt'), 'adapter');
    expect(r.unparsed).toEqual([]);
    if (r.facts.rsubtype !== 'adapter') throw new Error('wrong subtype');
    expect(r.facts.adapters.map((a) => [a.adapterId, a.mode, a.location, a.maxLogicalPorts])).toEqual([
      [1, 'shared', 'U78D3.ND1.WZS00AB-P1-C7', 64], [2, 'shared', 'U78D3.ND1.WZS00AB-P1-C8', 64], [null, 'dedicated', 'U78D3.ND1.WZS00AB-P1-C9', undefined],
    ]);
  });

  it('physport: limits, granularity, switch mode and speed (Mb/s, or the configured speed while the link is down)', () => {
    const r = parseLshwresSriov(modernFixture('lshwres-sriov-physport.txt'), 'physport');
    expect(r.unparsed).toEqual([]);
    if (r.facts.rsubtype !== 'physport') throw new Error('wrong subtype');
    expect(r.facts.ports[0]).toEqual({ line: 1, adapterId: 1, portIndex: 0, location: 'U78D3.ND1.WZS00AB-P1-C7-T1', maxLogicalPorts: 40, maxPromiscuousPorts: 4, capacityGranularity: 2, switchMode: 'veb', speedGbps: 25 });
    expect(r.facts.ports[3]).toMatchObject({ switchMode: 'vepa', speedGbps: 10 });
  });

  it('logport --level eth: owner, adapter, port, 8-hex id, capacities, VLANs', () => {
    const r = parseLshwresSriov(modernFixture('lshwres-sriov-logport.txt'), 'logport');
    expect(r.unparsed).toEqual([]);
    if (r.facts.rsubtype !== 'logport') throw new Error('wrong subtype');
    expect(r.facts.logicalPorts.map((l) => [l.lparName, l.adapterId, l.portIndex, l.logicalPortId, l.capacity, l.maxCapacity])).toEqual([
      ['vios1', 1, 0, '27004003', 20, 100], ['vios1', 1, 1, '27004005', 10, 100], ['vios2', 2, 0, '27008003', 20, 100], ['lnxapp01', 2, 1, '27008006', 4, 50],
    ]);
    expect(r.facts.logicalPorts[3]).toMatchObject({ allowedVlans: [40, 41], pvid: 0, mac: '0af122334613', location: 'U78D3.ND1.WZS00AB-P1-C8-T2-S6' });
  });

  it('logport without --level: unconfigured slots are understood and carry nothing', () => {
    const text = 'adapter_id=2,logical_port_id=27008005,logical_port_type=unconfigured,drc_name=PHB 4229,location_code=U78D3.ND1.WZS00AB-P1-C8-T1-S5\n';
    const r = parseLshwresSriov(text, 'logport');
    expect(r.unparsed).toEqual([]);
    expect(r.facts).toEqual({ rsubtype: 'logport', logicalPorts: [], unconfigured: 1 });
  });

  it('reads -F values under a --header line, with any delimiter', () => {
    // As the live capture of hmc-mcp (cli-sriov-logport-eth-v11r2-p9.json) prints it.
    const text = 'config_id,lpar_name,lpar_id,lpar_state,adapter_id,logical_port_id,logical_port_type,phys_port_id,functional_state,capacity,max_capacity\n'
      + '16384,vios1,1,Running,1,27004003,eth,0,1,20.0,100.0\n0,lnxapp01,4,Running,2,27008006,eth,1,1,4.0,50.0\n';
    expect(detectKind(text)).toBe('lshwres-sriov-logport');
    const r = parseLshwresSriov(text, 'logport');
    expect(r.unparsed).toEqual([]);
    if (r.facts.rsubtype !== 'logport') throw new Error('wrong subtype');
    expect(r.facts.logicalPorts.map((l) => [l.lparName, l.logicalPortId, l.capacity])).toEqual([['vios1', '27004003', 20], ['lnxapp01', '27008006', 4]]);
    const pct = 'lpar_name%lpar_id%slot_num%auto_priority_failover%backing_devices\naixdb01%3%5%1%sriov/vios1/1/1/0/27004003/20.0/20.0/10/100.0/100.0,sriov/vios2/2/2/0/27008003/20.0/20.0/20/100.0/100.0\n';
    expect(detectKind(pct)).toBe('lshwres-vnic');
    expect(parseLshwresVnic(pct).facts.vnics[0]!.backings.map((b) => [b.viosName, b.failoverPriority])).toEqual([['vios1', 10], ['vios2', 20]]);
  });

  it('refuses garbage with the column and the reason', () => {
    // (The short line comes first: after a long record it would be taken for that record's wrapped tail.)
    const text = [
      '16384,vios1,1',
      'config_id=1,lpar_name=vios1,lpar_id=1,adapter_id=1,logical_port_id=2700400Z,logical_port_type=eth,phys_port_id=0,capacity=20.0',
      'config_id=1,lpar_name=vios1,lpar_id=1,adapter_id=1,logical_port_id=27004003,logical_port_type=eth,phys_port_id=0,capacity=120.0',
    ].join('\n');
    const r = parseLshwresSriov(text, 'logport');
    expect(r.unparsed.map((u) => [u.line, u.column, u.reason])).toEqual([
      [1, undefined, undefined],
      [2, 52, 'logical_port_id=2700400Z: a logical-port id is 8 hexadecimal digits'],
      [3, text.split('\n')[2]!.indexOf('capacity=') + 1, 'capacity=120.0: not a percentage from 0 to 100'],
    ]);
    expect(text.split('\n')[1]!.slice(51, 67)).toBe('logical_port_id=');
  });
});

describe('lshwres -r virtualio --rsubtype vnic', () => {
  it('reads the vNIC, its backing devices with priorities, and which one is active', () => {
    const r = parseLshwresVnic(modernFixture('lshwres-vnic.txt'));
    expect(r.unparsed).toEqual([]);
    expect(r.facts.vnics[0]).toMatchObject({ lparName: 'aixdb01', lparId: 3, slot: 5, autoPriorityFailover: true, pvid: 10, allowedVlans: 'all' });
    expect(r.facts.vnics[0]!.backings).toEqual([
      { viosName: 'vios1', viosId: 1, adapterId: 1, portIndex: 0, logicalPortId: '27004003', capacity: 20, failoverPriority: 10, maxCapacity: 100, active: true, operational: true },
      { viosName: 'vios2', viosId: 2, adapterId: 2, portIndex: 0, logicalPortId: '27008003', capacity: 20, failoverPriority: 20, maxCapacity: 100, active: false, operational: true },
    ]);
  });

  it('refuses a backing device that is not in the readback encoding, pointing at it', () => {
    const line = 'lpar_name=a,lpar_id=3,slot_num=5,auto_priority_failover=1,"backing_devices=sriov/vios1/1/1/0/27004003/20.0/20.0/10/100.0/100.0,sriov/vios2/2/2/0/20"';
    const r = parseLshwresVnic(line);
    expect(r.facts.vnics).toEqual([]);
    expect(r.unparsed[0]).toMatchObject({ line: 1, column: line.indexOf('sriov/vios2') + 1 });
    expect(r.unparsed[0]!.reason).toMatch(/^backing device 2 has 6 fields; lshwres prints 11/);
    const prio = parseLshwresVnic('lpar_name=a,lpar_id=3,slot_num=5,backing_devices=sriov/vios1/1/1/0/27004003/20.0/20.0/300/100.0/100.0');
    expect(prio.unparsed[0]!.reason).toBe('backing device 1: failover priority 300 is not a whole number (1..100)');
  });
});

describe('lsmap -all -vnic', () => {
  it('plain: vnicserver, client, logical port and the client end', () => {
    const r = parseLsmapVnic(modernFixture('lsmap-vnic-vios1.txt'));
    expect(r.unparsed).toEqual([]);
    expect(r.facts.servers[0]).toEqual({
      line: 3, name: 'vnicserver0', physloc: 'U9080.HEX.78ABCDE-V1-C32897', clientId: 3, clientName: 'aixdb01', clientOs: 'AIX', backing: 'ent8',
      status: 'Available', backingPhysloc: 'U78D3.ND1.WZS00AB-P1-C7-T1-S3', clientDevice: 'ent2', clientPhysloc: 'U9080.HEX.78ABCDE-V3-C5',
    });
    // A client that is not running: N/A for its name, OS and device, its slot still in the physloc.
    expect(r.facts.servers[1]).toMatchObject({ clientId: 4, clientPhysloc: 'U9080.HEX.78ABCDE-V4-C6' });
    expect(r.facts.servers[1]!.clientName).toBeUndefined();
    expect(r.facts.servers[1]!.clientDevice).toBeUndefined();
  });

  it('-fmt : reads the same fields in the plain order', () => {
    const r = parseLsmapVnic(modernFixture('lsmap-vnic-fmt-vios2.txt'));
    expect(r.unparsed).toEqual([]);
    expect(r.facts.servers[0]).toMatchObject({ name: 'vnicserver0', clientId: 3, backing: 'ent8', backingPhysloc: 'U78D3.ND1.WZS00AB-P1-C8-T1-S3', clientPhysloc: 'U9080.HEX.78ABCDE-V3-C5' });
  });

  it('refuses a short -fmt line and attributes before any vnicserver, saying why', () => {
    const r = parseLsmapVnic('Backing device:ent8\nvnicserver0:U9080.HEX.78ABCDE-V2-C32897:3:aixdb01\n');
    expect(r.unparsed.map((u) => [u.line, u.column, u.reason?.slice(0, 30)])).toEqual([
      [1, 1, 'Backing device before any vnic'], [2, 1, '4 fields; lsmap -vnic -fmt pri'],
    ]);
  });
});

describe('Shared Storage Pool listings', () => {
  it('cluster -status: cluster, state and nodes with MTM and partition number', () => {
    const r = parseClusterStatus(modernFixture('cluster-status.txt'));
    expect(r.unparsed).toEqual([]);
    expect(r.facts.clusters).toEqual([{
      line: 2, name: 'ssp_clu1', state: 'OK', nodes: [
        { line: 5, name: 'vios1', mtm: '9080-HEX0278ABCDE', partitionId: 1, state: 'OK', poolState: 'OK' },
        { line: 6, name: 'vios2', mtm: '9080-HEX0278ABCDE', partitionId: 2, state: 'OK', poolState: 'OK' },
      ],
    }]);
  });

  it('cluster -status on the real one-node sample of MODERN.md 3.3 (whitespace lost, columns by whitespace)', () => {
    const r = parseClusterStatus('Cluster Name         State\nDemo_Cluster         OK\n    Node Name        MTM                 Partition Num  State  Pool State\n    vioserver1       8284-22A022132E0W   1              OK     OK\n');
    expect(r.unparsed).toEqual([]);
    expect(r.facts.clusters[0]!.nodes[0]).toMatchObject({ name: 'vioserver1', mtm: '8284-22A022132E0W', partitionId: 1 });
  });

  it('cluster -status -verbose: pool name, roles; a field it does not read is reported', () => {
    const r = parseClusterStatus(`${modernFixture('cluster-status-verbose.txt')}    Node Colour:          blue\n`);
    expect(r.facts.clusters[0]).toMatchObject({ name: 'ssp_clu1', state: 'OK', poolName: 'ssp_pool1', poolState: 'OK' });
    expect(r.facts.clusters[0]!.nodes.map((n) => [n.name, n.partitionId, n.roles])).toEqual([['vios1', 1, 'DBN'], ['vios2', 2, '']]);
    expect(r.unparsed.map((u) => u.reason)).toEqual(['node field "Colour" is not read']);
  });

  it('lssp: column form and KEY: value form', () => {
    expect(parseLssp(modernFixture('lssp-clustername.txt')).facts.pools).toEqual([{ line: 2, name: 'ssp_pool1', sizeMB: 1048320, freeMB: 980112, lus: 3, id: '000000000A0B0C0D000000005F1E2D3C' }]);
    const kv = parseLssp('POOL_NAME: p1\nPOOL_SIZE: 2048\nFREE_SPACE: 1024\nTOTAL_LUS: 2\nPOOL_TYPE: CLPOOL\n');
    expect(kv.unparsed).toEqual([]);
    expect(kv.facts.pools).toEqual([{ line: 1, name: 'p1', sizeMB: 2048, freeMB: 1024, lus: 2 }]);
  });

  it('lu -list: pool, tier, LUs with size and udid; -fmt only with its -header', () => {
    const r = parseLuList(modernFixture('lu-list.txt'));
    expect(r.unparsed).toEqual([]);
    expect(r.facts.lus[0]).toEqual({ line: 4, name: 'aixdb01_rootvg', poolName: 'ssp_pool1', tier: 'SYSTEM', sizeMB: 102400, unusedMB: 61440, udid: '5d6f3c1a9b8e7d6c5b4a39281706f5e4' });
    const fmt = parseLuList('POOL_NAME:TIER_NAME:LU_NAME:SIZE(MB):UNUSED(MB):UDID\np1:SYSTEM:lu_a:20480:20000:aa11\n');
    expect(fmt.unparsed).toEqual([]);
    expect(fmt.facts.lus).toEqual([{ line: 2, name: 'lu_a', poolName: 'p1', tier: 'SYSTEM', sizeMB: 20480, unusedMB: 20000, udid: 'aa11' }]);
    const bare = parseLuList('p1:SYSTEM:lu_a:20480:20000:aa11\n');
    expect(bare.facts.lus).toEqual([]);
    expect(bare.unparsed.map((u) => u.line)).toEqual([1]);
  });
});
