import { describe, expect, it } from 'vitest';
import { isCollector, splitCollector } from './collector.ts';
import { detectKind } from './detect.ts';
import { fixture, fixtureNames } from './fixtures/load.ts';

describe('collector files (command| |output)', () => {
  it('splits into one text per command with the file line numbers kept', () => {
    const text = fixture('collector-vios2.txt');
    expect(isCollector(text)).toBe(true);
    const { parts, unparsed } = splitCollector(text);
    expect(parts.map((p) => p.command)).toEqual(['uname -n', 'ioslevel', 'date +"%s"', 'lsmap -all -npiv -fmt :', 'lsnports', 'lsmap -all -net', 'echo "---end---"']);
    expect(parts[5]!.lines).toEqual([7, 8, 9, 10, 11, 12, 13, 14]);
    expect(parts[5]!.text.split('\n')[2]).toBe('ent5   U9080.HEX.78ABCDE-V2-C20-T1');
    expect(unparsed).toEqual([{ line: 15, text: 'this line lost its prefix' }]);
  });
});

describe('detectKind', () => {
  it('tells every fixture apart by its content', () => {
    const kinds = Object.fromEntries(fixtureNames().map((n) => [n, detectKind(fixture(n))]));
    expect(kinds).toEqual({
      'collector-vios2.txt': 'collector', 'entstat-all-ent7-vios1.txt': 'entstat', 'hmc-error-fr.txt': 'hmc-error',
      'hmc-error-in-listing.txt': 'lshwres-scsi', 'lshwres-eth.txt': 'lshwres-eth', 'lshwres-fc.txt': 'lshwres-fc', 'lshwres-mem.txt': 'lshwres-mem',
      'lshwres-proc.txt': 'lshwres-proc', 'lshwres-scsi.txt': 'lshwres-scsi', 'lshwres-serial.txt': 'lshwres-serial', 'lshwres-slot-level.txt': 'lshwres-slot',
      'lshwres-slot.txt': 'lshwres-slot', 'lsmap-all-vios1.txt': 'lsmap-vscsi', 'lsmap-net-vios1.txt': 'lsmap-net', 'lsmap-npiv-vios1.txt': 'lsmap-npiv',
      'lsmap-vadapter-vios2.txt': 'lsmap-vscsi', 'lsnports-vios1.txt': 'lsnports', 'lssyscfg-lpar.txt': 'lssyscfg-lpar', 'lssyscfg-prof.txt': 'lssyscfg-prof',
    });
  });
  it('says unknown for anything else', () => {
    expect(detectKind('')).toBe('unknown');
    expect(detectKind('hello world\n')).toBe('unknown');
    expect(detectKind('{"format":"powervm-design"}')).toBe('unknown');
  });
});
