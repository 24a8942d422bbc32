import { KindVotes, type TextKind, lineSign } from './detect.ts';
import { forEachRecordLine, splitLines } from './report.ts';

/** One command output found in a text holding several (pasted together), with its lines' numbers in the text. */
export interface Segment {
  kind: TextKind;
  text: string;
  /** lines[i] is the 1-based line number, in the whole text, of line i+1 of `text` (empty when the text is one output). */
  lines: number[];
}

/** Kinds whose lines mix in one output: a vFC listing has rows that look like virtual SCSI rows. */
const family = (k: TextKind): string => (k === 'lshwres-scsi' || k === 'lshwres-fc' ? 'lshwres-pair' : k);

/**
 * Splits a text into the command outputs in it: a new output starts at a line that only another kind
 * of output prints (another header, another record shape). Lines that say nothing (blank lines,
 * attribute lines, prompts) stay with the output before them. One linear pass.
 */
export function splitOutputs(text: string): Segment[] {
  const segs: { family: string | null; votes: KindVotes; first: number; last: number }[] = [];
  let cur: (typeof segs)[number] | null = null;
  // A header shared by several kinds waits for the next telling line: it starts a new output when that line's
  // family differs from the current one, else it stays in the current output.
  let pending: { sign: ReturnType<typeof lineSign>; first: number; last: number } | null = null;
  const place = (sign: ReturnType<typeof lineSign>, n: number, last: number) => {
    const fam = sign && sign !== 'error' && !sign.header ? family(sign.kind) : null;
    if (!cur || (fam !== null && cur.family !== null && fam !== cur.family)) {
      cur = { family: fam, votes: new KindVotes(), first: n, last };
      segs.push(cur);
    } else if (fam !== null && cur.family === null) cur.family = fam;
    cur.votes.add(sign);
    cur.last = last;
  };
  const resolve = (next: ReturnType<typeof lineSign>) => {
    if (!pending) return;
    const fam = next && next !== 'error' && !next.header ? family(next.kind) : null;
    const p = pending;
    pending = null;
    if (cur && cur.family !== null && fam !== null && fam !== cur.family) {
      cur = { family: fam, votes: new KindVotes(), first: p.first, last: p.last };
      segs.push(cur);
      cur.votes.add(p.sign);
    } else place(p.sign, p.first, p.last);
  };
  forEachRecordLine(text, (line, n, last) => {
    const sign = lineSign(line);
    if (sign && sign !== 'error' && sign.header) {
      resolve(null);
      pending = { sign, first: n, last };
      return;
    }
    if (pending) {
      if (sign === null) { pending.last = last; return; }
      resolve(sign);
    }
    place(sign, n, last);
  });
  resolve(null);
  if (segs.length <= 1) return segs.map((g) => ({ kind: g.votes.kind(), text, lines: [] }));
  const all = splitLines(text);
  return segs.map((g) => ({
    kind: g.votes.kind(),
    text: all.slice(g.first - 1, g.last).join('\n'),
    lines: Array.from({ length: g.last - g.first + 1 }, (_, i) => g.first + i),
  }));
}
