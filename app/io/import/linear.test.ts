import { describe, expect, it } from 'vitest';
import { bigLshwresScsi, bigLsmapAll, bigLssyscfgLpar } from './big-outputs.ts';
import { detectKind } from './detect.ts';
import { importTexts } from './merge.ts';
import { splitOutputs } from './segments.ts';

const time = (f: () => unknown) => { const s = performance.now(); f(); return performance.now() - s; };
/** The faster of two runs: a pause of the busy machine in one run does not count as the import's time. */
const best = (f: () => unknown) => Math.min(time(f), time(f));

/** The shared machine is noisy: limits are generous, and linearity is judged by how time grows with size. */
describe('import is linear in its input', () => {
  it('detects the kind of a text with 100,000 blank lines at once (the old patterns ran across lines)', () => {
    for (const text of ['x\n' + '\n'.repeat(100_000) + 'y\n', 'SVSA' + ' \n'.repeat(100_000), 'vhost0 ' + '\t\n'.repeat(100_000)]) {
      expect(time(() => detectKind(text))).toBeLessThan(2_000);
      expect(time(() => splitOutputs(text))).toBeLessThan(2_000);
      expect(time(() => importTexts([{ name: 'blank', text }]))).toBeLessThan(5_000);
    }
  });

  it('16,000 lssyscfg rows and 30,000 lshwres rows import in seconds, growing linearly', { timeout: 240_000 }, () => {
    const lpar = importTexts([{ name: 'lpar', text: bigLssyscfgLpar(16_000) }]);
    // One frame holds partition ids up to 1000: the rest are left out, each said so in the report.
    expect(Object.keys(lpar.design.domain.partitions)).toHaveLength(1000);
    expect(lpar.report.warnings.filter((w) => w.includes('was left out: lparId'))).toHaveLength(15_000);
    const sys = best(() => importTexts([{ name: 'lpar', text: bigLssyscfgLpar(16_000) }]));
    const sysQuarter = time(() => importTexts([{ name: 'lpar', text: bigLssyscfgLpar(4_000) }]));
    const hw = best(() => importTexts([{ name: 'scsi', text: bigLshwresScsi(30_000) }]));
    const hwQuarter = time(() => importTexts([{ name: 'scsi', text: bigLshwresScsi(7_500) }]));
    // About 2 s each on a quiet machine (they took minutes before); the bound allows for a busy one.
    expect(sys).toBeLessThan(30_000);
    expect(hw).toBeLessThan(30_000);
    // Four times the rows, about four times the time (quadratic would be sixteen).
    expect(sys / sysQuarter).toBeLessThan(9);
    expect(hw / hwQuarter).toBeLessThan(9);
  });

  it('twice the lsmap lines take about twice the time, not four times', { timeout: 120_000 }, () => {
    const small = bigLsmapAll(40_000);
    const large = bigLsmapAll(160_000);
    importTexts([{ name: 'warm', text: small }]);
    const a = Math.min(time(() => importTexts([{ name: 's', text: small }])), time(() => importTexts([{ name: 's', text: small }])));
    const b = best(() => importTexts([{ name: 'l', text: large }]));
    // 4x the input: linear is about 4x; quadratic would be 16x.
    expect(b / a).toBeLessThan(8);
  });

  it('a listing too long for push(...spread) is read whole', { timeout: 60_000 }, () => {
    const entstat = ['ETHERNET STATISTICS (ent7) :', 'Device Type: Shared Ethernet Adapter', 'VLAN Tag IDs:', ...Array.from({ length: 200_000 }, (_, i) => String(1 + (i % 4000)))].join('\n');
    expect(() => importTexts([{ name: 'entstat', text: entstat }])).not.toThrow();
    const collector = Array.from({ length: 200_000 }, () => 'lsmap -all| |garbage line').join('\n');
    const r = importTexts([{ name: 'collector', text: collector }]);
    expect(r.report.files[0]!.unparsed.length).toBe(200_000);
  });
});
