import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixture } from './fixtures/load.ts';
import { hardWrap, mailWrap } from './fixtures/wrap.ts';
import { parseLsmapNet } from './lsmap-net.ts';
import { parseLsmapNpiv } from './lsmap-npiv.ts';
import { parseLsnports } from './lsnports.ts';

/** The facts without their line numbers (a joined line keeps its first line's number, so later numbers move). */
const withoutLines = (x: unknown): unknown => JSON.parse(JSON.stringify(x, (k, v) => (k === 'line' ? undefined : v)));
const wrappedSomething = (original: string, wrapped: string) => wrapped.split('\n').length > original.split('\n').length;

const OUTPUTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/powervm/outputs');
const shared = (name: string): string | null => (existsSync(path.join(OUTPUTS, name)) ? readFileSync(path.join(OUTPUTS, name), 'utf8') : null);

/** `lsmap -all -npiv -fmt :` lines (146 columns) taken from the collector output of fixture 13, or written here when ../shared is absent. */
const npivFmt = (): string => {
  const collector = shared('13-collector-lsmap-npiv-fmt-and-lsmap-all.txt');
  const lines = collector?.split('\n').filter((l) => l.includes('vfchost')).map((l) => l.slice(l.indexOf('vfchost')));
  return lines?.length ? lines.join('\n') : [
    'vfchost0:U9117.MMB.1234567-V1-C1:5:nim1:AIX:LOGGED_IN:fcs0:U78C0.001.DBJN321-P2-C5-T1:5:a:fcs0:U9117.MMB.1234567-V5-C5',
    'vfchost1:U9117.MMB.1234567-V1-C2:6:db01:AIX:LOGGED_IN:fcs1:U78C0.001.DBJN321-P2-C5-T2:3:a:fcs1:U9117.MMB.1234567-V6-C6',
  ].join('\n');
};

describe('VIOS listings pasted from a terminal (80 columns) or from mail (72, at a word)', () => {
  // Mail breaks only at spaces: the -fmt lines have none, so mail leaves them whole.
  const cases: [string, string, (t: string) => { facts: unknown; unparsed: unknown[] }, (typeof hardWrap)[]][] = [
    ['lsnports (83-column rows)', fixture('lsnports-vios1.txt'), parseLsnports, [hardWrap, mailWrap]],
    ['lsmap -all -npiv -fmt :', npivFmt(), parseLsmapNpiv, [hardWrap]],
  ];
  for (const [name, text, parse, wraps] of cases) {
    for (const wrap of wraps) {
      const how = wrap === hardWrap ? 'terminal' : 'mail';
      it(`${name}, wrapped by ${how}, reads the same facts as the original`, () => {
        const wrapped = wrap(text);
        expect(wrappedSomething(text, wrapped), 'the sample was really wrapped').toBe(true);
        const original = parse(text);
        expect(original.unparsed).toEqual([]);
        const again = parse(wrapped);
        expect(again.unparsed).toEqual([]);
        expect(withoutLines(again.facts)).toEqual(withoutLines(original.facts));
      });
    }
  }

  it('a narrow terminal (60 columns) wrapping lsmap -all -npiv and -net: lines too short to have been wrapped are not joined, so the rest is reported, not guessed', () => {
    const r = parseLsmapNpiv(hardWrap(fixture('lsmap-npiv-vios1.txt'), 60));
    expect(r.unparsed.length).toBeGreaterThan(0);
  });

  it('plain lsmap -all -npiv and -net are unchanged by the rejoining (no line of theirs is taken for a continuation)', () => {
    for (const [text, parse] of [[fixture('lsmap-npiv-vios1.txt'), parseLsmapNpiv], [fixture('lsmap-net-vios1.txt'), parseLsmapNet]] as const) {
      const r = parse(text);
      expect(r.unparsed).toEqual([]);
    }
    expect(parseLsmapNpiv(fixture('lsmap-npiv-vios1.txt')).facts.vfchosts.map((v) => [v.name, v.fcName ?? null, v.status])).toEqual([
      ['vfchost0', 'fcs0', 'LOGGED_IN'], ['vfchost1', 'fcs1', 'LOGGED_IN'], ['vfchost2', null, 'NOT_LOGGED_IN'],
    ]);
  });

  it('the real outputs in ../shared/powervm/outputs read the same whether wrapped at 80 columns or not', (ctx) => {
    const files: [string, (t: string) => { facts: unknown; unparsed: unknown[] }][] = [
      ['01-lsmap-all-npiv.txt', parseLsmapNpiv], ['17a-lsmap-npiv-unmapped.txt', parseLsmapNpiv],
      ['17b-lsmap-npiv-client-down.txt', parseLsmapNpiv], ['16a-lsmap-all-net.txt', parseLsmapNet],
    ];
    const present = files.filter(([f]) => shared(f) !== null);
    if (present.length === 0) ctx.skip('../shared/powervm/outputs is absent: the real outputs were not read');
    for (const [f, parse] of present) {
      const text = shared(f)!;
      const body = text.split('\n').filter((l) => !l.startsWith('#')).join('\n');
      expect(withoutLines(parse(hardWrap(body, 80)).facts), f).toEqual(withoutLines(parse(body).facts));
    }
  });
});
