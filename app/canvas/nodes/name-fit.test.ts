import { describe, expect, it } from 'vitest';
import { nameFit, nameLines } from './name-fit.ts';

describe('a zoomed-out partition name fitted to its box', () => {
  it('cuts a long name at an underscore or hyphen near its middle, or evenly', () => {
    expect(nameLines('ABCD8006_MBApp', 2)).toEqual(['ABCD8006_', 'MBApp']);
    expect(nameLines('abcd0322-IBAPP', 2)).toEqual(['abcd0322-', 'IBAPP']);
    expect(nameLines('ABCD8006_MBApp', 2, false)).toEqual(['ABCD800', '6_MBApp']);
    expect(nameLines('lparwithoutbreaks', 2)).toEqual(['lparwitho', 'utbreaks']);
    expect(nameLines('aix01', 3).join('')).toBe('aix01');
  });

  it('gives a short name large type and a long one smaller type or more lines, each line inside the box', () => {
    const short = nameFit('aix01', 'AIX', 94, false);
    expect(short.cuts).toEqual([]);
    const long = nameFit('ABCD8006_MBApp', 'AIX', 94, false);
    expect(short.px).toBeGreaterThan(long.px);
    expect(long.cuts.length).toBeGreaterThan(0);
    for (const [name, h] of [['ABCD8006_MBApp', 174], ['a-very-long-partition-name-of-forty-chars', 134], ['x', 94]] as const) {
      const f = nameFit(name, 'Linux', h, false);
      const lines = [0, ...f.cuts, name.length].slice(1).map((end, i, all) => name.slice(i ? all[i - 1] : 0, end));
      expect(lines.join('')).toBe(name);
      for (const l of lines) expect(l.length * 0.78 * f.px).toBeLessThanOrEqual(250);
      expect(lines.length * 1.1 * f.px).toBeLessThanOrEqual(h - 28);
    }
  });

  it('keeps a line of a VIOS for its role', () => {
    expect(nameFit('vios-unknown', 'VIOS', 200, true).px).toBeLessThan(nameFit('vios-unknown', 'VIOS', 200, false).px);
  });
});
