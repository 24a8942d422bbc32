import { type HmcError, mayBeWrapped, Refusal, toInt, type UnparsedLine, walkLines } from './report.ts';

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

/** The column titles of the listings of server adapters with a client (`-npiv`, `-vnic`). */
export const CLIENT_HEADER = /^Name\s+Physloc\s+ClntID(\s+ClntName)?(\s+ClntOS)?\s*$/i;

/** What a row of `-npiv` or `-vnic` says: the server adapter, its location and its client (id, name, OS). */
export interface ClientRow { line: number; name: string; physloc: string; clientId: number | null; clientName?: string; clientOs?: string }

/**
 * A row of `-npiv` or `-vnic` (`row`: name, physloc, client id, client name, client OS in groups 1 to 5); `known`
 * tells a client name or OS from a placeholder. Null when the line is not one.
 */
export function clientRow(row: RegExp, line: string, n: number, known: (v: string | undefined) => boolean = (v) => !!v): ClientRow | null {
  const m = row.exec(line);
  if (!m) return null;
  const id = toInt(m[3]);
  const r: ClientRow = { line: n, name: m[1]!, physloc: m[2]!, clientId: id ? id : null };
  if (known(m[4])) r.clientName = m[4];
  if (known(m[5])) r.clientOs = m[5];
  return r;
}
