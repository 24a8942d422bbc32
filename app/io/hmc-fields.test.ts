import { describe, expect, it } from 'vitest';
import { formatHmcListAttribute, parseHmcRecord, quoteHmcField, splitHmcFields, splitHmcList } from './hmc-fields.ts';

describe('HMC key=value records', () => {
  it('splits on commas outside quotes and undoes doubled quotes', () => {
    const line = 'name=x,"virtual_eth_adapters=""2/1/1/3,4,5/0/1""",max_virtual_slots=10';
    expect(splitHmcFields(line)).toEqual(['name=x', 'virtual_eth_adapters="2/1/1/3,4,5/0/1"', 'max_virtual_slots=10']);
    const rec = parseHmcRecord(line)!;
    expect(splitHmcList(rec.virtual_eth_adapters!)).toEqual(['2/1/1/3,4,5/0/1']);
  });
  it('reads a list attribute that is quoted as a whole', () => {
    const rec = parseHmcRecord('"virtual_scsi_adapters=2/client/2/vios1/2/1,3/client/3/vios2/2/1",x=none')!;
    expect(splitHmcList(rec.virtual_scsi_adapters!)).toEqual(['2/client/2/vios1/2/1', '3/client/3/vios2/2/1']);
    expect(splitHmcList(rec.x!)).toEqual([]);
  });
  it('refuses broken quoting and fields that are not key=value', () => {
    expect(splitHmcFields('a="b,c')).toBeNull();
    expect(parseHmcRecord('a=1,b')).toBeNull();
    expect(parseHmcRecord('A B=1')).toBeNull();
  });
  it('quotes what it writes the way it reads it', () => {
    const field = formatHmcListAttribute('virtual_eth_adapters', ['2/1/1/3,4,5/0/1', '6/0/6//0/0']);
    expect(field).toBe('"virtual_eth_adapters=""2/1/1/3,4,5/0/1"",6/0/6//0/0"');
    expect(splitHmcList(parseHmcRecord(field)!.virtual_eth_adapters!)).toEqual(['2/1/1/3,4,5/0/1', '6/0/6//0/0']);
    expect(formatHmcListAttribute('virtual_fc_adapters', [])).toBe('virtual_fc_adapters=none');
    expect(quoteHmcField('name=a"b')).toBe('"name=a""b"');
  });
});
