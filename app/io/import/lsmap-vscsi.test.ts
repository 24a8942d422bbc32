import { describe, expect, it } from 'vitest';
import { fixture } from './fixtures/load.ts';
import { lunNumber, parseLsmapVscsi } from './lsmap-vscsi.ts';

describe('lsmap -all (virtual SCSI)', () => {
  const { facts, unparsed, errors } = parseLsmapVscsi(fixture('lsmap-all-vios1.txt'));

  it('reads each vhost with its physloc and the client partition id from hex', () => {
    expect(facts.vhosts.map((v) => [v.name, v.physloc, v.clientId])).toEqual([
      ['vhost0', 'U9080.HEX.78ABCDE-V1-C11', 3],
      ['vhost1', 'U9080.HEX.78ABCDE-V1-C12', 4],
      ['vhost2', 'U9080.HEX.78ABCDE-V1-C13', null],
    ]);
    expect(unparsed).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('reads VTDs with status, LUN, backing device, physloc and mirrored', () => {
    const [vhost0, vhost1, vhost2] = facts.vhosts;
    expect(vhost0!.vtds[0]).toMatchObject({
      name: 'vtscsi0', status: 'Available', lun: 1, lunHex: '0x8100000000000000', backing: 'hdisk4', mirrored: false,
      backingPhysloc: 'U78D3.ND1.WZS00AB-P1-C4-T1-W500507680C11AB12-L1000000000000',
    });
    expect(vhost0!.vtds.map((v) => [v.name, v.lun, v.backing])).toEqual([['vtscsi0', 1, 'hdisk4'], ['vtscsi1', 2, 'hdisk5'], ['vtopt0', 3, '/var/vio/VMLibrary/aix73_tl2.iso']]);
    expect(vhost0!.vtds[2]!.mirrored).toBeUndefined();
    expect(vhost1!.vtds.map((v) => [v.name, v.backing])).toEqual([['lnx_rootvg', 'lv_lnxapp01'], ['vtopt1', null]]);
    expect(vhost2!.vtds).toEqual([]);
  });

  it('reads lsmap -vadapter vhostN the same way', () => {
    const r = parseLsmapVscsi(fixture('lsmap-vadapter-vios2.txt'));
    expect(r.facts.vhosts).toHaveLength(1);
    expect(r.facts.vhosts[0]!.vtds.map((v) => [v.name, v.status, v.backing])).toEqual([['vtscsi0', 'Available', 'hdisk2'], ['vtscsi1', 'Defined', 'hdisk3']]);
  });

  it('lists lines it does not understand with their numbers', () => {
    const r = parseLsmapVscsi('VTD    vtscsi9\nSVSA Physloc Client Partition ID\nvhost0 U9080.HEX.78ABCDE-V1-C11 0x00000003\nsomething odd\n');
    expect(r.unparsed).toEqual([{ line: 1, text: 'VTD    vtscsi9' }, { line: 4, text: 'something odd' }]);
    expect(r.facts.vhosts).toHaveLength(1);
  });

  it('turns LUN ids into LUN numbers', () => {
    expect(lunNumber('0x8100000000000000')).toBe(1);
    expect(lunNumber('0x8a00000000000000')).toBe(10);
    expect(lunNumber('0x0000000000000000')).toBeUndefined();
    expect(lunNumber('garbage')).toBeUndefined();
  });
});
