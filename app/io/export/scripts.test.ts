import { describe, expect, it } from 'vitest';
import * as ops from '../../model/ops/index.ts';
import { openDesign, saveDesign, type Design } from '../../model/index.ts';
import { DesignBuilder } from '../../model/templates/build.ts';
import { buildDualViosTemplate } from '../../model/templates/sample.ts';
import { parseHmcRecord, splitHmcList } from '../hmc-fields.ts';
import { parseFcAdapterString } from '../profile-adapters.ts';
import { buildScript, scriptSections } from './scripts.ts';
import { shellWords } from './shell-words.ts';

const sample = buildDualViosTemplate();
const script = buildScript(sample);
const lines = script.split('\n');
const at = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix));

describe('build script', () => {
  it('puts the steps in an order that works: partitions, then per VIOS cfgdev, disks, mappings, SEA, NPIV', () => {
    const lastMksyscfg = lines.map((l, i) => (l.startsWith('mksyscfg') ? i : -1)).reduce((a, b) => Math.max(a, b));
    const order = ['cfgdev', 'chdev -dev hdisk0 -attr reserve_policy=no_reserve', 'mkvdev -vdev hdisk0 -vadapter vhost0 -dev vtscsi0',
      'mkvdev -sea ent0 -vadapter ent1 -default ent1 -defaultid 10 -attr ha_mode=auto ctl_chan=ent2', 'vfcmap -vadapter vfchost0 -fcp fcs0'];
    const positions = order.map(at);
    expect(positions.every((p) => p > lastMksyscfg)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(scriptSections(sample).map((s) => `${s.target} ${s.title}`)).toEqual([
      'hmc HMC: p9-frame1', 'vios VIOS vios1', 'vios VIOS vios2', 'client Client aix01', 'client Client aix02', 'client Client lnx03',
    ]);
  });

  it('writes mksyscfg with the profile attributes and the adapter lists quoted as the HMC wants them', () => {
    const line = lines.find((l) => l.startsWith('mksyscfg') && l.includes('name=aix01'))!;
    const words = shellWords(line)!;
    expect(words.slice(0, 5)).toEqual(['mksyscfg', '-r', 'lpar', '-m', 'p9-frame1']);
    const rec = parseHmcRecord(words[6]!)!;
    expect(rec).toMatchObject({ name: 'aix01', lpar_id: '3', lpar_env: 'aixlinux', proc_mode: 'shared', desired_proc_units: '0.5', max_virtual_slots: '64', desired_mem: '8192' });
    expect(splitHmcList(rec.virtual_scsi_adapters!)).toEqual(['2/client/1/vios1/13/1', '3/client/2/vios2/13/1']);
    expect(splitHmcList(rec.virtual_fc_adapters!)!.map((s) => parseFcAdapterString(s)!.wwpns)).toEqual([['c050760800000002', 'c050760800000003'], ['c050760800000005', 'c050760800000006']]);
    expect(line).toContain('"virtual_fc_adapters=""4/client/1/vios1/14/c050760800000002,c050760800000003/1"",');
    expect(splitHmcList(rec.virtual_eth_adapters!)).toEqual(['6/0/10//0/0/ETHERNET0']);
  });

  it('says in a comment what each block builds and keeps client settings as comments', () => {
    expect(lines).toContain('# SEA ent3: bridges VLAN 10 to ent0, ha_mode=auto');
    expect(lines).toContain('# NPIV vfchost0 (slot 14) for aix01 to fcs0');
    expect(lines).toContain('# vSCSI vhost0 (slot 13) for aix01: 1 virtual target device');
    expect(lines.filter((l) => l.includes('chdev -l')).every((l) => l.startsWith('# '))).toBe(true);
    expect(lines).toContain('# chdev -l fscsi0 -a fc_err_recov=fast_fail -a dyntrk=yes -P');
    for (const [i, l] of lines.entries()) {
      if (l && !l.startsWith('#')) expect(lines[i - 1] ?? '', `line ${i + 1}`).not.toBe('');
    }
  });

  it('is deterministic, also for the same design read back from JSON', () => {
    expect(buildScript(buildDualViosTemplate())).toBe(script);
    const reopened = openDesign(saveDesign(sample));
    if (!reopened.ok) throw new Error(reopened.errors.join('\n'));
    expect(buildScript(reopened.design)).toBe(script);
  });

  it('writes link aggregations, optical media, logical volumes, load sharing and quotes odd names', () => {
    const b = new DesignBuilder(buildDualViosTemplate({ haMode: 'sharing' }));
    const vios1 = Object.values(b.design.domain.partitions).find((p) => p.name === 'vios1')!.id;
    b.apply(ops.updatePartition, { id: Object.values(b.design.domain.partitions).find((p) => p.name === 'aix01')!.id, patch: { name: "it's prod" } });
    b.apply(ops.addPhysicalPort, { systemId: b.design.domain.partitions[vios1]!.systemId, partitionId: vios1, kind: 'ethernet' });
    b.apply(ops.addPhysicalPort, { systemId: b.design.domain.partitions[vios1]!.systemId, partitionId: vios1, kind: 'ethernet' });
    const ports = Object.values(b.design.domain.physicalPorts).filter((p) => p.partitionId === vios1 && p.kind === 'ethernet' && p.deviceName !== 'ent0');
    b.apply(ops.createLinkAggregation, { partitionId: vios1, memberIds: ports.map((p) => p.id) });
    b.apply(ops.addBackingDevice, { partitionId: vios1, kind: 'logical-volume', name: 'lv_boot', sizeGB: 20, volumeGroup: 'datavg' });
    const lv = b.last('backingDevices');
    b.apply(ops.addBackingDevice, { partitionId: vios1, kind: 'file-optical', name: 'aix73.iso' });
    const iso = b.last('backingDevices');
    b.apply(ops.addMediaRepository, { partitionId: vios1, sizeGB: 10 });
    const vhost = Object.values(b.design.domain.vscsiAdapters).find((a) => a.partitionId === vios1 && a.deviceName === 'vhost0')!.id;
    b.apply(ops.mapBackingDevice, { serverAdapterId: vhost, backingDeviceId: lv });
    b.apply(ops.mapBackingDevice, { serverAdapterId: vhost, backingDeviceId: iso });
    b.apply(ops.mapBackingDevice, { serverAdapterId: vhost, backingDeviceId: null });
    const text = buildScript(b.design as Design);
    for (const expected of [
      'mkrep -sp rootvg -size 10G', 'mklv -lv lv_boot datavg 20G', 'mkvdev -vdev lv_boot -vadapter vhost0 -dev vtscsi3',
      'mkvdev -fbo -vadapter vhost0 -dev vtopt0', 'loadopt -disk aix73.iso -vtd vtopt0', 'mkvdev -fbo -vadapter vhost0 -dev vtopt1',
      'mkvdev -lnagg ent4,ent5 -attr mode=8023ad', 'chdev -dev ent3 -attr ha_mode=sharing',
    ]) expect(text.split('\n'), expected).toContain(expected);
    const mk = text.split('\n').find((l) => l.includes("-i 'name=it'\\''s prod,"))!;
    expect(parseHmcRecord(shellWords(mk)![6]!)!.name).toBe("it's prod");
  });
});
