import { describe, expect, it } from 'vitest';
import { walkLsmap } from './lsmap-walk.ts';
import { Refusal } from './report.ts';

interface Block { line: number; name: string; keys: string[] }

/** A made-up listing in lsmap's shape: titles, rule, rows with `key value` lines, and `-fmt` lines. */
const listing = {
  header: /^Name\s+Physloc\s*$/,
  lineStart: /^(dev\d+|Name\s|-{3}|Key\b)/,
  fmt: { start: /^(dev\d+)([^\w\s])/, build: (line: string, n: number, d: string) => (line.split(d).length === 3 ? { line: n, name: line.split(d)[0]!, keys: [] } : new Refusal(1, 'three fields')) },
  row: (line: string, n: number) => { const m = /^(dev\d+)\s+U\S+$/.exec(line); return m ? { line: n, name: m[1]!, keys: [] } : null; },
  attr: (b: Block | null, line: string) => { const m = /^Key\s+(\S+)$/.exec(line); if (!m || !b) return false; b.keys.push(m[1]!); return true; },
};

describe('the lsmap walk', () => {
  it('reads the titles, the rule, rows with their key lines and -fmt lines, and says what it did not understand', () => {
    const text = ['Name   Physloc', '------ -------', 'dev0   U1-C1', 'Key    a', 'Key    b', '', 'dev1:U1-C2:x', 'Key    c', 'dev2:only', 'what is this'].join('\n');
    const { blocks, unparsed } = walkLsmap<Block>(text, listing);
    expect(blocks).toEqual([{ line: 3, name: 'dev0', keys: ['a', 'b'] }, { line: 7, name: 'dev1', keys: [] }]);
    // A key line after a -fmt line belongs to no block; a refused -fmt line keeps its reason.
    expect(unparsed.map((u) => [u.line, u.reason])).toEqual([[8, undefined], [9, 'three fields'], [10, undefined]]);
  });

  it('joins a line wrapped at 80 columns before reading it', () => {
    const long = `dev0   U${'9'.repeat(90)}`;
    const text = ['Name   Physloc', long.slice(0, 80), long.slice(80), 'Key    a'].join('\n');
    const { blocks, unparsed } = walkLsmap<Block>(text, listing);
    expect(unparsed).toEqual([]);
    expect(blocks).toEqual([{ line: 2, name: 'dev0', keys: ['a'] }]);
  });
});
