import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RESERVED_NAMES } from '../../model/index.ts';
import { prototypeSnapshot } from '../../model/testing/prototype-snapshot.ts';
import { importTexts } from '../import/merge.ts';
import { fixtureInputs, modernFixtureInputs } from '../import/fixtures/load.ts';
import { timed } from './outcome.ts';

/**
 * Fuzzing of Import (importTexts, as the import worker runs it) with real command outputs damaged line by line and
 * with random text: it never throws, never takes 5 s (inputs up to 1 MB), and never touches Object.prototype.
 * 500 inputs. (How honest the import report is, is tested beside the parsers.)
 */
// The SR-IOV, vNIC and SSP outputs (fixtures/modern) are seeds as well.
const fixtures = [...fixtureInputs(), ...modernFixtureInputs()];
const before = prototypeSnapshot();
const hostileWords = [...RESERVED_NAMES, '"', '""', ',', '=', '\t', '\u0000', '\r', ' '.repeat(300), '-'.repeat(200), '9'.repeat(40), '<script>'];

const lineDamage = fc.record({
  kind: fc.constantFrom('drop', 'repeat', 'swap', 'word', 'cut', 'join', 'crlf'),
  at: fc.nat(), other: fc.nat(), word: fc.constantFrom(...hostileWords), n: fc.integer({ min: 1, max: 50 }),
});

function damageLines(text: string, ds: { kind: string; at: number; other: number; word: string; n: number }[]): string {
  let lines = text.split('\n');
  for (const d of ds) {
    const i = d.at % Math.max(1, lines.length), j = d.other % Math.max(1, lines.length);
    const line = lines[i] ?? '';
    switch (d.kind) {
      case 'drop': lines.splice(i, 1); break;
      case 'repeat': lines.splice(i, 0, ...Array.from({ length: d.n }, () => line)); break;
      case 'swap': [lines[i], lines[j]] = [lines[j] ?? '', line]; break;
      case 'word': { const k = d.other % (line.length + 1); lines[i] = `${line.slice(0, k)}${d.word}${line.slice(k)}`; break; }
      case 'cut': lines[i] = line.slice(0, d.other % (line.length + 1)); break;
      case 'join': lines = [lines.slice(0, i + 1).join(' '), ...lines.slice(i + 1)]; break;
      case 'crlf': lines = lines.map((l) => `${l}\r`); break;
    }
  }
  return lines.join('\n');
}

const run = (inputs: { name: string; text: string }[]) => {
  const r = timed(() => importTexts(inputs));
  expect(r.design.format).toBe('powervm-design');
  expect(r.report.files.length).toBe(inputs.length);
};

describe('fuzzing Import', { timeout: 120_000 }, () => {
  it('real outputs damaged line by line, one to three files at once (400)', () => {
    const arb = fc.array(fc.record({ f: fc.nat(fixtures.length - 1), ds: fc.array(lineDamage, { maxLength: 6 }) }), { minLength: 1, maxLength: 3 });
    fc.assert(fc.property(arb, (files) => {
      run(files.map(({ f, ds }) => ({ name: fixtures[f]!.name, text: damageLines(fixtures[f]!.text, ds) })));
    }), { numRuns: 400 });
  });

  it('random text (100)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => { run([{ name: 'random.txt', text }]); }), { numRuns: 100 });
  });

  it('inputs up to 1 MB finish within 5 s', () => {
    const all = fixtures.map((f) => f.text).join('\n');
    run([{ name: 'mixed.txt', text: all.repeat(Math.ceil(1e6 / all.length)).slice(0, 1e6) }]);
    run([{ name: 'protos.txt', text: `${[...RESERVED_NAMES].map((n) => `${n}=1,lpar_name=${n},lpar_id=2`).join('\n')}\n`.repeat(4000).slice(0, 1e6) }]);
  });

  it('left Object.prototype as it was', () => {
    expect(prototypeSnapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
