import { describe, expect, it } from 'vitest';
import { checkIntegrity, designSchema } from '../../model/index.ts';
import { importTexts } from './merge.ts';

const valid = (r: ReturnType<typeof importTexts>) => {
  expect(() => designSchema.parse(r.design)).not.toThrow();
  expect(checkIntegrity(r.design)).toEqual([]);
};

describe('malformed and hostile input', () => {
  it('reports garbage line by line and gives an empty, valid design', () => {
    const r = importTexts([{ name: 'junk.bin', text: '\u0000\u0001\u0002binary\nGET / HTTP/1.1\n<script>alert(1)</script>\n' }]);
    valid(r);
    expect(Object.keys(r.design.domain.partitions)).toEqual([]);
    expect(r.report.files[0]).toMatchObject({ kind: 'unknown', unparsed: [{ line: 1 }, { line: 2 }, { line: 3 }] });
  });

  it('copes with nothing at all', () => {
    valid(importTexts([]));
    const r = importTexts([{ name: 'empty', text: '' }, { name: 'blank', text: '\n\n  \n' }]);
    valid(r);
    expect(r.report.files.map((f) => f.unparsed)).toEqual([[], []]);
  });

  it('never lets broken quoting, prototype keys or out-of-range numbers into the design', () => {
    const text = [
      'lpar_name=vios1,lpar_id=1,slot_num=11,adapter_type=server,remote_lpar_id=3,remote_lpar_name=a,remote_slot_num=2',
      'lpar_name="broken,lpar_id=1,slot_num=12,adapter_type=server,remote_lpar_id=3,remote_slot_num=3',
      '__proto__=1,lpar_name=x,lpar_id=2,slot_num=2,adapter_type=client,remote_lpar_id=1,remote_slot_num=11',
      'lpar_name=huge,lpar_id=99999,slot_num=2,adapter_type=client,remote_lpar_id=1,remote_lpar_name=vios1,remote_slot_num=11',
      'lpar_name=a,lpar_id=3,slot_num=99999999999,adapter_type=client,remote_lpar_id=1,remote_lpar_name=vios1,remote_slot_num=11',
    ].join('\n');
    const r = importTexts([{ name: 'scsi', text }]);
    valid(r);
    expect(r.report.files[0]!.unparsed.map((u) => u.line)).toEqual([2, 3]);
    expect(Object.values(r.design.domain.partitions).map((p) => p.lparId)).toEqual([1, 3]);
    expect(r.report.warnings.some((w) => w.includes('huge') && w.includes('left out'))).toBe(true);
    expect(r.report.warnings.some((w) => w.includes('slot 99999999999') && w.includes('left out'))).toBe(true);
    expect(({} as Record<string, unknown>).lpar_name).toBeUndefined();
  });

  it('keeps VLAN ids and priorities the HMC would refuse visible instead of failing', () => {
    const r = importTexts([{ name: 'eth', text: 'lpar_name=vios1,lpar_id=1,slot_num=20,is_trunk=1,trunk_priority=99,ieee_virtual_eth=1,port_vlan_id=5000,addl_vlan_ids=\n' }]);
    valid(r);
    expect(r.report.warnings.some((w) => w.includes('ent0') && w.includes('left out'))).toBe(true);
  });

  it('skips vhosts without a virtual location code and says so', () => {
    const r = importTexts([{ name: 'lsmap', text: 'SVSA Physloc Client Partition ID\nvhost0 U9080.HEX.78ABCDE-P1-C4 0x00000003\n\nVTD vtscsi0\nBacking device hdisk1\n' }]);
    valid(r);
    expect(r.report.warnings.some((w) => w.includes('vhost0') && w.includes('no virtual location code'))).toBe(true);
  });

  it('reports an HMC error in any language by its code', () => {
    const r = importTexts([{ name: 'err', text: 'HSCL0237 Zarządzany system nie istnieje.\nHSCA1234 その他のエラー\n' }]);
    valid(r);
    expect(r.report.files[0]).toMatchObject({ kind: 'hmc-error', unparsed: [] });
    expect(r.report.files[0]!.errors.map((e) => e.code)).toEqual(['HSCL0237', 'HSCA1234']);
  });

  it('stays fast on a very large listing', { timeout: 30_000 }, () => {
    const rows = Array.from({ length: 20000 }, (_, i) =>
      `lpar_name=lp${i % 500},lpar_id=${(i % 500) + 1},slot_num=${10 + Math.floor(i / 500)},is_trunk=0,ieee_virtual_eth=0,port_vlan_id=${(i % 4000) + 1},addl_vlan_ids=`);
    const t = Date.now();
    const r = importTexts([{ name: 'big', text: rows.join('\n') }]);
    expect(Date.now() - t).toBeLessThan(15000);
    valid(r);
    expect(Object.keys(r.design.domain.vethAdapters)).toHaveLength(20000);
  });

  it('does not throw on input that is not text', () => {
    const r = importTexts([{ name: 'odd', text: 42 as unknown as string }, { name: undefined as unknown as string, text: null as unknown as string }]);
    valid(r);
  });
});
