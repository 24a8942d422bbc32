import { describe, expect, it } from 'vitest';
import { lunHexId } from '../../model/index.ts';
import { buildDualViosTemplate } from '../../model/templates/sample.ts';
import { importTexts } from '../import/merge.ts';
import { fixtureInputs } from '../import/fixtures/load.ts';
import { csvField, storageMappingCsv, toCsv, vlanMappingCsv } from './csv.ts';

/** A small RFC 4180 reader to check what the writer produces. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') quoted = false; else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cur); cur = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(cur); rows.push(row); row = []; cur = ''; i++; } else cur += c;
  }
  return rows;
}

describe('CSV mapping tables', () => {
  it('quotes fields with commas, quotes, line breaks and edge blanks, and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' pad')).toBe('" pad"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-12')).toBe('-12');
    expect(csvField(null)).toBe('');
    expect(readCsv(toCsv([['a,b', 'c"d', 'e\nf']]))).toEqual([['a,b', 'c"d', 'e\nf']]);
  });

  it('lists each client slot with its VIOS, server slot, vhost, VTD and backing device', () => {
    const rows = readCsv(storageMappingCsv(buildDualViosTemplate()));
    expect(rows[0]).toEqual(['frame', 'client', 'client_id', 'type', 'client_slot', 'client_device', 'vios', 'vios_id', 'server_slot', 'server_device', 'vtd', 'lun', 'backing_device', 'backing_kind', 'fc_port', 'wwpns']);
    expect(rows[1]).toEqual(['p9-frame1', 'aix01', '3', 'vSCSI', '2', 'vscsi0', 'vios1', '1', '13', 'vhost0', 'vtscsi0', '0x8100000000000000', 'hdisk0', 'physical-volume', '', '']);
    expect(rows[3]).toEqual(['p9-frame1', 'aix01', '3', 'vFC', '4', 'fcs0', 'vios1', '1', '14', 'vfchost0', '', '', '', '', 'fcs0', 'c050760800000002 c050760800000003']);
    expect(rows).toHaveLength(13);
  });

  it('shows several VTDs, empty optical devices and server adapters without a client', () => {
    const rows = readCsv(storageMappingCsv(importTexts(fixtureInputs()).design));
    expect(rows.filter((r) => r[9] === 'vhost0' && r[6] === 'vios1').map((r) => [r[10], r[11], r[12]])).toEqual([
      ['vtscsi0', '0x8100000000000000', 'hdisk4'], ['vtscsi1', '0x8200000000000000', 'hdisk5'], ['vtopt0', '0x8300000000000000', 'aix73_tl2.iso'],
    ]);
    expect(rows.find((r) => r[10] === 'vtopt1')![12]).toBe('(no media)');
    expect(rows.at(-1)!.slice(1, 10)).toEqual(['', '', 'vSCSI', '', '', 'vios1', '1', '13', 'vhost2']);
  });

  it('lists per VLAN the SEA, trunk adapter and real adapter of each VIOS, and who uses it', () => {
    const rows = readCsv(vlanMappingCsv(buildDualViosTemplate()));
    expect(rows.slice(1)).toEqual([
      ['p9-frame1', 'ETHERNET0', '10', 'production', 'vios1', 'ent3', 'auto', 'ent1', '11', 'untagged (PVID)', '1', 'ent0', 'ent2', 'aix01 aix02 lnx03'],
      ['p9-frame1', 'ETHERNET0', '10', 'production', 'vios2', 'ent3', 'auto', 'ent1', '11', 'untagged (PVID)', '2', 'ent0', 'ent2', 'aix01 aix02 lnx03'],
      ['p9-frame1', 'ETHERNET0', '99', '', '', '', '', '', '', '', '', '', '', 'vios1 vios2'],
    ]);
    const tagged = readCsv(vlanMappingCsv(importTexts(fixtureInputs()).design)).find((r) => r[2] === '20' && r[4] === 'vios1')!;
    expect([tagged[7], tagged[9], tagged[11]]).toEqual(['ent5', 'tagged', 'ent4']);
  });

  it('writes LUN ids the way lsmap prints them', () => {
    expect([lunHexId(1), lunHexId(2), lunHexId(16)]).toEqual(['0x8100000000000000', '0x8200000000000000', '0x9000000000000000']);
  });
});
