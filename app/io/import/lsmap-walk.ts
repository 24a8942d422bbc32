import { type HmcError, mayBeWrapped, Refusal, type UnparsedLine, walkLines } from './report.ts';

/** The line under the column titles. */
const RULE = /^[-\u2010-\u2015\s]+$/;

/**
 * One listing of `lsmap` (`-all`, `-all -npiv`, `-all -net`, `-all -vnic`): how its lines look and what each
 * builds. They all have one shape: a line of column titles and a rule under it, then per adapter a row that
 * starts its block and `key value` lines that fill it; or, with `-fmt <delimiter>`, one line per adapter.
 */
export interface LsmapListing<B> {
  /** The column titles. */
  header: RegExp;
  /** How every line of the listing starts: a line that does not, after a long one, is the rest of it (wrapped by a terminal or mail). */
  lineStart: RegExp;
  /** `-fmt`: the start of an adapter's line (group 2: the delimiter after its name) and the block it builds (null: not understood). */
  fmt?: { start: RegExp; build(line: string, n: number, delimiter: string): B | Refusal | null };
  /** A plain row that starts an adapter's block; null when the line is not one. */
  row(line: string, n: number): B | null;
  /** A `key value` line for the current block (null before the first row or after a `-fmt` line): taken (true) or not. */
  attr(block: B | null, line: string, n: number): boolean | Refusal;
}

/** Walks an lsmap listing, plain or `-fmt`, with its wrapped lines joined: the blocks in their order and what was not understood. */
export function walkLsmap<B>(text: string, listing: LsmapListing<B>): { blocks: B[]; unparsed: UnparsedLine[]; errors: HmcError[] } {
  const blocks: B[] = [];
  let cur: B | null = null;
  const continues = (previous: string, line: string) => mayBeWrapped(previous) && !listing.lineStart.test(line.trim());
  const res = walkLines(text, (raw, n) => {
    const line = raw.trim();
    if (listing.header.test(line) || RULE.test(line)) return true;
    const fmt = listing.fmt?.start.exec(line);
    if (fmt) {
      const b = listing.fmt!.build(line, n, fmt[2]!);
      if (b === null) return false;
      if (b instanceof Refusal) return b;
      blocks.push(b);
      cur = null;
      return true;
    }
    const row = listing.row(line, n);
    if (row) {
      blocks.push(row);
      cur = row;
      return true;
    }
    return listing.attr(cur, line, n);
  }, continues);
  return { blocks, ...res };
}
